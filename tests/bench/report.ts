// Turns the results into tables (Markdown, readable as they are in a terminal) and the goals'
// verdicts, and writes bench-results/latest.json and latest.md.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BuildResult } from './build';
import { categories, type LighthousePage } from './lighthouse';
import type { NodeTimings } from './measure-node';
import type { OurPageResult } from './measure-browser';
import type { Sampled } from './stats';
import type { TimelineJsResult } from './timelinejs';

export interface Machine {
  cpus: number;
  cpuModel: string;
  memoryGb: number;
  os: string;
  node: string;
  chromium: string;
  chromiumOrigin: string;
  timelineJs: string;
  commit: string;
  /** 1-minute load average before and after: other work on the machine skews every figure. */
  loadAverage: { start: number; end: number };
}

export type Outcome<T> = { ok: true; value: T } | { ok: false; error: string };

export interface BrowserSize {
  milestones: number;
  label: string;
  /** Fewer loads or steps than the other sizes, said in the output. */
  reduced: boolean;
  ours: Outcome<OurPageResult>;
  embed: Outcome<Pick<OurPageResult, 'url' | 'weight' | 'loads'>>;
  timelineJs: Outcome<TimelineJsResult>;
}

export interface Results {
  date: string;
  mode: 'full' | 'quick';
  /** The stages this run measured (`--only`). */
  stages: string[];
  /** False while the run is going (or when it was stopped): the files are written after every stage. */
  complete: boolean;
  durationS: number;
  machine: Machine;
  builds: ({ set: string; articles: number; milestones: number } & Outcome<Omit<BuildResult, 'outDir'>>)[];
  node: { milestones: number; timings: NodeTimings }[];
  /** An almost empty page with one module script: what any page costs this browser on this machine. */
  baseline: Outcome<Pick<OurPageResult, 'url' | 'weight' | 'loads'>> | null;
  browser: BrowserSize[];
  /** Lighthouse, one entry per kind of page. */
  lighthouse: ({ kind: string; path: string } & Outcome<LighthousePage>)[];
  /** Per size label. */
  ratios: Record<string, Ratios>;
  goals: Goal[];
  notes: string[];
}

export type Ratios = ReturnType<typeof ratiosFor>;

export interface Goal {
  goal: string;
  measured: string;
  met: boolean | null;
}

const int = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });
const dec = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1, minimumFractionDigits: 1 });

export const fmt = {
  ms: (v: number) => (v < 1 ? `${v.toFixed(2)} ms` : v < 10 ? `${dec.format(v)} ms` : `${int.format(v)} ms`),
  s: (ms: number) =>
    ms < 60_000 ? `${dec.format(ms / 1000)} s` : `${Math.floor(ms / 60_000)} min ${Math.round((ms % 60_000) / 1000)} s`,
  kb: (bytes: number) => `${dec.format(bytes / 1024)} kB`,
  ratio: (r: number | null) => (r === null || !Number.isFinite(r) ? '–' : `${r < 10 ? dec.format(r) : int.format(r)}×`),
  n: (v: number) => int.format(v),
};

/** A Markdown table with padded columns, so it reads as well in a terminal as in the README. */
export function table(head: string[], rows: string[][], align: ('l' | 'r')[] = []): string {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const cell = (text: string, i: number) => (align[i] === 'r' ? text.padStart(widths[i]!) : text.padEnd(widths[i]!));
  const line = (cells: string[]) => `| ${cells.map(cell).join(' | ')} |`;
  const rule = `| ${widths.map((w, i) => (align[i] === 'r' ? '-'.repeat(w - 1) + ':' : '-'.repeat(w))).join(' | ')} |`;
  return [line(head), rule, ...rows.map(line)].join('\n');
}

const ratio = (theirs: number | undefined, ours: number | undefined) =>
  theirs === undefined || ours === undefined || ours <= 0 ? null : theirs / ours;

