/**
 * Runs the real `astro build` on a copy of the fixture content
 * (tests/fixtures/content) or other content a test writes, committed to a git repository of its own as if
 * published, changed as a test says, with its own output and cache folders,
 * and reports the exit status and everything it printed.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const FIXTURE_CONTENT = 'tests/fixtures/content';

export interface FixtureSite {
  /** The temporary folder: content/, dist/ and cache/ inside it. */
  root: string;
  content: string;
  dist: string;
  /** Reads a file of the content copy. */
  read(path: string): string;
  /** Writes a file of the content copy. */
  write(path: string, text: string): void;
  /** Replaces `from` (which must be there) in a file of the content copy. */
  edit(path: string, from: string, to: string): void;
  remove(path: string): void;
  /** Runs `astro build` on the copy (again: the cache stays between builds). */
  build(env?: Record<string, string>): BuildResult;
  dispose(): void;
}

export interface BuildResult {
  status: number | null;
  /** Standard output and error together, colours off. */
  output: string;
}

/** Commits the content folder as a newsroom would have published it, so git knows its ledgers. */
function commitContent(content: string): void {
  const git = (...args: string[]) => {
    const result = spawnSync('git', args, { cwd: content, encoding: 'utf8', env: { ...process.env, GIT_CONFIG_GLOBAL: '/dev/null' } });
    if (result.status !== 0) throw new Error(`git ${args.join(' ')}: ${result.stderr}`);
  };
  git('init', '-q');
  git('add', '-A');
  git('-c', 'user.name=Fixture', '-c', 'user.email=fixture@example.org', 'commit', '-qm', 'Published fixture content');
}

/** A site of the fixture content, or of what `fill` writes into the empty content folder instead. */
export function fixtureSite(fill = (content: string) => cpSync(FIXTURE_CONTENT, content, { recursive: true })): FixtureSite {
  const root = mkdtempSync(join(tmpdir(), 'crossread-build-'));
  const content = join(root, 'content');
  mkdirSync(content);
  fill(content);
  commitContent(content);
  const path = (file: string) => join(content, file);
  return {
    root,
    content,
    dist: join(root, 'dist'),
    read: (file) => readFileSync(path(file), 'utf8'),
    write: (file, text) => writeFileSync(path(file), text),
    edit(file, from, to) {
      const text = readFileSync(path(file), 'utf8');
      if (!text.includes(from)) throw new Error(`${file} does not hold ${JSON.stringify(from)}`);
      writeFileSync(path(file), text.replace(from, to));
    },
    remove: (file) => rmSync(path(file), { recursive: true, force: true }),
    build(env = {}) {
      const result = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
        encoding: 'utf8',
        env: {
          ...process.env,
          ASTRO_TELEMETRY_DISABLED: '1',
          NO_COLOR: '1',
          FORCE_COLOR: '0',
          CONTENT_ROOT: content,
          ASTRO_OUT_DIR: join(root, 'dist'),
          ASTRO_CACHE_DIR: join(root, 'cache'),
          ...env,
        },
      });
      return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
    },
    dispose: () => existsSync(root) && rmSync(root, { recursive: true, force: true }),
  };
}
