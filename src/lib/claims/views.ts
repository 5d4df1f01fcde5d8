/**
 * Shapes claims for pages: each article's claim list (sidebar), relation chips
 * shown on both sides, the claim × source matrix of /claims/ and what its pages
 * show (`claimsPage`; schema.org Claim objects are in json-ld.ts). Pure: takes the
 * anchored claims and the registry.
 */
import {
  AUTHOR,
  type Claim,
  CLAIM_KIND_LABEL,
  CLAIM_TOPIC_LABEL,
  type ClaimKind,
  claimKinds,
  type ClaimTopic,
  claimTopics,
  type RelationType,
  SIDE_LABEL,
} from './schema.ts';
import { timeGap } from './when.ts';
import type { AnchoredClaim } from './anchor.ts';
import { claimsGraph } from './json-ld.ts';
import type { Entity } from '../entities/schema.ts';
import { type AnchoredNote, type ClaimNote, notesOnClaim } from '../articles/notes.ts';
import { claimPath, claimsOfKindPath, claimsOfSourcePath, claimsPath, entityPath, passagePath, topicAnchor } from '../routes.ts';

/** What this module needs of an article (a subset of articles/load.ts's LoadedArticle). */
export interface ClaimedArticle {
  slug: string;
  url: string;
  title: string;
  /** Publication date as the article gives it (`2025-06-02` or `2025-06`). */
  published: string;
  /** Outlet or platform name: the matrix's column heading. */
  sourceName: string;
  /** Where `assertedBy: author` points: the author's entity, or else the source card. */
  author: Asserter;
  /** Claims in reading order, anchored to their passages. */
  anchored: AnchoredClaim[];
  /** The article's editorial notes, for the claims whose words they share. */
  notes?: readonly AnchoredNote[];
}

export interface Asserter {
  name: string;
  /** Entity page, or source card for an unsigned article. */
  href: string;
  /** schema.org type: people are Persons; organisations, states and outlets Organizations. */
  type: 'Person' | 'Organization';
}

export interface RelationChip {
  type: RelationType;
  /** Short text of the chip: "also reported by NDTV", "differs: approximately 40 bomber aircraft". */
  label: string;
  /** Name of the other claim's source, for the chip's accessible description. */
  sourceName: string;
  /** The other claim in its article's sidebar. */
  href: string;
}

export interface ClaimView {
  claim: Claim;
  /** Position in the article's reading order, from 1. */
  number: number;
  article: { slug: string; url: string; title: string; sourceName: string; published: string };
  passageId: string;
  /** Passage permalink, `/articles/<slug>/#<passage-id>`. */
  passageHref: string;
  /** The claim in its article's sidebar, `/articles/<slug>/#claim-<id>`. */
  href: string;
  asserter: Asserter;
  /** Its relations, declared on either side, as seen from this claim. */
  relations: RelationSide[];
  chips: RelationChip[];
  /** Editorial notes on words this claim quotes (a slip in them: "Helsinki (France)"). */
  notes: ClaimNote[];
}

/** A relation as seen from one side: the other claim, why they are tied, and the words the chip shows. */
export interface RelationSide {
  type: RelationType;
  other: string;
  reason: string;
  /** Whether this claim declared the relation; for `responds-to` and `updates` the declaring claim is the later answer. */
  declared: boolean;
  /** The other claim's words, for differs and contradicts (and updates, when given). */
  theirWords?: string;
  /** This claim's own words in the same detail. */
  ownWords?: string;
}

function relationSides(articles: readonly ClaimedArticle[]): Map<string, RelationSide[]> {
  const sides = new Map<string, RelationSide[]>();
  const add = (id: string, side: RelationSide) => sides.set(id, [...(sides.get(id) ?? []), side]);
  for (const article of articles) {
    for (const { claim } of article.anchored) {
      for (const relation of claim.relations) {
        const { type, reason, detail } = relation;
        add(claim.id, { type, reason, other: relation.claim, declared: true, theirWords: detail?.there, ownWords: detail?.here });
        add(relation.claim, { type, reason, other: claim.id, declared: false, theirWords: detail?.here, ownWords: detail?.there });
      }
    }
  }
  return sides;
}

/** The date each side of a relation speaks of: the event's date where recorded, else its article's publication. */
export function relationDate(view: Pick<ClaimView, 'claim' | 'article'>): string {
  return view.claim.when?.date ?? view.article.published;
}

