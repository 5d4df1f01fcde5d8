/** The framing lexicon matched against every article's rendered passages (astro:content), once per build. */
import { loadArticles } from '../articles/load.ts';
import { FRAMING_FILE, loadLexicon } from './load-lexicon.ts';
import { type FramingPassage, compileLexicon, findWordingUses, unusedExceptions } from './match.ts';
import type { FramingLibrary } from './views.ts';

let cache: Promise<FramingLibrary> | undefined;

async function loadLibrary(): Promise<FramingLibrary> {
  const lexicon = loadLexicon();
  const articles = await loadArticles();
  const passages: FramingPassage[] = articles.flatMap((article) =>
    article.passages.map((passage) => ({ slug: article.slug, passageId: passage.id, text: passage.text })),
  );
  const stale = unusedExceptions(lexicon, passages);
  if (stale.length) throw new Error(`Invalid framing lexicon\n${stale.map((problem) => `${FRAMING_FILE}: ${problem}`).join('\n')}`);
  return {
    lexicon,
    sources: articles.map((article) => ({
      slug: article.slug,
      sourceName: article.outlet.data.name,
      title: article.entry.data.title,
      url: article.url,
      passageIds: article.passages.map((passage) => passage.id),
    })),
    uses: findWordingUses(compileLexicon(lexicon), passages),
  };
}

/** The lexicon with every use of its wordings in the articles, shaped by views.ts; once per build. */
export function loadFraming(): Promise<FramingLibrary> {
  cache ??= loadLibrary();
  return cache;
}
