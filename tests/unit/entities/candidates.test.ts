import { beforeAll, describe, expect, it } from 'vitest';
import { articlePassages } from '../../../src/lib/articles/load-rendered.ts';
import {
  type CandidatePassage,
  findCandidates,
  isTitleCase,
  likelySameName,
  properNounChunks,
  soundKey,
  suggestMerges,
} from '../../../src/lib/entities/candidates.ts';
import { compileMatcher } from '../../../src/lib/entities/matcher.ts';
import { loadRegistryFile } from '../../../src/lib/entities/load-registry.ts';
import type { EntityRegistry } from '../../../src/lib/entities/schema.ts';
import { normalizeForMatch } from '../../../src/lib/text.ts';
import { winkTagger } from '../../../src/lib/entities/wink-tagger.ts';

const tag = winkTagger();
const registry = loadRegistryFile();
let passages: CandidatePassage[];

beforeAll(async () => {
  passages = await articlePassages();
}, 30_000);

describe('entity candidates', () => {
  it('lists nothing unexpected on the five articles: every name is in the registry or its ignore list', () => {
    expect(passages.length).toBeGreaterThan(80);
    expect(findCandidates(passages, registry, compileMatcher(registry.entities), tag)).toEqual([]);
  });

  it('needs every ignore entry (a stale one would hide nothing and mislead)', () => {
    const withoutIgnore = findCandidates(passages, { ...registry, ignore: [] }, compileMatcher(registry.entities), tag);
    const found = withoutIgnore.map((candidate) => normalizeForMatch(candidate.name));
    for (const entry of registry.ignore) {
      const key = normalizeForMatch(entry.name);
      expect(
        found.some((name) => name === key || name === `${key}s`),
        `ignore entry "${entry.name}" matches nothing`,
      ).toBe(true);
    }
  });

  it('finds a name the registry lacks, with its passages, and suggests the entity it misspells', () => {
    const lacking: EntityRegistry = {
      entities: registry.entities.map((entity) =>
        entity.id === 'steve-witkoff' ? { ...entity, aliases: ['Steve Witkoff', 'Witkoff'] } : entity,
      ),
      ignore: registry.ignore,
    };
    const candidates = findCandidates(passages, lacking, compileMatcher(lacking.entities), tag);
    expect(candidates.map((candidate) => [candidate.name, candidate.count])).toEqual([['Whitkov', 1]]);
    expect(candidates[0]!.passages).toEqual([
      { articleSlug: 'trumps-patience-is-not-eternal', passageId: expect.stringMatching(/^trump-has-repeatedly-claimed/) },
    ]);
    expect(suggestMerges(['Whitkov'], lacking)).toEqual([{ name: 'Whitkov', like: 'Witkoff', entityId: 'steve-witkoff', reason: 'sound' }]);
  });

  it('chunks proper nouns, joining hyphens and "of"', () => {
    expect(properNounChunks('Secretary of Defence Pete Hegseth met people in Nagorno-Karabakh on Monday.', tag)).toEqual([
      'Secretary of Defence Pete Hegseth',
      'Nagorno-Karabakh',
    ]);
  });

  it('keys transliterations alike and tells different names apart', () => {
    expect(soundKey('Whitkov')).toBe(soundKey('Witkoff'));
    expect(soundKey('Kiev')).toBe(soundKey('Kyiv'));
    expect(soundKey('Zelenskiy')).toBe(soundKey('Zelenskyy'));
    expect(likelySameName('Kharkov', 'Kharkiv')).toBeDefined();
    expect(likelySameName('Kursk Oblast', 'Kharkov Oblast')).toBeUndefined();
    expect(likelySameName('Moscow', 'Minsk')).toBeUndefined();
  });

  it('skips title-case lines, where every word looks like a name', () => {
    expect(isTitleCase('3 February: “Territorial Concessions Might Precede A Ceasefire That Leads To New Ukrainian Elections')).toBe(true);
    expect(isTitleCase('Trump called Zelensky to brief him about this.')).toBe(false);
  });
});
