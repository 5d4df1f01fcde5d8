/**
 * Recognises the lines of a raw article that are metadata rather than body text:
 * bylines, original URLs, disclaimers, hashtags, separators and boilerplate.
 * The ingest command and the seed-faithfulness test share it.
 */
import { type BoilerplateRule, matchBoilerplate } from './boilerplate-rules.ts';

export type LineClass =
  | { kind: 'author'; name: string }
  | { kind: 'original-url'; url: string }
  | { kind: 'disclaimer'; text: string }
  | { kind: 'hashtags'; tags: string[] }
  | { kind: 'separator' }
  | { kind: 'boilerplate'; rule: BoilerplateRule }
  | { kind: 'bullet'; text: string }
  | { kind: 'text'; text: string };

const NAME = "[A-Z][\\p{L}.'-]+(?: [A-Z][\\p{L}.'-]+){0,3}";
const BYLINE = new RegExp(`^(?:By|Author:)\\s+(${NAME})$`, 'u');

export function classifyLine(raw: string): LineClass {
  const line = raw.trim();
  const boilerplate = matchBoilerplate(line);
  if (boilerplate) return { kind: 'boilerplate', rule: boilerplate };
  const byline = BYLINE.exec(line);
  if (byline) return { kind: 'author', name: byline[1]! };
  const url = /^(?:Original source|Source|Originally published at):\s*(https?:\/\/\S+)$/i.exec(line);
  if (url) return { kind: 'original-url', url: url[1]! };
  const disclaimer = /^Disclaimer:\s*(.+)$/i.exec(line);
  if (disclaimer) return { kind: 'disclaimer', text: disclaimer[1]! };
  if (/^(#[\p{L}\p{N}_]+\s*)+$/u.test(line)) return { kind: 'hashtags', tags: line.split(/\s+/) };
  if (/^[—–-]{3,}$/.test(line)) return { kind: 'separator' };
  const bullet = /^[*•]\s+(.+)$/.exec(line);
  if (bullet) return { kind: 'bullet', text: bullet[1]! };
  return { kind: 'text', text: line };
}
