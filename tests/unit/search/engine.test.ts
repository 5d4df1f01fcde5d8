import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeForMatch, stripDiacritics } from '../../../src/lib/text.ts';
import { buildSearchIndex, indexFiles, type SearchArticleInput } from '../../../src/lib/search/build-index.ts';
import Fuse from 'fuse.js';
import { loadSearchCorpus } from '../../../src/lib/search/load-corpus.ts';
import { fuseOptions, SearchEngine, type SearchOptions } from '../../../src/lib/search/engine.ts';
import {
  allowedEdits,
  boundedEditDistance,
  buildAliasTable,
  buildRelatedTable,
  expandWord,
  indexVocabulary,
  lightStem,
} from '../../../src/lib/search/expand.ts';
import { WORD_PARTS, decodePostings, encodePostings, indexFile, termShard, wordPart } from '../../../src/lib/search/index-format.ts';
import { tracingLoader } from '../../../src/lib/search/bench.ts';
import { MAX_QUERY_LENGTH, normalizeForSearch, normalizeTerm, parseQuery, tokenize } from '../../../src/lib/search/normalize.ts';
import { makeSnippet } from '../../../src/lib/search/snippet.ts';
import { readSearchState } from '../../../src/lib/search/url.ts';
import { searchPath } from '../../../src/lib/routes.ts';
import { committedSearchEngine } from '../../helpers/search-engine.ts';

