/**
 * rehype-passage-ids: gives every passage of an article (paragraph, list item,
 * blockquote, heading) a stable content-derived `id`, a permalink and a
 * copy-link button, and hands the passage list to the page.
 */
import type { Element, ElementContent, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import type { VFile } from 'vfile';
import type {} from '@astrojs/markdown-remark';
import { assignPassageIds, type PassageIdOptions } from '../lib/passage-id.ts';
import { normalizeWhitespace, truncate } from '../lib/text.ts';
import { exposeToPage, type Passage, type PassageKind } from './page-data.ts';

export interface RehypePassageIdsOptions {
  /** Options for the id itself (slug words, hash length). Default: those of `passageId`. */
  ids?: PassageIdOptions;
  /** Add the permalink and copy-link controls. Default `true`. */
  controls?: boolean;
  /** Characters of passage text in each control's accessible label. Default `48`. */
  labelLength?: number;
}

const KIND_BY_TAG: Record<string, PassageKind> = {
  p: 'paragraph',
  li: 'list-item',
  blockquote: 'blockquote',
  h2: 'heading',
  h3: 'heading',
  h4: 'heading',
  h5: 'heading',
  h6: 'heading',
};

const KIND_LABEL: Record<PassageKind, string> = {
  paragraph: 'paragraph',
  'list-item': 'list item',
  blockquote: 'quotation',
  heading: 'section',
};

/** Outermost passage elements in document order (a paragraph inside a list item is part of the item). */
export function collectPassageElements(tree: Root): Element[] {
  const found: Element[] = [];
  const walk = (children: readonly (Root | ElementContent)[]): void => {
    for (const node of children) {
      if (node.type !== 'element') continue;
      if (KIND_BY_TAG[node.tagName]) found.push(node);
      else walk(node.children);
    }
  };
  walk(tree.children as ElementContent[]);
  return found;
}

function controlsFor(passage: Passage, labelLength: number): Element {
  const label = `${KIND_LABEL[passage.kind]} “${truncate(passage.text, labelLength)}”`;
  return {
    type: 'element',
    tagName: 'span',
    properties: { className: ['passage-tools'] },
    children: [
      {
        type: 'element',
        tagName: 'a',
        properties: { className: ['passage-permalink'], href: `#${passage.id}`, ariaLabel: `Permalink to ${label}` },
        children: [],
      },
      {
        type: 'element',
        tagName: 'button',
        properties: {
          type: 'button',
          className: ['passage-copy'],
          dataPassage: passage.id,
          ariaLabel: `Copy link to ${label}`,
        },
        children: [],
      },
    ],
  };
}

export default function rehypePassageIds(options: RehypePassageIdsOptions = {}) {
  const { ids, controls = true, labelLength = 48 } = options;
  return function transform(tree: Root, file: VFile): void {
    const elements = collectPassageElements(tree);
    const texts = elements.map((element) => normalizeWhitespace(toString(element)));
    const passageIds = assignPassageIds(texts, ids);
    const passages: Passage[] = elements.map((element, index) => {
      const kind = KIND_BY_TAG[element.tagName]!;
      const passage: Passage = { id: passageIds[index]!, kind, text: texts[index]! };
      if (kind === 'heading') passage.depth = Number(element.tagName.slice(1));
      element.properties.id = passage.id;
      const classes = Array.isArray(element.properties.className) ? element.properties.className : [];
      element.properties.className = [...classes, 'passage'];
      if (controls) element.children.push(controlsFor(passage, labelLength));
      return passage;
    });
    exposeToPage(file, 'passages', passages);
  };
}
