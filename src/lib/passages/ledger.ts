/**
 * The passage-id ledger: keeps every published passage id working when an
 * article is edited.
 *
 * Content-derived ids alone change when a passage is corrected. The ledger
 * remembers each published id with the text it had; on every build the current
 * passages are aligned to it:
 * - an unchanged passage keeps its id (even when passages around it moved);
 * - an edited one (typo, changed words, quote style, up to a rewrite) keeps its
 *   id by similarity, in order; a passage split in two keeps it on its first part;
 * - a passage that disappears (merged or deleted) keeps its id as an alias of its
 *   successor (the passage holding most of its words) or nearest neighbour;
 * - a passage whose text comes back (an edit reverted) gets its retired id back;
 * - only passages with no predecessor get new ids.
 * Retired ids are never dropped, so a link once shared always resolves.
 */
import { passageFingerprint, passageId } from './id.ts';
import { words } from '../text.ts';

export interface LedgerPassage {
  id: string;
  /** Fingerprint of the text (see passageFingerprint). */
  fingerprint: string;
  /** The passage text when last published; similarity is measured against it. */
  text: string;
}

export interface RetiredId {
  id: string;
  /** The id that now stands for it (may itself be retired later; follow the chain). */
  successor: string;
  reason: 'merged' | 'deleted';
  /** Fingerprint of the text it had, so the id comes back if that text does. */
  fingerprint?: string;
}

export interface Ledger {
  passages: LedgerPassage[];
  retired: RetiredId[];
}

export interface AlignOptions {
  /** Least similarity (0–1) for an edited passage to keep its id outside a one-for-one gap. Default `0.5`. */
  minSimilarity?: number;
  /** Least share of a retired passage's words a passage must hold to count as its successor. Default `0.6`. */
  minContainment?: number;
}

export interface Alignment {
  /** Id of each current passage, in order. */
  ids: string[];
  /** For each current passage, the retired ids that now resolve to it. */
  aliases: string[][];
  ledger: Ledger;
}

export const emptyLedger = (): Ledger => ({ passages: [], retired: [] });

function wordSet(text: string): Set<string> {
  return new Set(words(text));
}

/** Dice coefficient of two texts' word sets (0–1). */
export function similarity(a: string, b: string): number {
  const left = wordSet(a);
  const right = wordSet(b);
  if (!left.size && !right.size) return 1;
  let shared = 0;
  for (const word of left) if (right.has(word)) shared++;
  return (2 * shared) / (left.size + right.size);
}

/** Share of `part`'s words that `whole` also has (0–1): high when `part` was merged into `whole` or split from it. */
export function containment(part: string, whole: string): number {
  const partWords = wordSet(part);
  if (!partWords.size) return 0;
  const wholeWords = wordSet(whole);
  let shared = 0;
  for (const word of partWords) if (wholeWords.has(word)) shared++;
  return shared / partWords.size;
}

/**
 * Order-preserving alignment of old to new passages maximising total score
 * (a longest-common-subsequence with weights). Returns pairs [oldIndex, newIndex].
 */
function monotoneAlignment(oldCount: number, newCount: number, score: (oldIndex: number, newIndex: number) => number): [number, number][] {
  const best: number[][] = Array.from({ length: oldCount + 1 }, () => new Array<number>(newCount + 1).fill(0));
  for (let i = oldCount - 1; i >= 0; i--) {
    for (let j = newCount - 1; j >= 0; j--) {
      const pair = score(i, j);
      best[i]![j] = Math.max(best[i + 1]![j]!, best[i]![j + 1]!, pair > 0 ? pair + best[i + 1]![j + 1]! : 0);
    }
  }
  const pairs: [number, number][] = [];
  let i = 0;
  let j = 0;
  while (i < oldCount && j < newCount) {
    const pair = score(i, j);
    // Prefer pairing, so a split keeps the id on its first part.
    if (pair > 0 && best[i]![j] === pair + best[i + 1]![j + 1]!) {
      pairs.push([i, j]);
      i++;
      j++;
    } else if (best[i]![j] === best[i + 1]![j]) i++;
    else j++;
  }
  return pairs;
}

/** Which old passage (ledger index) each new passage continues, both ways. */
class Links {
  readonly oldToNew = new Map<number, number>();
  readonly newToOld = new Map<number, number>();
  link(oldIndex: number, newIndex: number): void {
    this.oldToNew.set(oldIndex, newIndex);
    this.newToOld.set(newIndex, oldIndex);
  }
}

