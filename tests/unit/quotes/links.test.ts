import { describe, expect, it } from 'vitest';
import { matchQuote, normalizeWithOffsets } from '../../../src/lib/quotes/match.ts';
import {
  buildTextDirective,
  directiveFor,
  encodeDirectivePart,
  firstMatch,
  parseTextDirective,
  quoteLink,
} from '../../../src/lib/quotes/text-fragment.ts';

describe('text fragment directives', () => {
  it('encodes dash, comma, ampersand and a trailing dot, keeping case', () => {
    expect(encodeDirectivePart('Kyiv-Moscow, talks & more.')).toBe('Kyiv%2DMoscow%2C%20talks%20%26%20more%2E');
    expect(encodeDirectivePart('Mr. Putin')).toBe('Mr.%20Putin');
  });

  it('builds and parses prefix-,start,end,-suffix', () => {
    const directive = { prefix: 'met in', start: 'Helsinki (France)', suffix: 'in 2018' };
    const built = buildTextDirective(directive);
    expect(built).toBe('met%20in-,Helsinki%20(France),-in%202018');
    expect(parseTextDirective(built)).toEqual(directive);
    expect(parseTextDirective(buildTextDirective({ start: 'first words', end: 'last words' }))).toEqual({
      start: 'first words',
      end: 'last words',
    });
    expect(parseTextDirective('%E0%A4%A')).toBeUndefined();
    expect(parseTextDirective('a,b,c,d,e')).toBeUndefined();
  });

  const text = 'Trump met Putin. Then Trump met Putin again in Alaska. Zelensky was not there.';

  it('adds no context when the quote occurs once', () => {
    const start = text.indexOf('Alaska');
    expect(directiveFor(text, start, start + 'Alaska'.length)).toEqual({ start: 'Alaska' });
  });

  it('adds context only as needed for the first match to be the selected one', () => {
    const second = text.indexOf('Trump met Putin', 5);
    const directive = directiveFor(text, second, second + 'Trump met Putin'.length);
    expect(directive.prefix ?? directive.suffix).toBeTruthy();
    expect(firstMatch(text, directive)).toBe(second);
    const first = directiveFor(text, 0, 'Trump met Putin'.length);
    expect(first).toEqual({ start: 'Trump met Putin' });
  });

  it('uses the start,end form for long quotes', () => {
    const long = `${'word '.repeat(80)}end.`;
    const directive = directiveFor(long, 0, long.length);
    expect(directive.end).toBe('word word word word end.');
    expect(directive.start).toBe('word word word word word');
  });

  it('makes a link with the permalink, the directive and the quote parameter', () => {
    const link = quoteLink(
      'http://x.test/articles/a/?old=1#p',
      'p-1',
      { start: 'Alaska.' },
      { prefix: 'in', start: 'Alaska.', suffix: 'Zelensky' },
    );
    expect(link).toBe('http://x.test/articles/a/?quote=in-,Alaska%2E,-Zelensky#p-1:~:text=Alaska%2E');
  });
});

describe('matchQuote', () => {
  const passages = [
    { id: 'a', text: 'So far, the two leaders have met in Helsinki (France) in 2018 and 2019.' },
    { id: 'b', text: 'Ukraine’s operation destroyed at least 40 Russian bombers, thousands of kilometres away.' },
  ];

  it('maps normalised offsets back to the raw text', () => {
    const { normalized, offsets } = normalizeWithOffsets('A  “Quote”');
    expect(normalized).toBe('a "quote"');
    expect(offsets).toEqual([0, 1, 3, 4, 5, 6, 7, 8, 9]);
  });

  it('finds the exact words, across quote style and case', () => {
    const match = matchQuote(passages, { quote: "ukraine's operation destroyed", passageId: 'b' });
    expect(match).toMatchObject({ status: 'exact', passageId: 'b' });
    if (match.status !== 'missing') expect(passages[1]!.text.slice(match.start, match.end)).toBe('Ukraine’s operation destroyed');
  });

  it('re-anchors a quote whose words were edited since the link was made', () => {
    const match = matchQuote(passages, {
      quote: 'destroyed at least 41 Russian bombers',
      prefix: 'operation',
      suffix: 'thousands of',
      passageId: 'b',
    });
    expect(match).toMatchObject({ status: 'approximate', passageId: 'b' });
    if (match.status !== 'missing') expect(passages[1]!.text.slice(match.start, match.end)).toBe('destroyed at least 40 Russian bombers');
  });

  it('reports a quote that is no longer there instead of highlighting something wrong', () => {
    expect(matchQuote(passages, { quote: 'a ceasefire was signed in Riyadh last week', passageId: 'a' })).toEqual({ status: 'missing' });
  });
});
