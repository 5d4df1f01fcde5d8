/** Reads the raw source texts kept in content/raw/ and their index. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describeIssues } from '../articles/schema.ts';
import { type RawText, rawIndexSchema } from './raw-schema.ts';
import { CONTENT } from '../content-root.ts';
import { parseYaml } from '../schema-parts.ts';

export const RAW_DIRECTORY = CONTENT.raw;

/** The index of raw texts, checked against its schema. */
export function loadRawIndex(directory: string = RAW_DIRECTORY): RawText[] {
  const file = join(directory, 'index.yaml');
  const data = parseYaml(file, readFileSync(file, 'utf8'));
  const result = rawIndexSchema.safeParse(data);
  if (!result.success) throw new Error(`Invalid raw-text index\n${describeIssues(file, result.error, data)}`);
  return result.data.raw;
}

export function readRawText(file: string, directory: string = RAW_DIRECTORY): string {
  return readFileSync(join(directory, file), 'utf8');
}
