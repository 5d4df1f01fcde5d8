/**
 * The layout the README describes, held against the code: feature folders in
 * src/lib, file reading only in `load*` modules, site URLs only from
 * src/lib/routes.ts, short templates and short functions.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parsers } from 'prettier/plugins/typescript';
import { describe, expect, it } from 'vitest';
import { filesUnder } from '../../src/cli/files-under.ts';

const sources = filesUnder('src').filter((file) => /\.(ts|astro)$/.test(file));
const read = (file: string) => readFileSync(file, 'utf8');

/** Source without comments (block, line and JSX-style), so prose about URLs does not count. */
function withoutComments(text: string): string {
  return text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`\\])\/\/.*$/gm, '$1');
}

describe('structure', () => {
  it('keeps src/lib to feature folders and at most six shared modules', () => {
    const loose = readdirSync('src/lib').filter((name) => statSync(join('src/lib', name)).isFile());
    expect(loose.length).toBeLessThanOrEqual(6);
    for (const feature of ['articles', 'passages', 'quotes', 'entities', 'claims', 'search', 'ingest']) {
      expect(statSync(join('src/lib', feature)).isDirectory()).toBe(true);
    }
  });

  it('reads files, astro:content or the network only in modules named load*', () => {
    // A type-only import reads nothing.
    const io = /^import (?!type )[^;]*from ['"](node:fs|node:fs\/promises|astro:content)['"]|\bfetch\(/m;
    const offenders = filesUnder('src/lib')
      .filter((file) => !/\/load[^/]*\.ts$/.test(file))
      .filter((file) => io.test(withoutComments(read(file))));
    expect(offenders).toEqual([]);
  });

  it('builds site paths only in src/lib/routes.ts', () => {
    const sitePath =
      /['"`]\/(articles|entities|claims|compare|stories|positions|framing|timeline|notes|page|archive|search|sources|search-index|search-assets)\b|['"`]\/(rss\.xml|sitemap-index\.xml|favicon\.svg)|\b(href|action|src)=["']\/(?!\/)/;
    const offenders = sources
      .filter((file) => file !== 'src/lib/routes.ts')
      .flatMap((file) =>
        withoutComments(read(file))
          .split('\n')
          .filter((line) => sitePath.test(line))
          .map((line) => `${file}: ${line.trim()}`),
      );
    expect(offenders).toEqual([]);
  });

  it('keeps every .astro file at 80 lines or fewer', () => {
    const long = sources.filter((file) => file.endsWith('.astro')).filter((file) => read(file).trimEnd().split('\n').length > 80);
    expect(long).toEqual([]);
  });

  // Parses every source file (about 5 s alone, more on a busy machine): its own timeout.
  it('keeps every function at 60 lines or fewer', async () => {
    const long: string[] = [];
    for (const file of sources.filter((name) => name.endsWith('.ts'))) {
      const ast = await parsers.typescript.parse(read(file), { filepath: file } as never);
      const visit = (node: unknown, name?: string): void => {
        if (!node || typeof node !== 'object') return;
        const item = node as {
          type?: string;
          loc?: { start: { line: number }; end: { line: number } };
          id?: { name?: string };
          key?: { name?: string };
        };
        if (typeof item.type !== 'string') return;
        if (/Function/.test(item.type) && item.loc) {
          const lines = item.loc.end.line - item.loc.start.line + 1;
          if (lines > 60) long.push(`${file}:${item.loc.start.line} ${item.id?.name ?? name ?? '(anonymous)'} (${lines} lines)`);
        }
        const childName =
          item.type === 'VariableDeclarator' ? item.id?.name : /MethodDefinition|Property/.test(item.type) ? item.key?.name : undefined;
        for (const [key, value] of Object.entries(item)) {
          if (key === 'loc' || key === 'range' || key === 'parent') continue;
          for (const child of Array.isArray(value) ? value : [value]) visit(child, childName);
        }
      };
      visit(ast);
    }
    expect(long).toEqual([]);
    // Parses every source file: on a busy 2-core machine that takes more than the default 5 s.
  }, 30_000);
});
