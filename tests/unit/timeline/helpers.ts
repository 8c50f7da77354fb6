// Shared inputs and checks for the timeline tests: fixture timelines, validated like the build does,
// generated ones of any size, and the drawing rules every geometry must keep. Never the editorial
// content: an editor adding or correcting a milestone must not break a code test.
import { loadContent } from '../../../src/lib/content/load';
import { formatProblem } from '../../../src/lib/content/problems';
import type { MilestoneKind } from '../../../src/lib/content/schema';
import { boxesOverlap, segmentHitsBox, type Box, type Segment } from '../../../src/lib/timeline/labels';
import { MARK_RADIUS, type TimelineGeometry } from '../../../src/lib/timeline/layout';
import type { ChartData, ChartMilestone } from '../../../src/lib/timeline/model';
import { DAY } from '../../../src/lib/time';
import { openingChart } from '../../../src/lib/timeline/opening';

export const chartFixtures = 'tests/fixtures/content/chart';

/** "Today" for every code test: the build's day never changes a test's outcome. */
export const TODAY = '2026-12-06';
/** chartData's options for fixtures: as of TODAY, "until <date>" in English. */
export const AS_OF = { asOf: TODAY, until: 'until {date}' } as const;

/** A fixture timeline's chart as it opens, in one language (tests/fixtures/content/chart/timelines/). */
export function openingFixture(id: string, lang: 'id' | 'en' = 'en') {
  return openingChart(fixtureTimeline(id).timeline, lang, { today: TODAY });
}

/** A frozen, real-shaped copy of the migration timeline (tests/fixtures/content/chart/timelines/migration.yaml). */
export function fixtureTimeline(id = 'migration') {
  const { content, problems } = loadContent(chartFixtures);
  const errors = problems.filter((p) => p.severity === 'error');
  if (errors.length) throw new Error(`${chartFixtures} is invalid:\n${errors.map(formatProblem).join('\n')}`);
  const timeline = content.timelines.find((t) => t.id === id);
  if (!timeline) throw new Error(`no fixture timeline "${id}"`);
  return { timeline, sources: new Map(content.sources.map((s) => [s.id, s])) };
}

const KINDS: MilestoneKind[] = ['business', 'regulation', 'enforcement', 'deadline'];
const reporters = [
  { id: 'ministry', name: 'Ministry', line: true },
  { id: 'minister', name: 'Minister', line: false },
  { id: 'outlet', name: 'Outlet', line: false },
];

/**
 * `n` milestones `spacing` days apart from 1 January 2024: every fifth a progress report (every
 * tenth an estimate, every fifteenth with a second reporter's figure that disagrees), the rest
 * events of each kind in turn, labels of `labelLength` characters.
 */
export function generated(n: number, { spacing = 1, labelLength = 20 } = {}): ChartData {
  const start = Date.UTC(2024, 0, 1);
  const milestones = Array.from({ length: n }, (_, i): ChartMilestone => {
    const time = start + i * spacing * DAY + DAY / 2;
    const progress = i % 5 === 0;
    const base = `Milestone ${i} `;
    return {
      id: `m${i}`,
      kind: progress ? 'progress' : KINDS[i % KINDS.length]!,
      time,
      span: [time - DAY / 2, time + DAY / 2],
      label: (base + 'x'.repeat(Math.max(0, labelLength - base.length))).slice(0, Math.max(labelLength, base.length)),
      ...(progress
        ? {
            progress: { time, value: Math.min(100, 40 + (i % 60)), estimate: i % 10 === 0, reporter: 0 },
            ...(i % 15 === 0
              ? { reports: [{ time: time + DAY, value: Math.min(100, 30 + (i % 60)), estimate: false, reporter: 1 }] }
              : {}),
          }
        : {}),
    };
  });
  return { milestones, reporters };
}

