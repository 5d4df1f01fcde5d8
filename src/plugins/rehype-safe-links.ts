/**
 * rehype-safe-links: only `http:`, `https:` and `mailto:` URLs, relative URLs
 * and fragments become links or sources. Anything else in the Markdown
 * (`javascript:`, `data:`, `vbscript:`, in any case or with entities, in inline
 * links, autolinks or reference definitions: the parser has decoded them by now)
 * fails the build, naming the file, the line and the URL; with `unsafe: 'text'`
 * the element is replaced by its words instead and the URL reported as a warning.
 * Runs first, so no later plugin ever sees such a URL.
 */
import type { Element, ElementContent, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { SKIP, visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { fileLabel } from './page-data.ts';
import { bodyLineOffset } from './plugin-helpers.ts';

export interface RehypeSafeLinksOptions {
  /** What an unsafe URL does: `'error'` fails the build; `'text'` keeps the words and warns. Default `'error'`. */
  unsafe?: 'error' | 'text';
}

/** Attributes that hold a URL a browser follows or loads. */
const URL_ATTRIBUTES = ['href', 'src', 'srcSet', 'action', 'formAction', 'poster', 'cite', 'data'] as const;
const SAFE_SCHEMES = new Set(['http', 'https', 'mailto']);

/** Whether a URL is relative, a fragment, or uses a safe scheme; control characters and spaces are ignored, as browsers do. */
export function isSafeUrl(url: string): boolean {
  const compact = url.replace(/[\u0000-\u0020\u007f-\u009f]/g, '');
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(compact)?.[1];
  return scheme === undefined || SAFE_SCHEMES.has(scheme.toLowerCase());
}

export default function rehypeSafeLinks(options: RehypeSafeLinksOptions = {}) {
  const { unsafe = 'error' } = options;
  return function transform(tree: Root, file: VFile): void {
    const found: string[] = [];
    const offset = bodyLineOffset(file);
    visit(tree, 'element', (element: Element, index, parent) => {
      const bad = URL_ATTRIBUTES.map((name) => element.properties[name]).find((value) => typeof value === 'string' && !isSafeUrl(value));
      if (bad === undefined || !parent || index === undefined) return undefined;
      const line = element.position ? `:${element.position.start.line + offset}` : '';
      found.push(
        `${fileLabel(file)}${line}: the link ${JSON.stringify(bad)} is not allowed: only http:, https:, mailto:, relative and #fragment URLs`,
      );
      const words: ElementContent = {
        type: 'text',
        value: element.tagName === 'img' ? String(element.properties.alt ?? '') : toString(element),
      };
      parent.children.splice(index, 1, words);
      return [SKIP, index];
    });
    if (!found.length) return;
    if (unsafe === 'error') throw new Error(`Unsafe links\n${found.join('\n')}`);
    for (const message of found) file.message(message);
  };
}
