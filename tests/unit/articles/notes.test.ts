import { describe, expect, it } from 'vitest';
import { notesOnClaim, slipOf, slipSpans } from '../../../src/lib/articles/notes.ts';
import { noteKindPage, noteKindPages, NOTES_PER_PAGE, NOTES_SHOWN_PER_KIND, notesPage } from '../../../src/lib/articles/notes-views.ts';
import { articleSchema } from '../../../src/lib/articles/schema.ts';

const passages = [{ id: 'p1', text: 'So far they met in Helsinki (France) in 2018.' }];

describe('slip spans (notMentions)', () => {
  it('covers the quoted words for the entities a note names, and nothing else', () => {
    const spans = slipSpans([{ quote: 'Helsinki (France)', notMentions: ['france'] }], passages);
    expect(spans).toEqual([{ note: 0, passageId: 'p1', start: 19, end: 36, entityIds: ['france'] }]);
    expect(slipOf(spans, { passageId: 'p1', entityId: 'france', start: 29, end: 35 })).toBeDefined();
    expect(slipOf(spans, { passageId: 'p1', entityId: 'helsinki', start: 19, end: 27 })).toBeUndefined();
  });
});

describe('notes on claims', () => {
  const notes = [
    { id: 'note-p1', passageId: 'p1', quote: 'Helsinki (France)', note: 'Finland.', kind: 'place' as const, start: 19, end: 36 },
  ];
  it('shows a note on a claim whose words overlap the noted words', () => {
    expect(notesOnClaim('alaska', notes, { passageId: 'p1', start: 0, end: 27 })).toEqual([
      {
        kind: 'place',
        kindLabel: 'Places and directions',
        quote: 'Helsinki (France)',
        note: 'Finland.',
        href: '/articles/alaska/#note-p1',
      },
    ]);
    expect(notesOnClaim('alaska', notes, { passageId: 'p1', start: 37, end: 44 })).toEqual([]);
  });

  it('lists every note by kind on /notes/, removed lines with a note included', () => {
    const page = notesPage([
      {
        slug: 'alaska',
        notes,
        entry: {
          data: {
            title: 'Alaska',
            removed: [{ line: 'Picture shows former President X.', rule: 'caption', note: 'Not former.', kind: 'caption' }],
          },
        },
        outlet: { data: { name: 'Site' } },
      },
    ]);
    expect(page.count).toBe('2 notes on 1 article.');
    expect(page.kinds.map((group) => [group.id, group.notes.map((note) => note.href)])).toEqual([
      ['kind-place', ['/articles/alaska/#p1']],
      ['kind-caption', ['/articles/alaska/#removed-1']],
    ]);
  });
});

describe('notes of an archive', () => {
  const many = (count: number) => [
    {
      slug: 'big',
      notes: Array.from({ length: count }, (_, index) => ({
        id: `note-p${index}`,
        passageId: `p${index}`,
        quote: `Words ${index}`,
        note: 'A gloss.',
        kind: 'place' as const,
        start: 0,
        end: 5,
      })),
      entry: { data: { title: 'Big', removed: [] } },
      outlet: { data: { name: 'Site' } },
    },
  ];

  it('shows each kind’s first notes on /notes/ and links to the kind’s pages for the rest', () => {
    const articles = many(NOTES_PER_PAGE + 5);
    const page = notesPage(articles);
    expect(page.kinds[0]!.notes).toHaveLength(NOTES_SHOWN_PER_KIND);
    expect(page.kinds[0]!.more).toEqual({ label: `All ${NOTES_PER_PAGE + 5} notes of this kind`, href: '/notes/kind/place/' });
    expect(page.count).toBe(`${NOTES_PER_PAGE + 5} notes on 1 article.`);
    expect(noteKindPages(articles)).toEqual([{ kind: 'place', pages: 2 }]);
    const second = noteKindPage(articles, 'place', 2);
    expect(second.kinds[0]!.notes.map((note) => note.quote)).toEqual(['Words 100', 'Words 101', 'Words 102', 'Words 103', 'Words 104']);
    expect(second.pagination?.label).toBe('Page 2 of 2');
    expect(second.pagination?.previous).toBe('/notes/kind/place/');
    expect(second.nav).toEqual([{ label: 'Places and directions', href: '/notes/kind/place/', count: 105, current: true }]);
    expect(notesPage(many(NOTES_SHOWN_PER_KIND)).kinds[0]!.more).toBeUndefined();
    expect(() => noteKindPage(articles, 'date')).toThrow(/No editorial note is of the kind "date"/);
  });
});

describe('note kinds in the schema', () => {
  it('refuses a kind outside the closed list', () => {
    const result = articleSchema.shape.notes.safeParse([{ quote: 'a', note: 'b', kind: 'typo' }]);
    expect(result.success).toBe(false);
  });
});
