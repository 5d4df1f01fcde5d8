/**
 * Turns a raw text article into a draft Markdown article: frontmatter skeleton,
 * paragraphs, detected headings, lists and parts, boilerplate removed and recorded.
 * Pure: the CLI in src/cli/ingest.ts does the file I/O.
 */
import { dump } from 'js-yaml';
import { passageSlug } from '../passages/id.ts';
import { truncate } from '../text.ts';
import { classifyLine } from './classify-line.ts';
import { escapeMarkdown } from './markdown-escape.ts';

export interface DraftPart {
  title: string;
  standfirst?: string;
  author?: { name: string };
  disclaimer?: string;
  tags: string[];
}

export interface DraftFrontmatter {
  title: string;
  titleSupplied: boolean;
  standfirst?: string;
  author: { name: string } | 'unknown';
  outlet: string;
  originalUrl?: string;
  published: { date: string; precision: 'month'; basis: 'implied'; explanation: string };
  kind: 'news-report';
  language: { original: string; chain: string[]; inferred: boolean };
  disclaimer?: string;
  tags: string[];
  seed: string;
  removed: { line: string; rule: string; why: string }[];
  parts: DraftPart[];
}

export interface Draft {
  slug: string;
  frontmatter: DraftFrontmatter;
  body: string;
  /** Things the editor must check or fill in by hand. */
  todo: string[];
}

export interface IngestOptions {
  /** File name of the raw text, recorded as `seed`. */
  seed: string;
  /** Slug for the file name; default: from the title. */
  slug?: string;
  /** Month to put in the draft's date (YYYY-MM) until the editor sets the real one. Default: the current month. */
  month?: string;
}

