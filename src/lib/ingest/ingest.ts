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
  return looksLikeHeading(line, 24) || (line.length <= 160 && !/[.!?]$/.test(line) && /^[\p{Lu}"“]/u.test(line) && line.split(/\s+/).length <= 24);
}

function isSingleSentence(line: string): boolean {
  return line.length <= 300 && (line.match(/[.!?](\s|$)/g)?.length ?? 0) <= 1;
}

export function ingest(text: string, options: IngestOptions): Draft {
  const lines = text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
  const todo: string[] = [];
  const removed: DraftFrontmatter['removed'] = [];
  const blocks: string[] = [];
  const parts: DraftPart[] = [];
  let title = '';
  let titleSupplied = false;
  let standfirst: string | undefined;
  let author: { name: string } | undefined;
  let originalUrl: string | undefined;
  let disclaimer: string | undefined;
  const tags: string[] = [];
  let bodyStarted = false;
  let currentPart: DraftPart | undefined;
  let pendingList: string[] = [];

  const flushList = () => {
    if (pendingList.length) blocks.push(pendingList.map((item) => `- ${escapeMarkdown(item)}`).join('\n'));
    pendingList = [];
  };
  const remove = (line: string, rule: string, why: string) => removed.push({ line, rule, why });

  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!;
    const next = lines[index + 1];
    const classified = classifyLine(line);
    if (classified.kind !== 'bullet') flushList();

    // Title: a first line that reads like one. Its immediate repetition is boilerplate.
    if (index === 0 && looksLikeTitle(line)) {
      title = line;
      continue;
    }
    if (title && line === lines[index - 1] && (line === title || line === currentPart?.title)) {
      remove(line, 'repeated-title', 'The title printed a second time.');
      continue;
    }
    // A later title-like line printed twice in a row starts a second piece in the same file.
    if (bodyStarted && line === next && looksLikeTitle(line)) {
      currentPart = { title: line, tags: [] };
      parts.push(currentPart);
      blocks.push(`## ${escapeMarkdown(line)}`);
      continue;
    }

    switch (classified.kind) {
      case 'boilerplate':
        remove(line, classified.rule.id, classified.rule.description);
        continue;
      case 'author':
        if (currentPart) currentPart.author = { name: classified.name };
        else author = { name: classified.name };
        continue;
      case 'original-url':
        originalUrl = classified.url;
        continue;
      case 'disclaimer':
        if (currentPart) currentPart.disclaimer = classified.text;
        else if (!disclaimer) disclaimer = classified.text;
        continue;
      case 'hashtags':
        (currentPart ? currentPart.tags : tags).push(...classified.tags);
        continue;
      case 'separator':
        blocks.push('***');
        continue;
      case 'bullet':
        // An asterisk-marked short title-style line followed by prose is a section heading.
        if (looksLikeHeading(classified.text, 6) && next !== undefined && classifyLine(next).kind === 'text') {
          flushList();
          blocks.push(`${currentPart ? '###' : '##'} ${escapeMarkdown(classified.text)}`);
        } else {
          pendingList.push(classified.text);
        }
        bodyStarted = true;
        continue;
      case 'text': {
        const partNeedsStandfirst = currentPart && !currentPart.standfirst && blocks.at(-1)?.startsWith('## ');
        if (partNeedsStandfirst && isSingleSentence(line)) {
          currentPart!.standfirst = line;
          continue;
        }
        if (!bodyStarted && title && !standfirst && isSingleSentence(line)) {
          standfirst = line;
          continue;
        }
        if (bodyStarted && looksLikeHeading(line, 8) && next !== undefined && !looksLikeHeading(next, 8)) {
          blocks.push(`${currentPart ? '###' : '##'} ${escapeMarkdown(line)}`);
          continue;
        }
        blocks.push(escapeMarkdown(line));
        bodyStarted = true;
      }
    }
  }
  flushList();

  if (!title) {
    title = truncate(lines[0] ?? options.seed, 80);
    titleSupplied = true;
    todo.push('The source has no title: write one (titleSupplied: true is set).');
  }
  todo.push(
    'Set outlet (an id in content/sources.yaml), published (date, precision, basis, explanation), kind and language.',
    'Check headings, lists and the standfirst the draft detected; move any editorial remarks into notes.',
  );
  if (!author) todo.push('No byline found: author is "unknown"; set it if the source names one elsewhere.');

  const month = options.month ?? new Date().toISOString().slice(0, 7);
  const frontmatter: DraftFrontmatter = {
    title,
    titleSupplied,
    ...(standfirst ? { standfirst } : {}),
    author: author ?? 'unknown',
    outlet: 'unknown',
    ...(originalUrl ? { originalUrl } : {}),
    published: { date: month, precision: 'month', basis: 'implied', explanation: 'Draft: set from the text before publishing.' },
    kind: 'news-report',
    language: { original: 'en', chain: ['en'], inferred: true },
    ...(disclaimer ? { disclaimer } : {}),
    tags,
    seed: options.seed,
    removed,
    parts,
  };
  return { slug: options.slug ?? passageSlug(title, { slugWords: 8, slugLength: 60 }), frontmatter, body: `${blocks.join('\n\n')}\n`, todo };
}

/** The draft as a Markdown file: YAML frontmatter, then the body. */
export function renderDraft(draft: Draft): string {
  const frontmatter = dump(draft.frontmatter, { lineWidth: -1, noRefs: true });
  return `---\n${frontmatter}---\n\n${draft.body}`;
}
