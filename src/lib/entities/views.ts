/**
 * Shapes entity mentions for pages: the article sidebar, the /entities/ table and
 * one page per entity, down to what each page shows (`entityPage`, `entitiesIndex`).
 * Pure: takes the registry and what the mention plugin found.
 */
import type { EntityMention } from './mentions.ts';
import type { Passage } from '../passages/passage.ts';
import { ENTITY_TYPE_LABEL, type Entity, type EntityType, entityTypes } from './schema.ts';
import { sides } from '../claims/schema.ts';
import { entitiesPath, entityPath, passagePath, sourcesPath } from '../routes.ts';
import { plural } from '../text.ts';
import { capped, pageOf, pagination, type PaginationView } from '../site.ts';

/** What this module needs of an article (a subset of articles/load.ts's LoadedArticle). */
export interface MentionedArticle {
  slug: string;
  url: string;
  title: string;
  /** Name of the outlet or platform the article came from. */
  sourceName: string;
  passages: Passage[];
  mentions: EntityMention[];
}

export interface EntitySalience {
  entity: Entity;
  /** Name mentions (demonyms excluded). */
  count: number;
  /** Position of the first mention in reading order. */
  first: number;
}

export interface EntityGroup<Item> {
  type: EntityType;
  label: string;
  items: Item[];
}

/** Groups items by entity type in the registry's type order, dropping empty groups. */
export function groupByType<Item>(items: readonly Item[], typeOf: (item: Item) => EntityType): EntityGroup<Item>[] {
  return entityTypes
    .map((type) => ({ type, label: ENTITY_TYPE_LABEL[type], items: items.filter((item) => typeOf(item) === type) }))
    .filter((group) => group.items.length > 0);
}

/** An article's entities by type, most mentioned first, ties by first appearance. */
export function articleEntities(entities: readonly Entity[], mentions: readonly EntityMention[]): EntityGroup<EntitySalience>[] {
  const byId = new Map(entities.map((entity) => [entity.id, entity]));
  const salience = new Map<string, EntitySalience>();
  mentions.forEach((mention, index) => {
    if (mention.form !== 'name') return;
    const entity = byId.get(mention.entityId);
    if (!entity) return;
    const item = salience.get(entity.id) ?? { entity, count: 0, first: index };
    item.count += 1;
    salience.set(entity.id, item);
  });
  const ordered = [...salience.values()].sort((a, b) => b.count - a.count || a.first - b.first);
  return groupByType(ordered, (item) => item.entity.type);
}

export interface MentionTableRow {
  entity: Entity;
  /** Name mentions per article, in the order of the table's columns. */
  counts: number[];
  total: number;
}

/** Entity × article table of name-mention counts, most mentioned first, then by name. */
export function mentionTable(entities: readonly Entity[], articles: readonly MentionedArticle[]): MentionTableRow[] {
  return entities
    .map((entity) => {
      const counts = articles.map((article) => article.mentions.filter((m) => m.form === 'name' && m.entityId === entity.id).length);
      return { entity, counts, total: counts.reduce((sum, count) => sum + count, 0) };
    })
    .sort((a, b) => b.total - a.total || a.entity.name.localeCompare(b.entity.name));
}

export interface ExcerptSegment {
  text: string;
  /** True for the words of a mention. */
  mark: boolean;
}

/**
 * A window of `text` around the first span, cut at word boundaries with ellipses,
 * split into plain and marked segments for every span inside the window.
 */
export function excerptAround(text: string, spans: readonly { start: number; end: number }[], radius = 90): ExcerptSegment[] {
  if (!spans.length) return [{ text, mark: false }];
  const first = spans[0]!;
  let from = Math.max(0, first.start - radius);
  let to = Math.min(text.length, first.end + radius);
  if (from > 0) from = text.indexOf(' ', from) + 1 || from;
  if (to < text.length) to = Math.max(text.lastIndexOf(' ', to), first.end);
  const segments: ExcerptSegment[] = [];
  let cursor = from;
  for (const span of spans) {
    if (span.start < cursor || span.end > to) continue;
    if (span.start > cursor) segments.push({ text: text.slice(cursor, span.start), mark: false });
    segments.push({ text: text.slice(span.start, span.end), mark: true });
    cursor = span.end;
  }
  if (cursor < to) segments.push({ text: text.slice(cursor, to), mark: false });
  if (from > 0) segments.unshift({ text: '…', mark: false });
  if (to < text.length) segments.push({ text: '…', mark: false });
  return segments;
}