function chipLabel(side: RelationSide, here: ClaimView, other: ClaimView): string {
  const sourceName = other.article.sourceName;
  switch (side.type) {
    case 'same':
      return `also reported by ${sourceName}`;
    case 'agrees':
      return `agrees: ${sourceName}`;
    case 'differs':
      return `differs: ${side.theirWords ?? sourceName}`;
    case 'contradicts':
      return `contradicts: ${side.theirWords ?? sourceName}`;
    case 'opposes':
      return `opposed: ${other.claim.party ? SIDE_LABEL[other.claim.party] : other.asserter.name}`;
    case 'aligns':
      return `aligned: ${other.claim.party ? SIDE_LABEL[other.claim.party] : other.asserter.name}`;
    case 'responds-to':
      return side.declared ? `responds to ${other.asserter.name}` : `answered by ${other.asserter.name}`;
    case 'updates': {
      const gap = timeGap(relationDate(here), relationDate(other));
      return side.declared ? `earlier report: ${sourceName}, ${gap}` : `later report: ${sourceName}, ${gap}`;
    }
  }
}

export function entityAsserter(entity: Entity): Asserter {
  return { name: entity.name, href: entityPath(entity.id), type: entity.type === 'person' ? 'Person' : 'Organization' };
}

function resolveAsserter(claim: Claim, article: ClaimedArticle, entities: ReadonlyMap<string, Entity>): Asserter {
  if (claim.assertedBy === AUTHOR) return article.author;
  const entity = entities.get(claim.assertedBy);
  if (!entity) throw new Error(`claim "${claim.id}": no entity "${claim.assertedBy}"`);
  return entityAsserter(entity);
}

/** Every claim shaped for pages, by id, each article's in reading order. */
export function claimViews(articles: readonly ClaimedArticle[], entities: readonly Entity[]): Map<string, ClaimView> {
  const byEntity = new Map(entities.map((entity) => [entity.id, entity]));
  const views = new Map<string, ClaimView>();
  for (const article of articles) {
    const ref = {
      slug: article.slug,
      url: article.url,
      title: article.title,
      sourceName: article.sourceName,
      published: article.published,
    };
    article.anchored.forEach(({ claim, passageId, start, end }, index) => {
      views.set(claim.id, {
        claim,
        number: index + 1,
        article: ref,
        passageId,
        passageHref: passagePath(article.slug, passageId),
        href: claimPath(article.slug, claim.id),
        asserter: resolveAsserter(claim, article, byEntity),
        relations: [],
        chips: [],
        notes: notesOnClaim(article.slug, article.notes ?? [], { passageId, start, end }),
      });
    });
  }
  for (const [id, sides] of relationSides(articles)) {
    const view = views.get(id);
    if (!view) continue;
    view.relations = sides;
    view.chips = sides.map((side) => {
      const other = views.get(side.other)!;
      return { type: side.type, label: chipLabel(side, view, other), sourceName: other.article.sourceName, href: other.href };
    });
  }
  return views;
}

export type CellStatus = 'reports' | RelationType;

export const CELL_LABEL: Record<CellStatus | 'silent', string> = {
  reports: 'Reports',
  same: 'Same',
  agrees: 'Agrees',
  differs: 'Differs',
  contradicts: 'Contradicts',
  opposes: 'Opposes',
  aligns: 'Aligns',
  'responds-to': 'Responds',
  updates: 'Updates',
  silent: 'Silent',
};

/** What each cell label means, for the legend above the tables. */
export const CELL_MEANING: Record<CellStatus | 'silent', string> = {
  reports: 'the claim the row is about, as this source makes it',
  same: 'this source states the same thing, in the same terms',
  agrees: 'this source says something compatible, in other terms',
  differs: 'this source gives a different version (its words follow)',
  contradicts: 'this source says the opposite (its words follow)',
  opposes: "this source reports another party's position against it",
  aligns: "this source reports another party's position in line with it",
  'responds-to': 'this source reports a position answering it, or that it answers',
  updates: 'this source reports the same matter at another time, after it changed',
  silent: 'this source does not make the claim',
};

export interface MatrixCell {
  view: ClaimView;
  status: CellStatus;
  /** The claim's own words where it differs or contradicts ("approximately 40 bomber aircraft"). */
  detail?: string;
}

