/**
 * npm run ingest -- <file.txt> [--slug <slug>] [--force]
 *
 * Writes a draft content/articles/<slug>.md from a raw text article, keeps a
 * copy of the raw text in content/raw/ (where the faithfulness test reads it),
 * and lists what the editor must still check, with the entry to add to
 * content/raw/index.yaml. Refuses to overwrite without --force.
 */
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { RAW_DIRECTORY } from '../lib/ingest/load-raw.ts';
import { parseArgs } from 'node:util';
import { ingest, renderDraft } from '../lib/ingest/ingest.ts';
import { CONTENT } from '../lib/content-root.ts';

function main(argv: string[]): number {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      slug: { type: 'string' },
      force: { type: 'boolean', default: false },
      out: { type: 'string', default: CONTENT.articles },
      raw: { type: 'string', default: RAW_DIRECTORY },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help || positionals.length !== 1) {
    console.error('Usage: npm run ingest -- <file.txt> [--slug <slug>] [--force] [--out <dir>] [--raw <dir>]');
    return values.help ? 0 : 2;
  }
  const input = positionals[0]!;
  if (!existsSync(input)) {
    console.error(`ingest: no such file: ${input}`);
    return 2;
  }
  const bytes = readFileSync(input);
  const draft = ingest(bytes.toString('utf8'), { seed: basename(input), slug: values.slug });
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
  if (resolve(dirname(input)) !== resolve(values.raw)) {
    mkdirSync(values.raw, { recursive: true });
    copyFileSync(input, join(values.raw, basename(input)));
    console.log(`Kept the raw text as ${relative(process.cwd(), join(values.raw, basename(input)))}`);
  }
  for (const item of draft.todo) console.log(`- ${item}`);
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  console.log(
    `- Add the raw text to ${join(values.raw, 'index.yaml')}, saying where it came from:\n` +
      `  - file: ${basename(input)}\n    article: ${draft.slug}\n    sha256: ${sha256}\n    receivedFrom: …\n    origin: …`,
  );
  return 0;
}

process.exitCode = main(process.argv.slice(2));
