/**
 * Non-text contrast of controls (WCAG 2.2 SC 1.4.11, 3:1), computed from computed styles.
 *
 * For each visible control the page reports its colours as sRGB bytes (read back through a
 * canvas, so any CSS colour syntax works), the colours of its ancestors' backgrounds and the
 * product of its and their opacities. Here the backdrop is the ancestors' backgrounds composited
 * from the root down, and a control's visible parts (its background, its border, its text or
 * icon colour) are blended over it with their alpha times that opacity. A field (input, select)
 * is identified by its box, so its border or background must reach 3:1; any other control by
 * whichever part shows best.
 */
import type { Page } from 'playwright-core';

export type Rgba = [number, number, number, number];

/** WCAG relative luminance of an sRGB colour (bytes, alpha ignored). */
export function relativeLuminance([r, g, b]: Rgba): number {
  const channel = (byte: number) => {
    const value = byte / 255;
    return value <= 0.04045 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

/** WCAG contrast ratio of two opaque colours, 1 to 21. */
export function contrastRatio(one: Rgba, two: Rgba): number {
  const [light, dark] = [relativeLuminance(one), relativeLuminance(two)].sort((a, b) => b - a) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/** `top` (alpha 0–1, times `opacity`) over the opaque `bottom`. */
export function over(top: Rgba, bottom: Rgba, opacity = 1): Rgba {
  const alpha = top[3] * opacity;
  const mix = (index: 0 | 1 | 2) => top[index] * alpha + bottom[index] * (1 - alpha);
  return [mix(0), mix(1), mix(2), 1];
}

interface ControlStyles {
  label: string;
  field: boolean;
  opacity: number;
  background: Rgba;
  border: Rgba | null;
  text: Rgba;
  /** Ancestors' background colours, nearest first. */
  behind: Rgba[];
}

export interface ControlContrast {
  label: string;
  /** The best ratio among the parts that identify the control. */
  ratio: number;
  part: 'background' | 'border' | 'text';
}

/** Every visible control matching `selector` on the page, with its colours. */
function readControls(page: Page, selector: string): Promise<ControlStyles[]> {
  return page.evaluate((selector) => {
    const context = document.createElement('canvas').getContext('2d', { willReadFrequently: true })!;
    const rgba = (css: string): Rgba => {
      context.clearRect(0, 0, 1, 1);
      context.fillStyle = css;
      context.fillRect(0, 0, 1, 1);
      const [r, g, b, a] = context.getImageData(0, 0, 1, 1).data;
      return [r!, g!, b!, a! / 255];
    };
    const describe = (node: Element) =>
      `${node.tagName.toLowerCase()}${node.id ? `#${node.id}` : ''}${[...node.classList].map((name) => `.${name}`).join('')}`;
    const visible = [...document.querySelectorAll(selector)].filter(
      (node) => node.checkVisibility({ visibilityProperty: true }) && node.getBoundingClientRect().width > 0,
    );
    return visible.map((node) => {
      const style = getComputedStyle(node);
      const behind: Rgba[] = [];
      let opacity = Number(style.opacity);
      for (let parent = node.parentElement; parent; parent = parent.parentElement) {
        const parentStyle = getComputedStyle(parent);
        behind.push(rgba(parentStyle.backgroundColor));
        opacity *= Number(parentStyle.opacity);
      }
      const hasBorder = parseFloat(style.borderTopWidth) > 0 && style.borderTopStyle !== 'none';
      return {
        label: describe(node),
        field: /^(INPUT|SELECT|TEXTAREA)$/.test(node.tagName),
        opacity,
        background: rgba(style.backgroundColor),
        border: hasBorder ? rgba(style.borderTopColor) : null,
        text: rgba(style.color),
        behind,
      };
    });
  }, selector);
}

function contrastOf(control: ControlStyles): ControlContrast {
  // The page's own background, then each nearer ancestor's over it; the canvas is white when nothing is opaque.
  const backdrop = control.behind.reduceRight<Rgba>((below, colour) => over(colour, below), [255, 255, 255, 1]);
  const parts: [ControlContrast['part'], Rgba | null][] = [
    ['background', control.background],
    ['border', control.border],
    ['text', control.field ? null : control.text],
  ];
  const ratios = parts
    .filter((part): part is [ControlContrast['part'], Rgba] => part[1] !== null && part[1][3] > 0)
    .map(([part, colour]) => ({ part, ratio: contrastRatio(over(colour, backdrop, control.opacity), backdrop) }));
  const best = ratios.sort((a, b) => b.ratio - a.ratio)[0] ?? { part: 'text', ratio: 1 };
  return { label: control.label, ...best };
}

/** Controls matching `selector` whose contrast is under `minimum` (3:1 by default), each once by label. */
export async function lowContrastControls(page: Page, selector: string, minimum = 3): Promise<ControlContrast[]> {
  const seen = new Map<string, ControlContrast>();
  for (const control of (await readControls(page, selector)).map(contrastOf)) {
    if (control.ratio < minimum && !seen.has(control.label))
      seen.set(control.label, { ...control, ratio: Math.round(control.ratio * 100) / 100 });
  }
  return [...seen.values()];
}

/** How many visible controls match `selector` (so a check that finds nothing to check fails). */
export async function countControls(page: Page, selector: string): Promise<number> {
  return (await readControls(page, selector)).length;
}
