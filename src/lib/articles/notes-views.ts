/**
 * Shapes /notes/: every editorial note of every article, by kind (the closed list
 * in schema.ts, in its order), each with the words it is about and a link to its
 * passage, or to the removed line it is on. Pure: takes the loaded articles.
 */
import type { AnchoredNote } from './notes.ts';
import { NOTE_KIND_LABEL, type NoteKind, noteKinds, type ArticleFrontmatter } from './schema.ts';
import { noteKindAnchor, notePath, notesPath, passagePath, removedLinePath } from '../routes.ts';
import { plural } from '../text.ts';

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
}

export interface NotesPage {
  /** "21 notes on 5 articles." */
  count: string;
  nav: { label: string; href: string; count: number }[];
  kinds: NoteKindGroup[];
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

/** Every note by kind; kinds with no note are left out. */
export function notesPage(articles: readonly NotedArticle[]): NotesPage {
  const all = articles.flatMap(entries);
  const kinds = noteKinds
    .map((kind) => ({
      kind,
      id: noteKindAnchor(kind),
      ...NOTE_KIND_LABEL[kind],
      notes: all.filter((item) => item.kind === kind).map((item) => item.entry),
    }))
    .filter((group) => group.notes.length > 0);
  const noted = articles.filter((article) => entries(article).length > 0).length;
  return {
    count: `${plural(all.length, 'note')} on ${plural(noted, 'article')}.`,
    nav: kinds.map((group) => ({ label: group.label, href: notesPath(group.kind), count: group.notes.length })),
    kinds,
  };
}
