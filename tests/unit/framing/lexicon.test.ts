import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseFramingFile } from '../../../src/lib/framing/checks.ts';
import { loadLexicon } from '../../../src/lib/framing/load-lexicon.ts';
import { wordingForms } from '../../../src/lib/framing/schema.ts';

const FIXTURE = 'tests/fixtures/content/framing.yaml';
const fixture = readFileSync(FIXTURE, 'utf8');
const parse = (text: string) => () => parseFramingFile(FIXTURE, text);

describe('framing lexicon: schema and checks', () => {
  it('parses the fixture lexicon, forms defaulting to the wording', () => {
    const lexicon = parseFramingFile(FIXTURE, fixture);
    expect(lexicon.concepts.map((concept) => concept.id)).toEqual(['kyiv']);
    expect(wordingForms(lexicon.concepts[0]!.wordings[1]!)).toEqual(['Kiev']);
    expect(lexicon.concepts[0]!.wordings[0]!.except).toEqual([]);
  });

  it('names the file, the concept, the field and the value of a schema error', () => {
    expect(parse(fixture.replace('category: spelling', 'category: grammar'))).toThrow(
      /framing\.yaml: concept "kyiv": field "concepts\.0\.category".*grammar/,
    );
    expect(parse(fixture.replace('    description: Ukraine', '    colour: red\n    description: Ukraine'))).toThrow(
      /concept "kyiv".*colour/,
    );
    expect(parse(fixture.replace('id: kyiv', 'id: Kyiv City'))).toThrow(/concept "Kyiv City": field "concepts\.0\.id".*kebab-case/);
    expect(parse(`${fixture}extra: 1\n`)).toThrow(/framing\.yaml.*extra/);
  });

  it('refuses a YAML slip with file, line and column', () => {
    expect(parse(fixture.replace('category: spelling', 'category: [spelling'))).toThrow(/framing\.yaml:\d+:\d+: invalid YAML/);
  });

  it('refuses a duplicate id, a form claimed twice in one concept, an exception without its wording, a double dismissal', () => {
    const twice = fixture.replace('dismissed: []', '') + fixture.split('concepts:\n')[1]!.replace('dismissed: []', '');
    expect(parse(twice)).toThrow(/concept "kyiv": field "concepts\.1\.id": duplicate id/);
    expect(parse(fixture.replace('- text: Kiev', '- text: Kiev\n        forms: [Kiev, Kyiv]'))).toThrow(
      /concept "kyiv": field "concepts\.0\.wordings\.1": form "Kyiv" is also a form of "Kyiv"/,
    );
    expect(parse(fixture.replace('- text: Kiev', "- text: Kiev\n        except: [{ quote: 'in Moscow', reason: R. }]"))).toThrow(
      /wordings\.1\.except\.0\.quote": holds none of the forms of "Kiev"/,
    );
    const dismissal = '  - { word: audacious, kind: evaluative, reason: R. }\n';
    expect(parse(fixture.replace('dismissed: []', `dismissed:\n${dismissal}${dismissal}`))).toThrow(
      /field "dismissed\.1\.word": "audacious" \(evaluative\) is dismissed twice/,
    );
    expect(parse(fixture.replace('dismissed: []', 'dismissed:\n  - { word: audacious, kind: mood, reason: R. }'))).toThrow(
      /dismissed #1: field "dismissed\.0\.kind"/,
    );
  });

  it('allows two concepts to share words, since each is matched apart', () => {
    const lexicon = loadLexicon();
    expect(lexicon.concepts.length).toBeGreaterThanOrEqual(15);
    const forms = lexicon.concepts.flatMap((concept) => concept.wordings.flatMap(wordingForms));
    expect(forms).toContain('Zelenskiy');
    expect(forms).toContain('President Volodymyr Zelenskiy');
  });

  it('has an empty lexicon when the file is missing', () => {
    expect(loadLexicon('tests/fixtures/content/no-such-framing.yaml')).toEqual({ concepts: [], dismissed: [] });
  });
});
