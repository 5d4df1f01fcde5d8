/**
 * A synthetic archive for the site bench (npm run bench:site): any number of
 * articles made from the committed five, each a reshuffled draw of all their
 * passages with numbers changed and some words swapped (so passage ids, cards
 * and search terms differ), carrying the editorial notes and claims whose
 * quotes it kept. A quote stays verbatim and is kept only where it occurs in
 * exactly one passage of the new article; a relation points at a copy of its
 * target in an earlier article (so an archive of n articles is the first n of a
 * larger one, and `updates` sits on the later claim) or is dropped; positions
 * keep their party and issue. Stories group ten consecutive articles, and every
 * tenth article also joins an "arc" spanning a hundred.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { dump } from 'js-yaml';
import { splitFrontmatter } from '../lib/articles/load-rendered.ts';
import { parseClaimsFile } from '../lib/claims/checks.ts';
import type { Claim } from '../lib/claims/schema.ts';
import { type AnchorablePassage, anchorQuote, quoteOccurrences } from '../lib/quotes/anchor.ts';
import { random } from '../lib/search/bench.ts';
import { parseStoriesFile } from '../lib/stories/checks.ts';
import type { Story } from '../lib/stories/schema.ts';

interface Note {
  quote: string;
  note: string;
}

interface BaseBlock {
  /** Markdown of one block (paragraph, heading or list). */
  text: string;
  /** The claims and notes whose quote is in this block. */
  claims: Claim[];
  notes: Note[];
}

export interface BaseArticle {
  slug: string;
  frontmatter: Record<string, unknown>;
  blocks: BaseBlock[];
}

export interface BaseContent {
  articles: BaseArticle[];
  stories: Story[];
  /** content/sources.yaml and content/entities.yaml, as they are. */
  sourcesYaml: string;
  entitiesYaml: string;
}

/** Texts of the passages a Markdown block makes: a heading's words, each list item, or the paragraph. */
export function blockPassages(block: string): string[] {
  const lines = block.split('\n');
  if (/^#+\s/.test(block)) return [block.replace(/^#+\s+/, '')];
  if (lines.every((line) => /^(\s*[-*+]|\s*\d+[.)])\s/.test(line))) return lines.map((line) => line.replace(/^\s*([-*+]|\d+[.)])\s+/, ''));
  return [lines.join(' ')];
}

const asPassages = (blocks: readonly string[]): AnchorablePassage[] =>
  blocks.flatMap(blockPassages).map((text, index) => ({ id: `p${index}`, text }));

/** The quote is in exactly one passage, once. */
function anchorsOnce(quote: string, passages: readonly AnchorablePassage[]): boolean {
  const anchor = anchorQuote(quote, passages);
  return anchor.status === 'found' && quoteOccurrences(anchor.passage.text, quote).length === 1;
}

/** Splits an article into blocks and hands each the claims and notes quoting it (those anchored nowhere are left out). */
function baseArticle(slug: string, frontmatter: Record<string, unknown>, body: string, claims: readonly Claim[]): BaseArticle {
  // Separators (`***`) make no passage; the archive leaves them out.
  const texts = body
    .split(/\n{2,}/)
    .map((block) => block.trim())
    .filter((block) => block && !/^([*_-])(\s*\1){2,}$/.test(block));
  const blocks: BaseBlock[] = texts.map((text) => ({ text, claims: [], notes: [] }));
  const holder = (quote: string) => {
    const found = texts.findIndex((text) => anchorsOnce(quote, asPassages([text])));
    return found >= 0 && anchorsOnce(quote, asPassages(texts)) ? blocks[found] : undefined;
  };
  for (const claim of claims) holder(claim.quote)?.claims.push(claim);
  for (const note of (frontmatter.notes ?? []) as Note[]) holder(note.quote)?.notes.push(note);
  return { slug, frontmatter, blocks };
}

/** The committed content the archive is made from. */
export function readBaseContent(root = 'content'): BaseContent {
  const slugs = readdirSync(join(root, 'articles'))
    .filter((name) => name.endsWith('.md'))
    .map((name) => name.slice(0, -'.md'.length))
    .sort();
  const articles = slugs.map((slug) => {
    const file = join(root, 'articles', `${slug}.md`);
    const { frontmatter, body } = splitFrontmatter(file, readFileSync(file, 'utf8'));
    const claimsFile = join(root, 'claims', `${slug}.yaml`);
    const claims = parseClaimsFile(claimsFile, readFileSync(claimsFile, 'utf8')).claims;
    return baseArticle(slug, frontmatter, body, claims);
  });
  const storiesFile = join(root, 'stories.yaml');
  return {
    articles,
    stories: parseStoriesFile(storiesFile, readFileSync(storiesFile, 'utf8'), new Set(slugs)),
    sourcesYaml: readFileSync(join(root, 'sources.yaml'), 'utf8'),
    entitiesYaml: readFileSync(join(root, 'entities.yaml'), 'utf8'),
  };
}

