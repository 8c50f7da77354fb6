// Generated content sets for the benchmark: the real content/ folder plus N articles (each in both
// languages) or plus one timeline of N milestones. Everything is derived from a seeded random
// generator, so every run builds and measures the same content.
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { loadContent } from '../../src/lib/content/load';
import { errorsIn, formatProblems } from '../../src/lib/content/problems';
import { timelineSchema, milestoneKinds, type MilestoneKind, type TimelineData } from '../../src/lib/content/schema';
import { DAY } from '../../src/lib/time';

export const realContent = join(import.meta.dirname, '../../content');

/** The id of the generated timeline with `n` milestones (its page is /<lang>/timeline/<id>/). */
export const benchTimelineId = (n: number) => `bench-${n}`;

/** mulberry32: small, fast and good enough to pick words and dates reproducibly. */
function random(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (max: number) => Math.floor(next() * max);
  const pick = <T>(items: readonly T[]): T => items[int(items.length)]!;
  return { next, int, pick };
}
type Random = ReturnType<typeof random>;

const words = {
  en: 'the rule platform sellers shoppers ministry trade online payment system social commerce marketplace migration data users import price goods licence report progress review deadline transition officials said would must under since after before every local small business traffic app checkout promotion'.split(
    ' ',
  ),
  id: 'aturan platform penjual pembeli kementerian perdagangan daring pembayaran sistem sosial niaga lokapasar migrasi data pengguna impor harga barang izin laporan kemajuan tinjauan tenggat transisi pejabat mengatakan akan harus menurut sejak setelah sebelum setiap usaha kecil lalu lintas aplikasi promosi'.split(
    ' ',
  ),
} as const;
type Lang = keyof typeof words;

function sentence(r: Random, lang: Lang, length: number) {
  const list = Array.from({ length }, () => r.pick(words[lang]));
  const text = list.join(' ');
  return text.charAt(0).toUpperCase() + text.slice(1) + '.';
}

function paragraph(r: Random, lang: Lang, sentences: number) {
  return Array.from({ length: sentences }, () => sentence(r, lang, 8 + r.int(10))).join(' ');
}

interface Registry {
  sources: string[];
  glossary: string[];
}

function readRegistry(root: string): Registry {
  const ids = (file: string) => (parse(readFileSync(join(root, file), 'utf8')) as { id: string }[]).map((e) => e.id);
  return { sources: ids('sources.yaml'), glossary: ids('glossary.yaml') };
}

const pad = (i: number) => String(i).padStart(5, '0');
const day = (date: Date) => date.toISOString().slice(0, 10);

/** An article of about 800 words with sections, citations and glossary terms, like the real ones. */
function article(r: Random, lang: Lang, i: number, registry: Registry) {
  const en = lang === 'en';
  const cite = () => `<Cite id="${r.pick(registry.sources)}" />`;
  const sections = Array.from({ length: 4 }, (_, s) => {
    const term = r.pick(registry.glossary);
    const paragraphs = Array.from({ length: 3 }, (_, p) => {
      const text = paragraph(r, lang, 4);
      const withTerm = p === 0 ? `<Term id="${term}">${term}</Term> ${text}` : text;
      return p % 2 === 0 ? `${withTerm} ${cite()}` : withTerm;
    });
    return `## ${en ? 'Section' : 'Bagian'} ${s + 1}: ${sentence(r, lang, 4).slice(0, -1)}\n\n${paragraphs.join('\n\n')}`;
  });
  const published = day(new Date(Date.UTC(2023, 9, 1) + r.int(700) * DAY));
  const frontmatter = {
    title: `${en ? 'Generated article' : 'Artikel uji'} ${i}: ${sentence(r, lang, 5)}`.slice(0, 60).trim(),
    description: sentence(r, lang, 14).slice(0, 150),
    lang,
    translationKey: `bench-article-${pad(i)}`,
    published,
    authors: [en ? 'Benchmark generator' : 'Generator tolok ukur'],
    tags: ['benchmark'],
  };
  return `---\n${stringify(frontmatter)}---\n\n${sections.join('\n\n')}\n`;
}

/** Generated content must be valid, or the build's own guard would stop it with less context. */
function assertValid(dir: string) {
  const errors = errorsIn(loadContent(dir).problems);
  if (errors.length) throw new Error(`generated content in ${dir} is invalid:\n${formatProblems(errors.slice(0, 10))}`);
}

/** The real content plus `count` generated articles, each in Indonesian and English. */
export function writeArticleSet(dir: string, count: number) {
  cpSync(realContent, dir, { recursive: true });
  const registry = readRegistry(dir);
  const r = random(count);
  for (const lang of ['id', 'en'] as const) {
    mkdirSync(join(dir, 'articles', lang), { recursive: true });
    for (let i = 1; i <= count; i++) {
      const slug = lang === 'en' ? `generated-article-${pad(i)}` : `artikel-uji-${pad(i)}`;
      writeFileSync(join(dir, 'articles', lang, `${slug}.mdx`), article(r, lang, i, registry));
    }
  }
  assertValid(dir);
}

