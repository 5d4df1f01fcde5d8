/** Small zod pieces every content schema uses, so their rules and messages stay one. */
import { z } from 'astro/zod';
import { load } from 'js-yaml';

/** A trimmed string with something in it. */
export const nonEmpty = z.string().trim().min(1, 'must not be empty');

/** A kebab-case id such as `example`; the message shows that example. */
export function kebabId(example: string) {
  return z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, `must be a kebab-case id such as "${example}"`);
}

/**
 * Parses a content file's YAML, failing with the file, line and column on a
 * syntax error or a key given twice (js-yaml refuses duplicate keys), and the
 * line itself, so no caller reports a YAML slip against some other file.
 * `firstLine` is the file line the text starts on (frontmatter starts on 2).
 */
export function parseYaml(file: string, text: string, firstLine = 1): unknown {
  try {
    return load(text);
  } catch (error) {
    const yaml = error as { reason?: string; mark?: { line: number; column: number } };
    if (!yaml.mark) throw error;
    const line = text.split('\n')[yaml.mark.line]?.trim();
    const where = `${file}:${yaml.mark.line + firstLine}:${yaml.mark.column + 1}`;
    throw new Error(`${where}: invalid YAML: ${yaml.reason ?? (error as Error).message}${line ? ` at ${JSON.stringify(line)}` : ''}`);
  }
}
