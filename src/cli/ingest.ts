/**
 * npm run ingest -- <file.txt> [--slug <slug>] [--force]
 *
 * Writes a draft content/articles/<slug>.md from a raw text article and lists
 * what the editor must still check. Refuses to overwrite without --force.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { ingest, renderDraft } from '../lib/ingest/ingest.ts';

function main(argv: string[]): number {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      slug: { type: 'string' },
      force: { type: 'boolean', default: false },
      out: { type: 'string', default: 'content/articles' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help || positionals.length !== 1) {
    console.error('Usage: npm run ingest -- <file.txt> [--slug <slug>] [--force] [--out <dir>]');
    return values.help ? 0 : 2;
  }
  const input = positionals[0]!;
  if (!existsSync(input)) {
    console.error(`ingest: no such file: ${input}`);
    return 2;
  }
  const draft = ingest(readFileSync(input, 'utf8'), { seed: basename(input), slug: values.slug });
  if (!draft.slug) {
    console.error('ingest: could not make a file name from the title; pass --slug <slug>');
    return 2;
  }
  const target = join(values.out, `${draft.slug}.md`);
  if (existsSync(target) && !values.force) {
    console.error(`ingest: ${relative(process.cwd(), target)} already exists; pass --force to overwrite it`);
    return 1;
  }
  mkdirSync(values.out, { recursive: true });
  writeFileSync(target, renderDraft(draft));
  console.log(`Wrote ${relative(process.cwd(), target)}`);
  console.log(`Removed ${draft.frontmatter.removed.length} boilerplate line(s); recorded under "removed".`);
  for (const item of draft.todo) console.log(`- ${item}`);
  return 0;
}

process.exitCode = main(process.argv.slice(2));