/** TimelineJS ÷ ours, for every figure measured on both sides: above 1 means ours is smaller or faster. */
export function ratiosFor(size: BrowserSize) {
  const ours = size.ours.ok ? size.ours.value : undefined;
  const embed = size.embed.ok ? size.embed.value : undefined;
  const tl = size.timelineJs.ok ? size.timelineJs.value : undefined;
  return {
    interactive: ratio(tl?.loads.interactive.median, ours?.loads.interactive.median),
    interactiveAfterLoad: ratio(tl?.loads.afterLoad.median, ours?.loads.afterLoad.median),
    stepHandler: ratio(tl?.navigation.handler.median, ours?.key.handler.median),
    stepToNextFrame: ratio(tl?.navigation.toNextFrame.median, ours?.key.toNextFrame.median),
    zoomHandler: ratio(tl?.zoom.handler.median, ours?.zoom.handler.median),
    zoomToNextFrame: ratio(tl?.zoom.toNextFrame.median, ours?.zoom.toNextFrame.median),
    jsGzip: ratio(tl?.weight.js.gzip, ours?.weight.js.gzip),
    totalGzip: ratio(tl?.weight.total.gzip, ours?.weight.total.gzip),
    totalRaw: ratio(tl?.weight.total.raw, ours?.weight.total.raw),
    embedTotalGzip: ratio(tl?.weight.total.gzip, embed?.weight.total.gzip),
  };
}

/** The issue's goals for the bench, judged from the results (null: not measured in this run). */
export function evaluateGoals(results: Results): Goal[] {
  const at1000 = results.browser.find((s) => s.milestones === 1000);
  const ours = at1000?.ours.ok ? at1000.ours.value : undefined;
  const byteRatios = results.browser
    .filter((s) => s.ours.ok && s.timelineJs.ok)
    .map((s) => ({ label: s.label, ratio: ratiosFor(s).totalGzip ?? 0 }));
  const worst = Math.min(...byteRatios.map((r) => r.ratio));
  const articles = results.builds.find((b) => b.articles === 2000);
  const measured = results.lighthouse.flatMap((p) => (p.ok ? [p.value] : []));
  const below = measured.flatMap((p) =>
    categories.filter((c) => p.scores[c] < 100).map((c) => `${p.kind}: ${c} ${p.scores[c]}`),
  );
  return [
    {
      goal: 'timeline page interactive < 100 ms after load, 1,000 milestones',
      measured: ours ? fmt.ms(ours.loads.afterLoad.median) : 'not measured',
      met: ours ? ours.loads.afterLoad.median < 100 : null,
    },
    {
      goal: 'keyboard step < 16 ms, 1,000 milestones',
      measured: ours
        ? `${fmt.ms(ours.key.handler.median)} (to the next frame ${fmt.ms(ours.key.toNextFrame.median)})`
        : 'not measured',
      met: ours ? ours.key.handler.median < 16 : null,
    },
    {
      goal: '≥ 5× fewer bytes (gzip) than TimelineJS3, same data',
      measured: byteRatios.length
        ? byteRatios.map((r) => `${r.label}: ${fmt.ratio(r.ratio)}`).join(', ')
        : 'not measured',
      met: byteRatios.length ? worst >= 5 : null,
    },
    {
      goal: '1,000-article site (× 2 languages) builds in < 2 minutes',
      measured: articles ? (articles.ok ? fmt.s(articles.value.ms) : articles.error.split('\n')[0]!) : 'not measured',
      met: articles ? articles.ok && articles.value.ms < 120_000 : null,
    },
    {
      goal: 'Lighthouse (mobile) 100 in all four categories on every page type',
      measured: !results.lighthouse.length
        ? 'not measured'
        : below.length
          ? `below 100: ${below.join('; ')}`
          : `100 everywhere (${measured.length} page types)`,
      met: results.lighthouse.length ? !below.length && measured.length === results.lighthouse.length : null,
    },
  ];
}

const med = (s: Sampled) => s.median;
const failed = (o: Outcome<unknown>) => (o.ok ? '' : `failed: ${o.error.split('\n')[0]!.slice(0, 80)}`);

function buildTable(results: Results) {
  return table(
    ['content set', 'pages', 'build time'],
    results.builds.map((b) => [b.set, b.ok ? fmt.n(b.value.pages) : '', b.ok ? fmt.s(b.value.ms) : failed(b)]),
    ['l', 'r', 'r'],
  );
}

function nodeTable(results: Results) {
  return table(
    ['milestones', 'chartData', 'fullDomain', 'layout 1100 px', 'layout 360 px', 'SVG', 'redraw (layout+SVG)'],
    results.node.map(({ milestones, timings: t }) => [
      fmt.n(milestones),
      fmt.ms(med(t.chartData)),
      fmt.ms(med(t.fullDomain)),
      fmt.ms(med(t.layoutWide)),
      fmt.ms(med(t.layoutNarrow)),
      fmt.ms(med(t.renderSvg)),
      fmt.ms(med(t.redraw)),
    ]),
    ['r', 'r', 'r', 'r', 'r', 'r', 'r'],
  );
}

/** "ours · TimelineJS (ratio)" in one cell. */
const pair = (ours: string | undefined, theirs: string | undefined, r: number | null) =>
  `${ours ?? '–'} · ${theirs ?? '–'} (${fmt.ratio(r)})`;

