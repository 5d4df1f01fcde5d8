/** The candidates command's part-of-speech tagger: wink-nlp with its small English model. */
import winkNLP, { type ItemSentence } from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import type { TaggedToken, Tagger } from './candidates.ts';

export function winkTagger(): Tagger {
  const nlp = winkNLP(model, ['sbd', 'pos']);
  const { its } = nlp;
  return (text) => {
    const sentences: TaggedToken[][] = [];
    nlp
      .readDoc(text)
      .sentences()
      .each((sentence: ItemSentence) => {
        const tokens = sentence.tokens();
        const values = tokens.out(its.value) as string[];
        const tags = tokens.out(its.pos) as string[];
        const spaces = tokens.out(its.precedingSpaces) as string[];
        sentences.push(values.map((value, index) => ({ value, pos: tags[index]!, space: spaces[index] ?? '' })));
      });
    return sentences;
  };
}
