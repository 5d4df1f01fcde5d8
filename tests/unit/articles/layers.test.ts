/**
 * public/layers.js, the classic script that applies the reader's layer choices
 * before first paint, run against a stand-in document: it must agree with
 * src/lib/articles/layers.ts (key, layers, defaults, class names) and survive
 * storage it cannot read.
 */
import { readFileSync } from 'node:fs';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { LAYERS, LAYERS_STORAGE_KEY, layerClass } from '../../../src/lib/articles/layers.ts';

const script = readFileSync('public/layers.js', 'utf8');

/** The classes the script puts on <html>, given what localStorage holds under each key (a throwing getter when `stored` is an Error). */
function classesAfterRun(stored: Record<string, string> | Error): string[] {
  const classes = new Set<string>();
  const localStorage = {
    getItem: (key: string) => {
      if (stored instanceof Error) throw stored;
      return stored[key] ?? null;
    },
  };
  runInNewContext(script, { localStorage, document: { documentElement: { classList: { add: (name: string) => classes.add(name) } } } });
  return [...classes].sort();
}

const defaults = LAYERS.map((layer) => layerClass(layer.id, layer.shownByDefault));

describe('public/layers.js', () => {
  it('applies the defaults of src/lib/articles/layers.ts when nothing is stored', () => {
    expect(classesAfterRun({})).toEqual([...defaults, 'layers'].sort());
  });

  it('applies a stored choice, layer by layer, under the shared key', () => {
    const stored = { [LAYERS_STORAGE_KEY]: JSON.stringify({ claims: false, names: true }) };
    expect(classesAfterRun(stored)).toEqual(['claims-off', 'names-on', 'notes-on', 'layers'].sort());
  });

  it('ignores values that are not booleans, unknown layers, bad JSON and storage that throws', () => {
    expect(classesAfterRun({ [LAYERS_STORAGE_KEY]: JSON.stringify({ claims: 'no', evil: true }) })).toEqual([...defaults, 'layers'].sort());
    expect(classesAfterRun({ [LAYERS_STORAGE_KEY]: '{not json' })).toEqual([...defaults, 'layers'].sort());
    expect(classesAfterRun({ [LAYERS_STORAGE_KEY]: 'null' })).toEqual([...defaults, 'layers'].sort());
    expect(classesAfterRun(new Error('SecurityError'))).toEqual([...defaults, 'layers'].sort());
  });

  it('stays a few hundred bytes (it blocks rendering)', () => {
    expect(script.length).toBeLessThan(1024);
  });
});