function timeTable(results: Results) {
  return table(
    [
      'milestones',
      'interactive',
      'after load',
      'key step',
      'key → frame',
      'zoom step',
      'zoom → frame',
      'ours: zoom → frame, all in view',
    ],
    results.browser.map((size) => {
      const o = size.ours.ok ? size.ours.value : undefined;
      const tl = size.timelineJs.ok ? size.timelineJs.value : undefined;
      const r = ratiosFor(size);
      const ms = (s: Sampled | undefined) => (s ? fmt.ms(s.median) : undefined);
      return [
        size.label + (size.reduced ? ' †' : ''),
        pair(ms(o?.loads.interactive), ms(tl?.loads.interactive), r.interactive),
        pair(ms(o?.loads.afterLoad), ms(tl?.loads.afterLoad), r.interactiveAfterLoad),
        pair(ms(o?.key.handler), ms(tl?.navigation.handler), r.stepHandler),
        pair(ms(o?.key.toNextFrame), ms(tl?.navigation.toNextFrame), r.stepToNextFrame),
        pair(ms(o?.zoom.handler), ms(tl?.zoom.handler), r.zoomHandler),
        pair(ms(o?.zoom.toNextFrame), ms(tl?.zoom.toNextFrame), r.zoomToNextFrame),
        o?.zoomAll ? `${ms(o.zoomAll.toNextFrame)} (step ${ms(o.zoomAll.handler)})` : '–',
      ];
    }),
    ['r', 'r', 'r', 'r', 'r', 'r', 'r', 'r'],
  );
}

function bytesTable(results: Results) {
  return table(
    ['milestones', 'JS gzip', 'total gzip', 'total raw', 'our embed page, total gzip', 'blocked requests'],
    results.browser.map((size) => {
      const o = size.ours.ok ? size.ours.value.weight : undefined;
      const e = size.embed.ok ? size.embed.value.weight : undefined;
      const tl = size.timelineJs.ok ? size.timelineJs.value.weight : undefined;
      const r = ratiosFor(size);
      const kb = (v: number | undefined) => (v === undefined ? undefined : fmt.kb(v));
      return [
        size.label,
        pair(kb(o?.js.gzip), kb(tl?.js.gzip), r.jsGzip),
        pair(kb(o?.total.gzip), kb(tl?.total.gzip), r.totalGzip),
        pair(kb(o?.total.raw), kb(tl?.total.raw), r.totalRaw),
        pair(kb(e?.total.gzip), kb(tl?.total.gzip), r.embedTotalGzip),
        `${o?.blocked.length ?? '–'} · ${tl?.blocked.length ?? '–'}`,
      ];
    }),
    ['r', 'r', 'r', 'r', 'r', 'r'],
  );
}

function lighthouseSection(results: Results) {
  if (!results.lighthouse.length) return '';
  const rows = results.lighthouse.map((p) => {
    if (!p.ok) return [p.kind, failed(p), '', '', '', '', '', '', '', '', ''];
    const v = p.value;
    return [
      `${p.kind} (\`${p.path}\`)`,
      ...categories.map((c) => String(v.scores[c])),
      fmt.ms(v.metrics.fcp),
      fmt.ms(v.metrics.lcp),
      fmt.ms(v.metrics.tbt),
      v.metrics.cls.toFixed(3),
      fmt.ms(v.metrics.si),
      fmt.n(v.benchmarkIndex),
    ];
  });
  const lost = results.lighthouse.flatMap((p) =>
    p.ok
      ? p.value.lost.map(
          (l) => `- ${p.kind}, ${l.category}: ${l.title} (\`${l.audit}\`, ${l.runs} of ${p.value.runs} runs)`,
        )
      : [],
  );
  const foreign = results.lighthouse.flatMap((p) => (p.ok ? p.value.foreignRequests : []));
  return `### Lighthouse (mobile, simulated throttling): medians\n\n"Machine": Lighthouse's benchmark index of this machine during the runs (higher is faster); its simulated timings scale the work it saw, so a busy machine raises TBT.\n\n${table(
    [
      'page',
      'performance',
      'accessibility',
      'best practices',
      'SEO',
      'FCP',
      'LCP',
      'TBT',
      'CLS',
      'Speed Index',
      'machine',
    ],
    rows,
    ['l', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r'],
  )}\n\nWhat cost points: ${lost.length ? `\n\n${lost.join('\n')}` : 'nothing.'}\n\nRequests to other hosts: ${foreign.length ? foreign.join(', ') : 'none'}.\n\n`;
}