/** Eight events within three days, with labels of 40 characters, among a few reports. */
export function cluster(): ChartData {
  const base = generated(30, { spacing: 3, labelLength: 24 });
  const at = Date.UTC(2024, 0, 40);
  const events = Array.from({ length: 8 }, (_, i): ChartMilestone => {
    const time = at + (i * 3 * DAY) / 8;
    return {
      id: `c${i}`,
      kind: KINDS[i % KINDS.length]!,
      time,
      span: [time - DAY / 2, time + DAY / 2],
      label: `Clustered event ${i} with a forty-char lab`.slice(0, 40),
    };
  });
  return { ...base, milestones: [...base.milestones, ...events].sort((a, b) => a.time - b.time) };
}

const markBox = (p: { x: number; y: number }): Box => ({
  x: p.x - MARK_RADIUS,
  y: p.y - MARK_RADIUS,
  width: 2 * MARK_RADIUS,
  height: 2 * MARK_RADIUS,
});

function pathSegments(d: string | null): Segment[] {
  const pts = (d?.match(/-?\d+(?:\.\d+)?,-?\d+(?:\.\d+)?/g) ?? []).map((p) => p.split(',').map(Number));
  return pts.slice(1).map((p, i) => ({ x1: pts[i]![0]!, y1: pts[i]![1]!, x2: p[0]!, y2: p[1]! }));
}

/**
 * Every way a geometry breaks the chart's drawing rules, as readable strings (none: []):
 * labels overlapping labels, marks or "+N" markers; leaders and lines crossing a label that is not
 * their own; labels outside the chart.
 */
export function ruleBreaks(g: TimelineGeometry): string[] {
  const found: string[] = [];
  const { labels } = g;
  // Text boxes are estimated; one pixel of slack keeps rounding from counting as an overlap.
  const shrink = (b: Box): Box => ({ x: b.x + 0.5, y: b.y + 0.5, width: b.width - 1, height: b.height - 1 });
  for (let i = 0; i < labels.length; i++) {
    const a = labels[i]!;
    if (
      a.box.x < -0.5 ||
      a.box.x + a.box.width > g.width + 0.5 ||
      a.box.y < -0.5 ||
      a.box.y + a.box.height > g.height + 0.5
    )
      found.push(`label ${a.key} lies outside the chart`);
    for (let j = i + 1; j < labels.length; j++)
      if (boxesOverlap(shrink(a.box), shrink(labels[j]!.box)))
        found.push(`label ${a.key} overlaps label ${labels[j]!.key}`);
    for (const m of g.marks)
      if (boxesOverlap(shrink(a.box), markBox(m))) found.push(`label ${a.key} covers mark ${m.id}`);
    for (const p of g.points)
      if (boxesOverlap(shrink(a.box), markBox(p))) found.push(`label ${a.key} covers a figure of ${p.for}`);
    for (const m of g.more) if (boxesOverlap(shrink(a.box), m)) found.push(`label ${a.key} covers marker ${m.text}`);
    for (const l of g.leaders)
      if (l.for !== a.for && segmentHitsBox(l, shrink(a.box))) found.push(`leader of ${l.for} crosses label ${a.key}`);
    for (const s of pathSegments(g.series))
      if (segmentHitsBox(s, shrink(a.box))) found.push(`the series line crosses label ${a.key}`);
    for (const p of g.projections)
      if (p.key !== a.key)
        for (const s of pathSegments(p.path))
          if (segmentHitsBox(s, shrink(a.box))) found.push(`projection ${p.key} crosses label ${a.key}`);
  }
  for (let i = 0; i < g.more.length; i++)
    for (let j = i + 1; j < g.more.length; j++)
      if (boxesOverlap(g.more[i]!, g.more[j]!)) found.push(`markers ${g.more[i]!.text} and ${g.more[j]!.text} overlap`);
  return found;
}

/** Milestones in the view that have neither a label nor a place in a "+N" marker. */
export function unaccounted(g: TimelineGeometry): string[] {
  const labelled = new Set(g.labels.filter((l) => l.role === 'milestone').map((l) => l.for));
  const counted = new Set(g.more.flatMap((m) => m.ids));
  return g.marks.map((m) => m.id).filter((id) => !labelled.has(id) && !counted.has(id));
}
