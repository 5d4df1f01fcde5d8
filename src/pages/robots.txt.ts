import type { APIRoute } from 'astro';
import { homePath, sitemapPath } from '../lib/routes.ts';

export const GET: APIRoute = ({ site }) =>
  new Response(`User-agent: *\nAllow: ${homePath()}\nSitemap: ${new URL(sitemapPath(), site)}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
