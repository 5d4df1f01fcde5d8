/**
 * The timeline's overview, drawn at build time as SVG geometry: one axis over the
 * years the texts were written in, a dot per event (hollow for an expectation), a
 * line per text written, and counts of what lies before and after. Pure numbers
 * and labels; the component only draws them.
 */
import type { Placement } from './events.ts';

export const OVERVIEW = { width: 600, margin: 56 } as const;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const STACK = 11;

export interface Overview {
  width: number;
  height: number;
  axisY: number;
  /** The axis's drawn span. */
  from: number;
  to: number;
  ticks: { x: number; label: string; year?: string }[];
  dots: { x: number; y: number; hollow: boolean }[];
  markers: { x: number }[];
  /** Events before and after the axis's years, counted at its ends. */
  earlier: number;
  later: number;
}

interface Placed {
  entry: { type: 'event' | 'marker'; expectation?: boolean };
  placement: Placement;
}

function axisYears(placed: readonly Placed[]): [number, number] {
  const years = placed.filter(({ entry }) => entry.type === 'marker').map(({ placement }) => new Date(placement.at).getUTCFullYear());
  const all = years.length ? years : placed.map(({ placement }) => new Date(placement.at).getUTCFullYear());
  return all.length ? [Math.min(...all), Math.max(...all)] : [2025, 2025];
}

/** The overview of entries already in timeline order. */
export function overview(placed: readonly Placed[]): Overview {
  const { width, margin } = OVERVIEW;
  const [first, last] = axisYears(placed);
  const start = Date.UTC(first, 0, 1);
  const end = Date.UTC(last + 1, 0, 1);
  const x = (at: number) => Math.round((margin + ((at - start) / (end - start)) * (width - 2 * margin)) * 10) / 10;
  const ticks = [];
  for (let year = first; year <= last; year++) {
    for (let month = 0; month < 12; month++) {
      ticks.push({ x: x(Date.UTC(year, month, 1)), label: MONTHS[month]!, ...(month === 0 ? { year: String(year) } : {}) });
    }
  }
  const inside = placed.filter(({ placement }) => placement.at >= start && placement.at < end);
  // Events on nearby days stack upwards; the drawing is as tall as the highest stack.
  const stacked: { x: number; level: number; hollow: boolean }[] = [];
  for (const { entry, placement } of inside) {
    if (entry.type !== 'event') continue;
    const at = x(placement.at);
    stacked.push({ x: at, level: stacked.filter((dot) => Math.abs(dot.x - at) < 7).length, hollow: Boolean(entry.expectation) });
  }
  const axisY = 24 + Math.max(0, ...stacked.map((dot) => dot.level)) * STACK;
  const height = axisY + 44;
  const dots = stacked.map((dot) => ({ x: dot.x, y: axisY - 9 - dot.level * STACK, hollow: dot.hollow }));
  const events = placed.filter(({ entry }) => entry.type === 'event');
  return {
    width,
    height,
    axisY,
    from: x(start),
    to: x(end),
    ticks,
    dots,
    markers: inside.filter(({ entry }) => entry.type === 'marker').map(({ placement }) => ({ x: x(placement.at) })),
    earlier: events.filter(({ placement }) => placement.at < start).length,
    later: events.filter(({ placement }) => placement.at >= end).length,
  };
}
