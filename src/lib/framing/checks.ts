/**
 * Checks the framing lexicon, content/framing.yaml. Pure; the file is read by
 * load-lexicon.ts. Every problem names the file, the concept and the field.
 */
import { describeIssues } from '../articles/schema.ts';
import { parseYaml } from '../schema-parts.ts';
import { normalizePunctuation } from '../text.ts';
import { type Concept, type FramingLexicon, conceptSchema, dismissedSchema, framingFileSchema, wordingForms } from './schema.ts';

function conceptLabel(raw: unknown, index: number): string {
  const id = raw && typeof raw === 'object' ? (raw as { id?: unknown }).id : undefined;
  return typeof id === 'string' && id ? `concept "${id}"` : `concept #${index + 1}`;
}

/** Schema errors, one concept at a time so each message names its concept; and the valid concepts. */
function conceptShapes(file: string, raws: readonly unknown[]): { concepts: Concept[]; problems: string[] } {
  const concepts: Concept[] = [];
  const problems: string[] = [];
  raws.forEach((raw, index) => {
    const result = conceptSchema.safeParse(raw);
    if (result.success) concepts.push(result.data);
    else
      problems.push(
        describeIssues(`${file}: ${conceptLabel(raw, index)}`, result.error, raw).replace(/field "/g, `field "concepts.${index}.`),
      );
  });
  return { concepts, problems };
}

/**
 * Problems between entries: a duplicate concept id, a form two wordings of one concept claim
 * (quote, dash and spacing variants count as one), an exception whose quote holds none of its
 * wording's forms, a candidate dismissed twice. Concepts may share words: each is matched apart.
 */
export function findLexiconProblems(file: string, lexicon: FramingLexicon): string[] {
  const problems: string[] = [];
  const ids = new Set<string>();
  lexicon.concepts.forEach((concept, index) => {
    const owners = new Map<string, string>();
    const where = `${file}: concept "${concept.id}"`;
    if (ids.has(concept.id)) problems.push(`${where}: field "concepts.${index}.id": duplicate id; another concept already uses it`);
    ids.add(concept.id);
    concept.wordings.forEach((wording, position) => {
      const field = `concepts.${index}.wordings.${position}`;
      for (const form of wordingForms(wording)) {
        const key = normalizePunctuation(form);
        const owner = owners.get(key);
        if (owner) problems.push(`${where}: field "${field}": form "${form}" is also a form of ${owner}`);
        else owners.set(key, `"${wording.text}"`);
      }
      wording.except.forEach((exception, at) => {
        const quote = normalizePunctuation(exception.quote);
        if (!wordingForms(wording).some((form) => quote.toLowerCase().includes(normalizePunctuation(form).toLowerCase()))) {
          problems.push(
            `${where}: field "${field}.except.${at}.quote": holds none of the forms of "${wording.text}" (got "${exception.quote}")`,
          );
        }
      });
    });
  });
  const dismissed = new Set<string>();
  lexicon.dismissed.forEach((entry, index) => {
    const key = `${entry.kind}:${entry.word.toLowerCase()}`;
    if (dismissed.has(key)) problems.push(`${file}: field "dismissed.${index}.word": "${entry.word}" (${entry.kind}) is dismissed twice`);
    dismissed.add(key);
  });
  return problems;
}

/** Parses the lexicon's YAML and checks it; throws one readable error listing every problem. */
export function parseFramingFile(file: string, yamlText: string): FramingLexicon {
  const data = (parseYaml(file, yamlText) ?? {}) as Record<string, unknown>;
  const shape = framingFileSchema.safeParse({ ...data, concepts: [], dismissed: [] });
  if (!shape.success) throw new Error(`Invalid framing lexicon\n${describeIssues(file, shape.error, data)}`);
  const rawConcepts = Array.isArray(data.concepts) ? data.concepts : [];
  const rawDismissed = Array.isArray(data.dismissed) ? data.dismissed : [];
  const { concepts, problems } = conceptShapes(file, rawConcepts);
  const dismissed = rawDismissed.flatMap((raw, index) => {
    const result = dismissedSchema.safeParse(raw);
    if (result.success) return [result.data];
    problems.push(describeIssues(`${file}: dismissed #${index + 1}`, result.error, raw).replace(/field "/g, `field "dismissed.${index}.`));
    return [];
  });
  for (const [key, value] of [
    ['concepts', data.concepts],
    ['dismissed', data.dismissed],
  ] as const) {
    if (value !== undefined && !Array.isArray(value))
      problems.push(`${file}: field "${key}": must be a list (got ${JSON.stringify(value)})`);
  }
  if (!problems.length) problems.push(...findLexiconProblems(file, { concepts, dismissed }));
  if (problems.length) throw new Error(`Invalid framing lexicon\n${problems.join('\n')}`);
  return { concepts, dismissed };
}
