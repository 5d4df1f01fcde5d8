/**
 * The shortlist: passages holding every query word (through any of its terms),
 * pre-ranked by the best-scoring term of each word, and the best few of them.
 *
 * Common words in a large corpus have tens of thousands of postings: Maps of
 * them and a full sort cost more than Fuse's ranking of the few that follow, so
 * this runs over typed arrays kept between queries and picks the best with a
 * small heap.
 */

export interface ShortlistTerm {
  /** Record indices, each `index·2 + strong`, ascending. */
  postings: ArrayLike<number>;
  /** Score of a record holding the term; a strong posting scores `strongBoost` times more. */
  weight: number;
}

/** One query word: the record must hold at least one of its terms. */
export type ShortlistWord = readonly ShortlistTerm[];

export interface ShortlistOptions {
  /** How many of the best records to return, best first. */
  limit: number;
  /** Keeps only records it accepts (filters). */
  accept?: (record: number) => boolean;
  /** Factor for a strong posting (title, heading or entity name). Default 1.5. */
  strongBoost?: number;
}

export interface Shortlist {
  /** The best `limit` records, by score, then by record index. */
  records: number[];
  /** Records that hold every word and pass the filter. */
  total: number;
}

/** Reusable per-record scratch space for `shortlist`, sized to one corpus. */
export class ShortlistScratch {
  readonly recordCount: number;
  readonly score: Float64Array;
  readonly best: Float64Array;
  /** Stamp of the last word a record held every word up to. */
  readonly alive: Uint32Array;
  /** Stamp of the word whose term last touched the record. */
  readonly seen: Uint32Array;
  readonly members: Int32Array;
  readonly next: Int32Array;
  private stamp = 0;

  constructor(recordCount: number) {
    this.recordCount = recordCount;
    this.score = new Float64Array(recordCount);
    this.best = new Float64Array(recordCount);
    this.alive = new Uint32Array(recordCount);
    this.seen = new Uint32Array(recordCount);
    this.members = new Int32Array(recordCount);
    this.next = new Int32Array(recordCount);
  }

  /** A stamp no record carries yet (stamps start over, cleared, before they wrap). */
  nextStamp(): number {
    if (this.stamp >= 0xfffffff0) {
      this.alive.fill(0);
      this.seen.fill(0);
      this.stamp = 0;
    }
    return ++this.stamp;
  }
}

/** Whether record `a` with score `scoreA` ranks above `b`: higher score, then earlier record. */
const above = (scoreA: number, a: number, scoreB: number, b: number) => scoreA > scoreB || (scoreA === scoreB && a < b);

/**
 * Records that match every word through one of its terms, each scored by the sum
 * of its best term weight per word; fewest postings first, so later words only
 * check records still in the running. Returns the survivors in `scratch`.
 */
function intersect(
  words: readonly ShortlistWord[],
  scratch: ShortlistScratch,
  strongBoost: number,
): { members: Int32Array; count: number } {
  const { score, best, alive, seen } = scratch;
  let members = scratch.members;
  let next = scratch.next;
  let count = 0;
  let previous = 0;
  const ordered = [...words].sort((a, b) => postingCount(a) - postingCount(b));
  for (let w = 0; w < ordered.length; w++) {
    const stamp = scratch.nextStamp();
    let found = 0;
    for (const { postings, weight } of ordered[w]!) {
      for (let i = 0; i < postings.length; i++) {
        const encoded = postings[i]!;
        const record = encoded >> 1;
        if (w > 0 && alive[record] !== previous) continue;
        const value = encoded & 1 ? weight * strongBoost : weight;
        if (seen[record] !== stamp) {
          seen[record] = stamp;
          best[record] = value;
          next[found++] = record;
        } else if (value > best[record]!) best[record] = value;
      }
    }
    for (let i = 0; i < found; i++) {
      const record = next[i]!;
      score[record] = (w > 0 ? score[record]! : 0) + best[record]!;
      alive[record] = stamp;
    }
    [members, next] = [next, members];
    count = found;
    previous = stamp;
    if (!count) break;
  }
  return { members, count };
}

/** The best `limit` of the first `count` members by a min-heap on (score, record), whose root is the weakest kept. */
function bestOf(members: Int32Array, count: number, score: Float64Array, options: ShortlistOptions): Shortlist {
  const { limit, accept } = options;
  const heap: number[] = [];
  const weaker = (i: number, j: number) => above(score[heap[j]!]!, heap[j]!, score[heap[i]!]!, heap[i]!);
  const swap = (i: number, j: number) => ([heap[i], heap[j]] = [heap[j]!, heap[i]!]);
  let total = 0;
  for (let i = 0; i < count; i++) {
    const record = members[i]!;
    if (accept && !accept(record)) continue;
    total++;
    if (heap.length < limit) {
      heap.push(record);
      for (let at = heap.length - 1; at > 0;) {
        const parent = (at - 1) >> 1;
        if (!weaker(at, parent)) break;
        swap(at, parent);
        at = parent;
      }
    } else if (limit > 0 && above(score[record]!, record, score[heap[0]!]!, heap[0]!)) {
      heap[0] = record;
      for (let at = 0; ;) {
        const left = 2 * at + 1;
        const right = left + 1;
        let weakest = at;
        if (left < heap.length && weaker(left, weakest)) weakest = left;
        if (right < heap.length && weaker(right, weakest)) weakest = right;
        if (weakest === at) break;
        swap(at, weakest);
        at = weakest;
      }
    }
  }
  heap.sort((a, b) => (above(score[a]!, a, score[b]!, b) ? -1 : 1));
  return { records: heap, total };
}

export function shortlist(words: readonly ShortlistWord[], scratch: ShortlistScratch, options: ShortlistOptions): Shortlist {
  const { members, count } = intersect(words, scratch, options.strongBoost ?? 1.5);
  return bestOf(members, count, scratch.score, options);
}

function postingCount(word: ShortlistWord): number {
  let count = 0;
  for (const term of word) count += term.postings.length;
  return count;
}
