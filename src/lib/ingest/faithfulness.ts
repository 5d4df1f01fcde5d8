/**
 * Checks that an article file keeps its source verbatim: every sentence of the
 * raw text is in the article (body or frontmatter) or recorded as removed, and
 * every sentence of the body comes from the raw text. Whitespace is the only
 * thing allowed to differ; quotes, dashes, spelling and errors must match.
 */
import type { Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { ArticleFrontmatter } from '../articles/schema.ts';
import { normalizeWhitespace } from '../text.ts';
import { classifyLine } from './classify-line.ts';

/** Splits text after sentence-ending punctuation (and any closing quote or bracket) followed by space. */
export function splitSentences(text: string): string[] {
  return normalizeWhitespace(text)
    .split(/(?<=[.!?…]["”’')\]]*)\s+(?=\S)/u)
    .map((sentence) => sentence.trim())
    .filter(Boolean);
}

/** The rendered text of each block of a Markdown body: paragraphs, headings, list items, quotes. */
export function bodyBlocks(markdown: string): string[] {
  const tree = unified().use(remarkParse).parse(markdown) as Root;
  const blocks: string[] = [];
  const walk = (nodes: RootContent[]) => {
    for (const node of nodes) {
      if (node.type === 'list') walk(node.children);
      else if (node.type === 'listItem' || node.type === 'blockquote') walk(node.children);
      else if (node.type === 'paragraph' || node.type === 'heading' || node.type === 'html' || node.type === 'code') {
        blocks.push(normalizeWhitespace(node.type === 'html' || node.type === 'code' ? node.value : toString(node)));
      }
    }
  };
  walk(tree.children);
  return blocks.filter(Boolean);
}

export interface FaithfulnessReport {
  /** Seed sentences (or metadata lines) the article does not hold. */
  missing: string[];
  /** Body sentences that are not in the seed. */
  invented: string[];
}

/** Every sentence the article keeps: body, title (unless ours) and standfirsts. */
function keptSentences(blocks: readonly string[], frontmatter: ArticleFrontmatter): Set<string> {
  return new Set(
    [
      ...blocks,
      frontmatter.titleSupplied ? '' : frontmatter.title,
      frontmatter.standfirst ?? '',
      ...frontmatter.parts.flatMap((part) => [part.title, part.standfirst ?? '']),
    ].flatMap(splitSentences),
  );
}

/** Lines recorded under `removed`, with how often: a title printed twice is removed twice. */
function removedLineCounts(frontmatter: ArticleFrontmatter): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of frontmatter.removed) {
    const line = normalizeWhitespace(item.line);
    counts.set(line, (counts.get(line) ?? 0) + 1);
  }
  return counts;
}

export function checkFaithfulness(seed: string, frontmatter: ArticleFrontmatter, body: string): FaithfulnessReport {
  const blocks = bodyBlocks(body);
  const parts = frontmatter.parts;
  const kept = keptSentences(blocks, frontmatter);
  const removedLines = removedLineCounts(frontmatter);
  const authors = [frontmatter.author, ...parts.map((part) => part.author)].flatMap((author) =>
    author && author !== 'unknown' ? [author.name] : [],
  );
  const disclaimers = [frontmatter.disclaimer, ...parts.map((part) => part.disclaimer)].filter(Boolean);
  const tags = new Set([...frontmatter.tags, ...parts.flatMap((part) => part.tags)]);

  const missing: string[] = [];
  const seedSentences = new Set<string>();
  for (const rawLine of seed.replace(/\r\n?/g, '\n').split('\n')) {
    const line = normalizeWhitespace(rawLine);
    if (!line) continue;
    const removedLeft = removedLines.get(line) ?? 0;
    if (removedLeft > 0) {
      removedLines.set(line, removedLeft - 1);
      continue;
    }
    const kind = classifyLine(line);
    switch (kind.kind) {
      case 'author':
        if (!authors.includes(kind.name)) missing.push(line);
        continue;
      case 'original-url':
        if (frontmatter.originalUrl !== kind.url) missing.push(line);
        continue;
      case 'disclaimer':
        if (!disclaimers.includes(kind.text)) missing.push(line);
        continue;
      case 'hashtags':
        if (!kind.tags.every((tag) => tags.has(tag))) missing.push(line);
        continue;
      case 'separator':
        continue;
      case 'boilerplate':
        missing.push(line); // Boilerplate must be recorded under `removed`.
        continue;
      default:
        for (const sentence of splitSentences(kind.text)) {
          seedSentences.add(sentence);
          if (!kept.has(sentence)) missing.push(sentence);
        }
    }
  }
  const invented = blocks.flatMap(splitSentences).filter((sentence) => !seedSentences.has(sentence));
  return { missing, invented };
}
