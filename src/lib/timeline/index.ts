// The timeline's pure modules: content → chart milestones → geometry → SVG markup.
export { boxesOverlap, placeInLanes, stackLabels, type Box } from './labels';
export { clampSpan, isFullSpan, minimumSpan, panSpan, zoomSpan, type Span } from './domain';
export {
  forecasts,
  layoutTimeline,
  verticalBelow,
  type ChartLabel,
  type ChartMark,
  type TimelineGeometry,
} from './layout';
export { chartMilestones, fullDomain, withinRange, type ChartMilestone } from './model';
export { formatRange, parseRange, rangeSpan, type MonthRange } from './range';
export { scaleLinear } from './scale';
export { renderTimelineSvg } from './svg';
export { estimateTextWidth, wrapWords } from './text';
export { timeTicks } from './ticks';
