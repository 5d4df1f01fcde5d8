import { beforeAll, describe, expect, it } from 'vitest';
import {
  CANDIDATE_THRESHOLD,
  type FramingCandidate,
  findFramingCandidates,
  openCandidates,
  staleDismissals,
} from '../../../src/lib/framing/candidates.ts';
import { candidatePassages, loadFramingCandidates } from '../../../src/lib/framing/load-candidates.ts';
import { loadLexicon } from '../../../src/lib/framing/load-lexicon.ts';
import { compileLexicon, findWordingUses } from '../../../src/lib/framing/match.ts';
import { compileMatcher } from '../../../src/lib/entities/matcher.ts';
import { winkTagger } from '../../../src/lib/entities/wink-tagger.ts';

const lexicon = loadLexicon();
let candidates: FramingCandidate[];

beforeAll(async () => {
  candidates = await loadFramingCandidates(lexicon);
}, 60_000);

describe('framing candidates', () => {
  it('leaves nothing above the threshold outside the lexicon and its dismissed list', () => {
    const open = openCandidates(candidates, lexicon.dismissed, CANDIDATE_THRESHOLD);
    expect(open.map((candidate) => `${candidate.kind}: ${candidate.word} (${candidate.score})`)).toEqual([]);
  });

  it('needs every dismissed entry (a stale one would hide nothing and mislead)', () => {
    expect(staleDismissals(candidates, lexicon.dismissed)).toEqual([]);
  });

  it('finds every concept of the lexicon in the texts', async () => {
    const passages = await candidatePassages();
    const uses = findWordingUses(
      compileLexicon(lexicon),
      passages.map((passage) => ({ slug: passage.articleSlug, passageId: passage.passageId, text: passage.text })),
    );
    const named = new Set(uses.map((use) => use.conceptId));
    expect(lexicon.concepts.filter((concept) => !named.has(concept.id)).map((concept) => concept.id)).toEqual([]);
  }, 60_000);

  it('finds evaluative words near a mention, scare quotes, hedges, attribution, and "we" only in opinion pieces', () => {
    const entities = compileMatcher([{ id: 'vladimir-putin', aliases: ['Putin'], demonyms: [] }]);
    const text = 'The reckless Putin reportedly spoke of "hellish sanctions," and we were told so, according to aides.';
    const passage = (articleKind: string) => ({ articleSlug: 'a', passageId: 'p1', text, kind: 'paragraph', articleKind });
    const found = (articleKind: string) =>
      findFramingCandidates([passage(articleKind)], [], entities, winkTagger()).map((candidate) => `${candidate.kind}: ${candidate.word}`);
    expect(found('opinion')).toEqual(
      expect.arrayContaining([
        'evaluative: reckless',
        'hedging: reportedly',
        'scare-quote: hellish sanctions',
        'voice: we',
        'attribution: according',
      ]),
    );
    expect(found('news-report')).not.toContain('voice: we');
    // A lexicon wording covers what it holds.
    const uses = findWordingUses(
      compileLexicon({
        concepts: [
          { id: 'q', name: 'Q', category: 'distancing', description: 'D.', wordings: [{ text: 'hellish sanctions', except: [] }] },
        ],
      }),
      [{ slug: 'a', passageId: 'p1', text }],
    );
    const covered = findFramingCandidates([passage('opinion')], uses, entities, winkTagger()).map((candidate) => candidate.word);
    expect(covered).not.toContain('hellish sanctions');
  });
});
