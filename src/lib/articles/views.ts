/**
 * Shapes an article for its page: everything the route and its components show,
 * with the display rules (which sections appear, count labels, the structured
 * data) decided here so the templates only render. Pure: takes the loaded article
 * and what the entity and claim libraries made of it (type-only imports).
 */
import type { LoadedArticle } from './load.ts';
import type { AnchoredNote, ClaimNote } from './notes.ts';
import { type Layer, LAYERS } from './layers.ts';
import { describePublished } from './dates.ts';
import { authorName, describeTranslationChain, KIND_LABEL } from './provenance.ts';
import type { ClaimLibrary } from '../claims/load.ts';
import type { Story } from '../stories/schema.ts';
import { type HowThisCompares, howThisCompares } from './compares.ts';
import { CLAIM_KIND_LABEL } from '../claims/schema.ts';
import type { Asserter, ClaimView } from '../claims/views.ts';
import type { EntityLibrary } from '../entities/load.ts';
import type { EntityGroup, EntitySalience } from '../entities/views.ts';
import { newsArticleJsonLd } from '../json-ld.ts';
import { claimAnchor, claimMarkAnchor, claimsOfSourcePath, entityPath, removedLineAnchor, sourcesPath } from '../routes.ts';
import { plural, pluralWord } from '../text.ts';

/** The page's OpenGraph article tags (BaseLayout's `og`). */
export interface ArticleOpenGraph {
  type: 'article';
  publishedTime: string;
  author?: string;
  section: string;
}

export interface TocEntry {
  href: string;
  text: string;
  /** Indents subheadings. */
  className: string;
}

export interface RemovedLines {
  /** "Removed from the source (2 lines)". */
  summary: string;
  lines: { line: string; why: string; note?: string; id: string }[];
}

export interface SidebarEntity {
  id: string;
  name: string;
  href: string;
  count: number;
  /** "3 mentions" */
  countLabel: string;
  /** "mentions", for screen readers after the bare number. */
  countWord: string;
}

export interface SidebarEntityGroup {
  label: string;
  /** Id of the group's heading. */
  headingId: string;
  items: SidebarEntity[];
}

export interface SidebarChip {
  className: string;
  href: string;
  label: string;
  /** The other source's name, spoken after labels that do not name it ("differs: …"). */
  spokenSource?: string;
}

export interface SidebarClaim {
  /** Element id, the target of `#claim-…` links. */
  anchor: string;
  summary: string;
  /** The claim's quoted words in the text, on this page (the first piece; their passage is lit on arrival). */
  markHref: string;
  kindLabel: string;
  asserter: Asserter;
  note?: string;
  /** Editorial notes on the claim's words, linking to each note beside its passage. */
  notes: ClaimNote[];
  chips: SidebarChip[];
}

/** A "Show" switch for a layer the article has. */
export type LayerSwitch = Layer;

export interface ArticlePage {
  title: string;
  description: string;
  og: ArticleOpenGraph;
  newsArticleJsonLd: Record<string, unknown>;
  /** "Analysis · NDTV" */
  kicker: string;
  provenance: ProvenanceView;
  toc: TocEntry[];
  notes: AnchoredNote[];
  removed?: RemovedLines;
  entityGroups: SidebarEntityGroup[];
  /** "30 names, by type": the label of the entity list's fold. */
  entitySummary: string;
  claims: SidebarClaim[];
  /** This article's rows on the claims pages, beside every other source's ("Compare all sources"). */
  compareHref: string;
  /** "How this compares": shared, only here, left out; absent when the article has no claims. */
  compares?: HowThisCompares;
  /** The "Show" switches, for the layers this article has (no "Notes" switch without notes). */
  layerSwitches: LayerSwitch[];
}

function removedLines(article: LoadedArticle): RemovedLines | undefined {
  const { removed } = article.entry.data;
  if (!removed.length) return undefined;
  return {
    summary: `Removed from the source (${plural(removed.length, 'line')})`,
    lines: removed.map((item, index) => ({
      line: item.line,
      why: item.why ?? item.rule,
      note: item.note,
      id: removedLineAnchor(index + 1),
    })),
  };
}

function tableOfContents(article: LoadedArticle): TocEntry[] {
  return article.passages
    .filter((passage) => passage.kind === 'heading')
    .map((heading) => ({ href: `#${heading.id}`, text: heading.text, className: `toc-depth-${heading.depth}` }));
}

