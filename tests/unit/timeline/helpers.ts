// Shared inputs for the timeline tests: the real migration timeline, validated like the build does.
import { loadContent } from '../../../src/lib/content/load';
import type { ChartMilestone } from '../../../src/lib/timeline/model';

export function realTimeline() {
  const { content, problems } = loadContent('content');
  if (problems.some((p) => p.severity === 'error')) throw new Error('content/ is invalid');
  const timeline = content.timelines.find((t) => t.id === 'tiktok-tokopedia-migration');
  if (!timeline) throw new Error('the migration timeline is missing');
  return { timeline, sources: new Map(content.sources.map((s) => [s.id, s])) };
}

const DAY = 86_400_000;

/** `n` generated milestones one day apart, every fifth a progress report. */
export function generated(n: number): ChartMilestone[] {
  const start = Date.UTC(2024, 0, 1);
  return Array.from({ length: n }, (_, i) => ({
    id: `m${i}`,
    kind: i % 5 === 0 ? 'progress' : 'business',
    time: start + i * DAY + DAY / 2,
    span: [start + i * DAY, start + (i + 1) * DAY] as [number, number],
    label: `Milestone number ${i}`,
    ...(i % 5 === 0 ? { progress: { value: Math.min(100, i), estimate: i % 10 === 0 } } : {}),
  }));
}