export interface MatrixRow {
  /** The claim the row is about: the one with most relations, so most cells compare directly to it. */
  lead: ClaimView;
  topic: ClaimTopic;
  /** One list of cells per article, in the column order; empty where the source is silent. */
  cells: MatrixCell[][];
  /** Kinds of every claim in the row, for the kind filter. */
  kinds: ClaimKind[];
  /** Set when only one source makes the claim. */
  onlySource?: string;
}

/** Strength order for a claim related to the lead only through others: the least agreeing relation wins. */
const STRENGTH: Record<RelationType, number> = {
  same: 0,
  agrees: 1,
  aligns: 2,
  updates: 3,
  'responds-to': 4,
  differs: 5,
  opposes: 6,
  contradicts: 7,
};

/**
 * Claims linked by relations form one row; each source's column says whether it
 * reports the lead claim, gives the same, agrees, differs, contradicts, or is silent.
 */
export function claimMatrix(articles: readonly ClaimedArticle[], views: ReadonlyMap<string, ClaimView>): MatrixRow[] {
  const relationsOf = (id: string) => views.get(id)?.relations ?? [];
  const column = new Map(articles.map((article, index) => [article.slug, index]));
  const seen = new Set<string>();
  const rows: MatrixRow[] = [];
  for (const article of articles) {
    for (const { claim } of article.anchored) {
      if (seen.has(claim.id)) continue;
      // The connected group of related claims, in discovery order.
      const group: string[] = [];
      const queue = [claim.id];
      while (queue.length) {
        const id = queue.shift()!;
        if (seen.has(id)) continue;
        seen.add(id);
        group.push(id);
        for (const side of relationsOf(id)) queue.push(side.other);
      }
      const leadId = group.reduce((best, id) => (relationsOf(id).length > relationsOf(best).length ? id : best), group[0]!);
      const lead = views.get(leadId)!;
      const cells: MatrixCell[][] = articles.map(() => []);
      for (const id of group) {
        const view = views.get(id)!;
        let cell: MatrixCell;
        if (id === leadId) cell = { view, status: 'reports' };
        else {
          const direct = relationsOf(id).find((side) => side.other === leadId);
          const side = direct ?? [...relationsOf(id)].sort((a, b) => STRENGTH[b.type] - STRENGTH[a.type])[0]!;
          const own = relationsOf(side.other).find((back) => back.other === id);
          cell = {
            view,
            status: side.type,
            ...(side.type === 'differs' || side.type === 'contradicts' ? { detail: own?.theirWords } : {}),
          };
        }
        cells[column.get(view.article.slug)!]!.push(cell);
      }
      const sources = cells.filter((list) => list.length > 0).length;
      rows.push({
        lead,
        topic: lead.claim.topic,
        cells,
        kinds: [...new Set(group.map((id) => views.get(id)!.claim.kind))],
        ...(sources === 1 ? { onlySource: lead.article.sourceName } : {}),
      });
    }
  }
  return rows;
}

export interface TopicGroup {
  topic: ClaimTopic;
  label: string;
  rows: MatrixRow[];
}

/** Rows by topic, in the controlled list's order; rows shared by several sources first, then in reading order. */
export function rowsByTopic(rows: readonly MatrixRow[]): TopicGroup[] {
  return claimTopics
    .map((topic) => ({
      topic,
      label: CLAIM_TOPIC_LABEL[topic],
      rows: rows
        .map((row, index) => ({ row, index }))
        .filter(({ row }) => row.topic === topic)
        .sort((a, b) => Number(Boolean(a.row.onlySource)) - Number(Boolean(b.row.onlySource)) || a.index - b.index)
        .map(({ row }) => row),
    }))
    .filter((group) => group.rows.length > 0);
}

export interface ClaimFilter {
  kind?: ClaimKind;
  /** Article slug: rows in which that source makes a claim. */
  source?: string;
}

/** Rows with a claim of the kind and from the source asked for (no filter: all rows). */
export function filterRows(rows: readonly MatrixRow[], filter: ClaimFilter, articles: readonly { slug: string }[]): MatrixRow[] {
  const column = filter.source ? articles.findIndex((article) => article.slug === filter.source) : -1;
  return rows.filter(
    (row) =>
      (!filter.kind || row.cells.some((cells) => cells.some((cell) => cell.view.claim.kind === filter.kind))) &&
      (column < 0 || row.cells[column]!.length > 0),
  );
}

