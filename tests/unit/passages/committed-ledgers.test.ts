import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

interface LedgerFile {
  passages: { id: string; fingerprint: string; text: string }[];
  retired: { id: string; successor: string; reason: string }[];
}

const directory = 'content/ledgers';
const files = readdirSync(directory).filter((file) => file.endsWith('.json'));
const idsOf = (ledger: LedgerFile) => [...ledger.passages.map((passage) => passage.id), ...ledger.retired.map((retired) => retired.id)];

function committed(path: string): LedgerFile | undefined {
  try {
    return JSON.parse(execFileSync('git', ['show', `HEAD:${path}`], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }));
  } catch {
    return undefined; // Not committed yet (or no git): nothing was published from it.
  }
}

describe('passage ledgers', () => {
  it('exist for every article', () => {
    const articles = readdirSync('content/articles').map((file) => file.replace(/\.md$/, '.json'));
    expect(files.sort()).toEqual(articles.sort());
  });

  for (const file of files) {
    const ledger = JSON.parse(readFileSync(`${directory}/${file}`, 'utf8')) as LedgerFile;

    it(`${file}: keeps every id ever committed, current or retired`, () => {
      const before = committed(`${directory}/${file}`);
      if (!before) return;
      const now = new Set(idsOf(ledger));
      const lost = idsOf(before).filter((id) => !now.has(id));
      expect(lost, 'ids published before and now gone without an alias').toEqual([]);
    });

    it(`${file}: has unique ids and retired ids that point somewhere known`, () => {
      const ids = idsOf(ledger);
      expect(new Set(ids).size).toBe(ids.length);
      const known = new Set(ids);
      for (const retired of ledger.retired) expect(known).toContain(retired.successor);
    });
  }
});
