/**
 * rehype-article-parts: for an article file that holds several pieces, adds each
 * later piece's standfirst, byline and date under its `##` title heading, from
 * the frontmatter (`parts: [{ title, standfirst, author, published, tags }]`).
 */
import type { Element, ElementContent, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import type { VFile } from 'vfile';
import { type ArticlePart, articlePartSchema } from '../lib/articles/schema.ts';
import { describePublished } from '../lib/articles/dates.ts';
import { normalizeForMatch } from '../lib/text.ts';
import { fileLabel, rawFrontmatter } from './page-data.ts';
import { addClass } from './plugin-helpers.ts';

export interface RehypeArticlePartsOptions {
  /** Frontmatter field holding the parts. Default `'parts'`. */
  field?: string;
}

function paragraph(className: string, value: string): Element {
  return { type: 'element', tagName: 'p', properties: { className: [className] }, children: [{ type: 'text', value }] };
}

/** The lines shown under a part's title. */
export function partHeader(part: ArticlePart): Element {
  const children: ElementContent[] = [];
  if (part.standfirst) children.push(paragraph('part-standfirst', part.standfirst));
  const byline = [
    part.author && part.author !== 'unknown' ? `By ${part.author.name}` : part.author ? 'Author unknown' : '',
    part.published ? describePublished(part.published) : '',
  ].filter(Boolean);
  if (byline.length) children.push(paragraph('part-byline', byline.join(' · ')));
  if (part.tags.length) children.push(paragraph('part-tags', part.tags.join(' ')));
  return { type: 'element', tagName: 'div', properties: { className: ['part-header'] }, children };
}

export default function rehypeArticleParts(options: RehypeArticlePartsOptions = {}) {
  const { field = 'parts' } = options;
  return function transform(tree: Root, file: VFile): void {
    const parts = articlePartSchema.array().parse(rawFrontmatter(file)[field] ?? []);
    parts.forEach((part, index) => {
      const position = tree.children.findIndex(
        (node) => node.type === 'element' && node.tagName === 'h2' && normalizeForMatch(toString(node)) === normalizeForMatch(part.title),
      );
      if (position < 0) {
        throw new Error(
          `${fileLabel(file)}: field "${field}.${index}.title": no "## " heading with the text ${JSON.stringify(part.title)} starts a part`,
        );
      }
      const heading = tree.children[position] as Element;
      addClass(heading, 'part-title');
      tree.children.splice(position + 1, 0, partHeader(part));
    });
  };
}
