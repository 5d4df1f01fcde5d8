/**
 * <layer-switches>: each switch shows or hides one annotation layer (claims,
 * names, notes) by setting `<layer>-on` / `<layer>-off` on `<html>`, which the
 * stylesheet reads, and keeps the choice in localStorage, where public/layers.js
 * reads it before the next page's first paint.
 */
import { type LayerId, LAYERS_STORAGE_KEY, layerClass } from '../../lib/articles/layers.ts';

function savedLayers(): Record<string, boolean> {
  try {
    return JSON.parse(localStorage.getItem(LAYERS_STORAGE_KEY) ?? '{}') ?? {};
  } catch {
    return {};
  }
}

class LayerSwitches extends HTMLElement {
  connectedCallback(): void {
    const html = document.documentElement;
    for (const button of this.querySelectorAll<HTMLButtonElement>('button[data-layer]')) {
      const id = button.dataset.layer as LayerId;
      button.setAttribute('aria-pressed', String(html.classList.contains(layerClass(id, true))));
    }
    this.addEventListener('click', (event) => {
      const button = (event.target as Element | null)?.closest<HTMLButtonElement>('button[data-layer]');
      if (button) this.#toggle(button);
    });
  }

  #toggle(button: HTMLButtonElement): void {
    const id = button.dataset.layer as LayerId;
    const shown = button.getAttribute('aria-pressed') !== 'true';
    button.setAttribute('aria-pressed', String(shown));
    document.documentElement.classList.replace(layerClass(id, !shown), layerClass(id, shown));
    const saved = { ...savedLayers(), [id]: shown };
    try {
      localStorage.setItem(LAYERS_STORAGE_KEY, JSON.stringify(saved));
    } catch {
      // Storage refused (private mode, quota): the choice holds for this page only.
    }
  }
}

customElements.define('layer-switches', LayerSwitches);
