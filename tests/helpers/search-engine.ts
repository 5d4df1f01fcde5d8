/** A search engine over the committed articles, with the index kept in memory (no browser, no build). */
import { buildSearchIndex, indexFiles } from '../../src/lib/search/build-index.ts';
import { loadSearchCorpus } from '../../src/lib/search/load-corpus.ts';
import { SearchEngine } from '../../src/lib/search/engine.ts';

let engine: Promise<SearchEngine> | undefined;

export function committedSearchEngine(): Promise<SearchEngine> {
  engine ??= loadSearchCorpus().then((corpus) => {
    const files = indexFiles(buildSearchIndex(corpus.articles, corpus.entities));
    return SearchEngine.open(async (name) => JSON.parse(files.get(name)!));
  });
  return engine;
}