describe('search normalisation', () => {
  it('ignores case, diacritics, curly quotes, dashes and possessives on both sides', () => {
    expect(normalizeForSearch('Zelenskyy’s PLAN — Kyïv')).toBe('zelenskyy plan kyiv');
    expect(normalizeForSearch("Trump's deal")).toBe(normalizeForSearch('Trump’s deal'));
    expect(normalizeForSearch('NATO–Russian proxy-war')).toBe('nato russian proxy war');
    expect(normalizeTerm('Éric')).toBe('eric');
    expect(normalizeTerm("allies'")).toBe('allies');
    expect(normalizeTerm('don’t')).toBe('dont');
  });

  it('keeps offsets into the original text', () => {
    const text = 'On “Spider’s web”, Kyiv…';
    const tokens = tokenize(text);
    expect(tokens.map((token) => text.slice(token.start, token.end))).toEqual(['On', 'Spider’s', 'web', 'Kyiv']);
    expect(tokens.map((token) => token.term)).toEqual(['on', 'spider', 'web', 'kyiv']);
  });

  // The definitions the fast paths must agree with: a Unicode word regex and the full normalisation.
  const cjk = '\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}';
  const spaced = `(?:(?![${cjk}])[\\p{L}\\p{M}\\p{N}])`;
  const referenceWord = new RegExp(`[${cjk}]|${spaced}+(?:(?:['’]|[\\u00AD\\u200C\\u200D\\u2060]+)${spaced}+)*`, 'gu');
  const referenceTerm = (word: string) =>
    stripDiacritics(normalizeForMatch(word))
      .replace(/[\u00AD\u200C\u200D\u2060]/g, '')
      .replace(/ß/g, 'ss')
      .replace(/'s$/, '')
      .replace(/s'$/, 's')
      .replace(/'/g, '');
  const referenceTokens = (text: string) =>
    [...text.matchAll(referenceWord)]
      .map((match) => ({ term: referenceTerm(match[0]), start: match.index, end: match.index + match[0].length }))
      .filter((token) => token.term);
  const trickyText = fc.string({
    unit: fc.constantFrom(..."aZ09 '’ʼ-–.,“”«»éİıßẞﬁ\u0301\u00a0\u00ad\u200d\u200b北京ひカÇğŞ\ud835\udc00\ud800x".split('')),
    maxLength: 40,
  });

  it('tokenizes exactly as the Unicode word definition, fast paths included', () => {
    fc.assert(
      fc.property(trickyText, (text) => {
        expect(tokenize(text)).toEqual(referenceTokens(text));
      }),
      { numRuns: 2000 },
    );
    const sample = "Zelensky’s «peace» — Çırağan naïve 北京 l’Élysée 3,000 x\u0301y it’s’ ab’’c don't 𝐀bc";
    expect(tokenize(sample)).toEqual(referenceTokens(sample));
  });

  it('keeps a word whole across a soft hyphen, folds ß, and makes each Chinese character a word', () => {
    expect(normalizeForSearch('Zelen\u00ADsky Straße')).toBe('zelensky strasse');
    expect(normalizeForSearch('the新一轮 talks')).toBe('the 新 一 轮 talks');
    expect(parseQuery('"a" "b"')).toMatchObject({ phrase: false, words: ['a', 'b'] });
  });

  it('reads phrases, removes repeated words and caps the length', () => {
    expect(parseQuery('  "negotiator in chief" ')).toMatchObject({ phrase: true, words: ['negotiator', 'in', 'chief'] });
    expect(parseQuery('“no man’s land”')).toMatchObject({ phrase: true, words: ['no', 'man', 'land'] });
    expect(parseQuery('putin Putin trump')).toMatchObject({ phrase: false, words: ['putin', 'trump'] });
    const long = parseQuery('a'.repeat(MAX_QUERY_LENGTH + 50));
    expect(long.truncated).toBe(true);
    expect(long.text).toHaveLength(MAX_QUERY_LENGTH);
    // A long query is cut at a space, so its last word is whole and still matches.
    const words = `${'ceasefire talks '.repeat(12)}Istanbul negotiations`;
    expect(words.length).toBeGreaterThan(MAX_QUERY_LENGTH);
    const cut = parseQuery(words);
    expect(cut.text.length).toBeLessThanOrEqual(MAX_QUERY_LENGTH);
    expect(cut.text.split(' ').every((word) => ['ceasefire', 'talks', 'Istanbul', 'negotiations'].includes(word))).toBe(true);
    expect(parseQuery(`${'x'.repeat(195)} negotiations`).text).toBe('x'.repeat(195));
    expect(parseQuery('<img src=x onerror=alert(1)>').words).toEqual(['img', 'src', 'x', 'onerror', 'alert', '1']);
  });
});

describe('query expansion', () => {
  it('measures edit distance, stopping early past the bound', () => {
    expect(boundedEditDistance('istambul', 'istanbul', 2)).toBe(1);
    expect(boundedEditDistance('zelenski', 'zelenskyy', 2)).toBe(2);
    expect(boundedEditDistance('putin', 'biden', 1)).toBe(2);
    expect(boundedEditDistance('a', 'abcdef', 2)).toBe(3);
    expect(boundedEditDistance('kitten', 'sitting', 3)).toBe(3);
    expect(boundedEditDistance('x'.repeat(100), `${'x'.repeat(99)}y`, 2)).toBe(1);
    expect([3, 4, 6, 7, 12].map(allowedEdits)).toEqual([0, 1, 1, 2, 2]);
  });

  const aliases = buildAliasTable([
    { id: 'steve-witkoff', type: 'person', names: ['Steve Witkoff', 'Witkoff', 'Whitkov'] },
    { id: 'kyiv', type: 'place', names: ['Kyiv', 'Kiev'] },
    { id: 'dpr', type: 'organisation', names: ['Donetsk People’s Republic', 'DPR'] },
  ]);

  it('maps a name to the other spellings of its entity, and leaves generic words alone', () => {
    expect(aliases.get('witkoff')).toEqual(['whitkov', 'witkoff']);
    expect(aliases.get('kiev')).toEqual(['kiev', 'kyiv']);
    expect(aliases.has('steve')).toBe(false);
    expect(aliases.has('republic')).toBe(false);
    const places = buildAliasTable([
      { id: 'dnieper', type: 'place', names: ['Dnieper River', 'Dnipro', 'Dnieper'] },
      { id: 'kursk-oblast', type: 'place', names: ['Kursk Oblast', 'Kursk'] },
      { id: 'kharkiv-oblast', type: 'place', names: ['Kharkiv Oblast', 'Kharkov Oblast'] },
      { id: 'anna-smith', type: 'person', names: ['Anna Smith', 'A. Smyth', 'Smythe'] },
      { id: 'john-smith', type: 'person', names: ['John Smith', 'J. Smithe'] },
    ]);
    // The last word of a place's name is no alias ("river", "oblast"); a surname two people share names neither.
    expect([...places.keys()]).toEqual(['dnieper', 'dnipro', 'smyth', 'smythe']);
    expect(places.get('smyth')).toEqual(['smyth', 'smythe']);
  });

  const vocabulary = indexVocabulary(
    ['istanbul', 'kyiv', 'putin', 'puting', 'whitkov', 'witkoff', 'zelenskiy', 'zelensky', 'zelenskyy', 'zelenskyys'].sort(),
  );

  it('stems English inflections lightly, leaving short words and names whole', () => {
    expect(['textbooks', 'warned', 'warning', 'talks', 'bases', 'agreed', 'stopping', 'countries', 'passes'].map(lightStem)).toEqual([
      'textbook',
      'warn',
      'warn',
      'talk',
      'base',
      'agree',
      'stop',
      'country',
      'pass',
    ]);
    for (const word of ['news', 'bus', 'us', 'kyiv', 'russia', 'crisis', 'thus']) expect(lightStem(word)).toBe(word);
  });

  it('relates a place to its adjectives through the registry, both ways, never a word two entities share', () => {
    const table = buildRelatedTable([
      { id: 'turkey', type: 'place', names: ['Turkey', 'Türkiye'], demonyms: ['Turkish'] },
      { id: 'georgia', type: 'place', names: ['Georgia'], demonyms: ['Georgian'] },
      { id: 'georgia-us', type: 'place', names: ['Georgia'], demonyms: [] },
    ]);
    expect(table.get('turkey')).toEqual(['turkish']);
    expect(table.get('turkish')).toEqual(['turkey', 'turkiye']);
    expect(table.has('georgia')).toBe(false);
    expect(table.has('georgian')).toBe(false);
  });

  it('expands a word to its related words, ranked below what was typed', () => {
    const vocabulary = indexVocabulary(['turkey', 'turkish', 'warn', 'warned', 'warning', 'warsaw']);
    const related = new Map([['turkey', ['turkish']]]);
    expect(expandWord('turkey', vocabulary, new Map(), { related })).toEqual([
      { term: 'turkey', kind: 'exact' },
      { term: 'turkish', kind: 'related' },
    ]);
    expect(expandWord('warned', vocabulary, new Map(), { related }).filter((term) => term.kind === 'related')).toEqual([
      { term: 'warn', kind: 'related' },
      { term: 'warning', kind: 'related' },
    ]);
  });

  it('expands typos through the vocabulary, more for longer words', () => {
    expect(expandWord('istambul', vocabulary, aliases).map((expansion) => expansion.term)).toEqual(['istanbul']);
    expect(
      expandWord('zelenski', vocabulary, aliases)
        .map((expansion) => expansion.term)
        .sort(),
    ).toEqual(['zelenskiy', 'zelensky', 'zelenskyy']);
    expect(expandWord('kyiv', vocabulary, aliases)).toEqual([{ term: 'kyiv', kind: 'exact' }]);
    // Short words must be exact: "put" is not "putin".
    expect(expandWord('put', vocabulary, aliases)).toEqual([]);
  });

  it('expands aliases, also of a misspelled name, and prefixes while typing', () => {
    expect(expandWord('kiev', vocabulary, aliases)).toEqual([{ term: 'kyiv', kind: 'alias' }]);
    expect(expandWord('witkoff', vocabulary, aliases)).toEqual([
      { term: 'witkoff', kind: 'exact' },
      { term: 'whitkov', kind: 'alias' },
    ]);
    expect(expandWord('witkof', vocabulary, aliases).map((expansion) => expansion.term)).toContain('whitkov');
    expect(expandWord('zelensk', vocabulary, aliases, { prefix: true }).map((expansion) => expansion.term)).toContain('zelenskyys');
  });
});

const tinyCorpus: SearchArticleInput[] = [
  {
    slug: 'one',
    title: 'Talks in Istanbul',
    outlet: { id: 'outlet-a', name: 'Outlet A' },
    passages: [
      {
        id: 'p1',
        kind: 'paragraph',
        entities: ['kyiv'],
        text: `${'Filler words that say nothing much at all here. '.repeat(4)}The delegation from Kyiv brought trucks of drones to Siberia.`,
      },
      { id: 'p2', kind: 'paragraph', entities: [], text: 'Drones were seen far away, but no trucks.' },
      { id: 'p3', kind: 'paragraph', entities: [], text: 'Weather was mild in the city that week.' },
    ],
  },
  {
    slug: 'two',
    title: 'Another outlet on the war',
    outlet: { id: 'outlet-b', name: 'Outlet B' },
    passages: [
      { id: 'q1', kind: 'paragraph', entities: ['kyiv'], text: 'Officials in Kiev denied that drones were sent to Siberia on trucks.' },
      { id: 'q2', kind: 'heading', entities: [], text: 'Siberia' },
      {
        id: 'q3',
        kind: 'paragraph',
        entities: [],
        text: 'The negotiator in chief looked shaky, said one analyst.',
        claims: ['The US negotiator looks shaky'],
      },
    ],
  },
];
const tinyEntities = [{ id: 'kyiv', type: 'place', names: ['Kyiv', 'Kiev'] }];

async function tinyEngine(options = {}) {
  const files = indexFiles(buildSearchIndex(tinyCorpus, tinyEntities, { blockSize: 2, ...options }));
  const loaded: string[] = [];
  const engine = await SearchEngine.open(async (name) => {
    loaded.push(name);
    return JSON.parse(files.get(name)!);
  });
  return { engine, files, loaded };
}

describe('search index and shortlisting', () => {
  it('delta-encodes postings and shards terms stably', () => {
    expect([...decodePostings(encodePostings([3, 5, 11, 40]))]).toEqual([3, 5, 11, 40]);
    expect(termShard('istanbul', 8)).toBe(termShard('istanbul', 8));
    expect(termShard('istanbul', 1)).toBe(0);
  });

  it('builds byte-identical files from the same input', () => {
    const first = indexFiles(buildSearchIndex(tinyCorpus, tinyEntities));
    const second = indexFiles(buildSearchIndex(structuredClone(tinyCorpus), structuredClone(tinyEntities)));
    expect([...first]).toEqual([...second]);
  });

  it('falls back to the passages holding most of the words, best coverage first, saying which they lack', async () => {
    const { engine } = await tinyEngine();
    const full = await engine.search('Siberia drones');
    expect(full.partial).toBeUndefined();
    const partial = await engine.search('Siberia drones weather');
    expect(partial.partial).toBe(true);
    expect(partial.hits.map((hit) => [hit.passageId, hit.missing])).toEqual([
      ['q1', ['weather']],
      ['p1', ['weather']],
    ]);
    // A word no passage has is left out first; a query of one unknown word finds nothing.
    const unknown = await engine.search('drones xylophone');
    expect(unknown.hits.every((hit) => hit.missing?.join() === 'xylophone')).toBe(true);
    expect(unknown.hits.length).toBeGreaterThan(0);
    expect((await engine.search('xylophone')).hits).toEqual([]);
    // Never fewer than half the words: three words of which two are unknown find nothing.
    expect((await engine.search('drones xylophone zither')).hits).toEqual([]);
    // A phrase is a phrase: no partial match.
    expect((await engine.search('"Siberia drones weather"')).hits).toEqual([]);
  });

  it('keeps only passages holding every word, in any order', async () => {
    const { engine } = await tinyEngine();
    const { hits, total } = await engine.search('trucks Siberia drones');
    expect(total).toBe(2);
    expect(hits.map((hit) => hit.passageId).sort()).toEqual(['p1', 'q1']);
  });

  it('matches through aliases and entity names (Kyiv finds Kiev)', async () => {
    const { engine } = await tinyEngine();
    const { hits } = await engine.search('Kyiv denied');
    expect(hits.map((hit) => hit.passageId)).toEqual(['q1']);
    expect(hits[0]!.snippet.marks.map(([start, end]) => hits[0]!.snippet.text.slice(start, end))).toEqual(['Kiev', 'denied']);
  });

  it('treats a quoted query as an exact phrase', async () => {
    const { engine } = await tinyEngine();
    expect((await engine.search('"in chief negotiator"')).hits).toEqual([]);
    expect((await engine.search('"negotiator in chief"')).hits.map((hit) => hit.passageId)).toEqual(['q3']);
  });

  it('finds an exact phrase ranked below many passages holding its words apart', async () => {
    const passages = Array.from({ length: 30 }, (_, i) => ({ id: `h${i}`, kind: 'heading', entities: [], text: `War and the peace ${i}` }));
    passages.push({ id: 'last', kind: 'paragraph', entities: [], text: 'Now it is the war again.' });
    const files = indexFiles(buildSearchIndex([{ slug: 'many', title: 'Many', outlet: { id: 'o', name: 'O' }, passages }], []));
    const engine = await SearchEngine.open(async (name) => JSON.parse(files.get(name)!), { rankLimit: 5 });
    const { hits, total } = await engine.search('"the war"', { limit: 5 });
    expect(hits.map((hit) => hit.passageId)).toEqual(['last']);
    expect(total).toBe(1);
  });

  it('counts phrase matches the same whatever the number of results shown, and says when the count is a floor', async () => {
    const passages = Array.from({ length: 300 }, (_, i) => ({
      id: `p${i}`,
      kind: 'paragraph',
      entities: [],
      text: `Report ${i}: the war goes on, the war.`,
    }));
    const files = indexFiles(buildSearchIndex([{ slug: 'many', title: 'Many', outlet: { id: 'o', name: 'O' }, passages }], []));
    const engine = await SearchEngine.open(async (name) => JSON.parse(files.get(name)!));
    const [few, more] = [await engine.search('"the war"', { limit: 1 }), await engine.search('"the war"', { limit: 30 })];
    expect(few.total).toBe(more.total);
    expect(few.totalAtLeast && more.totalAtLeast).toBe(true);
    const tiny = await (await tinyEngine()).engine.search('"negotiator in chief"', { limit: 1 });
    expect(tiny).toMatchObject({ total: 1, totalAtLeast: false });
  });

  it('lets the last word match the words it begins, below its own spelling, the same on every run of the query', async () => {
    const passages = [
      { id: 'a', kind: 'paragraph', entities: [], text: 'Drones flew to Siberia in the war.' },
      { id: 'b', kind: 'paragraph', entities: [], text: 'Siberia in Warsaw talks.' },
    ];
    const files = indexFiles(buildSearchIndex([{ slug: 's', title: 'S', outlet: { id: 'o', name: 'O' }, passages }], []));
    const engine = await SearchEngine.open(async (name) => JSON.parse(files.get(name)!));
    // "dro" is half a word: it finds "drones", as typed live and as loaded from a URL.
    expect((await engine.search('Siberia dro')).hits.map((hit) => hit.passageId)).toEqual(['a']);
    // "war" is a word of the index and the start of "Warsaw": the passage that says "war" comes first.
    expect((await engine.search('Siberia war')).hits.map((hit) => hit.passageId)).toEqual(['a', 'b']);
    // Not so for a word before the last.
    expect((await engine.search('war Siberia')).hits.map((hit) => hit.passageId)).toEqual(['a']);
    expect((await engine.search('Siberia Warsa')).hits.map((hit) => hit.passageId)).toEqual(['b']);
  });

  it('matches a quoted phrase in a title or claim as well as in the text, but not across two claims or names', async () => {
    const { engine } = await tinyEngine();
    expect((await engine.search('"another outlet on the war"')).hits.map((hit) => hit.passageId).sort()).toEqual(['q1', 'q2', 'q3']);
    expect((await engine.search('"us negotiator looks"')).hits.map((hit) => hit.passageId)).toEqual(['q3']);
    const passages = [
      { id: 'c', kind: 'paragraph', entities: ['kyiv'], text: 'Officials spoke.', claims: ['Talks will fail', 'Peace is far off'] },
    ];
    const files = indexFiles(buildSearchIndex([{ slug: 'c', title: 'C', outlet: { id: 'o', name: 'O' }, passages }], tinyEntities));
    const joined = await SearchEngine.open(async (name) => JSON.parse(files.get(name)!));
    expect((await joined.search('"will fail"')).total).toBe(1);
    expect((await joined.search('"fail peace"')).total).toBe(0);
    expect((await joined.search('"kyiv kiev"')).total).toBe(0);
  });

  it('searches claims text where a passage has claims', async () => {
    const { engine } = await tinyEngine();
    const { hits } = await engine.search('US negotiator');
    expect(hits.map((hit) => hit.passageId)).toEqual(['q3']);
    // The claim is shown, marked, since the passage's own words lack "US".
    expect(hits[0]!.claims.map((claim) => claim.marks.map(([start, end]) => claim.text.slice(start, end)))).toEqual([['US', 'negotiator']]);
    expect((await engine.search('analyst')).hits[0]!.claims).toEqual([]);
  });

  it('filters by outlet and by entity', async () => {
    const { engine } = await tinyEngine();
    expect((await engine.search('drones', { outlet: 'outlet-b' })).hits.map((hit) => hit.passageId)).toEqual(['q1']);
    expect((await engine.search('drones', { entity: 'kyiv' })).hits.map((hit) => hit.passageId).sort()).toEqual(['p1', 'q1']);
  });

  it('fetches only the word part, term shards and record blocks a query needs', async () => {
    const { engine, loaded, files } = await tinyEngine({ postingsPerShard: 4 });
    await engine.search('weather');
    expect(loaded.filter((name) => name.startsWith('words-'))).toEqual([indexFile.words(wordPart('weather'))]);
    expect(loaded).toContain(indexFile.root);
    // Every part exists, so a query never asks for a missing file.
    expect([...files.keys()].filter((name) => name.startsWith('words-'))).toHaveLength(WORD_PARTS);
    const blocks = loaded.filter((name) => name.startsWith('records-'));
    expect(blocks).toEqual(['records-1']);
    expect(loaded.filter((name) => name.startsWith('terms-'))).toHaveLength(1);
    expect([...files.keys()].filter((name) => name.startsWith('terms-')).length).toBeGreaterThan(1);
  });
});

describe('round trips', () => {
  it('answers a first query in at most three: root and word parts together, term shards, record blocks', async () => {
    const files = indexFiles(buildSearchIndex(tinyCorpus, tinyEntities, { blockSize: 1, postingsPerShard: 3 }));
    const queries: [string, SearchOptions?][] = [
      ['drones'],
      ['Siberia drones trucks'],
      ['Siberia drones weather'],
      ['"negotiator in chief"'],
      ['Kyiv denied'],
      ['Istambul', { outlet: 'outlet-b', entity: 'kyiv' }],
    ];
    for (const [query, options] of queries) {
      const { load, trace } = tracingLoader(files);
      const { hits } = await (await SearchEngine.open(load)).search(query, options);
      expect(trace.trips, query).toBeLessThanOrEqual(3);
      expect(trace.requests, query).toBeGreaterThan(2);
      if (!options) expect(hits.length, query).toBeGreaterThan(0);
    }
  });

  it('looks for typos and longer words among the words that start with the same two letters', async () => {
    const { engine } = await tinyEngine();
    expect((await engine.search('Sibiria')).total).toBeGreaterThan(0);
    expect((await engine.search('Dsiberia')).total).toBe(0);
  });
});

describe('ranking', () => {
  it('ranks a title or heading match above the same word deep in body text', async () => {
    const { engine } = await tinyEngine();
    const { hits } = await engine.search('Siberia');
    expect(hits[0]!.passageId).toBe('q2');
  });

  it('matches words past the first 60 characters of a long passage (location ignored)', async () => {
    const { engine } = await tinyEngine();
    const { hits } = await engine.search('delegation');
    expect(hits.map((hit) => hit.passageId)).toEqual(['p1']);
    expect(tinyCorpus[0]!.passages[0]!.text.indexOf('delegation')).toBeGreaterThan(150);
  });

  it('does not let the fuzzy threshold match nearly everything', async () => {
    const engine = await committedSearchEngine();
    const { total } = await engine.search('Medinsky');
    expect(total).toBeGreaterThan(0);
    expect(total).toBeLessThan(5);
    expect((await engine.search('quokka')).total).toBe(0);
  });

  it('tunes Fuse so a rare word matches a few passages over the whole corpus, not nearly all', async () => {
    const corpus = await loadSearchCorpus();
    const docs = corpus.articles.flatMap((article) =>
      article.passages.map((passage) => ({
        title: normalizeForSearch(article.title),
        entities: '',
        claims: '',
        text: normalizeForSearch(passage.text),
      })),
    );
    const ours = new Fuse(docs, fuseOptions<(typeof docs)[number]>()).search('medinsky').length;
    const loose = new Fuse(docs, { ...fuseOptions<(typeof docs)[number]>(), threshold: 0.6 }).search('medinsky').length;
    expect(ours).toBeGreaterThan(0);
    expect(ours).toBeLessThan(docs.length / 20);
    expect(loose).toBeGreaterThan(ours);
  });

  it('ranks an exact spelling above a typo of it', async () => {
    const engine = await committedSearchEngine();
    const { hits } = await engine.search('Kiev');
    expect(hits[0]!.snippet.text).toMatch(/Kiev/);
  });
});

describe('snippets and URLs', () => {
  it('cuts around the first match at word boundaries and lists marks inside', () => {
    const text = `${'alpha beta gamma delta. '.repeat(20)}The Bosphorus shore. ${'epsilon zeta. '.repeat(20)}`;
    const snippet = makeSnippet(text, new Set(['bosphorus']), 120);
    expect(snippet.cutStart && snippet.cutEnd).toBe(true);
    expect(snippet.text.length).toBeLessThanOrEqual(120);
    expect(snippet.marks).toHaveLength(1);
    const [start, end] = snippet.marks[0]!;
    expect(snippet.text.slice(start, end)).toBe('Bosphorus');
    expect(snippet.text).toMatch(/^\w/);
  });

  it('cuts the same snippet from a long passage whether the hit is early, late or missing', () => {
    const words = Array.from({ length: 400 }, (_, i) => `word${i}`);
    const text = words.join(' ');
    for (const target of ['word3', 'word200', 'word399', 'absent']) {
      const snippet = makeSnippet(text, new Set([target]), 120);
      expect(snippet.text.length).toBeLessThanOrEqual(120);
      expect(snippet.text).toMatch(/^word\d+/);
      expect(snippet.text).toMatch(/word\d+$/);
      if (target === 'absent') expect(snippet).toMatchObject({ marks: [], cutStart: false, cutEnd: true });
      else expect(snippet.marks.map(([start, end]) => snippet.text.slice(start, end))).toEqual([target]);
    }
    expect(makeSnippet(text, new Set(['word399']), 120).cutEnd).toBe(false);
  });

  it('keeps the words around a match in text without spaces, and never splits a surrogate pair', () => {
    const emoji = `${'😀'.repeat(200)} kyiv ${'😀'.repeat(200)}`;
    const around = makeSnippet(emoji, new Set(['kyiv']), 120);
    expect(around.text.length).toBeGreaterThan(80);
    expect(around.text).toMatch(/kyiv 😀/);
    const long = makeSnippet(`${'a'.repeat(500)} kyiv`, new Set(['kyiv']), 120);
    expect(long.text).toMatch(/^a+ kyiv$/);
    expect(long.text.length).toBeGreaterThan(100);
    expect(around.text).not.toMatch(/^[\udc00-\udfff]|[\ud800-\udbff]$/);
    const chinese = `${'新一轮谈判'.repeat(60)}在伊斯坦布尔${'新一轮谈判'.repeat(60)}`;
    const cut = makeSnippet(chinese, new Set(['伊']), 60);
    expect(cut.text).toHaveLength(60);
    expect(cut.marks.map(([start, end]) => cut.text.slice(start, end))).toEqual(['伊']);
    const noHit = makeSnippet('😀'.repeat(300), new Set(['kyiv']), 121);
    expect(noHit.text).not.toMatch(/[\ud800-\udbff]$/);
  });

  it('writes and reads the search URL', () => {
    const state = { query: 'Kiev & <b>', source: 'ndtv', entity: '' };
    expect(searchPath(state)).toBe('/search/?q=Kiev+%26+%3Cb%3E&source=ndtv');
    expect(readSearchState(searchPath(state).split('?')[1]!)).toEqual(state);
    expect(searchPath({ query: '', source: '', entity: '' })).toBe('/search/');
  });
});
