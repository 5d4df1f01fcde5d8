import { describe, expect, it } from 'vitest';
import { compileLexicon, findWordingUses, unusedExceptions } from '../../../src/lib/framing/match.ts';
import type { Concept } from '../../../src/lib/framing/schema.ts';

const concept = (id: string, wordings: Concept['wordings']): Concept => ({ id, name: id, category: 'naming', description: 'D.', wordings });
const wording = (text: string, extra: Partial<Concept['wordings'][number]> = {}) => ({ text, except: [], ...extra });

const CONCEPTS: Concept[] = [
  concept('kyiv', [wording('Kyiv'), wording('Kiev')]),
  concept('the-war', [
    wording('the conflict', {
      forms: ['the conflict', 'this conflict'],
      except: [{ quote: 'the conflict was resolved by force', reason: 'Karabakh' }],
    }),
    wording('the Ukrainian conflict'),
    wording('proxy war'),
  ]),
  concept('zelensky', [wording('President Volodymyr Zelenskiy')]),
  concept('zelensky-spelling', [wording('Zelenskiy')]),
  concept('denazification', [wording('what the Kremlin calls "de-Nazification"'), wording('de-Nazification')]),
];

const uses = (text: string) =>
  findWordingUses(compileLexicon({ concepts: CONCEPTS }), [{ slug: 'a', passageId: 'p1', text }]).map((use) => [
    use.conceptId,
    use.wording,
    use.text,
  ]);

describe('framing matcher (the entity matcher rules)', () => {
  it('matches whole words, with possessives outside and any apostrophe', () => {
    expect(uses("Kiev’s acquiescence and Kiev's control, not Kievan Rus or Kyivstar.")).toEqual([
      ['kyiv', 'Kiev', 'Kiev'],
      ['kyiv', 'Kiev', 'Kiev'],
    ]);
  });

  it('takes the longest wording first, and a lowercase one also with a capital first letter', () => {
    expect(uses('The Ukrainian conflict is this conflict. The conflict goes on; a NATO-Russian proxy war.')).toEqual([
      ['the-war', 'the Ukrainian conflict', 'The Ukrainian conflict'],
      ['the-war', 'the conflict', 'this conflict'],
      ['the-war', 'the conflict', 'The conflict'],
      ['the-war', 'proxy war', 'proxy war'],
    ]);
  });

  it('keeps case otherwise: a capitalised wording does not match in lowercase', () => {
    expect(uses('kiev and kyiv')).toEqual([]);
  });

  it('matches each concept apart, so a title and a spelling both count', () => {
    expect(uses('Ukrainian President Volodymyr Zelenskiy said so.')).toEqual([
      ['zelensky', 'President Volodymyr Zelenskiy', 'President Volodymyr Zelenskiy'],
      ['zelensky-spelling', 'Zelenskiy', 'Zelenskiy'],
    ]);
  });

  it('matches double quotes straight or curly', () => {
    expect(uses('and what the Kremlin calls “de-Nazification”, which…')).toEqual([
      ['denazification', 'what the Kremlin calls "de-Nazification"', 'what the Kremlin calls “de-Nazification”'],
    ]);
  });

  it('drops a use inside one of its exceptions, and reports an exception found nowhere', () => {
    expect(uses('Of course, the conflict was resolved by force. But the conflict in Ukraine was not.')).toEqual([
      ['the-war', 'the conflict', 'the conflict'],
    ]);
    const passages = [{ slug: 'a', passageId: 'p1', text: 'Nothing here.' }];
    expect(unusedExceptions({ concepts: CONCEPTS }, passages)).toEqual([
      'concept "the-war": wording "the conflict": except quote "the conflict was resolved by force" is in no passage',
    ]);
  });

  it('finds nothing inside a domain name', () => {
    expect(uses('see kyiv.ua or Kyiv.ua')).toEqual([]);
  });
});
