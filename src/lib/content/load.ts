// Reads and validates everything under content/: sources, glossary, timelines and articles, and the
// references between them. One function serves `npm run check:content`, the build guard that stops
// `astro build`/`astro dev`, the collections' loaders and the tests, so they can never disagree.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import type { ZodType, ZodTypeDef } from 'zod';
import { isLocale, locales, type Locale } from '../../i18n/locales';
import { parseRange } from '../timeline/range';
import { isRealDay, isRealMonth, startOf } from './dates';
import { calloutKinds, figureExtensions, isMdxComponent, mdxComponentNames } from '../mdx/components';
import { WEEK } from '../time';
import { quoteStatesPercent } from './figures';
import { findMdxTags } from './mdx-tags';
import type { Problem } from './problems';
import {
  articleSchema,
  glossaryFileSchema,
  sourcesFileSchema,
  timelineSchema,
  type ArticleData,
  type Citation,
  type GlossaryEntry,
  type Source,
  type Timeline,
} from './schema';
import { parseYaml, splitFrontmatter } from './yaml';
import { zodProblems } from './zod-problems';

export interface ArticleFile {
  file: string;
  lang: Locale;
  slug: string;
  data: ArticleData;
  body: string;
  bodyLine: number;
  /** Line of `translationKey` in the frontmatter. */
  keyLine: number;
}

export interface Content {
  root: string;
  sources: Source[];
  glossary: GlossaryEntry[];
  timelines: Timeline[];
  articles: ArticleFile[];
}

/** The content folder: `content/`, or another one named by CONTENT_ROOT (tests, benchmarks). */
export function contentRoot(): string {
  return process.env.CONTENT_ROOT || 'content';
}

export const contentPaths = (root: string) => ({
  sources: join(root, 'sources.yaml'),
  glossary: join(root, 'glossary.yaml'),
  timelines: join(root, 'timelines'),
  articles: join(root, 'articles'),
  images: join(root, 'images'),
});

class Collector {
  readonly problems: Problem[] = [];
  error(file: string, line: number, field: string, message: string) {
    this.problems.push({ file, line, field, message, severity: 'error' });
  }
  warn(file: string, line: number, field: string, message: string) {
    this.problems.push({ file, line, field, message, severity: 'warning' });
  }
}

const display = (file: string) => relative(process.cwd(), file) || file;

function readYaml<T>(
  file: string,
  schema: ZodType<T, ZodTypeDef, unknown>,
  out: Collector,
  firstLine = 1,
  source?: string,
) {
  const name = display(file);
  const parsed = parseYaml(source ?? readFileSync(file, 'utf8'), firstLine);
  for (const e of parsed.errors) out.error(name, e.line, '', `YAML syntax: ${e.message}`);
  if (parsed.errors.length) return undefined;
  const result = schema.safeParse(parsed.data);
  if (result.success) return { data: result.data, raw: parsed.data, lineOf: parsed.lineOf };
  out.problems.push(...zodProblems(result.error, parsed.data, name, parsed.lineOf));
  return { data: undefined, raw: parsed.data, lineOf: parsed.lineOf };
}

function reportDuplicates(
  items: readonly { id: string }[],
  what: string,
  file: string,
  lineOf: (p: (string | number)[]) => number,
  out: Collector,
  listKey?: string,
) {
  const seen = new Map<string, number>();
  items.forEach((item, i) => {
    const path = listKey ? [listKey, i, 'id'] : [i, 'id'];
    const first = seen.get(item.id);
    if (first !== undefined) {
      out.error(
        file,
        lineOf(path),
        `${listKey ?? ''}[${i}](${item.id}).id`,
        `duplicate ${what} id "${item.id}": it is already used by item [${first}]; ids must be unique`,
      );
    } else seen.set(item.id, i);
  });
}

function loadSources(root: string, out: Collector): Source[] {
  const file = contentPaths(root).sources;
  if (!existsSync(file)) {
    out.error(display(file), 1, '', 'the source registry is missing: create it with at least one source');
    return [];
  }
  const read = readYaml(file, sourcesFileSchema, out);
  if (!read?.data) return [];
  reportDuplicates(read.data, 'source', display(file), read.lineOf, out);
  return read.data;
}

const unknownSource = (id: string) => `unknown source id "${id}": add it to content/sources.yaml or fix the id`;

function checkCitations(
  citations: readonly Citation[] | undefined,
  known: ReadonlySet<string>,
  file: string,
  line: (i: number) => number,
  field: string,
  out: Collector,
) {
  citations?.forEach((c, i) => {
    if (!known.has(c.source))
      out.error(
        file,
        line(i),
        `${field}[${i}].source`,
        unknownSource(c.source),
      );
  });
}

