/**
 * rehype-editorial-notes: places each editorial note from the frontmatter
 * (`notes: [{ quote, note }]`) right after the passage holding its quote.
 * The source text is never touched. Runs after rehype-passage-ids.
 */
import type { Element, ElementContent, Root } from 'hast';
import type { VFile } from 'vfile';
import { editorialNoteSchema } from '../lib/articles/schema.ts';
import { anchorQuote, describeAnchorFailure, quoteOccurrences } from '../lib/quotes/anchor.ts';
import { collectPassageElements } from './rehype-passage-ids.ts';
import { exposeToPage, fileLabel, rawFrontmatter } from './page-data.ts';
import { type AnchoredNote } from '../lib/articles/notes.ts';
import { passagesOf } from './plugin-helpers.ts';

export interface RehypeEditorialNotesOptions {
  /** Frontmatter field holding the notes. Default `'notes'`. */
  field?: string;
}

function text(value: string): ElementContent {
  return { type: 'text', value };
}

function noteElement(note: AnchoredNote): Element {
  return {
    type: 'element',
    tagName: 'div',
    properties: { className: ['editorial-note'], role: 'note', id: note.id, dataNoteKind: note.kind },
    children: [
      {
        type: 'element',
        tagName: 'p',
        properties: {},
        children: [
          { type: 'element', tagName: 'strong', properties: {}, children: [text('Editorial note')] },
          text(' on '),
          { type: 'element', tagName: 'q', properties: {}, children: [text(note.quote)] },
          text(`: ${note.note}`),
        ],
      },
    ],
  };
}

/** Puts `inserted` right after `target` inside the same parent (or at the end of a list item). */
function insertAfter(tree: Root, target: Element, inserted: Element[]): void {
  if (target.tagName === 'li') {
    target.children.push(...inserted);
    return;
  }
  const visitParent = (parent: Root | Element): boolean => {
    const index = (parent.children as ElementContent[]).indexOf(target);
    if (index >= 0) {
      parent.children.splice(index + 1, 0, ...inserted);
      return true;
    }
    return parent.children.some((child) => child.type === 'element' && visitParent(child));
  };
  visitParent(tree);
}

export default function rehypeEditorialNotes(options: RehypeEditorialNotesOptions = {}) {
  const { field = 'notes' } = options;
  return function transform(tree: Root, file: VFile): void {
    const raw = rawFrontmatter(file)[field] ?? [];
    const notes = editorialNoteSchema.array().parse(raw);
    const passages = passagesOf(file, 'rehype-editorial-notes');
    const elementsById = new Map(collectPassageElements(tree).map((element) => [String(element.properties.id), element]));
    const order = new Map(passages.map((passage, index) => [passage.id, index]));
    const located = notes.map((note, index) => {
      const anchor = anchorQuote(note.quote, passages);
      if (anchor.status !== 'found') {
        throw new Error(`${fileLabel(file)}: field "${field}.${index}.quote": ${describeAnchorFailure(anchor, note.quote)}`);
      }
      const { start, end } = quoteOccurrences(anchor.passage.text, note.quote)[0]!;
      return { passageId: anchor.passage.id, quote: note.quote, note: note.note, kind: note.kind, start, end };
    });
    // Reading order, so the sidebar lists notes as the text meets them.
    located.sort((a, b) => order.get(a.passageId)! - order.get(b.passageId)!);
    const perPassage = new Map<string, number>();
    const anchored = located.map((note): AnchoredNote => {
      const count = (perPassage.get(note.passageId) ?? 0) + 1;
      perPassage.set(note.passageId, count);
      return { id: count === 1 ? `note-${note.passageId}` : `note-${note.passageId}-${count}`, ...note };
    });
    for (const passageId of new Set(anchored.map((note) => note.passageId))) {
      const own = anchored.filter((note) => note.passageId === passageId);
      insertAfter(tree, elementsById.get(passageId)!, own.map(noteElement));
    }
    exposeToPage(file, 'anchoredNotes', anchored);
  };
}
