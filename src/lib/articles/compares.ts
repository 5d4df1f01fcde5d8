/**
 * The article page's "How this compares": what the article shares with other
 * sources (agreeing or not), what only it reports, and what the other articles of
 * its stories report that it leaves out. Pure: takes the claim views (relations
 * resolved on both sides) and the stories; kept short for the page's weight budget.
 */
import type { ClaimView, RelationSide } from '../claims/views.ts';
import type { RelationType } from '../claims/schema.ts';
import { earliestDay } from '../claims/when.ts';
import type { Story } from '../stories/schema.ts';
import { claimAnchor, claimsOfSourcePath } from '../routes.ts';
import { plural } from '../text.ts';

/** A claim of this article, linking to its sidebar entry. */
export interface OwnClaimLink {
  number: number;
  href: string;
  summary: string;
}

/** One tie of a claim of this article to a claim of another source. */
export interface TieLink {
  /** "same", "agrees", "differs", "contradicts", "opposed", "answers", "answered", "earlier", "later". */
  word: string;
  source: string;
  /** The other claim in its article's sidebar. */
  href: string;
  /** The other source's words, where they differ. */
  theirWords?: string;
}

export interface SharedClaim extends OwnClaimLink {
  ties: TieLink[];
  /** Ties not listed here (the claim's sidebar entry lists them all). */
  moreTies: number;
}

export interface LeftOutSource {
  name: string;
  /** Set when that article was published after this one. */
  later: boolean;
  /** "12 claims". */
  count: string;
  /** A few of them, those most sources share first. */
  shown: { href: string; summary: string }[];
  /** Where all that source's claims are set beside the others (its name links there). */
  moreHref: string;
}

export interface HowThisCompares {
  /** "Shares 5 of its 31 claims with other sources: 3 agree, 2 differ. 26 only here." */
  summary: string;
  agreeing: SharedClaim[];
  differing: SharedClaim[];
  /** Opposed, answering and updating ties. */
  otherTies: SharedClaim[];
  /** Claims with no tie: how many, a few of them, and how many more are in the claims list. */
  onlyHere: { count: number; shown: OwnClaimLink[]; rest: number };
  /**
   * Absent when the article is in no story with other articles. The first sources (in the claim library's
   * order, newest first) with a few of their claims, then the others by name and count only.
   */
  leftOut?: { stories: string; sources: LeftOutSource[]; others: Omit<LeftOutSource, 'shown'>[] };
}

const AGREEING: ReadonlySet<RelationType> = new Set(['same', 'agrees']);
const DIFFERING: ReadonlySet<RelationType> = new Set(['differs', 'contradicts']);
/** Claims listed in full under "Only here" when there are this few; otherwise this many, then numbers. */
const ONLY_HERE_SHOWN = 3;
/** Per other source, the claims shown; and the sources shown so, the rest named with their counts. */
const LEFT_OUT_SHOWN = 2;
const LEFT_OUT_SOURCES = 4;
/** Ties listed per claim; its sidebar entry has them all. */
const TIES_SHOWN = 3;

function tieWord(side: RelationSide): string {
  if (side.type === 'opposes') return 'opposed';
  if (side.type === 'responds-to') return side.declared ? 'answers' : 'answered';
  if (side.type === 'updates') return side.declared ? 'earlier report' : 'later report';
  return side.type;
}