function sidebarEntities(groups: readonly EntityGroup<EntitySalience>[]): SidebarEntityGroup[] {
  return groups.map((group) => ({
    label: group.label,
    headingId: `entities-${group.type}`,
    items: group.items.map(({ entity, count }) => ({
      id: entity.id,
      name: entity.name,
      href: entityPath(entity.id),
      count,
      countLabel: plural(count, 'mention'),
      countWord: pluralWord(count, 'mention'),
    })),
  }));
}

/** Same, agrees and updates chips name the other source in their label already. */
const NAMES_SOURCE = new Set(['same', 'agrees', 'updates']);

function sidebarClaim(view: ClaimView): SidebarClaim {
  return {
    anchor: claimAnchor(view.claim.id),
    summary: view.claim.summary,
    markHref: `#${claimMarkAnchor(view.claim.id)}`,
    kindLabel: CLAIM_KIND_LABEL[view.claim.kind],
    asserter: view.asserter,
    note: view.claim.note,
    notes: view.notes,
    chips: view.chips.map((chip) => ({
      className: `chip chip-${chip.type}`,
      href: chip.href,
      label: chip.label,
      spokenSource: NAMES_SOURCE.has(chip.type) ? undefined : chip.sourceName,
    })),
  };
}

/** The "Where this text comes from" list. */
export interface ProvenanceView {
  outlet: { name: string; href: string };
  /** "Not named by the source" when there is no byline; a link where the author has a source card. */
  author: { name: string; href?: string };
  published: { date: string; text: string; explanation?: string };
  kind: string;
  /** "Translated: Russian → English", or "Written in English". */
  language: string;
  /** The translation chain is our inference. */
  languageInferred: boolean;
  languageEvidence?: string;
  originalUrl?: string;
  disclaimer?: string;
  /** The source's hashtags, space-separated; empty when it has none. */
  hashtags: string;
  /** One line for the closed box: "NDTV · no byline · 2 June 2025 (date implied by the text)". */
  summary: string;
}

export function provenanceView(article: LoadedArticle): ProvenanceView {
  const { data } = article.entry;
  const { language, published } = data;
  const author = authorName(data.author);
  const translated = language.chain.length > 1;
  const chain = describeTranslationChain(language.chain);
  return {
    outlet: { name: article.outlet.data.name, href: sourcesPath(article.outlet.id) },
    author: author
      ? { name: author, href: article.authorSource && sourcesPath(article.authorSource.id) }
      : { name: 'Not named by the source' },
    published: { date: published.date, text: describePublished(published), explanation: published.explanation },
    kind: KIND_LABEL[data.kind],
    language: translated ? `Translated: ${chain}` : `Written in ${chain}`,
    languageInferred: translated && language.inferred,
    languageEvidence: language.evidence,
    originalUrl: data.originalUrl,
    disclaimer: data.disclaimer,
    hashtags: data.tags.join(' '),
    summary: [article.outlet.data.name, author ?? 'no byline', describePublished(published)].join(' · '),
  };
}

/** Everything the article page shows, from the article and the libraries' views of it. */
export function articlePage(
  article: LoadedArticle,
  entityLibrary: Pick<EntityLibrary, 'sidebars'>,
  claimLibrary: Pick<ClaimLibrary, 'byArticle' | 'views'>,
  stories: readonly Story[],
  site: URL,
): ArticlePage {
  const { data } = article.entry;
  const url = new URL(article.url, site).href;
  const outletName = article.outlet.data.name;
  const claims = claimLibrary.byArticle.get(article.slug) ?? [];
  const entityGroups = sidebarEntities(entityLibrary.sidebars.get(article.slug) ?? []);
  const has = { claims: claims.length > 0, names: entityGroups.length > 0, notes: article.notes.length > 0 };
  return {
    title: data.title,
    description: article.summary,
    og: { type: 'article', publishedTime: data.published.date, author: authorName(data.author), section: KIND_LABEL[data.kind] },
    newsArticleJsonLd: newsArticleJsonLd({ article: data, url, outletName, description: article.summary, wordCount: article.words }),
    kicker: `${KIND_LABEL[data.kind]} · ${outletName}`,
    provenance: provenanceView(article),
    toc: tableOfContents(article),
    notes: article.notes,
    removed: removedLines(article),
    entityGroups,
    entitySummary: `${plural(
      entityGroups.reduce((sum, group) => sum + group.items.length, 0),
      'name',
    )}, by type`,
    claims: claims.map(sidebarClaim),
    compareHref: claimsOfSourcePath(article.slug),
    compares: claims.length
      ? howThisCompares({ slug: article.slug, published: data.published.date }, { ...claimLibrary, stories })
      : undefined,
    layerSwitches: LAYERS.filter((layer) => has[layer.id]),
  };
}
