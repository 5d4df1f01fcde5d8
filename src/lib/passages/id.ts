/**
 * Content-derived passage ids: a readable slug of the passage's first words plus a
 * short fingerprint of its whole (normalised) text.
 *
 * Why content and not position: inserting, deleting or editing one passage must
 * never change the id of another, so shared links keep landing where they did.
 */
import { normalizeForMatch, stripDiacritics } from '../text.ts';

export interface PassageIdOptions {
  /** Most words of the passage used for the readable part. Default `6`. */
  slugWords?: number;
  /** Most characters of the readable part. Default `40`. */
  slugLength?: number;
  /** Characters of fingerprint appended to the slug. Default `4`. */
  hashLength?: number;
}

const defaults: Required<PassageIdOptions> = { slugWords: 6, slugLength: 40, hashLength: 4 };

/** 32-bit FNV-1a over UTF-16 code units: tiny, pure and stable across runtimes. */
export function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** Fingerprint of a passage's text that ignores case, quote style, dash style and spacing. */
export function passageFingerprint(text: string): string {
  return fnv1a(normalizeForMatch(text)).toString(36).padStart(7, '0');
}

/**
 * Slug of the first words of a passage: ASCII where the passage has Latin
 * letters or digits, else its own letters (a Chinese passage keeps its first
 * characters, `新一轮会谈`), so every id is readable; "" for a passage of symbols.
 */
export function passageSlug(text: string, options: PassageIdOptions = {}): string {
  const { slugWords, slugLength } = { ...defaults, ...options };
  const ascii = stripDiacritics(normalizeForMatch(text)).replace(/'/g, '');
  const latin = ascii.match(/[a-z0-9]+/g);
  const tokens =
    latin ??
    normalizeForMatch(text)
      .normalize('NFKC')
      .match(/[\p{L}\p{N}]+/gu) ??
    [];
  // Scripts without spaces (Chinese, Japanese) are one long run: cut it to a readable length.
  if (!latin) return tokens.slice(0, slugWords).join('-').slice(0, Math.min(slugLength, 12)).replace(/-$/, '');
  let slug = '';
  for (const token of tokens.slice(0, slugWords)) {
    const next = slug ? `${slug}-${token}` : token;
    if (next.length > slugLength) break;
    slug = next;
  }
  return slug || (tokens[0]?.slice(0, slugLength) ?? '');
}

/**
 * The id of one passage, e.g. `the-second-round-of-talks-held-k3f9` or `新一轮会谈-k3f9`. Always a valid HTML
 * id and URL fragment (browsers percent-encode the non-ASCII letters in a link and decode them back).
 */
export function passageId(text: string, options: PassageIdOptions = {}): string {
  const { hashLength } = { ...defaults, ...options };
  const hash = passageFingerprint(text).slice(-hashLength);
  const slug = passageSlug(text, options);
  return slug ? `${slug}-${hash}` : `p-${hash}`;
}

/**
 * Ids for the passages of one page, in reading order. Identical passages get
 * `-2`, `-3`… in order of appearance, so ids stay unique on the page.
 */
export function assignPassageIds(texts: readonly string[], options: PassageIdOptions = {}): string[] {
  const seen = new Map<string, number>();
  return texts.map((text) => {
    const base = passageId(text, options);
    const count = (seen.get(base) ?? 0) + 1;
    seen.set(base, count);
    return count === 1 ? base : `${base}-${count}`;
  });
}
