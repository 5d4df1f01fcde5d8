/**
 * Finds Debian's Chromium for the browser tests: $CHROMIUM_PATH, else
 * /usr/bin/chromium. Where it is missing and we are root on Debian, installs the
 * `chromium` package; otherwise stops with a message that says how to install it.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';

const DEFAULT_PATH = '/usr/bin/chromium';

function isDebian(): boolean {
  return (
    existsSync('/etc/debian_version') ||
    /^ID(_LIKE)?=.*debian/m.test(existsSync('/etc/os-release') ? readFileSync('/etc/os-release', 'utf8') : '')
  );
}

export function findChromium(): string {
  const configured = process.env.CHROMIUM_PATH;
  if (configured) {
    if (!existsSync(configured)) throw new Error(`CHROMIUM_PATH is set to ${configured}, but there is no file there.`);
    return configured;
  }
  if (existsSync(DEFAULT_PATH)) return DEFAULT_PATH;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (isRoot && isDebian()) {
    console.log('Chromium is missing: installing Debian’s chromium package with apt-get…');
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    execFileSync('apt-get', ['update'], { stdio: 'inherit', env });
    execFileSync('apt-get', ['install', '-y', '--no-install-recommends', 'chromium'], { stdio: 'inherit', env });
    if (existsSync(DEFAULT_PATH)) return DEFAULT_PATH;
  }
  throw new Error(
    'The browser tests need Chromium and found none. Install it with `sudo apt-get install chromium` (Debian/Ubuntu), ' +
      'or set CHROMIUM_PATH to a Chromium or Chrome executable.',
  );
}

/** Flags for a headless run on a machine with no network but loopback. */
export const CHROMIUM_ARGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];
