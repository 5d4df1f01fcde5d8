/** Binary search over anything sorted, for the vocabulary, postings and article starts alike. */

/**
 * The first index in [0, length) for which `isBefore` is false, given that it
 * is true for a prefix of the range and false after it (`length` if never false).
 */
export function partitionPoint(length: number, isBefore: (index: number) => boolean): number {
  let low = 0;
  let high = length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (isBefore(middle)) low = middle + 1;
    else high = middle;
  }
  return low;
}
