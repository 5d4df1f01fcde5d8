/**
 * Checks the entity registry. One parser serves the content collection
 * (src/content.config.ts), the mention plugin and the candidates command, so
 * all three see the same entities or the build stops. Pure; the file is read
 * by load-registry.ts.
 */
import { describeIssues } from '../articles/schema.ts';
import { type Entity, type EntityRegistry, entitySchema, registryFileSchema } from './schema.ts';
import { normalizePunctuation } from '../text.ts';
import { parseYaml } from '../schema-parts.ts';

/** Form in which two aliases count as the same: quotes, dashes and spacing unified; case kept, since matching keeps it. */
export function aliasKey(alias: string): string {
  return normalizePunctuation(alias);
}

function entityLabel(raw: unknown, index: number): string {
  const id = raw && typeof raw === 'object' ? (raw as { id?: unknown }).id : undefined;
  return typeof id === 'string' && id ? `entity "${id}"` : `entity #${index + 1}`;
}

/**
 * Every problem in the registry's entries, one line each naming the file, the
 * entity and the alias or field: schema errors (an unknown type…), duplicate ids,
 * an alias or demonym claimed by two entities, a `partOf` naming no entity.
 */
export function findRegistryProblems(file: string, rawEntities: readonly unknown[]): string[] {
  const problems: string[] = [];
  const valid: Entity[] = [];
  rawEntities.forEach((raw, index) => {
    const result = entitySchema.safeParse(raw);
    if (result.success) valid.push(result.data);
    else problems.push(describeIssues(`${file}: ${entityLabel(raw, index)}`, result.error, raw));
  });

  const seenIds = new Set<string>();
  const owners = new Map<string, string>();
  for (const entity of valid) {
    if (seenIds.has(entity.id)) problems.push(`${file}: entity "${entity.id}": duplicate id; another entity already uses it`);
    seenIds.add(entity.id);
    for (const alias of new Set([...entity.aliases, ...entity.demonyms].map(aliasKey))) {
      const owner = owners.get(alias);
      if (owner && owner !== entity.id)
        problems.push(`${file}: entity "${entity.id}": alias "${alias}" is also claimed by entity "${owner}"`);
      else owners.set(alias, entity.id);
    }
  }
  const ids = new Set(valid.map((entity) => entity.id));
  for (const entity of valid) {
    if (entity.partOf && !ids.has(entity.partOf)) {
      problems.push(`${file}: entity "${entity.id}": field "partOf": no entity with id "${entity.partOf}"`);
    }
  }
  return problems;
}

/** Parses the registry's YAML and checks it; throws one readable error listing every problem. */
export function parseRegistry(file: string, yamlText: string): EntityRegistry {
  const data = parseYaml(file, yamlText);
  const shape = registryFileSchema.safeParse(data);
  if (!shape.success) throw new Error(`Invalid entity registry\n${describeIssues(file, shape.error, data)}`);
  const problems = findRegistryProblems(file, shape.data.entities);
  if (problems.length) throw new Error(`Invalid entity registry\n${problems.join('\n')}`);
  return { entities: shape.data.entities.map((raw) => entitySchema.parse(raw)), ignore: shape.data.ignore };
}

/** Entity-to-source-card references that do not resolve, as `file: entity "x": …` lines. */
export function findUnknownSourceCards(file: string, entities: readonly Entity[], sourceIds: ReadonlySet<string>): string[] {
  return entities
    .filter((entity) => entity.source !== undefined && !sourceIds.has(entity.source))
    .map((entity) => `${file}: entity "${entity.id}": field "source": no card with id "${entity.source}" in content/sources.yaml`);
}