export interface ArticleRef {
  slug: string;
  url: string;
  title: string;
  sourceName: string;
}

export interface PassageMentions {
  article: ArticleRef;
  passageId: string;
  /** `/articles/<slug>/#<passage-id>` */
  href: string;
  count: number;
  excerpt: ExcerptSegment[];
}

export interface EntityProfile {
  entity: Entity;
  total: number;
  perArticle: { article: ArticleRef; count: number }[];
  /** Each spelling the sources used, with who used it. */
  spellings: { text: string; count: number; articles: ArticleRef[] }[];
  passages: PassageMentions[];
  /** Adjective forms ("Russian"), counted apart from the name. */
  demonyms: { text: string; count: number; articles: ArticleRef[] }[];
  /** Entities named in the same passages, most shared passages first. */
  related: { entity: Entity; passages: number }[];
  partOf?: Entity;
  parts: Entity[];
}

function refOf(article: MentionedArticle): ArticleRef {
  return { slug: article.slug, url: article.url, title: article.title, sourceName: article.sourceName };
}

function tally(found: { text: string; article: ArticleRef }[]): { text: string; count: number; articles: ArticleRef[] }[] {
  const byText = new Map<string, { text: string; count: number; articles: ArticleRef[] }>();
  for (const { text, article } of found) {
    const item = byText.get(text) ?? { text, count: 0, articles: [] };
    item.count += 1;
    if (!item.articles.some((known) => known.slug === article.slug)) item.articles.push(article);
    byText.set(text, item);
  }
  return [...byText.values()].sort((a, b) => b.count - a.count || a.text.localeCompare(b.text));
}

/** One profile per entity: everything its page shows. */
export function entityProfiles(
  entities: readonly Entity[],
  articles: readonly MentionedArticle[],
  relatedLimit = 8,
): Map<string, EntityProfile> {
  const byId = new Map(entities.map((entity) => [entity.id, entity]));
  const profiles = new Map<string, EntityProfile>();
  for (const entity of entities) {
    const names: { text: string; article: ArticleRef }[] = [];
    const adjectives: { text: string; article: ArticleRef }[] = [];
    const passages: PassageMentions[] = [];
    const perArticle: EntityProfile['perArticle'] = [];
    const related = new Map<string, number>();
    for (const article of articles) {
      const ref = refOf(article);
      const own = article.mentions.filter((mention) => mention.entityId === entity.id);
      for (const mention of own) (mention.form === 'name' ? names : adjectives).push({ text: mention.text, article: ref });
      const named = own.filter((mention) => mention.form === 'name');
      if (named.length) perArticle.push({ article: ref, count: named.length });
      for (const passageId of new Set(named.map((mention) => mention.passageId))) {
        const passage = article.passages.find((candidate) => candidate.id === passageId);
        if (!passage) continue;
        const spans = named.filter((mention) => mention.passageId === passageId);
        passages.push({
          article: ref,
          passageId,
          href: passagePath(article.slug, passageId),
          count: named.filter((mention) => mention.passageId === passageId).length,
          excerpt: excerptAround(passage.text, spans),
        });
        const others = new Set(
          article.mentions
            .filter((mention) => mention.passageId === passageId && mention.form === 'name' && mention.entityId !== entity.id)
            .map((mention) => mention.entityId),
        );
        for (const other of others) related.set(other, (related.get(other) ?? 0) + 1);
      }
    }
    profiles.set(entity.id, {
      entity,
      total: names.length,
      perArticle,
      spellings: tally(names),
      passages,
      demonyms: tally(adjectives),
      related: [...related]
        .map(([id, count]) => ({ entity: byId.get(id)!, passages: count }))
        .sort((a, b) => b.passages - a.passages || a.entity.name.localeCompare(b.entity.name))
        .slice(0, relatedLimit),
      partOf: entity.partOf ? byId.get(entity.partOf) : undefined,
      parts: entities.filter((other) => other.partOf === entity.id),
    });
  }
  return profiles;
}

