/**
 * Check-worthiness of sentences, for `npm run claims:suggest`: which sentences
 * carry figures, dates, attributions or forecasts but have no claim yet. Pure.
 *
 * Dates are masked before anything else is scored, so the month "May" is not
 * read as a modal and "16" in "May 16" is not counted again as a figure.
 */
import type { AnchoredClaim } from './anchor.ts';
import type { DismissedSentence } from './schema.ts';
import { normalizeForMatch } from '../text.ts';

export interface SentencePassage {
  id: string;
  text: string;
  kind?: string;
}

export interface Sentence {
  passageId: string;
  text: string;
  /** Raw offsets in the passage's text. */
  start: number;
  end: number;
}

/** Words ending in a full stop that do not end a sentence. */
const ABBREVIATION = /(?:^|[\s(])(?:Mr|Mrs|Ms|Dr|St|U\.S|U\.K|U\.N|vs|e\.g|i\.e|No)\.$/;

/** Splits a passage into sentences at `.`, `!` or `?` (with any closing quote) followed by a space and a capital, digit or quote. */
export function splitSentences(passage: SentencePassage): Sentence[] {
  const sentences: Sentence[] = [];
  const text = passage.text;
  let start = 0;
  for (const boundary of text.matchAll(/[.!?]["”’)]*(?=\s+["“‘(]?[\p{Lu}\p{N}])/gu)) {
    const end = boundary.index + boundary[0].length;
    if (ABBREVIATION.test(text.slice(start, boundary.index + 1))) continue;
    sentences.push({ passageId: passage.id, text: text.slice(start, end).trim(), start, end });
    start = end;
    while (/\s/.test(text[start] ?? '')) start++;
  }
  if (start < text.length && text.slice(start).trim())
    sentences.push({ passageId: passage.id, text: text.slice(start).trim(), start, end: text.length });
  return sentences;
}

const MONTH = '(?:January|February|March|April|May|June|July|August|September|October|November|December)';
const DATE_PATTERNS = [
  new RegExp(`\\b${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?(?:,?\\s+\\d{4})?\\b`, 'g'), // May 16, June 2, 2025
  new RegExp(`\\b\\d{1,2}\\s+${MONTH}(?:\\s+\\d{4})?\\b`, 'g'), // 12 February 2025
  new RegExp(`\\b(?:(?:mid|early|late)-?\\s?)?${MONTH}(?:\\s+\\d{4})?\\b`, 'g'), // mid-May, September 2022, June
  /\b(?:19|20)\d{2}(?:[–-](?:19|20)?\d{2,4})?s?\b/g, // 2018, 2014-2015, 1980s
];

/** The sentence with each date (as matched) passed to `onDate` and replaced by "‹date›"; patterns run in order, so a date counts once. */
function replaceDates(sentence: string, onDate: (date: string) => void): string {
  let masked = sentence;
  for (const pattern of DATE_PATTERNS) {
    masked = masked.replace(pattern, (date) => {
      onDate(date);
      return '‹date›';
    });
  }
  return masked;
}

/** The sentence with every date replaced by "‹date›", and how many there were. */
export function maskDates(sentence: string): { masked: string; dates: number } {
  let dates = 0;
  const masked = replaceDates(sentence, () => dates++);
  return { masked, dates };
}

/** The dates of a sentence as written ("May 16", "12 February 2025", "mid-May", "2022"), each once, in pattern order. */
export function findDates(sentence: string): string[] {
  const found: string[] = [];
  replaceDates(sentence, (date) => found.push(date));
  return found;
}

const NUMBER =
  /\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|hundreds|thousand|thousands|million|millions|billion|billions|dozen|half|one-fifth|quarter)\b/i;
const ATTRIBUTION =
  /\b(?:said|says|say|according to|claimed|claiming|claims|reported|report|reports|declared|declaring|declaration|demanded|demands|demand|insisted|insists|announced|stated|asked for|warned|warning|expressed|remarked|suggested|reiterated|denied|confirmed|cited)\b/i;
const FORECAST = /\b(?:will|won['’]t|would|may|might|could|likely|unlikely|expected|expects|expect|expectation|probability|going to)\b/i;

export interface SentenceScore {
  score: number;
  /** Which signals fired: "date", "number", "attribution", "forecast". */
  signals: string[];
}

/** Scores one sentence: dates and figures 2 each, attribution 1.5, a forecast modal 1. */
export function scoreSentence(sentence: string): SentenceScore {
  const { masked, dates } = maskDates(sentence);
  const signals: string[] = [];
  let score = 0;
  if (dates > 0) ((score += 2), signals.push('date'));
  if (NUMBER.test(masked.replace(/‹date›/g, ''))) ((score += 2), signals.push('number'));
  if (ATTRIBUTION.test(masked)) ((score += 1.5), signals.push('attribution'));
  if (FORECAST.test(masked)) ((score += 1), signals.push('forecast'));
  return { score, signals };
}

export interface Suggestion extends Sentence, SentenceScore {}

/** A sentence counts as annotated when a claim's quoted words overlap it. */
export function annotated(sentence: Sentence, anchored: readonly AnchoredClaim[]): boolean {
  return anchored.some((claim) => claim.passageId === sentence.passageId && claim.start < sentence.end && claim.end > sentence.start);
}

/** The claims file's `dismissed` entry that names this sentence, if any. */
export function dismissedBy(sentence: Sentence, dismissed: readonly DismissedSentence[]): DismissedSentence | undefined {
  const own = normalizeForMatch(sentence.text);
  return dismissed.find((entry) => own.includes(normalizeForMatch(entry.sentence)));
}

export interface SuggestOptions {
  /** Least score listed. Default `3` (e.g. a figure with an attribution or a forecast). */
  threshold?: number;
}

export const DEFAULT_THRESHOLD = 3;

/**
 * Unannotated, undismissed sentences scoring at least the threshold, highest
 * first (ties in reading order), and dismissed entries that match no sentence
 * (stale, after an edit). Headings are skipped: titles, not assertions.
 */
export function suggestClaims(
  passages: readonly SentencePassage[],
  anchored: readonly AnchoredClaim[],
  dismissed: readonly DismissedSentence[],
  { threshold = DEFAULT_THRESHOLD }: SuggestOptions = {},
): { suggestions: Suggestion[]; staleDismissals: DismissedSentence[] } {
  const sentences = passages.filter((passage) => passage.kind !== 'heading').flatMap(splitSentences);
  const suggestions = sentences
    .map((sentence) => ({ ...sentence, ...scoreSentence(sentence.text) }))
    .filter((sentence) => sentence.score >= threshold && !annotated(sentence, anchored) && !dismissedBy(sentence, dismissed))
    .map((sentence, index) => ({ sentence, index }))
    .sort((a, b) => b.sentence.score - a.sentence.score || a.index - b.index)
    .map(({ sentence }) => sentence);
  const staleDismissals = dismissed.filter((entry) => !sentences.some((sentence) => dismissedBy(sentence, [entry])));
  return { suggestions, staleDismissals };
}