const TERMINAL = /[.!?:;,"”'’)\]…]$/;

/** A short line in title style, not a sentence: a candidate title or section heading. */
export function looksLikeHeading(line: string, maxWords = 10): boolean {
  const wordList = line.split(/\s+/);
  return (
    line.length <= 90 &&
    wordList.length <= maxWords &&
    /^[\p{Lu}\d"“‘']/u.test(line) &&
    !TERMINAL.test(line) &&
    // Most words capitalised ("Russia's Stance So Far", "The US Factor").
    wordList.filter((word) => /^[\p{Lu}\d"“‘'&]/u.test(word)).length >= Math.ceil(wordList.length * 0.6)
  );
}

/** A title line: a heading-like line that may be longer ("Here’s What Comes Next After …"). */
function looksLikeTitle(line: string): boolean {
  return (
    looksLikeHeading(line, 24) ||
    (line.length <= 160 && !/[.!?]$/.test(line) && /^[\p{Lu}"“]/u.test(line) && line.split(/\s+/).length <= 24)
  );
}

function isSingleSentence(line: string): boolean {
  return line.length <= 300 && (line.match(/[.!?](\s|$)/g)?.length ?? 0) <= 1;
}

/** What the ingest has gathered so far, line by line. */
interface DraftState {
  lines: string[];
  removed: DraftFrontmatter['removed'];
  blocks: string[];
  parts: DraftPart[];
  tags: string[];
  title: string;
  standfirst?: string;
  author?: { name: string };
  originalUrl?: string;
  disclaimer?: string;
  bodyStarted: boolean;
  currentPart?: DraftPart;
  pendingList: string[];
}

function flushList(state: DraftState): void {
  if (state.pendingList.length) state.blocks.push(state.pendingList.map((item) => `- ${escapeMarkdown(item)}`).join('\n'));
  state.pendingList = [];
}

const headingMark = (state: DraftState) => (state.currentPart ? '###' : '##');

/** Title, its repetition, and the title of a second piece; true when the line was one of them. */
function takeTitleLine(state: DraftState, index: number): boolean {
  const { lines } = state;
  const line = lines[index]!;
  // Title: a first line that reads like one. Its immediate repetition is boilerplate.
  if (index === 0 && looksLikeTitle(line)) {
    state.title = line;
    return true;
  }
  if (state.title && line === lines[index - 1] && (line === state.title || line === state.currentPart?.title)) {
    state.removed.push({ line, rule: 'repeated-title', why: 'The title printed a second time.' });
    return true;
  }
  // A later title-like line printed twice in a row starts a second piece in the same file.
  if (state.bodyStarted && line === lines[index + 1] && looksLikeTitle(line)) {
    state.currentPart = { title: line, tags: [] };
    state.parts.push(state.currentPart);
    state.blocks.push(`## ${escapeMarkdown(line)}`);
    return true;
  }
  return false;
}

/** A line of prose: a part's or the article's standfirst, a heading, or a paragraph. */
function takeText(state: DraftState, line: string, next: string | undefined): void {
  const part = state.currentPart;
  if (part && !part.standfirst && state.blocks.at(-1)?.startsWith('## ') && isSingleSentence(line)) {
    part.standfirst = line;
  } else if (!state.bodyStarted && state.title && !state.standfirst && isSingleSentence(line)) {
    state.standfirst = line;
  } else if (state.bodyStarted && looksLikeHeading(line, 8) && next !== undefined && !looksLikeHeading(next, 8)) {
    state.blocks.push(`${headingMark(state)} ${escapeMarkdown(line)}`);
  } else {
    state.blocks.push(escapeMarkdown(line));
    state.bodyStarted = true;
  }
}

function takeLine(state: DraftState, classified: ReturnType<typeof classifyLine>, line: string, next: string | undefined): void {
  const part = state.currentPart;
  switch (classified.kind) {
    case 'boilerplate':
      state.removed.push({ line, rule: classified.rule.id, why: classified.rule.description });
      return;
    case 'author':
      if (part) part.author = { name: classified.name };
      else state.author = { name: classified.name };
      return;
    case 'original-url':
      state.originalUrl = classified.url;
      return;
    case 'disclaimer':
      if (part) part.disclaimer = classified.text;
      else state.disclaimer ??= classified.text;
      return;
    case 'hashtags':
      (part ? part.tags : state.tags).push(...classified.tags);
      return;
    case 'separator':
      state.blocks.push('***');
      return;
    case 'bullet':
      // An asterisk-marked short title-style line followed by prose is a section heading.
      if (looksLikeHeading(classified.text, 6) && next !== undefined && classifyLine(next).kind === 'text') {
        flushList(state);
        state.blocks.push(`${headingMark(state)} ${escapeMarkdown(classified.text)}`);
      } else {
        state.pendingList.push(classified.text);
      }
      state.bodyStarted = true;
      return;
    case 'text':
      takeText(state, line, next);
  }
}

/** The frontmatter skeleton, with what is left for the editor to do. */
function draftFrontmatter(state: DraftState, options: IngestOptions): { frontmatter: DraftFrontmatter; todo: string[] } {
  const todo: string[] = [];
  const titleSupplied = !state.title;
  const title = state.title || truncate(state.lines[0] ?? options.seed, 80);
  if (titleSupplied) todo.push('The source has no title: write one (titleSupplied: true is set).');
  todo.push(
    'Set outlet (an id in content/sources.yaml), published (date, precision, basis, explanation), kind and language.',
    'Check headings, lists and the standfirst the draft detected; move any editorial remarks into notes.',
  );
  if (!state.author) todo.push('No byline found: author is "unknown"; set it if the source names one elsewhere.');
  const month = options.month ?? new Date().toISOString().slice(0, 7);
  const { standfirst, originalUrl, disclaimer } = state;
  const frontmatter: DraftFrontmatter = {
    title,
    titleSupplied,
    ...(standfirst ? { standfirst } : {}),
    author: state.author ?? 'unknown',
    outlet: 'unknown',
    ...(originalUrl ? { originalUrl } : {}),
    published: { date: month, precision: 'month', basis: 'implied', explanation: 'Draft: set from the text before publishing.' },
    kind: 'news-report',
    language: { original: 'en', chain: ['en'], inferred: true },
    ...(disclaimer ? { disclaimer } : {}),
    tags: state.tags,
    seed: options.seed,
    removed: state.removed,
    parts: state.parts,
  };
  return { frontmatter, todo };
}

export function ingest(text: string, options: IngestOptions): Draft {
  const lines = text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
  const state: DraftState = { lines, removed: [], blocks: [], parts: [], tags: [], title: '', bodyStarted: false, pendingList: [] };
  lines.forEach((line, index) => {
    const classified = classifyLine(line);
    if (classified.kind !== 'bullet') flushList(state);
    if (!takeTitleLine(state, index)) takeLine(state, classified, line, lines[index + 1]);
  });
  flushList(state);
  const { frontmatter, todo } = draftFrontmatter(state, options);
  // A file name is ASCII (a title in another script asks for --slug).
  const titleSlug = passageSlug(frontmatter.title, { slugWords: 8, slugLength: 60 });
  const slug = options.slug ?? (/^[a-z0-9-]*$/.test(titleSlug) ? titleSlug : '');
  return { slug, frontmatter, body: `${state.blocks.join('\n\n')}\n`, todo };
}

/** The draft as a Markdown file: YAML frontmatter, then the body. */
export function renderDraft(draft: Draft): string {
  const frontmatter = dump(draft.frontmatter, { lineWidth: -1, noRefs: true });
  return `---\n${frontmatter}---\n\n${draft.body}`;
}