/** A filter link: on its own page it is marked current. */
export interface FilterLink {
  label: string;
  href: string;
  ariaCurrent?: 'page';
  /** Rows behind the link (topics only). */
  count?: number;
}

export interface ClaimFilters {
  kinds: FilterLink[];
  sources: FilterLink[];
  topics: FilterLink[];
}

export interface MatrixCellView {
  /** `is-silent`, or the status of the cell's first claim (`is-differs`). */
  className: string;
  /** Empty where the source is silent. */
  claims: { href: string; title: string; label: string; detail?: string }[];
}

export interface TopicTableView {
  /** Element id of the topic's section (`topic-sanctions`), a filter link's target. */
  id: string;
  headingId: string;
  label: string;
  rows: { id: string; kindLabel: string; summary: string; asserter: string; onlySource?: string; cells: MatrixCellView[] }[];
}

/** What the claims pages show: heading, counts, filters, one table per topic, and the graph on the unfiltered page. */
export interface ClaimsPageView {
  heading: string;
  /** "120 rows, 180 claims." */
  count: string;
  filters: ClaimFilters;
  columns: { name: string; href: string; title: string }[];
  topics: TopicTableView[];
  /** What "Reports", "Same", "Silent"… mean. */
  legend: { label: string; meaning: string }[];
  /** schema.org Claims, on /claims/ only (filtered pages show subsets of it). */
  jsonLd?: Record<string, unknown>;
}

function filterLink(label: string, href: string, currentPath: string): FilterLink {
  return { label, href, ...(currentPath === href ? { ariaCurrent: 'page' as const } : {}) };
}

function cellView(cells: readonly MatrixCell[]): MatrixCellView {
  if (!cells.length) return { className: 'is-silent', claims: [] };
  return {
    className: `is-${cells[0]!.status}`,
    claims: cells.map((cell) => ({
      href: cell.view.passageHref,
      title: cell.view.claim.summary,
      label: CELL_LABEL[cell.status],
      detail: cell.detail,
    })),
  };
}

function topicTable(group: TopicGroup): TopicTableView {
  return {
    id: topicAnchor(group.topic),
    headingId: `topic-${group.topic}-title`,
    label: group.label,
    rows: group.rows.map((row) => ({
      id: `row-${row.lead.claim.id}`,
      kindLabel: CLAIM_KIND_LABEL[row.lead.claim.kind],
      summary: row.lead.claim.summary,
      asserter: row.lead.asserter.name,
      onlySource: row.onlySource,
      cells: row.cells.map(cellView),
    })),
  };
}

/** The claims page for a filter (none: /claims/), at `currentPath`. */
export function claimsPage(
  library: { articles: readonly ClaimedArticle[]; rows: readonly MatrixRow[]; views: ReadonlyMap<string, ClaimView> },
  filter: ClaimFilter,
  currentPath: string,
  site: URL,
): ClaimsPageView {
  const { articles } = library;
  const shown = filterRows(library.rows, filter, articles);
  const groups = rowsByTopic(shown);
  const sourceName = articles.find((article) => article.slug === filter.source)?.sourceName;
  const claimCount = shown.reduce((sum, row) => sum + row.cells.reduce((inRow, cells) => inRow + cells.length, 0), 0);
  return {
    heading: filter.kind ? `Claims: ${CLAIM_KIND_LABEL[filter.kind]}` : sourceName ? `Claims made in ${sourceName}` : 'Claims',
    count: `${shown.length} rows, ${claimCount} claims.`,
    filters: {
      kinds: [
        filterLink('All', claimsPath(), currentPath),
        ...claimKinds.map((kind) => filterLink(CLAIM_KIND_LABEL[kind], claimsOfKindPath(kind), currentPath)),
      ],
      sources: articles.map((article) => filterLink(article.sourceName, claimsOfSourcePath(article.slug), currentPath)),
      topics: groups.map((group) => ({ label: group.label, href: `#${topicAnchor(group.topic)}`, count: group.rows.length })),
    },
    columns: articles.map((article) => ({ name: article.sourceName, href: article.url, title: article.title })),
    topics: groups.map(topicTable),
    legend: (Object.keys(CELL_LABEL) as (keyof typeof CELL_LABEL)[]).map((status) => ({
      label: CELL_LABEL[status],
      meaning: CELL_MEANING[status],
    })),
    jsonLd: filter.kind || filter.source ? undefined : claimsGraph(library.views.values(), site),
  };
}