// Roughly the mix of the real timeline: many business and regulation steps, a quarter progress reports.
const kindWeights: [MilestoneKind, number][] = [
  ['regulation', 0.25],
  ['business', 0.3],
  ['progress', 0.25],
  ['deadline', 0.1],
  ['enforcement', 0.1],
];

function pickKind(r: Random): MilestoneKind {
  let x = r.next();
  for (const [kind, weight] of kindWeights) if ((x -= weight) < 0) return kind;
  return milestoneKinds[0];
}

/**
 * A valid timeline of `n` milestones: about one a week over up to 20 years, some dated by month
 * only, progress reports rising with noise, a few forecasts.
 */
export function generateTimeline(n: number, sourceIds: readonly string[]): TimelineData {
  const r = random(n);
  // Ending on 31 December 2025, before any build day: a timeline of what happened, as the real ones
  // are (the chart draws dates after the build day at the axis' end, as "later").
  const spanDays = Math.max(60, Math.min(n * 7, 7300));
  const start = Date.UTC(2025, 11, 31) - spanDays * DAY;
  const milestones = Array.from({ length: n }, (_, i) => {
    const date = new Date(start + Math.floor((i * spanDays) / n) * DAY);
    const kind = pickKind(r);
    const byMonth = r.next() < 0.05;
    const dateText = byMonth ? day(date).slice(0, 7) : day(date);
    const value = Math.max(0, Math.min(100, Math.round((100 * i) / n + (r.next() - 0.5) * 20)));
    const reports = kind === 'progress' || r.next() < 0.05;
    const forecast = reports && r.next() < 0.05;
    const sources = [r.pick(sourceIds), ...(r.next() < 0.4 ? [r.pick(sourceIds)] : [])];
    // A quote that states the figure, as the content check requires of every reported value.
    const quote = reports ? `migrasi sudah ${value} persen, kata pejabat` : sentence(r, 'id', 9);
    const disagree = reports && r.next() < 0.1;
    return {
      id: `m-${pad(i + 1)}`,
      date: dateText,
      kind,
      ...(reports ? { progress: { value, estimate: r.next() < 0.3, by: 'ministry' } } : {}),
      ...(disagree
        ? {
            reports: [
              {
                by: 'minister',
                value: Math.max(0, value - 7),
                citation: { source: sources[0]!, quote: `sudah ${Math.max(0, value - 7)} persen` },
              },
            ],
          }
        : {}),
      ...(forecast
        ? {
            projection: {
              date: day(new Date(date.getTime() + 45 * DAY)),
              value: Math.min(100, value + 20),
              label: { id: 'Perkiraan', en: 'Forecast' },
            },
          }
        : {}),
      title: { id: `Tonggak ${i + 1}: ${sentence(r, 'id', 7)}`, en: `Milestone ${i + 1}: ${sentence(r, 'en', 7)}` },
      // "12. Users …", not "12 Users …": a number before a noun is a count the quotes would have to give.
      label: {
        id: `${i + 1}. ${sentence(r, 'id', 3)}`.slice(0, 40),
        en: `${i + 1}. ${sentence(r, 'en', 3)}`.slice(0, 40),
      },
      summary: { id: paragraph(r, 'id', 3), en: paragraph(r, 'en', 3) },
      citations: [...new Set(sources)].map((source) => ({ source, quote, at: 'paragraph 2' })),
    };
  });
  // Parsing proves the generated data is what the site accepts (and fills defaults, if any).
  return timelineSchema.parse({
    title: { id: `Linimasa uji dengan ${n} tonggak`, en: `Benchmark timeline with ${n} milestones` },
    summary: { id: paragraph(r, 'id', 2), en: paragraph(r, 'en', 2) },
    reporters: [
      { id: 'ministry', name: { id: 'Kementerian', en: 'Ministry' }, line: true },
      { id: 'minister', name: { id: 'Menteri', en: 'Minister' } },
    ],
    // As of its newest milestone.
    asOf: day(new Date(start + Math.floor(((n - 1) * spanDays) / n) * DAY)),
    milestones,
  });
}

/** The real content plus a timeline of `n` milestones; returns the timeline as written. */
export function writeTimelineSet(dir: string, n: number): TimelineData {
  cpSync(realContent, dir, { recursive: true });
  const timeline = generateTimeline(n, readRegistry(dir).sources);
  writeFileSync(join(dir, 'timelines', `${benchTimelineId(n)}.yaml`), stringify(timeline, { lineWidth: 0 }));
  assertValid(dir);
  return timeline;
}

/** The source ids of the real registry (for timelines generated in memory). */
export const realSourceIds = () => readRegistry(realContent).sources;
