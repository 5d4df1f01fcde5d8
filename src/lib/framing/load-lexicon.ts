/** Reads the framing lexicon, content/framing.yaml (no file: an empty lexicon), through its one parser and checks. */
import { existsSync, readFileSync } from 'node:fs';
import { contentPath } from '../content-root.ts';
import { parseFramingFile } from './checks.ts';
import type { FramingLexicon } from './schema.ts';

export const FRAMING_FILE = contentPath('framing.yaml');

/** The lexicon, checked; throws naming the file, the concept and the field. */
export function loadLexicon(file: string = FRAMING_FILE): FramingLexicon {
  if (!existsSync(file)) return { concepts: [], dismissed: [] };
  return parseFramingFile(file, readFileSync(file, 'utf8'));
}