interface Gap {
  olds: number[];
  news: number[];
}

/** 1. Identical passages in order are anchors; returns the stretches between anchors (the gaps). */
function linkAnchors(old: readonly LedgerPassage[], fingerprints: readonly string[], links: Links): Gap[] {
  const anchors = monotoneAlignment(old.length, fingerprints.length, (i, j) => (old[i]!.fingerprint === fingerprints[j] ? 1 : 0));
  for (const [i, j] of anchors) links.link(i, j);
  const gaps: Gap[] = [];
  let previous: [number, number] = [-1, -1];
  for (const next of [...anchors, [old.length, fingerprints.length] as [number, number]]) {
    const olds = Array.from({ length: next[0] - previous[0] - 1 }, (_, k) => previous[0] + 1 + k);
    const news = Array.from({ length: next[1] - previous[1] - 1 }, (_, k) => previous[1] + 1 + k);
    if (olds.length || news.length) gaps.push({ olds, news });
    previous = next;
  }
  return gaps;
}

/** 2. Identical passages that moved keep their ids too. */
function linkMoved(old: readonly LedgerPassage[], fingerprints: readonly string[], links: Links): void {
  fingerprints.forEach((fingerprint, j) => {
    if (links.newToOld.has(j)) return;
    const i = old.findIndex((passage, index) => !links.oldToNew.has(index) && passage.fingerprint === fingerprint);
    if (i >= 0) links.link(i, j);
  });
}

/**
 * 4. Within each gap, edited passages keep their ids by similarity, in order (a split's first part counts as
 * the passage); where one old and one new passage are left, the new one is a rewrite of the old.
 */
function linkEdited(
  gaps: readonly Gap[],
  old: readonly LedgerPassage[],
  texts: readonly string[],
  links: Links,
  revived: ReadonlyMap<number, string>,
  minSimilarity: number,
): void {
  for (const gap of gaps) {
    const olds = gap.olds.filter((i) => !links.oldToNew.has(i));
    const news = gap.news.filter((j) => !links.newToOld.has(j) && !revived.has(j));
    const score = (a: number, b: number) => {
      const before = old[olds[a]!]!.text;
      const after = texts[news[b]!]!;
      const alike = Math.max(similarity(before, after), containment(after, before) >= 0.9 ? minSimilarity : 0);
      return alike >= minSimilarity ? alike : 0;
    };
    for (const [a, b] of monotoneAlignment(olds.length, news.length, score)) links.link(olds[a]!, news[b]!);
    const oldLeft = olds.filter((i) => !links.oldToNew.has(i));
    const newLeft = news.filter((j) => !links.newToOld.has(j));
    if (oldLeft.length === 1 && newLeft.length === 1 && similarity(old[oldLeft[0]!]!.text, texts[newLeft[0]!]!) > 0) {
      links.link(oldLeft[0]!, newLeft[0]!);
    }
  }
}

/**
 * 3. A passage that is not in the ledger but whose exact text a retired id had (an edit or deletion reverted)
 * gets that id back, before any similarity match could give it another; returns new index → revived id.
 */
function reviveRetired(ledger: Ledger, fingerprints: readonly string[], links: Links): Map<number, string> {
  const revived = new Map<number, string>();
  const taken = new Set<string>();
  fingerprints.forEach((fingerprint, j) => {
    if (links.newToOld.has(j)) return;
    const retired = ledger.retired.find((entry) => entry.fingerprint === fingerprint && !taken.has(entry.id));
    if (!retired) return;
    taken.add(retired.id);
    revived.set(j, retired.id);
  });
  return revived;
}

/** 5. Kept passages keep their ids; new ones get fresh content-derived ids that no published id has used. */
function assignIds(ledger: Ledger, texts: readonly string[], links: Links, revived: ReadonlyMap<number, string>): string[] {
  const used = new Set([...ledger.passages.map((passage) => passage.id), ...ledger.retired.map((retired) => retired.id)]);
  return texts.map((text, j) => {
    const oldIndex = links.newToOld.get(j);
    if (oldIndex !== undefined) return ledger.passages[oldIndex]!.id;
    const back = revived.get(j);
    if (back !== undefined) return back;
    const base = passageId(text);
    let id = base;
    for (let count = 2; used.has(id); count++) id = `${base}-${count}`;
    used.add(id);
    return id;
  });
}

