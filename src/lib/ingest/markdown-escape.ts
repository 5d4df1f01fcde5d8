/**
 * Escapes plain text so Markdown renders it as exactly the same text.
 * Why: a source's `*`, `_`, `[` or a line starting "1." must not turn into markup.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`*_[\]<>]/g, (char) => `\\${char}`)
    .replace(/&(?=#?\w+;)/g, '\\&')
    .replace(/^(\s*)([#+-])(?=\s|$)/, '$1\\$2')
    .replace(/^(\s*\d+)([.)])(?=\s|$)/, '$1\\$2');
}
