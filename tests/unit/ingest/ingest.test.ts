import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { boilerplateRules, matchBoilerplate } from '../../../src/lib/ingest/boilerplate-rules.ts';
import { checkFaithfulness } from '../../../src/lib/ingest/faithfulness.ts';
import { ingest, renderDraft } from '../../../src/lib/ingest/ingest.ts';
import { escapeMarkdown } from '../../../src/lib/ingest/markdown-escape.ts';
import { bodyBlocks } from '../../../src/lib/ingest/faithfulness.ts';
import { parseArticleFile, readSeed, seedFiles } from '../../helpers/articles.ts';
import { RAW_DIRECTORY } from '../../../src/lib/ingest/load-raw.ts';

const draftOf = (seed: string) => ingest(readSeed(seed), { seed, month: '2025-06' });

describe('ingest', () => {
  for (const seed of seedFiles()) {
    it(`drafts ${seed} as a valid article that loses no sentence`, () => {
      const draft = draftOf(seed);
      const file = parseArticleFile(`${draft.slug}.md`, renderDraft(draft));
      expect(checkFaithfulness(readSeed(seed), file.frontmatter, file.body)).toEqual({ missing: [], invented: [] });
    });
  }

  it('detects title, byline, standfirst, list, headings and the second piece', () => {
    const draft = draftOf('001_fd604a30050a0ad9.txt');
    expect(draft.frontmatter.title).toBe('Here’s What Comes Next After Putin And Trump Just Agreed To Start Peace Talks');
    expect(draft.frontmatter.author).toEqual({ name: 'Andrew Korybko' });
    expect(draft.frontmatter.standfirst).toMatch(/^The path ahead will be very difficult/);
    expect(draft.body).toContain('- 3 January: “Creative Energy Diplomacy');
    expect(draft.body).toContain('## Territorial Parameters');
    expect(draft.body).toContain('## The Merits Of A Demilitarized “Trans-Dnieper” Region Controlled By Non-Western Peacekeepers');
    expect(draft.frontmatter.parts).toEqual([
      expect.objectContaining({
        title: 'The Merits Of A Demilitarized “Trans-Dnieper” Region Controlled By Non-Western Peacekeepers',
        standfirst: 'This proposal is the most realistic means for keeping the peace after an armistice.',
        author: { name: 'Andrew Korybko' },
        tags: ['#Dnieper', '#Geopolitics', '#NATO', '#Russia', '#TheWest', '#Ukraine'],
      }),
    ]);
    expect(draft.frontmatter.removed.map((item) => item.rule)).toEqual([
      'repeated-title',
      'advertisement',
      'repeated-title',
      'advertisement',
    ]);
  });

  it('supplies a title where the source has none, and says so', () => {
    const draft = draftOf('002_b4354f79b394d5fc.txt');
    expect(draft.frontmatter.titleSupplied).toBe(true);
    expect(draft.todo.join(' ')).toMatch(/no title/);
  });

  it('moves original URL and disclaimer into frontmatter and records removed boilerplate', () => {
    const draft = draftOf('000_2593cf9c3dda15c2.txt');
    expect(draft.frontmatter.originalUrl).toBe('https://www.toutiao.com/article/7514483421243032118/');
    expect(draft.frontmatter.disclaimer).toMatch(/^The article represents the author's views/);
    expect(draft.frontmatter.removed.map((item) => item.rule)).toEqual(['missing-picture-caption', 'follow-prompt']);
    expect(draft.body).not.toContain('Picture shows');
  });

  it('escapes Markdown so the text renders exactly as written', () => {
    const tricky = [
      '1. Not a list',
      '# Not a heading',
      'A *star*, an _under_score_, [brackets] and <b>tags</b>',
      '&amp; stays literal',
      '- not a bullet',
    ];
    expect(bodyBlocks(tricky.map(escapeMarkdown).join('\n\n'))).toEqual(tricky);
  });

  it('has rules that each match their example and leave article text alone', () => {
    expect(matchBoilerplate('7 Courses in 1 – Diploma in Business Management')?.id).toBe('advertisement');
    expect(matchBoilerplate('Track Latest News Live on NDTV.com and get news updates from India and around the world')?.id).toBe(
      'platform-promo',
    );
    expect(matchBoilerplate('• Source 1 • Source 2')?.id).toBe('placeholder-links');
    expect(matchBoilerplate('Picture shows former U.S. President Donald Trump.')?.id).toBe('missing-picture-caption');
    expect(matchBoilerplate('For the latest news, please follow the author for more information.')?.id).toBe('follow-prompt');
    for (const line of [
      'The talks are taking place at the Ciragan Palace in Istanbul.',
      'Sources said the talks would resume.',
      'Trump has said he can end the conflict within 24 hours.',
    ]) {
      expect(matchBoilerplate(line)).toBeUndefined();
    }
    expect(new Set(boilerplateRules.map((rule) => rule.id)).size).toBe(boilerplateRules.length);
  });
});

describe('npm run ingest', () => {
  const run = (...args: string[]) => spawnSync(process.execPath, ['src/cli/ingest.ts', ...args], { encoding: 'utf8' });

  it('writes a draft, then refuses to overwrite it without --force', () => {
    const out = mkdtempSync(join(tmpdir(), 'ingest-'));
    const seed = `${RAW_DIRECTORY}/004_fd97e8f0f252003c.txt`;
    const first = run(seed, '--out', out);
    expect(first.status).toBe(0);
    const target = join(out, 'stalemate-continues-little-progress-from-russian-ukrainian.md');
    expect(first.stdout).toContain('Wrote');
    expect(readFileSync(target, 'utf8')).toMatch(/^---\ntitle: 'Stalemate Continues/);

    writeFileSync(target, 'edited by hand');
    const second = run(seed, '--out', out);
    expect(second.status).toBe(1);
    expect(second.stderr).toMatch(/already exists; pass --force/);
    expect(readFileSync(target, 'utf8')).toBe('edited by hand');

    expect(run(seed, '--out', out, '--force').status).toBe(0);
    expect(readFileSync(target, 'utf8')).toMatch(/^---\ntitle:/);
  });

  it('keeps a copy of a new raw text beside the others and prints its index entry', () => {
    const work = mkdtempSync(join(tmpdir(), 'ingest-raw-'));
    const input = join(work, 'new-article.txt');
    writeFileSync(input, readSeed('004_fd97e8f0f252003c.txt'));
    const result = run(input, '--out', join(work, 'articles'), '--raw', join(work, 'raw'));
    expect(result.status).toBe(0);
    expect(readFileSync(join(work, 'raw', 'new-article.txt'), 'utf8')).toBe(readSeed('004_fd97e8f0f252003c.txt'));
    expect(result.stdout).toMatch(
      /- file: new-article\.txt\n {4}article: stalemate-continues[\w-]*\n {4}sha256: fb94a7a0b84f[0-9a-f]{52}\n/,
    );
  });

  it('explains its usage and a missing file', () => {
    expect(run().stderr).toMatch(/Usage: npm run ingest -- <file\.txt>/);
    const missing = run('no-such-file.txt');
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/no such file: no-such-file\.txt/);
  });
});
