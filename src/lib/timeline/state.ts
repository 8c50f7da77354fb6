// The chart's state and the rules that change it, as a pure reducer: which milestone is active (the
// keyboard's or pointer's) and which is opened (its card pinned), which kinds are shown, and the
// visible span. src/scripts/timeline/chart.ts only turns events into these actions and draws the
// state; every rule lives here, where unit tests reach it.
import type { MilestoneKind } from '../content/schema';
import { axisTime } from './model';
import { clampSpan, panSpan, zoomSpan } from './zoom';
import { inSpan, type Span } from './span';

export interface ChartState {
  /** The milestone the keyboard or pointer is on: its mark is ringed and its card shown. */
  active: string | null;
  /** The milestone whose card is pinned open (by Enter, a tap or the URL). */
  opened: string | null;
  /** Kinds the reader filtered out. */
  hidden: readonly MilestoneKind[];
  /** Only milestones with reported figures. */
  progressOnly: boolean;
  /** The visible span, half-open. */
  span: Span;
}

/** What the rules need to know about a milestone. */
export interface ContextMilestone {
  id: string;
  kind: MilestoneKind;
  time: number;
  progress?: unknown;
  /** Dated after the axis' end (drawn at it). */
  later?: string | undefined;
}

export interface ChartContext<M extends ContextMilestone = ContextMilestone> {
  /** In time order. */
  milestones: readonly M[];
  /** The whole timeline: zooming out stops here. */
  full: Span;
  /** The view the chart opens on: the weeks with progress reports. */
  focus: Span;
}

export type ChartAction =
  | { type: 'activate'; id: string | null }
  | { type: 'open'; id: string }
  | { type: 'close' }
  | { type: 'zoom'; factor: number; anchor?: number | undefined }
  | { type: 'focus' }
  | { type: 'all' }
  /** Moves the span by a share of its own length: -1 a whole span earlier, 0.5 half a span later. */
  | { type: 'pan'; by: number }
  | { type: 'span'; span: Span }
  | { type: 'kind'; kind: MilestoneKind; shown: boolean }
  | { type: 'progressOnly'; on: boolean };

export function initialState(ctx: ChartContext, opened: string | null = null): ChartState {
  const state: ChartState = { active: null, opened: null, hidden: [], progressOnly: false, span: ctx.focus };
  return opened ? reduce(state, { type: 'open', id: opened }, ctx) : state;
}

/** The milestones the filters let through, in time order: the keyboard moves among these. */
export function shownMilestones<M extends ContextMilestone>(
  state: Pick<ChartState, 'hidden' | 'progressOnly'>,
  milestones: readonly M[],
): M[] {
  return milestones.filter((m) => (state.progressOnly ? !!m.progress : !state.hidden.includes(m.kind)));
}

/** The milestones the filters let through that the span shows (what the status line counts). */
export function inViewMilestones<M extends ContextMilestone>(state: ChartState, ctx: ChartContext<M>): M[] {
  return shownMilestones(state, ctx.milestones).filter((m) => inSpan(axisTime(m, ctx.full), state.span));
}

/** The span moved, keeping its length, so that the milestone is in it (centred when it had to move). */
function reveal(span: Span, m: ContextMilestone, full: Span): Span {
  const time = axisTime(m, full);
  if (inSpan(time, span)) return span;
  const half = (span[1] - span[0]) / 2;
  return clampSpan([time - half, time + half], full);
}

export function reduce(state: ChartState, action: ChartAction, ctx: ChartContext): ChartState {
  const shown = shownMilestones(state, ctx.milestones);
  const find = (id: string | null) => (id ? shown.find((m) => m.id === id) : undefined);
  switch (action.type) {
    case 'activate': {
      const m = find(action.id);
      if (!m) return action.id === null ? { ...state, active: null } : state;
      return { ...state, active: m.id, span: reveal(state.span, m, ctx.full) };
    }
    case 'open': {
      const m = find(action.id);
      if (!m) return state;
      return { ...state, active: m.id, opened: m.id, span: reveal(state.span, m, ctx.full) };
    }
    case 'close':
      return { ...state, opened: null };
    case 'zoom': {
      const active = find(state.active);
      const anchor =
        action.anchor ??
        (active && inSpan(axisTime(active, ctx.full), state.span)
          ? axisTime(active, ctx.full)
          : (state.span[0] + state.span[1]) / 2);
      return { ...state, span: zoomSpan(state.span, action.factor, anchor, ctx.full) };
    }
    case 'focus':
      return { ...state, span: ctx.focus };
    case 'all':
      return { ...state, span: ctx.full };
    case 'pan':
      return { ...state, span: panSpan(state.span, action.by * (state.span[1] - state.span[0]), ctx.full) };
    case 'span':
      return { ...state, span: clampSpan(action.span, ctx.full) };
    case 'kind':
    case 'progressOnly': {
      const next =
        action.type === 'kind'
          ? {
              ...state,
              hidden: action.shown
                ? state.hidden.filter((k) => k !== action.kind)
                : [...new Set([...state.hidden, action.kind])],
            }
          : { ...state, progressOnly: action.on };
      const still = new Set(shownMilestones(next, ctx.milestones).map((m) => m.id));
      return {
        ...next,
        active: next.active && still.has(next.active) ? next.active : null,
        opened: next.opened && still.has(next.opened) ? next.opened : null,
      };
    }
  }
}