function loadGlossary(root: string, sourceIds: ReadonlySet<string>, out: Collector): GlossaryEntry[] {
  const file = contentPaths(root).glossary;
  if (!existsSync(file)) return [];
  const read = readYaml(file, glossaryFileSchema, out);
  if (!read?.data) return [];
  const name = display(file);
  reportDuplicates(read.data, 'glossary entry', name, read.lineOf, out);
  read.data.forEach((entry, i) =>
    checkCitations(
      entry.citations,
      sourceIds,
      name,
      (j) => read.lineOf([i, 'citations', j, 'source']),
      `[${i}](${entry.id}).citations`,
      out,
    ),
  );
  return read.data;
}

function loadTimelines(root: string, sourceIds: ReadonlySet<string>, out: Collector): Timeline[] {
  const dir = contentPaths(root).timelines;
  if (!existsSync(dir)) return [];
  const timelines: Timeline[] = [];
  for (const entry of readdirSync(dir).sort()) {
    if (!/\.ya?ml$/.test(entry)) continue;
    const file = join(dir, entry);
    const name = display(file);
    const id = basename(entry).replace(/\.ya?ml$/, '');
    if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id)) {
      out.error(name, 1, '(file name)', 'timeline file names become URLs: use lowercase letters, digits and hyphens');
      continue;
    }
    const read = readYaml(file, timelineSchema, out);
    if (!read?.data) continue;
    const { milestones, reporters } = read.data;
    reportDuplicates(reporters, 'reporter', name, (p) => read.lineOf(['reporters', ...p.slice(1)]), out, 'reporters');
    const reporterIds = new Set(reporters.map((r) => r.id));
    const lines = reporters.filter((r) => r.line);
    if (lines.length > 1)
      out.error(
        name,
        read.lineOf(['reporters', reporters.indexOf(lines[1]!), 'line']),
        `reporters[${reporters.indexOf(lines[1]!)}](${lines[1]!.id}).line`,
        `only one reporter's figures are joined by a line, and "${lines[0]!.id}" already is: remove line: true here`,
      );
    reportDuplicates(milestones, 'milestone', name, read.lineOf, out, 'milestones');
    milestones.forEach((m, i) => {
      const at = (...p: (string | number)[]) => read.lineOf(['milestones', i, ...p]);
      const field = `milestones[${i}](${m.id})`;
      checkCitations(m.citations, sourceIds, name, (j) => at('citations', j, 'source'), `${field}.citations`, out);
      const reporter = (by: string | undefined, path: (string | number)[], label: string) => {
        if (by !== undefined && !reporterIds.has(by))
          out.error(
            name,
            at(...path),
            `${field}.${label}`,
            `unknown reporter "${by}": add it under reporters: at the top of the file, or fix the id`,
          );
      };
      reporter(m.progress?.by, ['progress', 'by'], 'progress.by');
      if (m.progress?.qualifier && !m.progress.estimate)
        out.error(
          name,
          at('progress', 'qualifier'),
          `${field}.progress.qualifier`,
          `"${m.progress.qualifier}" words a hedged figure: set estimate: true, or remove the qualifier`,
        );
      if (m.progress && !m.citations.some((c) => quoteStatesPercent(c.quote, m.progress!.value)))
        out.error(
          name,
          at('progress', 'value'),
          `${field}.progress.value`,
          `no citation's quote states ${m.progress.value}%: quote the words that give the figure (for example "${m.progress.value} persen")`,
        );
      m.reports?.forEach((r, j) => {
        const label = `reports[${j}]`;
        reporter(r.by, ['reports', j, 'by'], `${label}.by`);
        if (!sourceIds.has(r.citation.source))
          out.error(
            name,
            at('reports', j, 'citation', 'source'),
            `${field}.${label}.citation.source`,
            unknownSource(r.citation.source),
          );
        if (!quoteStatesPercent(r.citation.quote, r.value))
          out.error(
            name,
            at('reports', j, 'value'),
            `${field}.${label}.value`,
            `the citation's quote does not state ${r.value}%: quote the words that give the figure`,
          );
        if (r.date && startOf(r.date) > startOf(m.date) + WEEK)
          out.error(
            name,
            at('reports', j, 'date'),
            `${field}.${label}.date`,
            `a report belongs to the milestone it contradicts or confirms: ${r.date} is more than a week after ${m.date}; make it a milestone of its own`,
          );
      });
      if (m.reports?.length && !m.progress)
        out.error(name, at('reports'), `${field}.reports`, 'reports compare figures: the milestone needs its own progress: { value, estimate }');
      if (m.projection && startOf(m.projection.date) < startOf(m.date))
        out.error(
          name,
          at('projection', 'date'),
          `${field}.projection.date`,
          `a projection looks forward: it must not be before the milestone's own date ${m.date}`,
        );
      if (m.kind === 'progress' && !m.progress)
        out.error(
          name,
          at('kind'),
          `${field}.progress`,
          'a milestone of kind "progress" needs a progress value: add progress: { value, estimate }',
        );
    });
    timelines.push({ id, ...read.data });
  }
  return timelines;
}

