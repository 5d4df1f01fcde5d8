import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findRegistryProblems, findUnknownSourceCards, parseRegistry } from '../../../src/lib/entities/registry.ts';
import { loadRegistryFile } from '../../../src/lib/entities/load-registry.ts';

const file = 'content/entities.yaml';
const person = (id: string, aliases: string[], extra: Record<string, unknown> = {}) => ({
  id,
  name: id,
  type: 'person',
  description: 'Someone.',
  aliases,
  ...extra,
});

describe('entity registry checks', () => {
  it('accepts a sound registry', () => {
    expect(findRegistryProblems(file, [person('a', ['Alpha']), person('b', ['Beta'], { partOf: 'a' })])).toEqual([]);
  });

  it('names the file, both entities and the alias when two entities claim one alias', () => {
    expect(findRegistryProblems(file, [person('kyiv', ['Kyiv', 'Kiev']), person('kiev-city', ['Kiev'])])).toEqual([
      'content/entities.yaml: entity "kiev-city": alias "Kiev" is also claimed by entity "kyiv"',
    ]);
  });

  it('counts quote and dash variants of an alias as the same alias', () => {
    expect(findRegistryProblems(file, [person('a', ["Spider's web"]), person('b', ['Spider’s web'])])[0]).toMatch(
      /alias "Spider's web" is also claimed by entity "a"/,
    );
  });

  it('rejects an unknown type, naming the entity and the value', () => {
    const [problem] = findRegistryProblems(file, [{ ...person('x', ['X']), type: 'thing' }]);
    expect(problem).toMatch(/^content\/entities\.yaml: entity "x": field "type": .*\(got "thing"\)/);
  });

  it('rejects a duplicate id', () => {
    expect(findRegistryProblems(file, [person('a', ['Alpha']), person('a', ['Alef'])])).toEqual([
      'content/entities.yaml: entity "a": duplicate id; another entity already uses it',
    ]);
  });

  it('rejects a reference to an entity that does not exist', () => {
    expect(findRegistryProblems(file, [person('a', ['Alpha'], { partOf: 'nowhere' })])).toEqual([
      'content/entities.yaml: entity "a": field "partOf": no entity with id "nowhere"',
    ]);
  });

  it('rejects a source card that does not exist', () => {
    const { entities } = parseRegistry(
      file,
      'entities:\n  - { id: a, name: A, type: person, description: D., aliases: [A], source: nobody }\n',
    );
    expect(findUnknownSourceCards(file, entities, new Set(['ndtv']))).toEqual([
      'content/entities.yaml: entity "a": field "source": no card with id "nobody" in content/sources.yaml',
    ]);
  });

  it('throws one error listing every problem', () => {
    const yaml =
      'entities:\n  - { id: a, name: A, type: person, description: D., aliases: [Alpha] }\n  - { id: b, name: B, type: place, description: D., aliases: [Alpha] }\n';
    expect(() => parseRegistry('content/bad.yaml', yaml)).toThrow(
      /Invalid entity registry\ncontent\/bad\.yaml: entity "b": alias "Alpha" is also claimed by entity "a"/,
    );
  });

  it('loads the committed registry, covering the names the sources misspell', () => {
    const registry = loadRegistryFile(file);
    const aliasesOf = (id: string) => registry.entities.find((entity) => entity.id === id)!.aliases;
    expect(aliasesOf('steve-witkoff')).toContain('Whitkov');
    expect(aliasesOf('kyiv')).toEqual(expect.arrayContaining(['Kyiv', 'Kiev']));
    expect(aliasesOf('volodymyr-zelensky')).toEqual(expect.arrayContaining(['Zelensky', 'Zelenskyy', 'Zelenskiy']));
    expect(readFileSync(file, 'utf8')).toMatch(/^ignore:/m);
  });
});
