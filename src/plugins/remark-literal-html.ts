/**
 * remark-literal-html: shows raw HTML written in Markdown as the literal text it is.
 *
 * Why: article text is hostile input. A `<script>` or `<img onerror>` in a source
 * must be read, never run, and must not silently vanish either.
 */
import type { Html, Root, Text } from 'mdast';
import { visit } from 'unist-util-visit';

export default function remarkLiteralHtml() {
  return function transform(tree: Root): void {
    visit(tree, 'html', (node: Html, index, parent) => {
      if (!parent || index === undefined) return;
      const text: Text = { type: 'text', value: node.value, position: node.position };
      // Block-level HTML becomes a paragraph of text; inline HTML stays inline.
      parent.children[index] = (
        parent.type === 'root' || parent.type === 'blockquote' || parent.type === 'listItem'
          ? { type: 'paragraph', children: [text], position: node.position }
          : text
      ) as never;
    });
  };
}