/** An article of the archive, before its relations are resolved. */
interface Drafted {
  index: number;
  slug: string;
  published: string;
  frontmatter: Record<string, unknown>;
  body: string;
  /** Each kept claim with the id of the committed claim it copies. */
  claims: { claim: Claim; origin: string }[];
}

export const OUTLET_COUNT = 20;
const outletId = (n: number) => `synthetic-outlet-${n + 1}`;
export const syntheticSlug = (index: number) => `synthetic-${String(index + 1).padStart(5, '0')}`;

/** 2 January 2023 plus a day an article. */
function publishedOn(index: number): string {
  return new Date(Date.UTC(2023, 0, 2 + index)).toISOString().slice(0, 10);
}

/** Changes numbers and swaps about one longer word in twelve, outside the quotes a claim or note keeps verbatim. */
function varyBlock(text: string, keep: readonly string[], next: () => number, vocabulary: readonly string[]): string {
  const spans = keep.map((quote) => [text.indexOf(quote), text.indexOf(quote) + quote.length] as const);
  if (spans.some(([start]) => start < 0)) return text;
  const kept = (offset: number) => spans.some(([start, end]) => offset >= start && offset < end);
  return text.replace(/[a-z]{4,}|\d+/g, (token: string, offset: number) => {
    if (kept(offset)) return token;
    if (/^\d/.test(token)) return next() < 0.5 ? String(Math.floor(next() * 10 ** token.length)) : token;
    return next() < 1 / 12 ? vocabulary[Math.floor(next() * vocabulary.length)]! : token;
  });
}

/** Draws blocks without repeats from every article's, varies them, and keeps the claims and notes that still anchor once. */
function draftArticle(base: BaseContent, index: number, next: () => number, vocabulary: readonly string[]): Drafted {
  const pool = base.articles.flatMap((article) => article.blocks);
  const perArticle = Math.round(pool.length / base.articles.length);
  const order = pool.map((block) => ({ block, key: next() })).sort((a, b) => a.key - b.key);
  const chosen = order.slice(0, perArticle).map(({ block }) => block);
  // Open with a paragraph, not a heading.
  const first = chosen.findIndex((block) => !block.text.startsWith('#'));
  if (first > 0) chosen.unshift(...chosen.splice(first, 1));
  const texts = chosen.map((block) =>
    varyBlock(
      block.text,
      [...block.claims, ...block.notes].map((item) => item.quote),
      next,
      vocabulary,
    ),
  );
  const passages = asPassages(texts);
  const slug = syntheticSlug(index);
  const claims = chosen
    .flatMap((block) => block.claims)
    .filter((claim) => anchorsOnce(claim.quote, passages))
    .map((claim) => ({ claim: { ...claim, id: `${claim.id}-n${index + 1}`, dismissed: [] }, origin: claim.id }));
  const notes = chosen.flatMap((block) => block.notes).filter((note) => anchorsOnce(note.quote, passages));
  const model = base.articles[index % base.articles.length]!;
  const { originalUrl: _url, parts: _parts, removed: _removed, ...kept } = model.frontmatter;
  const published = publishedOn(index);
  const frontmatter = {
    ...kept,
    title: `${String(model.frontmatter.title)} (dispatch ${index + 1})`,
    outlet: index % 4 === 0 ? model.frontmatter.outlet : outletId(index % OUTLET_COUNT),
    published: { date: published, precision: 'day', basis: 'stated' },
    notes,
  };
  return { index, slug, published, frontmatter, body: texts.join('\n\n'), claims };
}

/**
 * Points each relation at the copy of its target in the nearest earlier article
 * (never the same one), or drops it: so the first n articles of an archive are an
 * archive too, adding the next keeps every relation valid, and an `updates`
 * relation sits on the later claim.
 */
function resolveRelations(drafts: readonly Drafted[]): Map<string, Claim[]> {
  const copies = new Map<string, { index: number; id: string }[]>();
  const result = new Map<string, Claim[]>();
  for (const draft of drafts) {
    const claims = draft.claims.map(({ claim }) => ({
      ...claim,
      relations: claim.relations.flatMap((relation) => {
        const target = copies.get(relation.claim)?.at(-1);
        return target ? [{ ...relation, claim: target.id }] : [];
      }),
    }));
    for (const { claim, origin } of draft.claims) copies.set(origin, [...(copies.get(origin) ?? []), { index: draft.index, id: claim.id }]);
    result.set(draft.slug, claims);
  }
  return result;
}

