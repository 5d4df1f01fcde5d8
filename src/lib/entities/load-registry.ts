/** Reads the entity registry file, content/entities.yaml, through the one parser and its checks. */
import { readFileSync, statSync } from 'node:fs';
import type { EntityRegistry } from './schema.ts';
import { parseRegistry } from './registry.ts';
import { CONTENT } from '../content-root.ts';

export const REGISTRY_FILE = CONTENT.entities;

let cached: { path: string; modified: number; registry: EntityRegistry } | undefined;

/** Loads the registry file, re-reading it only when it changed (so `astro dev` sees edits). */
export function loadRegistryFile(path: string = REGISTRY_FILE): EntityRegistry {
  const modified = statSync(path).mtimeMs;
  if (cached?.path === path && cached.modified === modified) return cached.registry;
  const registry = parseRegistry(path, readFileSync(path, 'utf8'));
  cached = { path, modified, registry };
  return registry;
}
