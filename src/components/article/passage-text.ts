/**
 * The text of passages as readers see it (without our controls and notes), with
 * a way between text offsets and DOM ranges.
 */
const NOT_TEXT = '.passage-tools, .editorial-note, .passage-alias, .quote-link-button, .quote-notice';

/** The passages of an article body, in reading order. */
export function passageElements(root: HTMLElement): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>('.article-body .passage')];
}

function textNodes(root: Node, skip = NOT_TEXT): Text[] {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) => (node.parentElement?.closest(skip) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
  });
  const nodes: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text);
  return nodes;
}

export function passageText(passage: HTMLElement): string {
  return textNodes(passage)
    .map((node) => node.data)
    .join('');
}

/** Offset of a DOM position within the passage's text, or undefined when it is not in the text. */
export function offsetIn(passage: HTMLElement, container: Node, offset: number): number | undefined {
  let total = 0;
  for (const node of textNodes(passage)) {
    if (node === container) return total + offset;
    if (container.nodeType === Node.ELEMENT_NODE && container.contains(node)) {
      // An element boundary: count the text before the child at `offset`.
      const child = container.childNodes[offset];
      if (child && (child === node || child.contains(node))) return total;
    }
    total += node.data.length;
  }
  return container === passage || passage.contains(container) ? total : undefined;
}

/** A DOM range over text offsets [start, end) of the passage. */
export function rangeIn(passage: HTMLElement, start: number, end: number): Range {
  const range = document.createRange();
  let total = 0;
  let startSet = false;
  for (const node of textNodes(passage)) {
    const length = node.data.length;
    if (!startSet && start <= total + length) {
      range.setStart(node, start - total);
      startSet = true;
    }
    if (startSet && end <= total + length) {
      range.setEnd(node, end - total);
      return range;
    }
    total += length;
  }
  return range;
}

/**
 * The page's visible text in reading order, and the offset where `passage` starts:
 * the whole page, not only the article body, because text fragments search the whole page.
 */
export function documentText(passage: HTMLElement): { text: string; passageStart: number } {
  const skip = 'script, style, template, [hidden], .passage-tools, .passage-alias, .quote-link-button, .quote-notice';
  let text = '';
  let passageStart = -1;
  let lastBlock: Element | null = null;
  for (const node of textNodes(document.body, skip)) {
    const block =
      node.parentElement?.closest(
        'p, li, h1, h2, h3, h4, h5, h6, blockquote, dd, dt, summary, td, th, div, section, header, footer, nav',
      ) ?? null;
    if (block !== lastBlock && text && !/\s$/.test(text)) text += '\n';
    lastBlock = block;
    if (passageStart < 0 && passage.contains(node)) passageStart = text.length;
    text += node.data;
  }
  return { text, passageStart };
}
