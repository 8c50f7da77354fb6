// Keyboard and pointer navigation over a chart, as pure functions of keys, positions and geometry.
import { bisector } from 'd3-array';
import { boxesOverlap } from './labels';
import type { TimelineGeometry } from './layout';

export type NavigationAction =
  | { type: 'move'; to: number }
  | { type: 'open' }
  | { type: 'close' }
  | { type: 'zoom'; direction: 'in' | 'out' | 'focus' }
  | { type: 'pan'; by: number };

/**
 * What a key does in the chart, given the active mark (or -1 for none) among `count` marks in time
 * order. Keys the chart does not use return null, so the browser keeps its own behaviour for them.
 */
export function keyAction(key: string, active: number, count: number): NavigationAction | null {
  switch (key) {
    case 'PageUp':
      return { type: 'pan', by: -0.5 };
    case 'PageDown':
      return { type: 'pan', by: 0.5 };
    case '+':
    case '=':
      return { type: 'zoom', direction: 'in' };
    case '-':
    case '_':
      return { type: 'zoom', direction: 'out' };
    case '0':
      return { type: 'zoom', direction: 'focus' };
    case 'Escape':
      return { type: 'close' };
  }
  if (count === 0) return null;
  const last = count - 1;
  switch (key) {
    case 'ArrowRight':
    case 'ArrowDown':
      return { type: 'move', to: active < 0 ? 0 : Math.min(active + 1, last) };
    case 'ArrowLeft':
    case 'ArrowUp':
      return { type: 'move', to: active < 0 ? 0 : Math.max(active - 1, 0) };
    case 'Home':
      return { type: 'move', to: 0 };
    case 'End':
      return { type: 'move', to: last };
    case 'Enter':
    case ' ':
      return { type: 'open' };
    default:
      return null;
  }
}

/** How near a pointer must be to a mark or label to reach it, in pixels (a 24 px target and more). */
export const REACH = 16;

interface Target {
  x: number;
  y: number;
  for: string;
}

/** Marks and reported figures sorted along the time axis, once per geometry (d3-array bisects them). */
const targetsOf = new WeakMap<TimelineGeometry, { along: (t: Target) => number; sorted: Target[] }>();
function targets(g: TimelineGeometry) {
  let found = targetsOf.get(g);
  if (!found) {
    const along = g.orientation === 'horizontal' ? (t: Target) => t.x : (t: Target) => t.y;
    const sorted = [...g.marks.map((m) => ({ x: m.x, y: m.y, for: m.id })), ...g.points].sort(
      (a, b) => along(a) - along(b),
    );
    found = { along, sorted };
    targetsOf.set(g, found);
  }
  return found;
}

/**
 * The milestone under a point of the chart: a label's or "+N" marker's milestone when the point is on
 * one, else the milestone of the nearest mark or reported figure within REACH; null elsewhere.
 */
export function hitTest(g: TimelineGeometry, x: number, y: number): string | null {
  const at = { x: x - 2, y: y - 2, width: 4, height: 4 };
  const label = g.labels.find((l) => boxesOverlap(l.box, at));
  if (label) return label.for;
  const more = g.more.find((m) => boxesOverlap(m, at));
  if (more) return more.ids[0] ?? null;
  const { along, sorted } = targets(g);
  const position = along({ x, y, for: '' });
  let best: string | null = null;
  let bestDistance = REACH;
  for (let i = bisector(along).left(sorted, position - REACH); i < sorted.length; i++) {
    const p = sorted[i]!;
    if (along(p) > position + REACH) break;
    const d = Math.hypot(p.x - x, p.y - y);
    if (d <= bestDistance) {
      best = p.for;
      bestDistance = d;
    }
  }
  return best;
}

/** True when a point of the chart lies on its overview strip (where a tap moves the view). */
export function onOverview(g: TimelineGeometry, x: number, y: number): boolean {
  const o = g.overview?.box;
  return !!o && x >= o.x && x <= o.x + o.width && y >= o.y - 4 && y <= o.y + o.height + 4;
}
