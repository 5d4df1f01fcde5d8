/**
 * rehype-passage-ids: gives every passage of an article (paragraph, list item,
 * blockquote, heading) a stable content-derived `id`, a permalink and a
 * copy-link button, and hands the passage list to the page.
 */
import type { Element, ElementContent, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import type { VFile } from 'vfile';
import type {} from '@astrojs/markdown-remark';
import { join } from 'node:path';
import { assignPassageIds, type PassageIdOptions } from '../lib/passages/id.ts';
import { alignToLedger, serializeLedger } from '../lib/passages/ledger.ts';
import { readLedger, saveLedger } from '../lib/passages/load-ledgers.ts';
import { normalizeWhitespace, truncate } from '../lib/text.ts';
import { exposeToPage, fileLabel } from './page-data.ts';
import { type Passage, type PassageKind } from '../lib/passages/passage.ts';
import { addClass, fileSlug } from './plugin-helpers.ts';

export interface RehypePassageIdsOptions {
  /** Options for the id itself (slug words, hash length). Default: those of `passageId`. */
  ids?: PassageIdOptions;
  /** Add the permalink and copy-link controls. Default `true`. */
  controls?: boolean;
  /** Characters of passage text in each control's accessible label. Default `48`. */
  labelLength?: number;
  /**
   * Folder of passage ledgers (`<article file name>.json`) that keep published
   * ids stable across edits; the plugin reads the article's ledger (checked
   * against git, src/lib/passages/load-ledgers.ts), aligns the passages to it and
   * saves it when it changed. Default: none, so ids are purely content-derived
   * (see src/lib/passages/ledger.ts).
   */
  ledgerDirectory?: string;
}

/** Ids (and retired ids now standing for each passage) from the ledger, which is updated on disk when it changed. */
function idsFromLedger(directory: string, file: VFile, texts: string[]): { ids: string[]; aliases: string[][] } {
  const path = join(directory, `${fileSlug(file)}.json`);
  const alignment = alignToLedger(readLedger(path, fileLabel(file)), texts);
  saveLedger(path, serializeLedger(alignment.ledger));
  return alignment;
}

function aliasAnchor(id: string): Element {
  // An empty anchor carrying a retired id, so `#<old id>` still lands on this passage without JavaScript.
  return { type: 'element', tagName: 'span', properties: { id, className: ['passage-alias'] }, children: [] };
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
          ariaLabel: `Copy link to ${label}`,
        },
        children: [],
      },
    ],
  };
}

export default function rehypePassageIds(options: RehypePassageIdsOptions = {}) {
  const { ids, controls = true, labelLength = 48, ledgerDirectory } = options;
  return function transform(tree: Root, file: VFile): void {
    const elements = collectPassageElements(tree);
    const texts = elements.map((element) => normalizeWhitespace(toString(element)));
    const { ids: passageIds, aliases } = ledgerDirectory
      ? idsFromLedger(ledgerDirectory, file, texts)
      : { ids: assignPassageIds(texts, ids), aliases: texts.map(() => []) };
    const passages: Passage[] = elements.map((element, index) => {
      const kind = KIND_BY_TAG[element.tagName]!;
      const passage: Passage = { id: passageIds[index]!, kind, text: texts[index]! };
      const retired = aliases[index] ?? [];
      if (retired.length) {
        passage.aliases = retired;
        element.children.unshift(...retired.map(aliasAnchor));
      }
      if (kind === 'heading') passage.depth = Number(element.tagName.slice(1));
      element.properties.id = passage.id;
      addClass(element, 'passage');
      if (controls) element.children.push(controlsFor(passage, labelLength));
      return passage;
    });
    exposeToPage(file, 'passages', passages);
  };
}