/**
 * 6. Passages that disappeared retire, pointing at the passage holding most of their words (nearest first
 * among equals), else at the nearest survivor.
 */
function retireVanished(
  ledger: Ledger,
  texts: readonly string[],
  ids: readonly string[],
  links: Links,
  minContainment: number,
): RetiredId[] {
  const old = ledger.passages;
  // A revived id is live again: it leaves the retired list.
  const live = new Set(ids);
  const retired = ledger.retired.filter((entry) => !live.has(entry.id));
  for (const i of old.keys()) {
    if (links.oldToNew.has(i)) continue;
    const nearest = nearestSurvivor(i, old.length, links.oldToNew);
    const distance = (j: number) => Math.abs(j - (nearest ?? 0));
    let successor: number | undefined;
    let best = 0;
    texts.forEach((text, j) => {
      const share = containment(old[i]!.text, text);
      if (share < minContainment) return;
      if (share > best || (share === best && distance(j) < distance(successor!))) {
        best = share;
        successor = j;
      }
    });
    const reason = successor !== undefined ? 'merged' : 'deleted';
    successor ??= nearest ?? (texts.length ? 0 : undefined);
    // With no passage left at all there is nothing to point at; the id stays in the ledger, retired to itself.
    const fingerprint = old[i]!.fingerprint;
    retired.push({ id: old[i]!.id, successor: successor === undefined ? old[i]!.id : ids[successor]!, reason, fingerprint });
  }
  return retired;
}

/** Aligns the current passage texts to the ledger and returns their ids, aliases and the updated ledger. */
export function alignToLedger(ledger: Ledger, texts: readonly string[], options: AlignOptions = {}): Alignment {
  const { minSimilarity = 0.5, minContainment = 0.6 } = options;
  const fingerprints = texts.map(passageFingerprint);
  const links = new Links();
  const gaps = linkAnchors(ledger.passages, fingerprints, links);
  linkMoved(ledger.passages, fingerprints, links);
  const revived = reviveRetired(ledger, fingerprints, links);
  linkEdited(gaps, ledger.passages, texts, links, revived, minSimilarity);
  const ids = assignIds(ledger, texts, links, revived);
  const retired = retireVanished(ledger, texts, ids, links, minContainment);
  const passages = texts.map((text, j) => ({ id: ids[j]!, fingerprint: fingerprints[j]!, text }));
  return { ids, aliases: resolveAliases(ids, retired), ledger: { passages, retired } };
}

/** Index (in the new passages) of the nearest old neighbour that survived, looking forward first. */
function nearestSurvivor(oldIndex: number, oldCount: number, oldToNew: Map<number, number>): number | undefined {
  for (let distance = 1; distance < oldCount; distance++) {
    for (const k of [oldIndex + distance, oldIndex - distance]) {
      if (oldToNew.has(k)) return oldToNew.get(k);
    }
  }
  return undefined;
}

/** For each current id, the retired ids whose successor chain ends at it. */
export function resolveAliases(ids: readonly string[], retired: readonly RetiredId[]): string[][] {
  const active = new Map(ids.map((id, index) => [id, index]));
  const successorOf = new Map(retired.map((entry) => [entry.id, entry.successor]));
  const aliases: string[][] = ids.map(() => []);
  for (const entry of retired) {
    if (active.has(entry.id)) continue; // A retired id that is in use again needs no alias.
    let current = entry.successor;
    const seen = new Set([entry.id]);
    while (!active.has(current) && successorOf.has(current) && !seen.has(current)) {
      seen.add(current);
      current = successorOf.get(current)!;
    }
    const index = active.get(current) ?? (ids.length ? 0 : undefined);
    if (index !== undefined) aliases[index]!.push(entry.id);
  }
  return aliases;
}

/** The ledger as committed: stable key order and formatting so unchanged content gives identical bytes. */
export function serializeLedger(ledger: Ledger): string {
  return `${JSON.stringify(
    {
      passages: ledger.passages.map(({ id, fingerprint, text }) => ({ id, fingerprint, text })),
      retired: ledger.retired.map(({ id, successor, reason, fingerprint }) => ({ id, successor, reason, fingerprint })),
    },
    null,
    2,
  )}\n`;
}
