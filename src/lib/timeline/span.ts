// One rule for every stretch of time in the timeline code, month ranges, the visible span, the
// focus and a deadline's band alike: UTC milliseconds, half-open, [start, end).

export type Span = readonly [number, number];

/** True when `time` lies in the half-open span. */
export const inSpan = (time: number, [start, end]: Span) => time >= start && time < end;