/** The words without quotation marks of their own around them (the page adds its own). */
function unquoted(words: string): string {
  return words.replace(/^["“”'‘’]+|["“”'‘’]+$/g, '');
}

function ownLink(view: ClaimView): OwnClaimLink {
  return { number: view.number, href: `#${claimAnchor(view.claim.id)}`, summary: view.claim.summary };
}

/** This article's claims with a tie of one of `types`, each with those ties. */
function sharedOf(claims: readonly ClaimView[], views: ReadonlyMap<string, ClaimView>, keep: (type: RelationType) => boolean) {
  return claims.flatMap((view): SharedClaim[] => {
    const ties = view.relations
      .filter((side) => keep(side.type) && views.has(side.other))
      .map((side) => {
        const other = views.get(side.other)!;
        const words = DIFFERING.has(side.type) && side.theirWords ? { theirWords: unquoted(side.theirWords) } : {};
        return { word: tieWord(side), source: other.article.sourceName, href: other.href, ...words };
      });
    return ties.length ? [{ ...ownLink(view), ties: ties.slice(0, TIES_SHOWN), moreTies: Math.max(0, ties.length - TIES_SHOWN) }] : [];
  });
}

/** The other articles of this article's stories, with their claims tied to none of this article's. */
function leftOut(
  article: { slug: string; published: string },
  own: ReadonlySet<string>,
  library: { stories: readonly Story[]; byArticle: ReadonlyMap<string, readonly ClaimView[]> },
): HowThisCompares['leftOut'] {
  const stories = library.stories.filter((story) => story.articles.includes(article.slug) && story.articles.length > 1);
  const slugs = [...new Set(stories.flatMap((story) => story.articles))].filter((slug) => slug !== article.slug);
  const sources = slugs.flatMap((slug): LeftOutSource[] => {
    const claims = library.byArticle.get(slug) ?? [];
    const untied = claims.filter((view) => !view.relations.some((side) => own.has(side.other)));
    if (!untied.length) return [];
    const first = claims[0]!.article;
    const salient = [...untied].sort((a, b) => b.relations.length - a.relations.length || a.number - b.number);
    return [
      {
        name: first.sourceName,
        later: earliestDay(first.published) > earliestDay(article.published),
        count: plural(untied.length, 'claim'),
        shown: salient.slice(0, LEFT_OUT_SHOWN).map((view) => ({ href: view.href, summary: view.claim.summary })),
        moreHref: claimsOfSourcePath(slug),
      },
    ];
  });
  if (!sources.length) return undefined;
  return {
    stories: stories.map((story) => story.title).join('; '),
    sources: sources.slice(0, LEFT_OUT_SOURCES),
    others: sources.slice(LEFT_OUT_SOURCES).map(({ shown: _shown, ...rest }) => rest),
  };
}

/** "How this compares" for one article. */
export function howThisCompares(
  article: { slug: string; published: string },
  library: { views: ReadonlyMap<string, ClaimView>; byArticle: ReadonlyMap<string, readonly ClaimView[]>; stories: readonly Story[] },
): HowThisCompares {
  const claims = library.byArticle.get(article.slug) ?? [];
  const { views } = library;
  const agreeing = sharedOf(claims, views, (type) => AGREEING.has(type));
  const differing = sharedOf(claims, views, (type) => DIFFERING.has(type));
  const otherTies = sharedOf(claims, views, (type) => !AGREEING.has(type) && !DIFFERING.has(type));
  const alone = claims.filter((view) => view.relations.length === 0).map(ownLink);
  const shared = claims.length - alone.length;
  const shownCount = alone.length <= ONLY_HERE_SHOWN + 2 ? alone.length : ONLY_HERE_SHOWN;
  const tied = [
    [agreeing.length, 'agree'],
    [differing.length, 'differ or contradict'],
    [otherTies.length, 'oppose, answer or update'],
  ].flatMap(([count, what]) => (count ? [`${count} ${what}`] : []));
  const parts = [
    shared
      ? `Shares ${shared} of its ${plural(claims.length, 'claim')} with other sources (${tied.join(', ')}).`
      : `Shares none of its ${plural(claims.length, 'claim')} with other sources.`,
    alone.length ? `${alone.length} only here.` : '',
  ];
  return {
    summary: parts.join(' ').trim(),
    agreeing,
    differing,
    otherTies,
    onlyHere: { count: alone.length, shown: alone.slice(0, shownCount), rest: alone.length - shownCount },
    leftOut: leftOut(article, new Set(claims.map((view) => view.claim.id)), library),
  };
}
