// Zooming and panning are changes of the visible time span; these functions compute the next span
// and keep it within the full one, so the view can never drift off the data.

import { DAY } from '../time';
import type { Span } from './span';

export type { Span };

/** The narrowest view allowed: two weeks, or the full span when that is smaller. */
export function minimumSpan(full: Span): number {
  return Math.min(14 * DAY, full[1] - full[0]);
}

/** Moves and trims a span so it lies within `full`, keeping its length when it can. */
export function clampSpan(span: Span, full: Span): [number, number] {
  const length = Math.min(Math.max(span[1] - span[0], minimumSpan(full)), full[1] - full[0]);
  let start = Math.max(full[0], Math.min(span[0], full[1] - length));
  if (!Number.isFinite(start)) start = full[0];
  return [start, start + length];
}

/** Zooms by `factor` (> 1 zooms in) around `anchor`, which keeps its place on screen. */
export function zoomSpan(span: Span, factor: number, anchor: number, full: Span): [number, number] {
  const length = Math.max((span[1] - span[0]) / factor, minimumSpan(full));
  const ratio = (anchor - span[0]) / (span[1] - span[0] || 1);
  const start = anchor - ratio * length;
  return clampSpan([start, start + length], full);
}

/** Shifts a span by `delta` milliseconds. */
export function panSpan(span: Span, delta: number, full: Span): [number, number] {
  return clampSpan([span[0] + delta, span[1] + delta], full);
}

export function isFullSpan(span: Span, full: Span): boolean {
  return span[0] <= full[0] && span[1] >= full[1];
}