/** A link as pages show it. */
export interface LinkView {
  name: string;
  href: string;
}

/** A spelling or adjective form: "Zelenskyy" ×3, and the sources that wrote it ("NDTV, Voice of East"). */
export interface FormView {
  text: string;
  count: number;
  sources: string;
}

export interface MentionView {
  href: string;
  excerpt: ExcerptSegment[];
  /** "NDTV: Title of the article" */
  source: string;
  /** "(3 mentions in this passage)", where there is more than one. */
  countNote?: string;
}

/** Everything an entity's page shows. */
export interface EntityPage {
  entity: Entity;
  description: string;
  type: LinkView;
  /** "12 mentions in 3 articles" */
  mentionsSummary: string;
  spellings: FormView[];
  demonyms: FormView[];
  partOf?: LinkView;
  parts: LinkView[];
  sourceCard?: LinkView;
  wikidata?: LinkView;
  /** Name mentions in each article, in the table's column order (an archive's most-naming articles only; first page only). */
  perSource: (LinkView & { count: number })[];
  /** "And 988 more articles name it.", when the list stops short. */
  perSourceMore?: string;
  /** This page's mentions: all of them up to MENTIONS_PER_PAGE, else one page of them. */
  mentions: MentionView[];
  /** The number of this page's first mention in the whole list (31 on page 2). */
  firstNumber: number;
  /** Links to the other pages of mentions, when there are several. */
  pagination?: PaginationView;
  /** The page's title: the name, and the page number past the first. */
  title: string;
  /** What the page says when no article text names the entity. */
  noMentions: string;
  related: (LinkView & { passages: string })[];
  /** Claims this entity asserts, is the party of or passes on, by source (on the first page only). */
  claims: EntityClaimGroup[];
  /** "4 claims in 2 articles" */
  claimsSummary: string;
}

/** Sources named after a spelling; an archive's hundreds are counted past them. */
const FORM_SOURCES_NAMED = 6;

function formView(form: { text: string; count: number; articles: ArticleRef[] }): FormView {
  const names = capped([...new Set(form.articles.map((article) => article.sourceName))], FORM_SOURCES_NAMED);
  return {
    text: form.text,
    count: form.count,
    sources: names.shown.join(', ') + (names.unlisted ? ` and ${plural(names.unlisted, 'more source')}` : ''),
  };
}

const entityLink = (entity: Entity): LinkView => ({ name: entity.name, href: entityPath(entity.id) });

function mentionView(passage: PassageMentions): MentionView {
  return {
    href: passage.href,
    excerpt: passage.excerpt,
    source: `${passage.article.sourceName}: ${passage.article.title}`,
    countNote: passage.count > 1 ? `(${plural(passage.count, 'mention')} in this passage)` : undefined,
  };
}

/** Passages with mentions on one page: enough to read on, few enough that a name in thousands of articles stays a small page. */
export const MENTIONS_PER_PAGE = 30;

/** How many pages of mentions an entity has (at least 1). */
export function mentionPageCount(profile: EntityProfile): number {
  return pageOf(profile.passages, 1, MENTIONS_PER_PAGE).total;
}

/**
 * Up to this many sources, the per-source list names every one (a zero says a source is silent);
 * past it, only this many of those that name the entity, most mentions first, and how many more do.
 */
const LIST_SILENT_SOURCES_UP_TO = 12;

function perSourceCounts(profile: EntityProfile, articles: readonly MentionedArticle[]): Pick<EntityPage, 'perSource' | 'perSourceMore'> {
  const counts = new Map(profile.perArticle.map((item) => [item.article.slug, item.count]));
  const all = articles.map((article) => ({ name: article.sourceName, href: article.url, count: counts.get(article.slug) ?? 0 }));
  if (articles.length <= LIST_SILENT_SOURCES_UP_TO) return { perSource: all };
  const naming = capped(
    all.filter((item) => item.count > 0).sort((a, b) => b.count - a.count),
    LIST_SILENT_SOURCES_UP_TO,
  );
  return {
    perSource: naming.shown,
    ...(naming.unlisted ? { perSourceMore: `And ${plural(naming.unlisted, 'more article')} name it.` } : {}),
  };
}

