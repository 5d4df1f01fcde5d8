/**
 * The annotation layers a reader can switch on and off on an article page, and
 * where the choice is kept. public/layers.js applies the stored choice to
 * `<html>` before first paint (as `<layer>-on` or `<layer>-off` classes; the
 * stylesheet reads them), and layer-switches.ts saves it; both use these names,
 * which tests/unit/articles/layers.test.ts holds the classic script to.
 */

export type LayerId = 'claims' | 'names' | 'notes';

export interface Layer {
  id: LayerId;
  /** What the switch shows, as its label. */
  label: string;
  /** Shown before the reader chooses (and without JavaScript). */
  shownByDefault: boolean;
}

/**
 * The calm default: claims as small footnote numbers (their words lit only on demand), our notes shown
 * (they correct the source), entity names as plain text (the sidebar lists them, with Find).
 */
export const LAYERS: readonly Layer[] = [
  { id: 'claims', label: 'Claims', shownByDefault: true },
  { id: 'names', label: 'Names', shownByDefault: false },
  { id: 'notes', label: 'Notes', shownByDefault: true },
];

/** localStorage key: a JSON object of layer id → shown. */
export const LAYERS_STORAGE_KEY = 'crossread-layers';

/** The `<html>` class that says a layer is shown (`claims-on`) or hidden (`claims-off`). */
export const layerClass = (id: LayerId, shown: boolean): string => `${id}-${shown ? 'on' : 'off'}`;
