import { existsSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { findChromium } from './chromium.ts';
import { startStaticServer } from './static-server.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    chromiumPath: string;
  }
}

export default async function setup(project: TestProject) {
  if (!existsSync('dist/index.html')) throw new Error('No built site in dist/: run `npm run build` first (npm test does).');
  const chromiumPath = findChromium();
  const { server, url } = await startStaticServer('dist');
  project.provide('baseUrl', url);
  project.provide('chromiumPath', chromiumPath);
  return () => new Promise<void>((done) => server.close(() => done()));
}
