/**
 * Reads and writes the passage ledgers (content/ledgers/<slug>.json) and holds
 * them to what was published: git knows every ledger ever committed, so a
 * ledger that is missing, unreadable, or lost or renamed an id since its last
 * commit fails the build with how to restore it. During `astro build` the
 * updated ledgers are only staged, and written once the whole build succeeded,
 * so a failed build leaves content/ledgers as it was.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import { emptyLedger, type Ledger } from './ledger.ts';

/** `now` writes a changed ledger at once (dev server, tests); `after-build` stages it for `writeStagedLedgers`. */
export type LedgerWrites = 'now' | 'after-build';

/**
 * One state for the whole process: astro.config.mjs loads this module (with the Markdown plugins that stage
 * ledgers) and Vite loads it again (for src/content.config.ts, whose render keys read the staged ledgers), and
 * two copies of a module-level map would each see half (the content config would key a fresh archive on
 * ledgers not yet written, and the next build would render every article again).
 */
const state = ((globalThis as { [key: symbol]: unknown })[Symbol.for('crossread.passage-ledgers')] ??= {
  writes: 'now',
  staged: new Map<string, string>(),
}) as { writes: LedgerWrites; staged: Map<string, string> };
const { staged } = state;

export function setLedgerWrites(mode: LedgerWrites): void {
  state.writes = mode;
}

/** The ledger's text as it will be once this build is written: staged, else on disk. */
export function currentLedgerText(path: string): string | undefined {
  return staged.get(path) ?? (existsSync(path) ? readFileSync(path, 'utf8') : undefined);
}

/** Records a ledger's new text: written now, or staged until the build has succeeded. */
export function saveLedger(path: string, text: string): void {
  if (currentLedgerText(path) === text) return;
  if (state.writes === 'after-build') {
    staged.set(path, text);
    return;
  }
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
}

/** Writes every staged ledger (at the end of a successful build); returns their paths. */
export function writeStagedLedgers(): string[] {
  const paths = [...staged.keys()];
  for (const [path, text] of staged) {
    try {
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, text);
    } catch (error) {
      throw new Error(
        `The passage ledger ${path} could not be written (${(error as Error).message}): the site is built, but its new ` +
          `passage ids are not recorded; make the ledger writable and build again before publishing`,
      );
    }
  }
  staged.clear();
  return paths;
}

/** Runs git in the ledger's folder; undefined when git or a repository is not there. */
function git(path: string, args: string[]): string | undefined {
  const result = spawnSync('git', args, { cwd: dirname(path), encoding: 'utf8' });
  return result.status === 0 ? result.stdout : undefined;
}

/** The ledger as last committed (HEAD), if git has it. */
function committedLedgerText(path: string): string | undefined {
  return git(path, ['show', `HEAD:./${basename(path)}`]);
}

/** The newest commit that holds the ledger, if it was ever committed. */
function lastCommitWith(path: string): string | undefined {
  return git(path, ['log', '-1', '--format=%h', '--', basename(path)])?.trim() || undefined;
}

function parseLedger(text: string, path: string, where: string): Ledger {
  try {
    const ledger = JSON.parse(text) as Ledger;
    if (!Array.isArray(ledger.passages) || !Array.isArray(ledger.retired)) throw new Error('expected { "passages": [], "retired": [] }');
    return ledger;
  } catch (error) {
    throw new Error(
      `${where}: the passage ledger ${path} cannot be read: ${(error as Error).message}; restore it with \`git checkout HEAD -- ${path}\``,
    );
  }
}

const everyId = (ledger: Ledger): string[] => [...ledger.passages.map((passage) => passage.id), ...ledger.retired.map((entry) => entry.id)];

/**
 * An article's ledger, checked against what was published: a missing ledger of
 * an article whose ledger is in git history, an unreadable one, or one that lost
 * (or had renamed) an id git's last commit of it holds, fails with the fix.
 * An article never published has an empty ledger.
 */
export function readLedger(path: string, where: string): Ledger {
  const text = currentLedgerText(path);
  if (text === undefined) {
    const commit = lastCommitWith(path);
    if (commit) {
      throw new Error(
        `${where}: the passage ledger ${path} is missing, but the article was published with it (commit ${commit}); ` +
          `restore it with \`git checkout ${commit} -- ${path}\` (deleting it would give published passages new ids)`,
      );
    }
    return emptyLedger();
  }
  const ledger = parseLedger(text, path, where);
  const committed = committedLedgerText(path);
  if (committed !== undefined && committed !== text) {
    const kept = new Set(everyId(ledger));
    const published = everyId(parseLedger(committed, `${path} in HEAD`, where));
    const lost = published.filter((id) => !kept.has(id));
    if (lost.length) {
      const added = [...kept].filter((id) => !published.includes(id));
      const quoted = (ids: string[]) => ids.map((id) => `"${id}"`).join(', ');
      throw new Error(
        `${where}: the passage ledger ${path} no longer holds the published id(s) ${quoted(lost)} that its last commit has` +
          `${added.length ? ` (it holds ${quoted(added)} instead)` : ''}; ids are never removed or renamed by hand: ` +
          `restore it with \`git checkout HEAD -- ${path}\``,
      );
    }
  }
  return ledger;
}
