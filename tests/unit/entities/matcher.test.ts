import { describe, expect, it } from 'vitest';
import { compileMatcher, findMentions } from '../../../src/lib/entities/matcher.ts';

const matcher = compileMatcher([
  { id: 'vladimir-putin', aliases: ['Vladimir Putin', 'Putin'], demonyms: [] },
  { id: 'donald-trump', aliases: ['Donald Trump', 'Trump'], demonyms: [] },
  { id: 'steve-witkoff', aliases: ['Steve Witkoff', 'Whitkov'], demonyms: [] },
  { id: 'united-nations', aliases: ['UN'], demonyms: [] },
  { id: 'un-security-council', aliases: ['UN Security Council', 'UNSC'], demonyms: [] },
  { id: 'united-states', aliases: ['US', 'U.S.'], demonyms: ['American'] },
  { id: 'russia', aliases: ['Russia'], demonyms: ['Russian'] },
  { id: 'operation-spiders-web', aliases: ["Spider's web"], demonyms: [] },
  { id: 'nagorno-karabakh', aliases: ['Nagorno-Karabakh'], demonyms: [] },
  { id: 'ndtv', aliases: ['NDTV'], demonyms: [] },
]);

const found = (text: string) => findMentions(matcher, text).map((mention) => [mention.entityId, mention.text]);

describe('entity matcher', () => {
  it('prefers the longest alias at a position', () => {
    expect(found('President Vladimir Putin met Putin’s aides.')).toEqual([
      ['vladimir-putin', 'Vladimir Putin'],
      ['vladimir-putin', 'Putin'],
    ]);
    expect(found('a UN Security Council resolution, not a UN one')).toEqual([
      ['un-security-council', 'UN Security Council'],
      ['united-nations', 'UN'],
    ]);
  });

  it('finds possessives with straight and curly apostrophes, leaving the ’s outside the mention', () => {
    const mentions = findMentions(matcher, "Trump's letter and Trump’s envoy");
    expect(mentions.map((mention) => mention.text)).toEqual(['Trump', 'Trump']);
    expect(mentions.map((mention) => mention.start)).toEqual([0, 19]);
  });

  it('matches aliases holding apostrophes and dashes whichever the source typed', () => {
    expect(found('operation "Spider’s web" destroyed bombers')).toEqual([['operation-spiders-web', 'Spider’s web']]);
    expect(found('the Nagorno–Karabakh conflict')).toEqual([['nagorno-karabakh', 'Nagorno–Karabakh']]);
    expect(found('Vladimir\n  Putin said')).toEqual([['vladimir-putin', 'Vladimir\n  Putin']]);
  });

  it('keeps case, so common words are never names, but finds capitals in headlines', () => {
    expect(found('Let us talk; the us-versus-them')).toEqual([]);
    expect(found('The US Factor and U.S. President')).toEqual([
      ['united-states', 'US'],
      ['united-states', 'U.S.'],
    ]);
    expect(found('trump cards')).toEqual([]);
    expect(found('PUTIN SPEAKS')).toEqual([['vladimir-putin', 'PUTIN']]);
  });

  it('never matches inside other words', () => {
    expect(found('Trumpism, Putinist, UNSCOPE, Russiagate, USA-made')).toEqual([]);
    expect(found('NATO-Russian proxy war, UN-supervised referendum')).toEqual([
      ['russia', 'Russian'],
      ['united-nations', 'UN'],
    ]);
  });

  it('never matches inside URLs, e-mail addresses or domain names', () => {
    expect(found('See https://example.com/Trump/Putin and www.Putin.ru/US')).toEqual([]);
    expect(found('Track news on NDTV.com, write to Trump@example.org')).toEqual([]);
    expect(found('NDTV reported.')).toEqual([['ndtv', 'NDTV']]);
  });

  it('tells demonyms from names and keeps the source’s own spelling', () => {
    const mentions = findMentions(matcher, 'Russian officials met Trump, Rubio and Whitkov in Russia.');
    expect(mentions.map((mention) => [mention.text, mention.form])).toEqual([
      ['Russian', 'demonym'],
      ['Trump', 'name'],
      ['Whitkov', 'name'],
      ['Russia', 'name'],
    ]);
    expect(mentions[2]!.entityId).toBe('steve-witkoff');
  });

  it('finds nothing with an empty registry', () => {
    expect(findMentions(compileMatcher([]), 'Putin and Trump')).toEqual([]);
  });
});
