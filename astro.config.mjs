// @ts-check
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import { unified } from '@astrojs/markdown-remark';
import sitemap from '@astrojs/sitemap';
import { markdownOptions } from './src/plugins/index.ts';
import { CONTENT } from './src/lib/content-root.ts';
import { setLedgerWrites, writeStagedLedgers } from './src/lib/passages/load-ledgers.ts';
import { writePassageCards } from './src/lib/passages/load-card.ts';

/**
 * During `astro build` the passage ledgers are staged and written only when the whole build succeeded,
 * so a failed build leaves content/ledgers as it was; `astro dev` writes them as it renders.
 */
/** @type {import('astro').AstroIntegration} */
const ledgers = {
  name: 'crossread-ledgers',
  hooks: {
    'astro:config:setup': ({ command }) => setLedgerWrites(command === 'dev' ? 'now' : 'after-build'),
    'astro:build:done': ({ logger }) => {
      const written = writeStagedLedgers();
      if (written.length) logger.info(`Updated ${written.length} passage ledger(s): commit them with the articles.`);
    },
  },
};

/**
 * A preview card per passage, written once every page is built: from the card cache, hard-linked (no bytes
 * copied), or drawn by the card workers, on every core, without an Astro route per card. The dev server
 * draws a card when it is asked for instead. Listed before the ledgers, so a card that cannot be drawn fails
 * the build before any ledger is written.
 */
/** @type {import('astro').AstroIntegration} */
const passageCards = {
  name: 'crossread-passage-cards',
  hooks: {
    'astro:config:setup': ({ command, injectRoute }) => {
      if (command === 'dev')
        injectRoute({ pattern: '/articles/[slug]/p/[passage].png', entrypoint: './src/lib/passages/load-card-route.ts' });
    },
    'astro:build:done': async ({ dir, logger }) => {
      logger.info('Writing passage cards…');
      const { written, drawn } = await writePassageCards(fileURLToPath(dir));
      logger.info(`Wrote ${written} passage cards (${drawn} drawn, ${written - drawn} from the cache).`);
    },
  },
};

// Where the site is published (README, "Deploy"): SITE_URL is the origin (and path) of every absolute URL
// (canonical, og:url and og:image, feed, sitemap, robots); BASE_PATH the folder the site is served from,
// which src/lib/routes.ts puts before every internal link.
const site = process.env.SITE_URL ?? 'http://localhost:4321';
const base = process.env.BASE_PATH ?? '/';

export default defineConfig({
  site,
  base,
  // The determinism check builds a second copy elsewhere to compare with dist/.
  outDir: process.env.ASTRO_OUT_DIR ?? './dist',
  // The end-to-end build tests build fixture content (CONTENT_ROOT) with caches of their own.
  cacheDir: process.env.ASTRO_CACHE_DIR ?? './node_modules/.astro',
  trailingSlash: 'always',
  // Share pages only redirect to their passage; keep them out of the sitemap.
  integrations: [passageCards, ledgers, sitemap({ filter: (page) => !/\/articles\/[^/]+\/p\//.test(page) })],
  // Stylesheets under 4 KB are inlined, the site's main one is a file every page shares (cached once, not
  // repeated in each of thousands of pages), and so is the share pages' (`_passage_`, the [passage].astro route):
  // a share page only redirects, and an archive has one per passage.
  // Several pages in flight at once, so one page's file writes overlap the next one's rendering (a warm build
  // of 300 synthetic articles spent 15–19 s on pages with 4, 20 s with 1).
  build: { format: 'directory', inlineStylesheets: 'auto', concurrency: 4 },
  devToolbar: { enabled: false },
  // Never inline a page script, however small: the Content-Security-Policy forbids inline script.
  vite: { build: { assetsInlineLimit: (file) => (file.endsWith('.js') || /\/_passage_\.[^/]+\.css$/.test(file) ? false : undefined) } },
  // The build keeps each article's passage ledger in content/ledgers up to date (commit it with the article).
  markdown: { processor: unified(markdownOptions({ ledgerDirectory: CONTENT.ledgers })) },
});
