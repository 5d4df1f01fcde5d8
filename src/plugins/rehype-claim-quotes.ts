/**
 * rehype-claim-quotes: marks the words each claim quotes (content/claims/<slug>.yaml)
 * in the article's text and adds a small link back to the claim in the sidebar.
 * The build fails, naming the article, the claim and the closest passage, when a
 * quote is not in exactly one passage. The anchored claims, in reading order, go
 * to pages as `anchoredClaims`, so nothing after the render anchors them again.
 *
 * The words are never changed: each text node the quote touches is split and its
 * quoted part wrapped in `<mark class="claim-quote">`, so a quote that runs across
 * an entity mention (`<a class="mention">`) is marked piece by piece, and the
 * link back (an empty `<a class="claim-ref">`, labelled, its number drawn by CSS)
 * is placed outside any link, so no interactive element nests in another.
 * Runs after rehype-passage-ids (it needs the passages) and rehype-entity-mentions
 * (so a mark never splits a name before it is found).
 */
import type { Element, ElementContent, Root, Text } from 'hast';
import type { VFile } from 'vfile';
import { anchorClaims } from '../lib/claims/anchor.ts';
import { CLAIMS_DIRECTORY, claimsFilePath, loadClaimsFile } from '../lib/claims/load-files.ts';
import type { Claim } from '../lib/claims/schema.ts';
import { quoteOccurrences } from '../lib/quotes/anchor.ts';
import { truncate } from '../lib/text.ts';
import { collectPassageElements } from './rehype-passage-ids.ts';
import { exposeToPage, fileLabel } from './page-data.ts';
import { classNames, fileSlug, passagesOf } from './plugin-helpers.ts';
import { claimAnchor, claimMarkAnchor } from '../lib/routes.ts';

export interface RehypeClaimQuotesOptions {
  /** The article's claims. Default: read from `<directory>/<article file name>.yaml`. */
  claims?: Claim[];
  /** Folder of claims files. Default `'content/claims'`. */
  directory?: string;
  /**
   * Characters of the claim summary in the link back's accessible name, after
   * "Claim <n>". Default `0` (the number alone: the summary is one step away in
   * the sidebar, and repeating it per claim costs page weight).
   */
  labelLength?: number;
}

/** Our own additions inside a passage, whose (empty or editorial) text is not the source's. */
const SKIPPED_CLASSES = new Set(['passage-tools', 'passage-alias', 'editorial-note', 'part-header', 'claim-ref']);

function isSkipped(element: Element): boolean {
  return element.tagName === 'button' || classNames(element).some((name) => SKIPPED_CLASSES.has(name));
}

interface TextSlot {
  node: Text;
  /** Element chain from the passage (first) down to the text's parent (last). */
  ancestors: Element[];
  /** Offset of the node's first character in the passage's joined text. */
  offset: number;
}

function textSlots(passage: Element): TextSlot[] {
  const slots: TextSlot[] = [];
  let offset = 0;
  const walk = (element: Element, ancestors: Element[]): void => {
    for (const child of element.children) {
      if (child.type === 'text') {
        slots.push({ node: child, ancestors, offset });
        offset += child.value.length;
      } else if (child.type === 'element' && !isSkipped(child)) walk(child, [...ancestors, child]);
    }
  };
  walk(passage, [passage]);
  return slots;
}

function replaceChild(parent: Element, old: ElementContent, replacements: ElementContent[]): void {
  parent.children.splice(parent.children.indexOf(old), 1, ...replacements);
}

function markQuote(passage: Element, claim: Claim, number: number, labelLength: number, where: string): void {
  const slots = textSlots(passage);
  const joined = slots.map((slot) => slot.node.value).join('');
  const spans = quoteOccurrences(joined, claim.quote);
  if (spans.length !== 1) throw new Error(`${where}: claim "${claim.id}": its quote occurs ${spans.length} times in the rendered passage`);
  const { start, end } = spans[0]!;
  let last: { mark: Element; ancestors: Element[] } | undefined;
  let first = true;
  for (const slot of slots) {
    const from = Math.max(start, slot.offset) - slot.offset;
    const to = Math.min(end, slot.offset + slot.node.value.length) - slot.offset;
    if (to <= from) continue;
    const value = slot.node.value;
    const mark: Element = {
      type: 'element',
      tagName: 'mark',
      // The first piece carries the id the claim's sidebar entry links back to.
      properties: { className: ['claim-quote'], id: first ? claimMarkAnchor(claim.id) : undefined, dataClaim: claim.id },
      children: [{ type: 'text', value: value.slice(from, to) }],
    };
    first = false;
    const pieces: ElementContent[] = [];
    if (from > 0) pieces.push({ type: 'text', value: value.slice(0, from) });
    pieces.push(mark);
    if (to < value.length) pieces.push({ type: 'text', value: value.slice(to) });
    replaceChild(slot.ancestors.at(-1)!, slot.node, pieces);
    last = { mark, ancestors: slot.ancestors };
  }
  if (!last) return;
  const link: Element = {
    type: 'element',
    tagName: 'a',
    properties: {
      className: ['claim-ref'],
      href: `#${claimAnchor(claim.id)}`,
      dataClaimNumber: String(number),
      ariaLabel: labelLength > 0 ? `Claim ${number}: ${truncate(claim.summary, labelLength)}` : `Claim ${number}`,
    },
    children: [],
  };
  // After the outermost link holding the quote's end (a mention), else right after the last mark.
  const linkIndex = last.ancestors.findIndex((element) => element.tagName === 'a');
  if (linkIndex > 0) {
    const parent = last.ancestors[linkIndex - 1]!;
    parent.children.splice(parent.children.indexOf(last.ancestors[linkIndex]!) + 1, 0, link);
  } else {
    const parent = last.ancestors.at(-1)!;
    parent.children.splice(parent.children.indexOf(last.mark) + 1, 0, link);
  }
}

export default function rehypeClaimQuotes(options: RehypeClaimQuotesOptions = {}) {
  const { directory = CLAIMS_DIRECTORY, labelLength = 0 } = options;
  return function transform(tree: Root, file: VFile): void {
    const passages = passagesOf(file, 'rehype-claim-quotes');
    const slug = fileSlug(file);
    const claims = options.claims ?? loadClaimsFile(slug, directory).claims;
    const where = `${claimsFilePath(slug, directory)} (article ${fileLabel(file)})`;
    const { anchored, problems } = anchorClaims(where, claims, passages);
    if (problems.length) throw new Error(`Invalid claims\n${problems.join('\n')}`);
    exposeToPage(file, 'anchoredClaims', anchored);
    const elements = new Map(collectPassageElements(tree).map((element) => [String(element.properties.id), element]));
    anchored.forEach(({ claim, passageId }, index) => markQuote(elements.get(passageId)!, claim, index + 1, labelLength, where));
  };
}
