/**
 * npm run lockfile:platforms
 *
 * Why: npm (cli#4828) leaves other platforms' optional native packages (e.g.
 * @astrojs/compiler-binding-darwin-arm64) out of package-lock.json when it
 * regenerates the lock, and `npm ci` then refuses to run. The registry these
 * machines reach does not serve those packages, so npm cannot add them itself.
 * This adds a record for each missing one with its os/cpu/libc, which is all
 * `npm ci` needs to see that it does not apply here. Run it after `npm install`
 * changes the lock.
 */
import { readFileSync, writeFileSync } from 'node:fs';

interface LockEntry {
  version?: string;
  optionalDependencies?: Record<string, string>;
  [key: string]: unknown;
}

/** os/cpu/libc fields for a platform package name such as `…-linux-arm64-musl`; undefined when the name names no platform. */
export function platformFields(name: string): Record<string, string[]> | undefined {
  const match =
    /-(android|darwin|linux|win32|freebsd|openharmony|wasm32)(?:-([a-z0-9]+))?(?:-(gnu|musl|msvc|wasi|gnueabihf|musleabihf))?$/.exec(name);
  if (!match) return undefined;
  const [, os, cpu, abi] = match;
  if (os === 'wasm32') return { cpu: ['wasm32'] };
  const fields: Record<string, string[]> = { cpu: [cpu ?? 'x64'], os: [os!] };
  if (abi === 'gnu' || abi === 'gnueabihf') fields.libc = ['glibc'];
  if (abi === 'musl' || abi === 'musleabihf') fields.libc = ['musl'];
  return fields;
}

function main(): void {
  const lock = JSON.parse(readFileSync('package-lock.json', 'utf8')) as { packages: Record<string, LockEntry> };
  const packages = lock.packages;
  const added: string[] = [];
  for (const [path, entry] of Object.entries(packages)) {
    for (const [name, version] of Object.entries(entry.optionalDependencies ?? {})) {
      if (packages[`node_modules/${name}`] || packages[`${path}/node_modules/${name}`]) continue;
      const fields = platformFields(name);
      if (!fields) continue;
      packages[`node_modules/${name}`] = { version, ...fields, dev: true, optional: true };
      added.push(`${name}@${version}`);
    }
  }
  const sorted = Object.entries(packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a < b ? -1 : a > b ? 1 : 0));
  lock.packages = Object.fromEntries(sorted);
  writeFileSync('package-lock.json', `${JSON.stringify(lock, null, 2)}\n`);
  console.log(
    added.length ? `Recorded ${added.length} platform package(s): ${added.join(', ')}` : 'The lock already records every platform package.',
  );
}

main();
