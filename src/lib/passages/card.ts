/**
 * The preview card's layout: a 1200×630 card quoting a passage with its outlet
 * and article title, as satori elements (no JSX needed). Pure; drawn by
 * load-card-worker.ts, cached and scheduled by load-card.ts.
 */
import { truncate } from '../text.ts';
import type { LoadedArticle } from '../articles/load.ts';
import { hexColour, inkPalette } from './card-png.ts';

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

const COLOURS = { background: '#fdfcf9', accent: '#1f4f8a', text: '#1c1b19', muted: '#55524b' };

/**
 * The card's 16 colours: its background, the accent bar (a solid fill) and the blends of each text
 * colour with the background that antialiasing makes (encoded by card-png.ts).
 */
export const CARD_PALETTE = inkPalette(hexColour(COLOURS.background), [
  { colour: hexColour(COLOURS.text), levels: 8 },
  { colour: hexColour(COLOURS.muted), levels: 6 },
  { colour: hexColour(COLOURS.accent), levels: 1 },
]);

export interface PassageCardInput {
  quote: string;
  articleTitle: string;
  outlet: string;
  siteName: string;
}

/** One card: the passage it is of, and what it shows. */
export interface CardOrder {
  slug: string;
  passageId: string;
  input: PassageCardInput;
}

/** A card per current passage (a retired id's share page shows its successor's card). */
export function cardOrders(articles: readonly LoadedArticle[], siteName: string): CardOrder[] {
  return articles.flatMap((article) =>
    article.passages.map((passage) => ({
      slug: article.slug,
      passageId: passage.id,
      input: { quote: passage.text, articleTitle: article.entry.data.title, outlet: article.outlet.data.name, siteName },
    })),
  );
}

export type CardNode = { type: string; props: Record<string, unknown> };
const element = (type: string, style: Record<string, unknown>, children: unknown): CardNode => ({ type, props: { style, children } });

/** The card's layout as satori elements (no JSX needed). */
export function cardLayout(input: PassageCardInput, quoteLength = 260): CardNode {
  const quote = truncate(input.quote, quoteLength);
  const quoteSize = quote.length > 180 ? 40 : quote.length > 100 ? 46 : 54;
  return element(
    'div',
    { width: CARD_WIDTH, height: CARD_HEIGHT, display: 'flex', background: COLOURS.background, fontFamily: 'Source Serif 4' },
    [
      element('div', { width: 18, height: CARD_HEIGHT, background: COLOURS.accent }, []),
      element(
        'div',
        {
          width: CARD_WIDTH - 18 - 136,
          height: CARD_HEIGHT - 116,
          display: 'flex',
          flexDirection: 'column',
          justifyContent: 'space-between',
          padding: '60px 72px 56px 64px',
          color: COLOURS.text,
        },
        [
          element('div', { display: 'flex', width: CARD_WIDTH - 18 - 136, fontSize: quoteSize, lineHeight: 1.3 }, `“${quote}”`),
          element(
            'div',
            { display: 'flex', flexDirection: 'column', width: CARD_WIDTH - 18 - 136, fontSize: 28, lineHeight: 1.3, color: COLOURS.muted },
            [
              element('div', { display: 'flex', fontWeight: 600, color: COLOURS.text }, truncate(input.articleTitle, 80)),
              element('div', { display: 'flex', marginTop: 6 }, `${input.outlet} · ${input.siteName}`),
            ],
          ),
        ],
      ),
    ],
  );
}
