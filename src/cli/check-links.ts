/**
 * npm run check:links -- [dist] [--base /crossread/] [--site https://example.org/crossread/]
 *
 * Checks a built site the way a reader's browser would follow it: every
 * internal `href`, `src`, `srcset`, `action`, meta-refresh target and Open Graph
 * URL in the HTML, every `<link>`/`<loc>` in the feed and sitemaps, must name a
 * file in the build (a folder URL its index.html), under the base path, and
 * every `#fragment` must name an element id on that page (a text directive
 * `:~:text=` after it is the browser's business). External links are counted,
 * not fetched. Exits 1 listing each broken link with the page it is on.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { decodeUrlPart } from '../lib/quotes/url-parts.ts';
import { filesUnder } from './files-under.ts';

export interface LinkCheckOptions {
  /** The base path the site is served under. Default `/`. */
  base?: string;
  /** The site's own origin and path: absolute URLs under it are internal. */
  site?: string;
}

export interface LinkReport {
  pages: number;
  /** Internal links checked (with their fragments). */
  checked: number;
  external: number;
  broken: string[];
}

const ATTRIBUTE = /\s(?:href|src|action|content|srcset)="([^"]*)"/g;
const XML_LINK = /<(?:link|loc|url)>([^<]+)<\/(?:link|loc|url)>/g;

/** The URLs a page or feed points at, decoded from HTML/XML entities. */
function urlsIn(text: string, isXml: boolean): string[] {
  const found: string[] = [];
  for (const match of text.matchAll(isXml ? XML_LINK : ATTRIBUTE)) {
    const raw = match[1]!
      .replace(/&amp;/g, '&')
      .replace(/&#x27;|&#39;/g, "'")
      .replace(/&quot;/g, '"');
    const isMeta = !isXml && /\scontent="/.test(match[0]);
    if (isMeta) {
      // Only the URL-shaped meta contents: og:url, og:image, and a refresh's `0; url=…`.
      const refresh = /^\d+;\s*url=(.+)$/i.exec(raw);
      if (refresh) found.push(refresh[1]!);
      else if (/^(https?:)?\/\//.test(raw)) found.push(raw);
      continue;
    }
    if (/\ssrcset="/.test(match[0])) found.push(...raw.split(',').map((part) => part.trim().split(/\s+/)[0]!));
    else found.push(raw);
  }
  return found;
}

const idCache = new Map<string, Set<string>>();

function idsOf(file: string): Set<string> {
  let ids = idCache.get(file);
  if (!ids) {
    ids = new Set([...readFileSync(file, 'utf8').matchAll(/\s(?:id|name)="([^"]+)"/g)].map((match) => match[1]!));
    idCache.set(file, ids);
  }
  return ids;
}

/** The built file a site path names, or undefined. */
function fileFor(dist: string, path: string): string | undefined {
  const candidates = path.endsWith('/') ? [join(dist, path, 'index.html')] : [join(dist, path), join(dist, path, 'index.html')];
  return candidates.find((file) => existsSync(file) && statSync(file).isFile());
}

const HOST = 'https://site.invalid';

/** Where a built file is served: `articles/a/index.html` at `<base>articles/a/`. */
function addressOf(dist: string, file: string, base: string): URL {
  return new URL(`${base}${relative(dist, file).replace(/(^|\/)index\.html$/, '$1')}`, HOST);
}

/** Checks one URL found on `page`; returns the problem, or undefined when it resolves (or is external). */
function checkUrl(dist: string, page: string, url: string, base: string, site: URL, report: LinkReport): string | undefined {
  if (/^(mailto:|tel:|data:)/i.test(url)) return undefined;
  // An absolute URL under the site's own address is internal: map it onto the base path.
  const onSite = url.startsWith(site.href) ? `${base}${url.slice(site.href.length)}` : url;
  const resolved = new URL(onSite, addressOf(dist, page, base));
  if (resolved.origin !== HOST) {
    report.external += 1;
    return undefined;
  }
  report.checked += 1;
  if (!resolved.pathname.startsWith(base)) return `${url}: outside the base path ${base}`;
  const rest = resolved.pathname.slice(base.length);
  const file = fileFor(dist, decodeUrlPart(rest) ?? rest);
  if (!file) return `${url}: no such file in the build`;
  const fragment = resolved.hash.slice(1).split(':~:')[0];
  if (fragment && file.endsWith('.html') && !idsOf(file).has(decodeUrlPart(fragment) ?? fragment))
    return `${url}: no element with id "${fragment}"`;
  return undefined;
}

export function checkLinks(dist: string, options: LinkCheckOptions = {}): LinkReport {
  const base = `/${(options.base ?? '/').replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');
  const site = new URL(options.site ?? 'https://site.invalid/');
  if (!site.pathname.endsWith('/')) site.pathname += '/';
  const report: LinkReport = { pages: 0, checked: 0, external: 0, broken: [] };
  for (const file of filesUnder(dist).filter((name) => /\.(html|xml)$/.test(name))) {
    report.pages += 1;
    for (const url of urlsIn(readFileSync(file, 'utf8'), file.endsWith('.xml'))) {
      const problem = checkUrl(dist, file, url, base, site, report);
      if (problem) report.broken.push(`${relative(dist, file)}: ${problem}`);
    }
  }
  return report;
}

function main(argv: string[]): number {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      base: { type: 'string', default: process.env.BASE_PATH ?? '/' },
      site: { type: 'string', default: process.env.SITE_URL ?? 'http://localhost:4321' },
    },
  });
  const dist = positionals[0] ?? 'dist';
  const report = checkLinks(dist, { base: values.base, site: values.site });
  for (const line of report.broken) console.log(line);
  console.log(
    `${report.pages} pages, ${report.checked} internal links and fragments checked, ${report.external} external, ${report.broken.length} broken`,
  );
  return report.broken.length ? 1 : 0;
}

if (import.meta.url === `file://${process.argv[1]}`) process.exitCode = main(process.argv.slice(2));