interface References {
  sources: ReadonlySet<string>;
  glossary: ReadonlySet<string>;
  timelines: ReadonlyMap<string, Timeline>;
  /** The folder <Figure src="..."> names files in. */
  images: string;
}

/** Checks the components used in an article body against what they refer to. */
function checkArticleBody(article: ArticleFile, refs: References, out: Collector) {
  const { file, body, bodyLine } = article;
  const need = (cond: boolean, line: number, field: string, message: string) =>
    cond || out.error(file, line, field, message);
  for (const tag of findMdxTags(body)) {
    const line = bodyLine + tag.line - 1;
    const attr = (name: string) => (typeof tag.attrs[name] === 'string' ? (tag.attrs[name] as string) : undefined);
    const source = (name: string) => {
      const id = attr(name);
      if (id === undefined)
        return out.error(
          file,
          line,
          `<${tag.name}> ${name}`,
          `is required: name a source id from content/sources.yaml`,
        );
      need(
        refs.sources.has(id),
        line,
        `<${tag.name}> ${name}`,
        unknownSource(id),
      );
    };
    if (!isMdxComponent(tag.name)) {
      out.error(
        file,
        line,
        `<${tag.name}>`,
        `is not a component articles can use: use one of ${mdxComponentNames.map((n) => `<${n}>`).join(', ')} (see content/README.md)`,
      );
      continue;
    }
    switch (tag.name) {
      case 'Cite':
        source('id');
        break;
      case 'Quote':
        source('source');
        need(!!attr('by')?.trim(), line, '<Quote> by', 'is required: say who is quoted (name and role)');
        need(
          tag.attrs.lang === undefined || isLocale(attr('lang')),
          line,
          '<Quote> lang',
          `is the language of the quote: ${locales.join(' or ')}; found "${attr('lang') ?? ''}"`,
        );
        break;
      case 'Stat': {
        source('source');
        const date = attr('date') ?? '';
        need(
          isRealDay(date) || isRealMonth(date),
          line,
          '<Stat> date',
          `must be a real date YYYY-MM-DD or month YYYY-MM; found "${date}"`,
        );
        need(!!attr('value'), line, '<Stat> value', 'is required (for example value="87%")');
        need(!tag.selfClosing, line, '<Stat>', 'needs a label between <Stat ...> and </Stat>');
        break;
      }
      case 'Term': {
        const id = attr('id');
        if (id === undefined) {
          out.error(file, line, '<Term> id', 'is required: name an entry id from content/glossary.yaml');
          break;
        }
        need(
          refs.glossary.has(id),
          line,
          '<Term> id',
          `unknown glossary id "${id}": add it to content/glossary.yaml or fix the id`,
        );
        need(!tag.selfClosing, line, '<Term>', `needs the words to link between <Term id="${id}"> and </Term>`);
        break;
      }
      case 'Timeline': {
        const id = attr('id') ?? '';
        const timeline = refs.timelines.get(id);
        if (!timeline) {
          out.error(
            file,
            line,
            '<Timeline> id',
            `unknown timeline "${id}": it must match a file in content/timelines/`,
          );
          break;
        }
        const range = attr('range');
        if (range !== undefined)
          need(
            !!parseRange(range),
            line,
            '<Timeline> range',
            `must be YYYY-MM..YYYY-MM with the first month not after the last; found "${range}"`,
          );
        const highlight = attr('highlight');
        if (highlight !== undefined)
          need(
            timeline.milestones.some((m) => m.id === highlight),
            line,
            '<Timeline> highlight',
            `timeline "${id}" has no milestone "${highlight}"`,
          );
        break;
      }
      case 'Figure': {
        need(
          !!attr('alt')?.trim(),
          line,
          '<Figure> alt',
          'is required: describe the image for readers who cannot see it (alt="" is not allowed here)',
        );
        need(
          !!attr('caption')?.trim(),
          line,
          '<Figure> caption',
          'is required: say what the image shows and where it comes from',
        );
        const src = attr('src');
        if (!src) {
          out.error(file, line, '<Figure> src', `is required: the name of an image file in ${display(refs.images)}/`);
          break;
        }
        const extension = src.split('.').pop()?.toLowerCase() ?? '';
        need(
          (figureExtensions as readonly string[]).includes(extension),
          line,
          '<Figure> src',
          `must be an image file (${figureExtensions.join(', ')}); found "${src}"`,
        );
        need(
          !src.includes('..') && !src.startsWith('/') && existsSync(join(refs.images, src)),
          line,
          '<Figure> src',
          `no image "${src}" in ${display(refs.images)}/: put the file there or fix the name`,
        );
        break;
      }
      case 'Callout': {
        const kind = attr('kind') ?? '';
        need(
          (calloutKinds as readonly string[]).includes(kind),
          line,
          '<Callout> kind',
          `must be "note", "warning" or "discrepancy"; found "${kind}"`,
        );
        break;
      }
    }
  }
}

