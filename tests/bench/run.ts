// `npm run bench`: build times, the timeline's layout functions in Node, the timeline page
// against TimelineJS3 in headless Chromium, and Lighthouse over each kind of page. Prints Markdown
// tables and writes bench-results/latest.json and latest.md (after every stage, so a stopped run
// keeps what it has). Not part of `npm test`.
//
//   npm run bench                       the full run
//   npm run bench -- --quick            a smoke run: small sets, few repetitions (a few minutes)
//   npm run bench -- --only lighthouse  some stages only (comma-separated): node, timeline,
//                                       builds, lighthouse
//   npm run bench -- --only timeline --milestones 1000
//                                       the generated timelines' sizes (node and timeline stages)
//
// Everything generated (content, project copies, builds) lives in one temporary folder, removed at
// the end, also after a failure or Ctrl+C.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import { cpus, loadavg, platform, release, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import type { Browser } from '@playwright/test';
import { serve } from '../../src/cli/serve';
import { loadContent } from '../../src/lib/content/load';
import { featuredTimeline } from '../../src/lib/site';
import type { Source, TimelineData } from '../../src/lib/content/schema';
import { launchBrowser } from './browser';
import { launchLighthouseChrome, lighthousePages, lighthouseVersion, measureLighthouse } from './lighthouse';
import { buildSite, prepareProject, repoRoot, stopBuilds } from './build';
import {
  benchTimelineId,
  generateTimeline,
  realContent,
  realSourceIds,
  writeArticleSet,
  writeTimelineSet,
} from './generate';
import { measureLoads, measureOurPage, writeBaselinePage, type Repeats } from './measure-browser';
import { measureNode } from './measure-node';
import { evaluateGoals, fmt, ratiosFor, renderReport, writeResults, type Outcome, type Results } from './report';
import { round } from './stats';
import {
  measureTimelineJs,
  prepareTimelineJsSite,
  timelineJsVersion,
  toTimelineJs,
  writeTimelineJsData,
} from './timelinejs';

const stages = ['node', 'timeline', 'builds', 'lighthouse'] as const;
type Stage = (typeof stages)[number];
const { values: flags } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    only: { type: 'string', default: stages.join(',') },
    // The generated timelines' sizes, for the node and timeline stages (e.g. --milestones 1000).
    milestones: { type: 'string' },
  },
});
const quick = flags.quick;
const only = new Set(flags.only.split(',').map((s) => s.trim()));
const unknownStages = [...only].filter((s) => !(stages as readonly string[]).includes(s));
if (unknownStages.length) {
  console.error(`--only: unknown stage ${unknownStages.join(', ')}; the stages are ${stages.join(', ')}.`);
  process.exit(2);
}
const runs = (stage: Stage) => only.has(stage);

const sizes = flags.milestones?.split(',').map((s) => Number(s.trim()));
if (sizes?.some((n) => !Number.isInteger(n) || n < 1)) {
  console.error(`--milestones: whole numbers separated by commas, such as 10,1000; found "${flags.milestones}".`);
  process.exit(2);
}
const plan = quick
  ? { articles: [20], milestones: sizes ?? [10, 1000], nodeBudgetMs: 100, buildTimeoutMs: 10 * 60_000 }
  : {
      articles: [100, 1000],
      milestones: sizes ?? [10, 100, 1000, 10_000],
      nodeBudgetMs: 1000,
      buildTimeoutMs: 20 * 60_000,
    };

type SizeRepeats = Repeats & { navigationSteps: number; timelineJsZoomSteps: number; reduced: boolean };

const fullRepeats: SizeRepeats = {
  loads: 5,
  keySteps: 20,
  zoomSteps: 10,
  navigationSteps: 8,
  timelineJsZoomSteps: 4,
  timeoutMs: 60_000,
  reduced: false,
};