/** What an entity page needs of a claim (a subset of claims/views.ts's ClaimView). */
export interface EntityClaimInput {
  claim: { id: string; summary: string; quote: string; assertedBy: string; party?: string; via: readonly { entity: string }[] };
  article: ArticleRef;
  /** The claim in its article's sidebar. */
  href: string;
  /** The passage holding its quote. */
  passageHref: string;
  /** Who asserts it, resolved (`author` is the byline's entity or card). */
  asserter: { name: string; href: string };
}

export interface EntityClaimView {
  id: string;
  summary: string;
  href: string;
  quote: string;
  passageHref: string;
  /** How the entity stands to the claim: "Asserted by Kremlin", "Position of its side (Russia)", "Passed on". */
  role: string;
}

export interface EntityClaimGroup {
  source: string;
  title: string;
  articleHref: string;
  claims: EntityClaimView[];
}

/** The side an entity is the party of: its `side`, or itself when its id is a side (`russia`). */
const sideOf = (entity: Entity): string | undefined =>
  entity.side ?? ((sides as readonly string[]).includes(entity.id) ? entity.id : undefined);

/** How an entity stands to a claim, or undefined when it does not assert, own or pass it on. */
function claimRole(entity: Entity, input: EntityClaimInput, side: string | undefined): string | undefined {
  const { claim, asserter } = input;
  const roles: string[] = [];
  if (claim.assertedBy === entity.id || asserter.href === entityPath(entity.id)) roles.push('Asserted');
  else if (side && claim.party === side) roles.push(`Position of its side, asserted by ${asserter.name}`);
  if (claim.via.some((step) => step.entity === entity.id)) roles.push(`Passed on from ${asserter.name}`);
  return roles.length ? roles.join('; ') : undefined;
}

/** The claims an entity asserts, is the party of (through its side) or passes on, grouped by source in the claims' order. */
export function entityClaims(entity: Entity, claims: readonly EntityClaimInput[]): EntityClaimGroup[] {
  const side = sideOf(entity);
  const groups = new Map<string, EntityClaimGroup>();
  for (const input of claims) {
    const role = claimRole(entity, input, side);
    if (!role) continue;
    const { article, claim } = input;
    const group = groups.get(article.slug) ?? { source: article.sourceName, title: article.title, articleHref: article.url, claims: [] };
    group.claims.push({ id: claim.id, summary: claim.summary, href: input.href, quote: claim.quote, passageHref: input.passageHref, role });
    groups.set(article.slug, group);
  }
  return [...groups.values()];
}

/** Claims listed on an entity's page: those of the latest articles, so a party of a thousand articles keeps a small page. */
export const ENTITY_CLAIMS_SHOWN = 30;

/** The groups cut to their first `limit` claims in all. */
function firstClaims(groups: readonly EntityClaimGroup[], limit: number): EntityClaimGroup[] {
  let left = limit;
  return groups.flatMap((group) => {
    const claims = group.claims.slice(0, Math.max(0, left));
    left -= claims.length;
    return claims.length ? [{ ...group, claims }] : [];
  });
}

/** "4 claims in 2 articles", with how many are listed when not all are, or that there are none. */
function claimsSummaryOf(entity: Entity, groups: readonly EntityClaimGroup[]): string {
  const count = groups.reduce((sum, group) => sum + group.claims.length, 0);
  if (!count) return `No claim in these articles is asserted by ${entity.name}, is its side's position or passes through it.`;
  const all = `${plural(count, 'claim')} in ${plural(groups.length, 'article')}`;
  return count > ENTITY_CLAIMS_SHOWN ? `${all}; the ${ENTITY_CLAIMS_SHOWN} of the latest articles are listed here.` : all;
}

/**
 * An entity's page (page `pageNumber` of its mentions) from its profile and the articles (as the table's columns);
 * the first page also lists the entity's claims.
 */
