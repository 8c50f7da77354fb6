// Keyboard and pointer navigation over a chart's marks, as pure functions of positions and keys.
import { bisector } from 'd3-array';

export type NavigationAction =
  | { type: 'move'; to: number }
  | { type: 'open' }
  | { type: 'close' }
  | { type: 'zoom'; direction: 'in' | 'out' | 'reset' };

/**
 * What a key does in the chart, given the active mark (or -1 for none) among `count` marks in time
 * order. Keys the chart does not use return null, so the browser keeps its own behaviour for them.
 */
export function keyAction(key: string, active: number, count: number): NavigationAction | null {
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
    case 'Escape':
      return { type: 'close' };
    case '+':
    case '=':
      return { type: 'zoom', direction: 'in' };
    case '-':
    case '_':
      return { type: 'zoom', direction: 'out' };
    case '0':
      return { type: 'zoom', direction: 'reset' };
    default:
      return null;
  }
}

const byPosition = bisector((p: number) => p).center;

/**
 * The index of the mark nearest to `position` along the time axis, among marks whose positions are
 * sorted ascending; -1 when the nearest is further than `reach` pixels.
 */
export function nearestMark(positions: readonly number[], position: number, reach: number): number {
  if (!positions.length) return -1;
  const i = byPosition(positions, position);
  return Math.abs(positions[i]! - position) <= reach ? i : -1;
}