function htmlLine(results: Results) {
  const rows = results.browser.flatMap((size) => {
    if (!size.ours.ok) return [];
    const h = size.ours.value.html;
    return [[size.label, fmt.kb(h.total), fmt.kb(h.staticCharts), fmt.kb(h.list), fmt.kb(h.chartData)]];
  });
  if (!rows.length) return '';
  return `### Where our timeline page's HTML goes (gzip of each part on its own)\n\n${table(
    ['milestones', 'whole HTML', 'static charts (3 widths)', 'milestone list', 'chart data (JSON)'],
    rows,
    ['r', 'r', 'r', 'r', 'r'],
  )}\n\n`;
}

function baselineLine(results: Results) {
  const b = results.baseline;
  if (!b?.ok) return '';
  return ` For scale, an almost empty page with one module script setting the same mark: ${fmt.ms(b.value.loads.interactive.median)} from navigation start, ${fmt.ms(b.value.loads.afterLoad.median)} after load.`;
}

function failures(results: Results) {
  const lines: string[] = [];
  for (const size of results.browser)
    for (const [side, o] of [
      ['our page', size.ours],
      ['our embed', size.embed],
      ['TimelineJS', size.timelineJs],
    ] as const)
      if (!o.ok) lines.push(`- ${size.label}, ${side}: ${failed(o)}`);
  return lines;
}

export function blockedHosts(results: Results) {
  const hosts = new Map<string, number>();
  for (const size of results.browser)
    if (size.timelineJs.ok)
      for (const url of size.timelineJs.value.weight.blocked) {
        const host = new URL(url).host;
        hosts.set(host, (hosts.get(host) ?? 0) + 1);
      }
  return [...hosts].map(([host, count]) => `${host} (${count})`).join(', ');
}

export function renderReport(results: Results): string {
  const m = results.machine;
  const sections = [
    `${results.complete ? '' : '**Incomplete run.** '}Machine: ${m.cpus} × ${m.cpuModel}, ${m.memoryGb} GB, ${m.os}; Node ${m.node}; Chromium ${m.chromium} (${m.chromiumOrigin}); TimelineJS ${m.timelineJs}; commit ${m.commit}; load average ${m.loadAverage.start} → ${m.loadAverage.end}; ${results.mode} run, ${Math.round(results.durationS)} s.`,
    results.builds.length &&
      `### Build (cold, \`astro build\` incl. social cards and the Pagefind index)\n\n${buildTable(results)}`,
    results.node.length && `### Timeline functions in Node (median per call)\n\n${nodeTable(results)}`,
    results.browser.length &&
      `### Timeline page in headless Chromium: ours · TimelineJS3 (TimelineJS ÷ ours)\n\nMedians. "Interactive": our \`tl-interactive\` mark, TimelineJS's \`ready\` event, from navigation start; "after load": the same minus the HTML response's end. Key step: our ArrowRight/ArrowLeft to the next milestone (\`tl-key\`) · TimelineJS's next-slide button; zoom: \`+\`/\`-\` (\`tl-zoom\`) · its zoom buttons. "→ frame": from the input to the end of the next frame (requestAnimationFrame, then a task), so it moves in steps of a display frame (16.7 ms).${baselineLine(results)}\n\n${timeTable(results)}`,
    results.browser.length &&
      `### Bytes per page: ours · TimelineJS3 (TimelineJS ÷ ours)\n\nEvery response body, gzipped here for a like-for-like measure (our server sends Brotli, smaller still; TimelineJS's files are served as they are). Blocked requests: ours · TimelineJS's, to other hosts (${blockedHosts(results) || 'none'}); their bytes are not counted.\n\n${bytesTable(results)}`,
    `${htmlLine(results)}${lighthouseSection(results)}### Goals\n\n${table(
      ['goal', 'measured', 'met'],
      results.goals.map((g) => [g.goal, g.measured, g.met === null ? 'not measured' : g.met ? 'yes' : 'no']),
    )}`,
  ].filter((section): section is string => !!section);
  const problems = failures(results);
  if (problems.length) sections.push(`### Failed measurements\n\n${problems.join('\n')}`);
  if (results.notes.length) sections.push(`### Notes\n\n${results.notes.map((n) => `- ${n}`).join('\n')}`);
  return sections.join('\n\n') + '\n';
}

export function writeResults(dir: string, results: Results, markdown: string) {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'latest.json'), JSON.stringify(results, null, 2) + '\n');
  writeFileSync(join(dir, 'latest.md'), markdown);
}