/** Fewer repetitions where one page load takes seconds; the output says where. */
function repeatsFor(milestones: number): SizeRepeats {
  if (quick) return { ...fullRepeats, loads: 2, keySteps: 5, zoomSteps: 4, navigationSteps: 3, timelineJsZoomSteps: 2 };
  if (milestones >= 10_000)
    return {
      ...fullRepeats,
      loads: 2,
      keySteps: 10,
      zoomSteps: 6,
      navigationSteps: 4,
      timeoutMs: 300_000,
      reduced: true,
    };
  return fullRepeats;
}

// Ports of their own: the browser tests use 4398 and 4399.
const SITE_PORT = 4410;
const TIMELINEJS_PORT = 4411;
/** Lighthouse runs per page: the median of three. */
const LIGHTHOUSE_RUNS = quick ? 1 : 3;

const work = mkdtempSync(join(tmpdir(), 'permendag-bench-'));
const resultsDir = join(repoRoot, 'bench-results');
const servers = new Set<Server>();
let browser: Browser | undefined;

function stop(server: Server) {
  servers.delete(server);
  server.closeAllConnections();
  server.close();
}

async function cleanup() {
  await stopBuilds();
  await browser?.close().catch(() => undefined);
  for (const server of servers) stop(server);
  try {
    rmSync(work, { recursive: true, force: true, maxRetries: 5 });
  } catch (error) {
    console.error(`Could not remove ${work}: ${String(error)}`);
  }
}

let interrupted = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const)
  process.once(signal, () => {
    interrupted = true;
    console.error(`\n${signal}: stopping and removing ${work}`);
    void cleanup().finally(() => process.exit(130));
  });

const started = performance.now();
const log = (message: string) => console.log(`[${fmt.s(performance.now() - started).padStart(7)}] ${message}`);

async function attempt<T>(what: string, fn: () => Promise<T>): Promise<Outcome<T>> {
  try {
    return { ok: true, value: await fn() };
  } catch (error) {
    if (interrupted) throw error;
    const message = error instanceof Error ? error.message : String(error);
    log(`${what} failed: ${message.split('\n')[0]}`);
    return { ok: false, error: message };
  }
}

function gitCommit() {
  const git = (...args: string[]) => execFileSync('git', args, { cwd: repoRoot, encoding: 'utf8' }).trim();
  try {
    const dirty = git('status', '--porcelain', '--', 'src', 'content', 'astro.config.mjs');
    return `${git('rev-parse', '--short', 'HEAD')}${dirty ? ' (with uncommitted changes in src/ or content/)' : ''}`;
  } catch {
    return 'unknown';
  }
}

