// Reads and validates everything under content/: sources, glossary, timelines and articles (their
// frontmatter, and their bodies parsed and compiled as MDX), and the references between them.
// Only the content registry (./registry.ts) calls it in the site: `npm run check:content`, the
// build's content guard, `astro dev`, the collections, components and pages all read the registry,
// so they can never disagree.
//
// Each mistake is reported once, where it is: a broken timeline is one error, and the articles that
// show it are not reported again for "unknown timeline" (the same for sources and glossary entries).
import { join } from 'node:path';
import { checkMessages } from '../../i18n/messages';
import { locales } from '../../i18n/locales';
import { loadArticles, type ArticleFile, type References } from './kinds/articles';
import { linkProblem, sitePages, type LinkedArticle } from './links';
import { isSafeUrl } from '../mdx/safe-subset';
import { loadGlossary } from './kinds/glossary';
import { loadSources } from './kinds/sources';
import { loadTimelines } from './kinds/timelines';
import { contentPaths, contentRoot } from './paths';
import type { Problem } from './problems';
import { pendingArticleMessage } from './pending';
import { Collector, display } from './read';
import { PENDING } from './schema';
import type { GlossaryEntry, Source, Timeline } from './schema';

export type { ArticleFile } from './kinds/articles';

export interface Content {
  root: string;
  sources: Source[];
  glossary: GlossaryEntry[];
  timelines: Timeline[];
  articles: ArticleFile[];
}

function checkTimelineLinks(root: string, timelines: readonly Timeline[], broken: ReadonlySet<string>, out: Collector) {
  const ids = new Set(timelines.map((t) => t.id));
  for (const { id, next } of timelines) {
    if (next === undefined || (next !== id && (ids.has(next) || broken.has(next)))) continue;
    const file = display(join(contentPaths(root).timelines, `${id}.yaml`));
    out.error(file, 1, 'next', checkMessages().timeline.next(next));
  }
}

/** Every link in an article leads to a page the build makes, in the article's language (./links.ts). */
function checkLinks(content: Content, out: Collector) {
  const timelines = new Map(content.timelines.map((t) => [t.id, t]));
  const linked = content.articles.map(
    (a): LinkedArticle => ({
      lang: a.lang,
      slug: a.slug,
      draft: a.data.draft,
      headings: a.headings,
      milestones: a.components
        .filter((c) => c.name === 'Timeline')
        .flatMap((c) => timelines.get(c.attrs.id ?? '')?.milestones.map((m) => m.id) ?? []),
    }),
  );
  const pages = sitePages({ ...content, articles: linked });
  content.articles.forEach((a, i) => {
    // (An address outside the safe subset, javascript: or the like, was reported with the article.)
    for (const link of a.links.filter((l) => !l.image && isSafeUrl(l.url))) {
      const problem = linkProblem(link.url, linked[i]!, pages);
      if (problem) out.error(a.file, link.line, checkMessages().fields.link, problem);
    }
  });
}

function checkTranslations(articles: readonly ArticleFile[], out: Collector) {
  const byKey = new Map<string, ArticleFile[]>();
  for (const a of articles) byKey.set(a.data.translationKey, [...(byKey.get(a.data.translationKey) ?? []), a]);
  for (const [key, group] of byKey) {
    for (const lang of locales) {
      const same = group.filter((a) => a.lang === lang);
      for (const extra of same.slice(1))
        out.error(
          extra.file,
          extra.keyLine,
          'translationKey',
          checkMessages().articles.keyTaken(key, same[0]?.file ?? ''),
        );
    }
    // `translation: pending`: published with its translation, or not at all (./pending.ts).
    const translated = locales.every((lang) => group.some((a) => a.lang === lang && !a.data.draft));
    for (const a of group.filter((x) => x.data.translation === PENDING && !translated)) {
      a.awaiting = true;
      const other = locales.filter((lang) => !group.some((x) => x.lang === lang && !x.data.draft));
      out.pending(a.file, a.translationLine, 'translation', pendingArticleMessage(other, a.file));
    }
    const first = group[0];
    if (!first || first.data.draft || first.awaiting) continue;
    for (const lang of locales)
      if (!group.some((a) => a.lang === lang))
        out.warn(
          first.file,
          first.keyLine,
          'translationKey',
          checkMessages().articles.untranslated(key, checkMessages().articles.languages[lang], lang, first.file),
        );
  }
}

/** Reads and validates all content. Use `contentRegistry()`, which keeps the result until a file changes. */
export function loadContent(root: string = contentRoot()): { content: Content; problems: Problem[] } {
  const out = new Collector();
  const sources = loadSources(root, out);
  const published = new Map(sources.items.map((s) => [s.id, s.published]));
  const glossary = loadGlossary(root, sources.known, published, out);
  const { timelines, broken } = loadTimelines(root, sources.known, published, out);
  checkTimelineLinks(root, timelines, broken, out);
  const refs: References = {
    images: contentPaths(root).images,
    sources: sources.known,
    published,
    glossary: glossary.known,
    timelines: new Map(timelines.map((t) => [t.id, t])),
    brokenTimelines: broken,
  };
  const articles = loadArticles(root, refs, out);
  checkTranslations(articles, out);
  const content = { root, sources: sources.items, glossary: glossary.items, timelines, articles };
  checkLinks(content, out);
  // Every problem of every file at once, by file and line.
  const order = (file: string) => file;
  const problems = [...out.problems].sort(
    (a, b) => (order(a.file) < order(b.file) ? -1 : order(a.file) > order(b.file) ? 1 : a.line - b.line),
  );
  return { content, problems };
}
