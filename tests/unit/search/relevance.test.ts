/**
 * Relevance: queries a reader might type, each with the passage that must be in
 * the top three (named by article and a distinctive piece of its text, not by
 * id). Reports hit@3; fails below 95%.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { committedSearchCorpus, committedSearchEngine } from '../../helpers/search-engine.ts';

const ISTANBUL = 'istanbul-talks-after-drone-attacks';
const STALEMATE = 'stalemate-continues-istanbul-talks';
const ALASKA = 'trump-putin-alaska-meeting-expectations';
const PATIENCE = 'trumps-patience-is-not-eternal';
const NEXT = 'what-comes-next-after-putin-and-trump-agreed-to-talk';

interface Case {
  kind: 'name' | 'place' | 'figure' | 'multi-word' | 'misspelled' | 'alias' | 'phrase' | 'claim' | 'partial' | 'related' | 'inflected';
  query: string;
  slug: string;
  contains: string;
}

const CASES: Case[] = [
  // Names
  { kind: 'name', query: 'Medinsky', slug: STALEMATE, contains: 'Vladimir Medinsky, the head of the Russian delegation' },
  { kind: 'name', query: 'Umerov scandal', slug: ISTANBUL, contains: 'mired in a domestic scandal' },
  { kind: 'name', query: 'Hegseth', slug: NEXT, contains: 'Secretary of Defence Pete Hegseth' },
  { kind: 'name', query: 'Rubio no military solution', slug: PATIENCE, contains: 'there is no military solution' },
  { kind: 'name', query: 'Bloomberg Kremlin thinking', slug: NEXT, contains: 'people with knowledge of Kremlin thinking' },
  { kind: 'name', query: 'Nebenzia peacekeepers', slug: NEXT, contains: 'vast majority of UN peacekeepers' },
  // Places
  { kind: 'place', query: 'Ciragan Palace', slug: ISTANBUL, contains: 'Ciragan Palace in Istanbul' },
  { kind: 'place', query: 'Bosphorus', slug: ISTANBUL, contains: 'banks of the Bosphorus' },
  {
    kind: 'place',
    query: 'Nagorno-Karabakh Armenia Azerbaijan',
    slug: PATIENCE,
    contains: 'Armenia and Azerbaijan over the status of Nagorno-Karabakh',
  },
  { kind: 'place', query: 'Alaska agenda', slug: ALASKA, contains: 'highlights on the agenda of the upcoming meeting' },
  { kind: 'place', query: 'Kursk civilians', slug: PATIENCE, contains: 'residents of Kursk Oblast' },
  { kind: 'place', query: 'Helsinki', slug: ALASKA, contains: 'Helsinki' },
  // Figures
  { kind: 'figure', query: '6,000 soldiers remains', slug: STALEMATE, contains: 'remains of 6,000 soldiers' },
  { kind: 'figure', query: '40 bombers', slug: ISTANBUL, contains: 'at least 40 Russian bombers' },
  { kind: 'figure', query: '30-day ceasefire', slug: STALEMATE, contains: 'establishing a 30-day ceasefire' },
  { kind: 'figure', query: '700,000 referendum', slug: NEXT, contains: 'city of over 700,000' },
  { kind: 'figure', query: '12 February 2025', slug: NEXT, contains: '12 February 2025 will go down in history' },
  { kind: 'figure', query: '50% aid Biden', slug: PATIENCE, contains: 'maintain 50% of the aid' },
  // Several words, any order
  { kind: 'multi-word', query: 'Siberia drones trucks', slug: STALEMATE, contains: 'transported into Russia via trucks' },
  { kind: 'multi-word', query: 'prisoners exchange injured', slug: STALEMATE, contains: 'seriously injured or ill prisoners of war' },
  { kind: 'multi-word', query: 'sanctions relief frozen assets', slug: ISTANBUL, contains: 'frozen Russian assets abroad' },
  { kind: 'multi-word', query: 'walk away stubborn', slug: ISTANBUL, contains: 'will "walk away" from the war' },
  { kind: 'multi-word', query: 'buffer zone locals relocate', slug: NEXT, contains: 'buffer zone' },
  { kind: 'multi-word', query: 'hellish sanctions West', slug: PATIENCE, contains: 'hellish sanctions' },
  { kind: 'multi-word', query: 'roadmap lasting peace Reuters', slug: ISTANBUL, contains: 'proposed roadmap for reaching a lasting peace' },
  { kind: 'multi-word', query: 'security architecture December 2021', slug: NEXT, contains: 'new European security architecture' },
  // Misspelled
  { kind: 'misspelled', query: 'Istambul luxury hotel', slug: STALEMATE, contains: 'Hosted in a luxury hotel' },
  { kind: 'misspelled', query: 'Zelenski children', slug: ISTANBUL, contains: 'return of Ukrainian children taken to Russia' },
  { kind: 'misspelled', query: 'Medinski journalists', slug: STALEMATE, contains: 'addressed journalists' },
  { kind: 'misspelled', query: 'Bosporus', slug: ISTANBUL, contains: 'banks of the Bosphorus' },
  { kind: 'misspelled', query: 'Hegset Ukraine inability', slug: NEXT, contains: 'inability to restore its pre-2014' },
  { kind: 'misspelled', query: 'denazifcation', slug: NEXT, contains: 'Demilitarization & Denazification' },
  // Another spelling of a name (entity aliases)
  { kind: 'alias', query: 'Witkoff', slug: PATIENCE, contains: 'Whitkov' },
  { kind: 'alias', query: 'Kiev Trans-Dnieper', slug: NEXT, contains: 'under Kiev’s formal control' },
  { kind: 'alias', query: 'Kyiv formal control', slug: NEXT, contains: 'under Kiev’s formal control' },
  { kind: 'alias', query: 'Zelensky Sunday Umerov', slug: ISTANBUL, contains: 'President Volodymyr Zelenskiy on Sunday' },
  { kind: 'alias', query: 'Sergei Lavrov', slug: PATIENCE, contains: 'Putin and L' },
  // Words of a claim's summary, not of the passage (British spelling, paraphrase)
  { kind: 'claim', query: 'Putin bargaining chips', slug: ALASKA, contains: 'bright and useful card owners' },
  { kind: 'claim', query: 'scolding Zelensky', slug: ISTANBUL, contains: 'Oval Office' },
  { kind: 'claim', query: 'recognise annexations', slug: PATIENCE, contains: 'legally recognize the annexation' },
  { kind: 'claim', query: 'eighteen months operation', slug: STALEMATE, contains: 'This extensive operation' },
  // Untranslated Chinese, each character a word
  { kind: 'name', query: '新一轮', slug: PATIENCE, contains: 'The新一轮 "hellish sanctions"' },
  // A word the passage lacks: the passages holding the others still rank (and say what is missing)
  { kind: 'partial', query: 'Medinsky history textbooks', slug: ISTANBUL, contains: 'written school textbooks' },
  { kind: 'partial', query: 'Umerov scandal corruption', slug: ISTANBUL, contains: 'mired in a domestic scandal' },
  { kind: 'partial', query: 'bombers destroyed Siberia airfield', slug: STALEMATE, contains: 'bases across various regions in Russia' },
  // Another inflection of the word (light stemming)
  {
    kind: 'inflected',
    query: 'Trump warned walk away',
    slug: ISTANBUL,
    contains: 'with a warning that the United States will "walk away"',
  },
  { kind: 'inflected', query: 'drone attack air base', slug: ISTANBUL, contains: 'drone attacks on multiple Russian air bases' },
  { kind: 'inflected', query: 'Rubio military solutions', slug: PATIENCE, contains: 'there is no military solution' },
  // A place's adjective in the registry
  { kind: 'related', query: 'peace talks Turkey', slug: ISTANBUL, contains: 'in the Turkish city of Istanbul' },
  { kind: 'related', query: 'Ukraine children taken', slug: ISTANBUL, contains: 'return of Ukrainian children taken to Russia' },
  // Exact phrase
  { kind: 'phrase', query: '"negotiator in chief"', slug: ISTANBUL, contains: 'negotiator in chief' },
  { kind: 'phrase', query: '"no man’s land"', slug: NEXT, contains: 'no-man’s land' },
];

const outcomes: { query: string; hit: boolean; ranks: string[] }[] = [];

describe('search relevance (hit@3)', () => {
  it(`has at least 30 queries`, () => {
    expect(CASES.length).toBeGreaterThanOrEqual(30);
  });

  for (const testCase of CASES) {
    it(`[${testCase.kind}] ${testCase.query} → ${testCase.slug}: “${testCase.contains}”`, async () => {
      const engine = await committedSearchEngine();
      // The expected passage must exist, so a case cannot pass or fail for a typo in the test.
      const expected = (await committedSearchCorpus()).articles.find((article) => article.slug === testCase.slug);
      expect(expected, `no article ${testCase.slug}`).toBeDefined();
      expect(expected!.passages.some((passage) => passage.text.includes(testCase.contains))).toBe(true);
      const { hits } = await engine.search(testCase.query, { limit: 3 });
      const full = await Promise.all(hits.map(async (hit) => ({ hit, text: await passageText(hit.slug, hit.passageId) })));
      const hit = full.some(({ hit: result, text }) => result.slug === testCase.slug && text.includes(testCase.contains));
      outcomes.push({ query: testCase.query, hit, ranks: full.map(({ hit: result, text }) => `${result.slug}: ${text.slice(0, 60)}`) });
    });
  }

  afterAll(() => {
    const hits = outcomes.filter((outcome) => outcome.hit).length;
    const rate = hits / outcomes.length;
    console.log(`search relevance: hit@3 ${hits}/${outcomes.length} = ${(rate * 100).toFixed(1)}%`);
    for (const miss of outcomes.filter((outcome) => !outcome.hit))
      console.log(`  missed “${miss.query}”; top 3:\n    ${miss.ranks.join('\n    ')}`);
    expect(rate).toBeGreaterThanOrEqual(0.95);
  });
});

/** The full text of a passage, from the committed corpus (hits carry only a snippet). */
async function passageText(slug: string, passageId: string): Promise<string> {
  return (
    (await committedSearchCorpus()).articles.find((article) => article.slug === slug)?.passages.find((passage) => passage.id === passageId)
      ?.text ?? ''
  );
}
