import { describe, expect, it } from 'vitest';
import {
  initialState,
  reduce,
  shownMilestones,
  type ChartContext,
  type ChartState,
} from '../../../src/lib/timeline/state';
import { DAY } from '../../../src/lib/time';

const ms = (id: string, day: number, kind: 'business' | 'progress' | 'deadline' = 'business') => ({
  id,
  kind,
  time: day * DAY,
  ...(kind === 'progress' ? { progress: {} } : {}),
});
const ctx: ChartContext = {
  milestones: [ms('a', 0), ms('b', 20, 'progress'), ms('c', 40, 'progress'), ms('d', 60, 'deadline'), ms('e', 100)],
  full: [-DAY, 101 * DAY],
  focus: [15 * DAY, 65 * DAY],
};
const run = (...actions: Parameters<typeof reduce>[1][]) =>
  actions.reduce<ChartState>((s, a) => reduce(s, a, ctx), initialState(ctx));

describe('chart state', () => {
  it('opens on the focus span with nothing active, filtered or opened', () => {
    expect(initialState(ctx)).toEqual({ active: null, opened: null, hidden: [], progressOnly: false, span: ctx.focus });
  });

  it('opens a milestone from the URL and reveals it', () => {
    const s = initialState(ctx, 'e');
    expect(s.opened).toBe('e');
    expect(s.span[1]).toBeGreaterThan(100 * DAY);
    expect(s.span[1] - s.span[0]).toBe(50 * DAY);
  });

  it('activating a milestone outside the view moves the view to it, keeping its length', () => {
    const s = run({ type: 'activate', id: 'a' });
    expect(s.active).toBe('a');
    expect(s.span[0]).toBeLessThanOrEqual(0);
    expect(s.span[1] - s.span[0]).toBe(50 * DAY);
    expect(run({ type: 'activate', id: 'b' }).span).toEqual(ctx.focus);
  });

  it('ignores unknown and filtered-out milestones', () => {
    expect(run({ type: 'open', id: 'nope' })).toEqual(initialState(ctx));
    expect(run({ type: 'progressOnly', on: true }, { type: 'open', id: 'a' }).opened).toBeNull();
  });

  it('filtering out the active or opened milestone clears them', () => {
    const s = run({ type: 'open', id: 'd' }, { type: 'kind', kind: 'deadline', shown: false });
    expect([s.active, s.opened]).toEqual([null, null]);
    expect(shownMilestones(s, ctx.milestones).map((m) => m.id)).toEqual(['a', 'b', 'c', 'e']);
    const back = reduce(s, { type: 'kind', kind: 'deadline', shown: true }, ctx);
    expect(back.hidden).toEqual([]);
  });

  it('shows only progress reports when asked', () => {
    const s = run({ type: 'progressOnly', on: true });
    expect(shownMilestones(s, ctx.milestones).map((m) => m.id)).toEqual(['b', 'c']);
  });

  it('zooms around the active milestone, or the middle, and never past the whole span', () => {
    const s = run({ type: 'activate', id: 'c' }, { type: 'zoom', factor: 2 });
    expect(s.span[0]).toBeLessThanOrEqual(40 * DAY);
    expect(s.span[1]).toBeGreaterThan(40 * DAY);
    expect(s.span[1] - s.span[0]).toBe(25 * DAY);
    const out = run({ type: 'zoom', factor: 1 / 64 });
    expect(out.span).toEqual(ctx.full);
  });

  it('pans by shares of the view, goes to everything and back to the focus', () => {
    expect(run({ type: 'pan', by: 0.5 }).span).toEqual([40 * DAY, 90 * DAY]);
    expect(run({ type: 'pan', by: -10 }).span[0]).toBe(ctx.full[0]);
    expect(run({ type: 'all' }).span).toEqual(ctx.full);
    expect(run({ type: 'all' }, { type: 'focus' }).span).toEqual(ctx.focus);
    expect(run({ type: 'span', span: [90 * DAY, 110 * DAY] }).span).toEqual([81 * DAY, 101 * DAY]);
    expect(run({ type: 'span', span: [-500 * DAY, 500 * DAY] }).span).toEqual(ctx.full);
  });

  it('closes without forgetting the active milestone', () => {
    const s = run({ type: 'open', id: 'b' }, { type: 'close' });
    expect([s.active, s.opened]).toEqual(['b', null]);
  });
});
