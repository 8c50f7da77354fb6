// Lighthouse over one page of each kind a reader meets, served by `npm start`'s server from a build
// of the real site: Lighthouse's defaults (a mobile phone, simulated throttling: slow 4G and a 4×
// slower CPU), the same Chromium as the rest of the bench, three runs per page, medians. What keeps
// a category below 100 is listed by audit, so the README can say what stops it.
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { launch, type LaunchedChrome } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { findChromium, quietFlags } from '../e2e/browser';
import { median } from './stats';

const require = createRequire(import.meta.url);
export const lighthouseVersion = (require('lighthouse/package.json') as { version: string }).version;

export const categories = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type Category = (typeof categories)[number];

/** The Core Web Vitals Lighthouse measures in the lab (INP needs a reader: TBT stands in for it). */
export const metrics = {
  fcp: 'first-contentful-paint',
  lcp: 'largest-contentful-paint',
  tbt: 'total-blocking-time',
  cls: 'cumulative-layout-shift',
  si: 'speed-index',
} as const;
export type Metric = keyof typeof metrics;

export interface LighthousePage {
  kind: string;
  path: string;
  runs: number;
  /** Median score per category, 0–100. */
  scores: Record<Category, number>;
  /** Median per metric: ms, except CLS (unitless). */
  metrics: Record<Metric, number>;
  /** Audits that cost a category points in any run, with the runs they failed in. */
  lost: { category: Category; audit: string; title: string; runs: number }[];
  /** Requests to any host but this machine (there should be none). */
  foreignRequests: string[];
  /**
   * Lighthouse's measure of this machine's speed at the time (median): its simulated timings scale
   * the tasks it saw, so a busy machine inflates Total Blocking Time.
   */
  benchmarkIndex: number;
}

/** The kinds of page the issue names, from a build of the real site (Indonesian, the default). */
export function lighthousePages(outDir: string, lang = 'id'): { kind: string; path: string }[] {
  const under = (section: string) =>
    readdirSync(join(outDir, section), { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => `/${section}/${d.name}/`)
      .sort();
  const html = (path: string) => readFileSync(join(outDir, path, 'index.html'), 'utf8');
  const articles = under(`${lang}/articles`);
  const withTimeline = articles.find((p) => html(p).includes('data-timeline='));
  const plain = articles.find((p) => !html(p).includes('data-timeline='));
  const pages = [
    { kind: 'home', path: `/${lang}/` },
    ...(plain ? [{ kind: 'article', path: plain }] : []),
    ...(withTimeline ? [{ kind: 'article with a timeline', path: withTimeline }] : []),
    { kind: 'timeline page', path: under(`${lang}/timeline`)[0]! },
    { kind: 'glossary', path: `/${lang}/glossary/` },
    { kind: 'search results', path: `/${lang}/search/?q=tokopedia` },
    { kind: 'embed', path: under(`embed/${lang}/timeline`)[0]! },
  ];
  return pages;
}

export async function launchLighthouseChrome(): Promise<LaunchedChrome> {
  const found = findChromium();
  if (!found) throw new Error('No Chromium found for Lighthouse: set CHROMIUM_PATH or install one.');
  return launch({
    chromePath: found.executablePath ?? chromium.executablePath(),
    chromeFlags: ['--headless=new', '--no-sandbox', ...quietFlags],
  });
}

const localHosts = new Set(['localhost', '127.0.0.1', '[::1]']);

/** Runs Lighthouse `runs` times on one page and takes the medians. */
export async function measureLighthouse(
  chrome: LaunchedChrome,
  origin: string,
  page: { kind: string; path: string },
  runs: number,
): Promise<LighthousePage> {
  const scores: Record<Category, number[]> = { performance: [], accessibility: [], 'best-practices': [], seo: [] };
  const values: Record<Metric, number[]> = { fcp: [], lcp: [], tbt: [], cls: [], si: [] };
  const lost = new Map<string, LighthousePage['lost'][number]>();
  const foreign = new Set<string>();
  const benchmark: number[] = [];
  for (let run = 0; run < runs; run++) {
    const result = await lighthouse(`${origin}${page.path}`, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: [...categories],
    });
    if (!result) throw new Error(`Lighthouse returned nothing for ${page.path}`);
    const { lhr } = result;
    if (lhr.runtimeError) throw new Error(`${page.path}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
    benchmark.push(lhr.environment.benchmarkIndex);
    for (const category of categories) {
      const c = lhr.categories[category]!;
      scores[category].push(Math.round((c.score ?? 0) * 100));
      for (const ref of c.auditRefs) {
        const audit = lhr.audits[ref.id]!;
        if (ref.weight <= 0 || audit.score === null || audit.score >= 1) continue;
        const key = `${category}/${ref.id}`;
        const seen = lost.get(key) ?? { category, audit: ref.id, title: audit.title, runs: 0 };
        lost.set(key, { ...seen, runs: seen.runs + 1 });
      }
    }
    for (const [name, id] of Object.entries(metrics) as [Metric, string][])
      values[name].push(lhr.audits[id]!.numericValue ?? Number.NaN);
    const requests = (lhr.audits['network-requests']?.details as { items?: { url: string }[] } | undefined)?.items;
    for (const { url } of requests ?? []) {
      const parsed = new URL(url);
      if (/^https?:$/.test(parsed.protocol) && !localHosts.has(parsed.hostname)) foreign.add(url);
    }
  }
  const med = (xs: number[]) => median(xs);
  return {
    ...page,
    runs,
    scores: Object.fromEntries(categories.map((c) => [c, med(scores[c])])) as Record<Category, number>,
    metrics: Object.fromEntries(Object.keys(values).map((m) => [m, med(values[m as Metric])])) as Record<
      Metric,
      number
    >,
    lost: [...lost.values()],
    foreignRequests: [...foreign],
    benchmarkIndex: med(benchmark),
  };
}