/** Stories of ten consecutive articles; every tenth article also in an arc of ten such, spanning a hundred. */
export function syntheticStories(base: readonly Story[], slugs: readonly string[]): Story[] {
  const stories: Story[] = [];
  for (let start = 0; start < slugs.length; start += 10) {
    const model = base[(start / 10) % base.length]!;
    const part = start / 10 + 1;
    stories.push({
      id: `story-${part}`,
      title: `${model.title}, part ${part}`,
      summary: model.summary,
      articles: slugs.slice(start, start + 10),
    });
  }
  for (let start = 0; start < slugs.length; start += 100) {
    const articles = slugs.slice(start, start + 100).filter((_, i) => i % 10 === 9);
    const arc = start / 100 + 1;
    if (articles.length) stories.push({ id: `arc-${arc}`, title: `The long view, arc ${arc}`, summary: base[0]!.summary, articles });
  }
  return stories;
}

/** Synthetic words for the vocabulary to grow (after Heaps' law), from a fixed set of syllables. */
function syntheticWords(count: number, next: () => number): string[] {
  const syllables = ['ka', 'ro', 'vi', 'len', 'dor', 'mi', 'sta', 'ne', 'gru', 'tal', 'bo', 'zek', 'ar', 'ul', 'fen', 'cho'];
  return Array.from({ length: count }, () => {
    let word = '';
    for (let i = 2 + Math.floor(next() * 3); i > 0; i--) word += syllables[Math.floor(next() * syllables.length)];
    return word;
  });
}

export interface SyntheticArticle {
  slug: string;
  /** `articles/<slug>.md` and `claims/<slug>.yaml`, relative to the content folder. */
  files: Map<string, string>;
}

const yaml = (value: unknown) => dump(value, { lineWidth: -1 });

/** `count` articles, deterministic for a seed; the first n of them are the archive of n. */
export function syntheticArticles(base: BaseContent, count: number, seed = 1): SyntheticArticle[] {
  const corpusWords = [...new Set(base.articles.flatMap((a) => a.blocks.flatMap((b) => b.text.match(/\b[a-z]{4,}\b/g) ?? [])))];
  const vocabulary = [...corpusWords, ...syntheticWords(Math.round(40 * count ** 0.75), random(seed))];
  // Each article draws from its own generator and the words the first index+1 articles have, so it is the same in any larger archive.
  const drafts = Array.from({ length: count }, (_, index) =>
    draftArticle(
      base,
      index,
      random(seed * 100_003 + index),
      vocabulary.slice(0, corpusWords.length + Math.round(40 * (index + 1) ** 0.75)),
    ),
  );
  const claims = resolveRelations(drafts);
  return drafts.map((draft) => ({
    slug: draft.slug,
    files: new Map([
      [`articles/${draft.slug}.md`, `---\n${yaml(draft.frontmatter)}---\n\n${draft.body}\n`],
      [`claims/${draft.slug}.yaml`, yaml({ claims: claims.get(draft.slug) })],
    ]),
  }));
}

/** The files around the articles: sources (with the synthetic outlets), the registry, and the stories of these articles. */
export function archiveFiles(base: BaseContent, slugs: readonly string[]): Map<string, string> {
  const outlets = Array.from({ length: OUTLET_COUNT }, (_, n) => [
    outletId(n),
    { name: `Synthetic Outlet ${n + 1}`, kind: 'outlet', about: 'A made-up outlet of the synthetic archive the site bench builds.' },
  ]);
  return new Map([
    ['sources.yaml', `${base.sourcesYaml.trimEnd()}\n${yaml(Object.fromEntries(outlets))}`],
    ['entities.yaml', base.entitiesYaml],
    ['stories.yaml', yaml({ stories: syntheticStories(base.stories, slugs) })],
  ]);
}

/**
 * Writes articles `from` to `to` (not included) of `articles` into `content`, and the files around the first `to`
 * (sources, registry, stories): an archive written whole, or grown by the articles it lacks.
 */
export function writeArchive(content: string, base: BaseContent, articles: readonly SyntheticArticle[], from: number, to: number): void {
  for (const article of articles.slice(from, to)) writeFiles(content, article.files);
  writeFiles(
    content,
    archiveFiles(
      base,
      articles.slice(0, to).map((article) => article.slug),
    ),
  );
}

/** Writes files (paths relative to `root`). */
export function writeFiles(root: string, files: ReadonlyMap<string, string>): void {
  for (const [path, text] of files) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
}
