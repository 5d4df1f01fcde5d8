/**
 * The preview card's layout: a 1200×630 card quoting a passage with its outlet
 * and article title, as satori elements (no JSX needed). Pure; drawn by
 * load-card-worker.ts, cached and scheduled by load-card.ts.
 */
import { truncate } from '../text.ts';

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

export interface PassageCardInput {
  quote: string;
  articleTitle: string;
  outlet: string;
  siteName: string;
}

export type CardNode = { type: string; props: Record<string, unknown> };
const element = (type: string, style: Record<string, unknown>, children: unknown): CardNode => ({ type, props: { style, children } });

/** The card's layout as satori elements (no JSX needed). */
export function cardLayout(input: PassageCardInput, quoteLength = 260): CardNode {
  const quote = truncate(input.quote, quoteLength);
  const quoteSize = quote.length > 180 ? 40 : quote.length > 100 ? 46 : 54;
  return element('div', { width: CARD_WIDTH, height: CARD_HEIGHT, display: 'flex', background: '#fdfcf9', fontFamily: 'Source Serif 4' }, [
    element('div', { width: 18, height: CARD_HEIGHT, background: '#1f4f8a' }, []),
    element(
      'div',
      {
        width: CARD_WIDTH - 18 - 136,
        height: CARD_HEIGHT - 116,
        display: 'flex',
        flexDirection: 'column',
        justifyContent: 'space-between',
        padding: '60px 72px 56px 64px',
        color: '#1c1b19',
      },
      [
        element('div', { display: 'flex', width: CARD_WIDTH - 18 - 136, fontSize: quoteSize, lineHeight: 1.3 }, `“${quote}”`),
        element(
          'div',
          { display: 'flex', flexDirection: 'column', width: CARD_WIDTH - 18 - 136, fontSize: 28, lineHeight: 1.3, color: '#55524b' },
          [
            element('div', { display: 'flex', fontWeight: 600, color: '#1c1b19' }, truncate(input.articleTitle, 80)),
            element('div', { display: 'flex', marginTop: 6 }, `${input.outlet} · ${input.siteName}`),
          ],
        ),
      ],
    ),
  ]);
}
