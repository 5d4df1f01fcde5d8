/**
 * Reading parts of the page's URL in the browser. Anyone can hand a reader a link
 * with any fragment or query (`#%E0%A4%A`, a lone `%`), and `decodeURIComponent`
 * throws on malformed escapes; these never throw, so the article script keeps working.
 */

/** `decodeURIComponent`, or undefined where the escapes are malformed. */
export function decodeUrlPart(part: string): string | undefined {
  try {
    return decodeURIComponent(part);
  } catch {
    return undefined;
  }
}

/** The element id a fragment (`location.hash`) names, without any `:~:text=` directive; '' when none or malformed. */
export function fragmentId(hash: string): string {
  return decodeUrlPart(hash.replace(/^#/, '').split(':~:')[0] ?? '') ?? '';
}