async function main() {
  const real = loadContent(realContent).content;
  // The featured timeline (the header's "Timeline"), as readers meet it first.
  const realTimeline = real.timelines.find((t) => t.id === featuredTimeline) ?? real.timelines[0]!;
  const sources: ReadonlyMap<string, Source> = new Map(real.sources.map((s) => [s.id, s]));
  const launched = await launchBrowser();
  browser = launched.browser;

  const results: Results = {
    date: new Date().toISOString(),
    mode: quick ? 'quick' : 'full',
    stages: stages.filter(runs),
    complete: false,
    durationS: 0,
    machine: {
      cpus: cpus().length,
      cpuModel: cpus()[0]?.model.trim() ?? 'unknown',
      memoryGb: round(totalmem() / 2 ** 30, 1),
      os: `${platform()} ${release()}`,
      node: process.version,
      chromium: browser.version(),
      chromiumOrigin: launched.origin,
      timelineJs: timelineJsVersion,
      commit: gitCommit(),
      loadAverage: { start: round(loadavg()[0]!), end: 0 },
    },
    builds: [],
    node: [],
    baseline: null,
    browser: [],
    lighthouse: [],
    ratios: {},
    goals: [],
    notes: [],
  };
  const save = () => {
    // After Ctrl+C, stages fail one after the other; the files keep what was measured before.
    if (interrupted) return;
    results.durationS = round((performance.now() - started) / 1000, 0);
    results.machine.loadAverage.end = round(loadavg()[0]!);
    results.ratios = Object.fromEntries(results.browser.map((s) => [s.label, ratiosFor(s)]));
    results.goals = evaluateGoals(results);
    writeResults(resultsDir, results, renderReport(results));
  };

  // The pure functions first, while nothing else of ours is running.
  for (const n of runs('node') ? plan.milestones : []) {
    log(`timeline functions in Node: ${fmt.n(n)} milestones`);
    results.node.push({ milestones: n, timings: measureNode(generateTimeline(n, realSourceIds()), plan.nodeBudgetMs) });
  }
  save();

  if (!runs('timeline') && !runs('builds') && !runs('lighthouse')) return finish(results, save);

  const project = join(work, 'project');
  prepareProject(project);
  const tljsDir = join(work, 'timelinejs');
  prepareTimelineJsSite(tljsDir);
  const tljsBase = `http://localhost:${TIMELINEJS_PORT}`;
  // The server lists its folder when it starts (sirv), so it is started again after each file the
  // bench writes there (the baseline page, each timeline's data); a file written later is a 404.
  let tljsServer: Server | undefined;
  const restartTljs = async () => {
    if (tljsServer) stop(tljsServer);
    tljsServer = await serve(tljsDir, TIMELINEJS_PORT);
    servers.add(tljsServer);
  };

  if (runs('timeline')) {
    log('browser: baseline (an almost empty page)');
    const baselineUrl = `${tljsBase}/${writeBaselinePage(tljsDir)}`;
    await restartTljs();
    results.baseline = await attempt('baseline page', () => measureLoads(browser!, baselineUrl, repeatsFor(0)));
  }

  /** Builds one content set cold (no cache from the previous build); returns its output folder. */
  async function build(set: string, content: string, counts: { articles: number; milestones: number }) {
    rmSync(join(project, '.bench-cache'), { recursive: true, force: true });
    rmSync(join(work, 'out'), { recursive: true, force: true });
    const outDir = join(work, 'out');
    log(`build: ${set}`);
    const logFile = join(work, `build-${results.builds.length}.log`);
    const built = await attempt(`build of ${set}`, () =>
      buildSite(project, content, outDir, logFile, plan.buildTimeoutMs),
    );
    results.builds.push({
      set,
      ...counts,
      ...(built.ok ? { ok: true, value: { ms: round(built.value.ms, 0), pages: built.value.pages } } : built),
    });
    if (built.ok) log(`  ${fmt.s(built.value.ms)}, ${fmt.n(built.value.pages)} pages`);
    save();
    return built.ok ? outDir : null;
  }

  /** Our timeline and embed pages from a served build, and TimelineJS with the same milestones. */
  async function comparePages(outDir: string, id: string, timeline: TimelineData, label: string) {
    const repeats = repeatsFor(timeline.milestones.length);
    const server = await serve(outDir, SITE_PORT);
    servers.add(server);
    const site = `http://localhost:${SITE_PORT}`;
    try {
      log(`browser: ${label} milestones, our timeline and embed pages (${repeats.loads} loads each)`);
      const ours = await attempt(`our page, ${label}`, () =>
        measureOurPage(browser!, `${site}/en/timeline/${id}/`, timeline.milestones.length, repeats),
      );
      const embed = await attempt(`our embed, ${label}`, () =>
        measureLoads(browser!, `${site}/embed/en/timeline/${id}/`, repeats),
      );
      log(`browser: ${label} milestones, TimelineJS ${timelineJsVersion} (${repeats.loads} loads)`);
      const url = writeTimelineJsData(tljsDir, tljsBase, id, toTimelineJs(timeline, sources));
      await restartTljs();
      const timelineJs = await attempt(`TimelineJS, ${label}`, () => measureTimelineJs(browser!, url, repeats));
      results.browser.push({
        milestones: timeline.milestones.length,
        label,
        reduced: repeats.reduced,
        ours,
        embed,
        timelineJs,
      });
    } finally {
      stop(server);
    }
    save();
  }

  const realOut = await build('real site (content/)', realContent, {
    articles: real.articles.length,
    milestones: realTimeline.milestones.length,
  });
  if (realOut && runs('lighthouse')) await lighthouseStage(realOut);
  if (realOut && runs('timeline'))
    await comparePages(realOut, realTimeline.id, realTimeline, `real (${realTimeline.milestones.length})`);

  for (const n of runs('timeline') ? plan.milestones : []) {
    const content = join(work, 'content');
    const timeline = writeTimelineSet(content, n);
    const out = await build(`real + a timeline of ${fmt.n(n)} milestones`, content, { articles: 0, milestones: n });
    if (out) await comparePages(out, benchTimelineId(n), timeline, fmt.n(n));
    rmSync(content, { recursive: true, force: true });
  }

  // Article sets last: the largest is the slowest build of the run.
  for (const count of runs('builds') ? plan.articles : []) {
    const content = join(work, 'content');
    writeArticleSet(content, count);
    await build(`real + ${fmt.n(count)} articles (× 2 languages)`, content, { articles: count * 2, milestones: 0 });
    rmSync(content, { recursive: true, force: true });
  }

  const reduced = results.browser.filter((s) => s.reduced).map((s) => s.label);
  if (reduced.length) {
    const r = repeatsFor(10_000);
    results.notes.push(
      `† ${reduced.join(', ')} milestones: ${r.loads} page loads per side instead of ${fullRepeats.loads}, ${r.keySteps} key and ${r.zoomSteps} zoom steps, ${r.navigationSteps} TimelineJS navigation steps (one load takes seconds there).`,
    );
  }
  if (results.browser.length)
    results.notes.push(
      'TimelineJS runs in its own embed page from the npm package, unchanged; the local server stands in for cdn.knightlab.com (`script_path` points at it). Between two of its steps the bench waits for its 1 s animation to end; "→ frame" is the first frame of that animation.',
      'Steps are dispatched inside the page (keydown on our focused chart, click() on TimelineJS buttons) so no Playwright round trip is timed.',
      'Chromium reads a large HTML response only as fast as its parser takes it, so for big pages the response ends late and "after load" leaves most of the parsing out; "interactive" (from navigation start) includes it.',
      'Every request to another host is aborted through Playwright routing, for both sides; tried against no routing on the baseline page, it made no measurable difference.',
    );
  if (results.lighthouse.length)
    results.notes.push(
      `Lighthouse ${lighthouseVersion}: its default mobile run (an emulated phone, simulated slow 4G and a 4× slower CPU), ${LIGHTHOUSE_RUNS} run(s) per page, medians; served by src/cli/serve.ts (Brotli, the headers of dist/_headers) from a build of the real site.`,
    );
  if (quick) results.notes.push('Quick run: fewer sizes and repetitions; do not quote these figures.');
  return finish(results, save);

  /** Lighthouse over each kind of page of the real site's build. */
  async function lighthouseStage(outDir: string) {
    const server = await serve(outDir, SITE_PORT);
    servers.add(server);
    const chrome = await launchLighthouseChrome();
    try {
      for (const page of lighthousePages(outDir)) {
        log(`lighthouse: ${page.kind} (${page.path}), ${LIGHTHOUSE_RUNS} run(s)`);
        results.lighthouse.push({
          kind: page.kind,
          path: page.path,
          ...(await attempt(`Lighthouse, ${page.kind}`, () =>
            measureLighthouse(chrome, `http://localhost:${SITE_PORT}`, page, LIGHTHOUSE_RUNS),
          )),
        });
        save();
      }
    } finally {
      chrome.kill();
      stop(server);
    }
  }
}

function finish(results: Results, save: () => void) {
  results.complete = true;
  save();
  return results;
}

let exitCode = 0;
try {
  const results = await main();
  console.log(`\n${renderReport(results)}`);
  console.log(`Written: ${join(resultsDir, 'latest.json')} and latest.md`);
} catch (error) {
  if (!interrupted) console.error(error);
  exitCode = 1;
} finally {
  await cleanup();
}
process.exit(exitCode);