export function entityPage(
  profile: EntityProfile,
  articles: readonly MentionedArticle[],
  pageNumber = 1,
  claims: readonly EntityClaimInput[] = [],
): EntityPage {
  const { entity } = profile;
  const shown = pageOf(profile.passages, pageNumber, MENTIONS_PER_PAGE);
  const claimGroups = pageNumber > 1 ? [] : entityClaims(entity, claims);
  return {
    entity,
    title: pageNumber > 1 ? `${entity.name}, mentions page ${pageNumber}` : entity.name,
    description: `${entity.name}: ${entity.description} Every mention across the sources.`,
    type: { name: ENTITY_TYPE_LABEL[entity.type], href: entitiesPath(entity.type) },
    mentionsSummary: `${plural(profile.total, 'mention')} in ${plural(profile.perArticle.length, 'article')}`,
    spellings: profile.spellings.map(formView),
    demonyms: profile.demonyms.map(formView),
    partOf: profile.partOf && entityLink(profile.partOf),
    parts: profile.parts.map(entityLink),
    sourceCard: entity.source ? { name: `Source card for ${entity.name}`, href: sourcesPath(entity.source) } : undefined,
    wikidata: entity.wikidata ? { name: entity.wikidata, href: `https://www.wikidata.org/wiki/${entity.wikidata}` } : undefined,
    ...(pageNumber > 1 ? { perSource: [] } : perSourceCounts(profile, articles)),
    mentions: shown.items.map(mentionView),
    firstNumber: (pageNumber - 1) * MENTIONS_PER_PAGE + 1,
    pagination: pagination(pageNumber, shown.total, (page) => entityPath(entity.id, page)),
    noMentions: `No article text names ${entity.name}${entity.source ? '; it appears here as a source (byline, outlet or disclaimer).' : '.'}`,
    related: profile.related.map((item) => ({ ...entityLink(item.entity), passages: plural(item.passages, 'passage') })),
    claims: firstClaims(claimGroups, ENTITY_CLAIMS_SHOWN),
    claimsSummary: claimsSummaryOf(entity, claimGroups),
  };
}

export interface MentionTableColumn {
  name: string;
  href: string;
  /** The article's title. */
  title: string;
}

export interface MentionTableGroup {
  /** Element id of the group's section, the target of the type filter (`#person`). */
  id: string;
  label: string;
  headingId: string;
  rows: { id: string; name: string; href: string; description: string; counts: number[]; total: number }[];
}

/**
 * The table's columns: each article while there are few; past LIST_SILENT_SOURCES_UP_TO, each outlet (its
 * articles' counts summed, linking to its latest article), so an archive's table stays as wide as its outlets.
 */
function tableColumns(articles: readonly MentionedArticle[]): { columns: MentionTableColumn[]; columnOf: number[] } {
  if (articles.length <= LIST_SILENT_SOURCES_UP_TO)
    return {
      columns: articles.map((article) => ({ name: article.sourceName, href: article.url, title: article.title })),
      columnOf: articles.map((_, index) => index),
    };
  const outlets = [...new Set(articles.map((article) => article.sourceName))];
  const columns = outlets.map((name) => {
    const own = articles.filter((article) => article.sourceName === name);
    return { name, href: own[0]!.url, title: `${plural(own.length, 'article')}; the latest: ${own[0]!.title}` };
  });
  return { columns, columnOf: articles.map((article) => outlets.indexOf(article.sourceName)) };
}

/** /entities/: one table per entity type, articles (or, in an archive, outlets) as columns. */
export function entitiesIndex(
  table: readonly MentionTableRow[],
  articles: readonly MentionedArticle[],
): {
  columns: MentionTableColumn[];
  groups: MentionTableGroup[];
} {
  const { columns, columnOf } = tableColumns(articles);
  const summed = (counts: readonly number[]) => {
    const sums = columns.map(() => 0);
    counts.forEach((count, index) => (sums[columnOf[index]!]! += count));
    return sums;
  };
  return {
    columns,
    groups: groupByType(table, (row) => row.entity.type).map((group) => ({
      id: group.type,
      label: group.label,
      headingId: `${group.type}-title`,
      rows: group.items.map(({ entity, counts, total }) => ({
        id: `row-${entity.id}`,
        name: entity.name,
        href: entityPath(entity.id),
        description: entity.description,
        counts: summed(counts),
        total,
      })),
    })),
  };
}
