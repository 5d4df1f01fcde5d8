/**
 * Where the content lives: `content/` in the project, or the folder named by
 * the CONTENT_ROOT environment variable (the end-to-end build tests point it at
 * fixture content). Every module that reads content takes its paths from here.
 */
import { join } from 'node:path';

const root = (typeof process !== 'undefined' && process.env.CONTENT_ROOT) || 'content';

export const CONTENT_ROOT = root.replace(/\/+$/, '');

/** A path inside the content folder, e.g. `contentPath('articles')` → `content/articles`. */
export const contentPath = (...parts: string[]): string => join(CONTENT_ROOT, ...parts);

export const CONTENT = {
  articles: contentPath('articles'),
  sources: contentPath('sources.yaml'),
  entities: contentPath('entities.yaml'),
  claims: contentPath('claims'),
  stories: contentPath('stories.yaml'),
  ledgers: contentPath('ledgers'),
  raw: contentPath('raw'),
} as const;