function loadArticles(root: string, out: Collector): ArticleFile[] {
  const dir = contentPaths(root).articles;
  if (!existsSync(dir)) return [];
  const articles: ArticleFile[] = [];
  for (const folder of readdirSync(dir).sort()) {
    const folderPath = join(dir, folder);
    const files = readdirSync(folderPath, { withFileTypes: true });
    if (!isLocale(folder)) {
      if (files.length)
        out.error(
          display(folderPath),
          1,
          '(folder)',
          `articles live in content/articles/<lang>/ where lang is ${locales.join(' or ')}`,
        );
      continue;
    }
    for (const f of files.map((d) => d.name).sort()) {
      if (!f.endsWith('.mdx') && !f.endsWith('.md')) continue;
      const file = join(folderPath, f);
      const name = display(file);
      const slug = f.replace(/\.mdx?$/, '');
      if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(slug))
        out.error(name, 1, '(file name)', 'the file name becomes the URL: use lowercase letters, digits and hyphens');
      const source = readFileSync(file, 'utf8');
      const parts = splitFrontmatter(source);
      if (!parts) {
        out.error(name, 1, '(frontmatter)', 'the file must start with frontmatter between two --- lines');
        continue;
      }
      const read = readYaml(file, articleSchema, out, parts.yamlLine, parts.yaml);
      const lang = (read?.raw as { lang?: unknown } | undefined)?.lang;
      const misplaced = isLocale(lang) && lang !== folder;
      if (misplaced)
        out.error(
          name,
          read?.lineOf(['lang']) ?? 1,
          'lang',
          `is "${lang}" but the file is in content/articles/${folder}/: set lang: ${folder} or move the file`,
        );
      if (!read?.data || misplaced) continue;
      articles.push({
        file: name,
        lang: folder,
        slug,
        data: read.data,
        body: parts.body,
        bodyLine: parts.bodyLine,
        keyLine: read.lineOf(['translationKey']),
      });
    }
  }
  return articles;
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
          `"${key}" is already used by ${same[0]?.file}: each language has one article per key`,
        );
    }
    const first = group[0];
    if (!first || first.data.draft) continue;
    for (const lang of locales)
      if (!group.some((a) => a.lang === lang))
        out.warn(
          first.file,
          first.keyLine,
          'translationKey',
          `"${key}" has no ${lang === 'id' ? 'Indonesian' : 'English'} translation yet: readers of /${lang}/ will not find it (start one with: npm run new -- --translate ${first.file})`,
        );
  }
}

/** A timeline's `next` must name another timeline. */
function checkTimelineLinks(root: string, timelines: readonly Timeline[], out: Collector) {
  const ids = new Set(timelines.map((t) => t.id));
  for (const t of timelines)
    if (t.next !== undefined && (!ids.has(t.next) || t.next === t.id)) {
      const file = display(join(contentPaths(root).timelines, `${t.id}.yaml`));
      out.error(file, 1, 'next', `"${t.next}" is not another timeline: it must match a file in content/timelines/`);
    }
}

export function loadContent(root: string = contentRoot()): { content: Content; problems: Problem[] } {
  const out = new Collector();
  const sources = loadSources(root, out);
  const sourceIds = new Set(sources.map((s) => s.id));
  const glossary = loadGlossary(root, sourceIds, out);
  const timelines = loadTimelines(root, sourceIds, out);
  checkTimelineLinks(root, timelines, out);
  const articles = loadArticles(root, out);
  const refs = {
    images: contentPaths(root).images,
    sources: sourceIds,
    glossary: new Set(glossary.map((g) => g.id)),
    timelines: new Map(timelines.map((t) => [t.id, t])),
  };
  for (const article of articles) checkArticleBody(article, refs, out);
  checkTranslations(articles, out);
  return { content: { root, sources, glossary, timelines, articles }, problems: out.problems };
}
