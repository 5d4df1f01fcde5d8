/**
 * Shapes /notes/: every editorial note of every article, by kind (the closed list
 * in schema.ts, in its order), each with the words it is about and a link to its
 * passage, or to the removed line it is on. Pure: takes the loaded articles.
 */
import type { AnchoredNote } from './notes.ts';
import { NOTE_KIND_LABEL, type NoteKind, noteKinds, type ArticleFrontmatter } from './schema.ts';
import { noteKindAnchor, notePath, notesOfKindPath, notesPath, passagePath, removedLinePath } from '../routes.ts';
import { plural } from '../text.ts';
import { capped, oncePerList, pageOf, pagination, type PaginationView } from '../site.ts';

/** Notes of each kind shown on /notes/; past them, the kind's own pages list them all. */
export const NOTES_SHOWN_PER_KIND = 20;
/** Notes on one page of a kind's own pages. */
export const NOTES_PER_PAGE = 100;

/** What the page needs of an article (a subset of articles/load.ts's LoadedArticle). */
export interface NotedArticle {
  slug: string;
  notes: readonly AnchoredNote[];
  entry: { data: Pick<ArticleFrontmatter, 'title' | 'removed'> };
  outlet: { data: { name: string } };
}

export interface NoteEntry {
  quote: string;
  note: string;
  sourceName: string;
  articleTitle: string;
  /** The passage holding the words, or the removed line. */
  href: string;
  /** "passage" or "removed line": what `href` leads to. */
  where: string;
  /** The note beside its passage, for notes on the text. */
  noteHref?: string;
}

export interface NoteKindGroup {
  kind: NoteKind;
  /** Element id of the kind's section (`kind-place`). */
  id: string;
  label: string;
  covers: string;
  notes: NoteEntry[];
  /** On /notes/, past NOTES_SHOWN_PER_KIND: the link to every note of the kind. */
  more?: { label: string; href: string };
}

export interface NotesPage {
  heading: string;
  /** "21 notes on 5 articles." */
  count: string;
  nav: { label: string; href: string; count: number; current: boolean }[];
  kinds: NoteKindGroup[];
  /** A kind's pages, when it takes several. */
  pagination?: PaginationView;
}

function entries(article: NotedArticle): { kind: NoteKind; entry: NoteEntry }[] {
  const { title, removed } = article.entry.data;
  const base = { sourceName: article.outlet.data.name, articleTitle: title };
  const onText = article.notes.map((note) => ({
    kind: note.kind,
    entry: {
      ...base,
      quote: note.quote,
      note: note.note,
      href: passagePath(article.slug, note.passageId),
      where: 'passage',
      noteHref: notePath(article.slug, note.id),
    },
  }));
  const onRemoved = removed.flatMap((line, index) =>
    line.note && line.kind
      ? [
          {
            kind: line.kind,
            entry: { ...base, quote: line.line, note: line.note, href: removedLinePath(article.slug, index + 1), where: 'removed line' },
          },
        ]
      : [],
  );
  return [...onText, ...onRemoved];
}

/** Every note by kind, kinds with no note left out, and how many articles have any: once per build, for /notes/ and every kind page. */
const notesByKind = oncePerList((articles: readonly NotedArticle[]): { kinds: NoteKindGroup[]; count: string } => {
  const all = articles.map(entries);
  const flat = all.flat();
  const kinds = noteKinds
    .map((kind) => ({
      kind,
      id: noteKindAnchor(kind),
      ...NOTE_KIND_LABEL[kind],
      notes: flat.filter((item) => item.kind === kind).map((item) => item.entry),
    }))
    .filter((group) => group.notes.length > 0);
  const noted = all.filter((list) => list.length > 0).length;
  return { kinds, count: `${plural(flat.length, 'note')} on ${plural(noted, 'article')}.` };
});

/** /notes/: each kind's first notes, and a link to the kind's own pages past them. */
export function notesPage(articles: readonly NotedArticle[]): NotesPage {
  const { kinds, count } = notesByKind(articles);
  return {
    heading: 'Editorial notes',
    count,
    nav: kinds.map((group) => ({ label: group.label, href: notesPath(group.kind), count: group.notes.length, current: false })),
    kinds: kinds.map((group) => {
      const shown = capped(group.notes, NOTES_SHOWN_PER_KIND);
      return {
        ...group,
        notes: shown.shown,
        ...(shown.unlisted
          ? { more: { label: `All ${plural(group.notes.length, 'note')} of this kind`, href: notesOfKindPath(group.kind) } }
          : {}),
      };
    }),
  };
}

/** The kinds that have notes, for the kind pages' paths, with how many pages each takes. */
export function noteKindPages(articles: readonly NotedArticle[]): { kind: NoteKind; pages: number }[] {
  return notesByKind(articles).kinds.map((group) => ({ kind: group.kind, pages: pageOf(group.notes, 1, NOTES_PER_PAGE).total }));
}

/** /notes/kind/<kind>/ (and /<n>/): every note of one kind, a page at a time. */
export function noteKindPage(articles: readonly NotedArticle[], kind: NoteKind, pageNumber = 1): NotesPage {
  const { kinds } = notesByKind(articles);
  const group = kinds.find((candidate) => candidate.kind === kind);
  if (!group) throw new Error(`No editorial note is of the kind "${kind}".`);
  const shown = pageOf(group.notes, pageNumber, NOTES_PER_PAGE);
  return {
    heading: `Editorial notes: ${group.label}${pageNumber > 1 ? `, page ${pageNumber}` : ''}`,
    count: `${plural(group.notes.length, 'note')} of this kind.`,
    nav: kinds.map((other) => ({
      label: other.label,
      href: notesOfKindPath(other.kind),
      count: other.notes.length,
      current: other.kind === kind,
    })),
    kinds: [{ ...group, notes: shown.items }],
    pagination: pagination(pageNumber, shown.total, (page) => notesOfKindPath(kind, page)),
  };
}
