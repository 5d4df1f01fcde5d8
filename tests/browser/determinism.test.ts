import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

function listFiles(root: string): string[] {
  return readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter((path) => statSync(join(root, path)).isFile())
    .sort();
}

describe('deterministic builds', () => {
  it('builds byte-identical output twice from a clean state', () => {
    const second = mkdtempSync(join(tmpdir(), 'dist-again-'));
    // Clean: no content-layer cache and no cached preview cards.
    for (const cache of ['.astro', 'node_modules/.astro', 'node_modules/.cache/passage-cards'])
      rmSync(cache, { recursive: true, force: true });
    execFileSync('npx', ['astro', 'build'], {
      env: { ...process.env, ASTRO_OUT_DIR: second, ASTRO_TELEMETRY_DISABLED: '1' },
      stdio: 'pipe',
    });
    const files = listFiles('dist');
    expect(listFiles(second)).toEqual(files);
    const different = files.filter((file) => !readFileSync(join('dist', file)).equals(readFileSync(join(second, file))));
    expect(different, `files that differ between builds (dist vs ${relative('.', second)})`).toEqual([]);
    rmSync(second, { recursive: true, force: true });
  }, 240_000);
});
