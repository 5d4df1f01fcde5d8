/** A search engine over the committed articles, with the index kept in memory (no browser, no build). */
import { buildSearchIndex, indexFiles } from '../../src/lib/search/build-index.ts';
import { type SearchCorpus, loadSearchCorpus } from '../../src/lib/search/load-corpus.ts';
import { SearchEngine } from '../../src/lib/search/engine.ts';

let corpus: Promise<SearchCorpus> | undefined;
let engine: Promise<SearchEngine> | undefined;

/** The committed articles as search input, rendered once per test file. */
export function committedSearchCorpus(): Promise<SearchCorpus> {
  corpus ??= loadSearchCorpus();
  return corpus;
}

export function committedSearchEngine(): Promise<SearchEngine> {
  engine ??= committedSearchCorpus().then((loaded) => {
    const files = indexFiles(buildSearchIndex(loaded.articles, loaded.entities));
    return SearchEngine.open(async (name) => JSON.parse(files.get(name)!));
  });
  return engine;
}
