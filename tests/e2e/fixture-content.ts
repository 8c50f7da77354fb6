// What the fixture site (tests/fixtures/browser-site/, built by fixture-site.ts) is made of, for
// tests that check a page against its content: the chart fixtures' timelines and sources, the
// fixture glossary, and the addresses of the fixture articles. Never content/: editors' changes
// cannot break a browser test.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { loadContent } from '../../src/lib/content/load';

const chart = loadContent('tests/fixtures/content/chart').content;
export const sources = chart.sources;
export const timelines = chart.timelines;
/** The progress timeline with reports (a frozen copy of the real one's shape). */
export const progressTimeline = timelines.find((t) => t.id === 'migration')!;
/** The timeline of events only, without progress reports. */
export const eventsTimeline = timelines.find((t) => t.id === 'events-only')!;

export interface GlossaryEntry {
  id: string;
  kind?: 'term' | 'person';
  term: { id: string; en: string };
  short: { id: string; en: string };
}
export const glossary = parse(readFileSync('tests/fixtures/browser-site/glossary.yaml', 'utf8')) as GlossaryEntry[];

/** The article that uses every component, in both languages. */
export const componentsArticle = { id: '/id/articles/setiap-komponen/', en: '/en/articles/every-component/' } as const;
/** The article with a timeline of each list option. */
export const timelinesArticle = {
  id: '/id/articles/linimasa-dalam-artikel/',
  en: '/en/articles/timelines-inline/',
} as const;

export interface FixtureArticle {
  lang: 'id' | 'en';
  slug: string;
  body: string;
  data: {
    title: string;
    description: string;
    published: string;
    translationKey: string;
    updates?: { date: string; note: string }[];
    draft?: boolean;
  };
}
const articlesDir = 'tests/fixtures/browser-site/articles';
/** Every article of the fixture site, drafts too, with its front matter and body. */
export const articles: FixtureArticle[] = (['id', 'en'] as const).flatMap((lang) =>
  readdirSync(join(articlesDir, lang))
    .filter((file) => file.endsWith('.mdx'))
    .map((file) => {
      const [, front = '', body = ''] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(
        readFileSync(join(articlesDir, lang, file), 'utf8'),
      )!;
      const data = parse(front, { schema: 'failsafe' }) as FixtureArticle['data'] & { draft?: string };
      return { lang, slug: file.replace(/\.mdx$/, ''), body, data: { ...data, draft: data.draft === 'true' } };
    }),
);
export const published = (lang: 'id' | 'en') => articles.filter((a) => a.lang === lang && !a.data.draft);
