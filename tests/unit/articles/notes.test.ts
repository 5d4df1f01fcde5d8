import { describe, expect, it } from 'vitest';
import { notesOnClaim, slipOf, slipSpans } from '../../../src/lib/articles/notes.ts';
import { notesPage } from '../../../src/lib/articles/notes-views.ts';
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

describe('note kinds in the schema', () => {
  it('refuses a kind outside the closed list', () => {
    const result = articleSchema.shape.notes.safeParse([{ quote: 'a', note: 'b', kind: 'typo' }]);
    expect(result.success).toBe(false);
  });
});
