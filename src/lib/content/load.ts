// Reads and validates everything under content/: sources, glossary, timelines and articles (their
// frontmatter, and their bodies parsed and compiled as MDX), and the references between them.
// Only the content registry (./registry.ts) calls it in the site: `npm run check:content`, the
// build's content guard, `astro dev`, the collections, components and pages all read the registry,
// so they can never disagree.
//
// Each mistake is reported once, where it is: a broken timeline is one error, and the articles that
// show it are not reported again for "unknown timeline" (the same for sources and glossary entries).
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import type { ZodType, ZodTypeDef } from 'zod';
import { isLocale, locales, type Locale } from '../../i18n/locales';
import { parseRange } from '../timeline/range';
import { isRealDay, isRealMonth, startOf } from './dates';
import { calloutKinds, figureExtensions, LANGUAGE_TAG } from '../mdx/components';
import type { FoundComponent } from '../mdx/safe-subset';
import { WEEK } from '../time';
import { SLUG, SLUG_MAX } from '../urls';
import { compileArticleBody } from './article-body';
import { quoteStatesPercent } from './figures';
import { guessLanguage } from './language';
import type { Problem } from './problems';
import {
  articleSchema,
  glossaryEntrySchema,
  sourceSchema,
  timelineSchema,
  type ArticleData,
  type Citation,
  type GlossaryEntry,
  type Source,
  type Timeline,
} from './schema';
import { placeholderTexts, templates } from './templates';
import { parseYaml, splitFrontmatter, stripBom, type ParsedYaml } from './yaml';
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
  /** The whole file as read. */
  source: string;
  /** The components the body uses, as the MDX parser found them, in document order. */
  components: FoundComponent[];
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

/** The module alias of the content folder's images (set by src/integrations/content-guard.ts). */
export const CONTENT_IMAGES = '@content-images';

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
const isFolder = (path: string) => statSync(path, { throwIfNoEntry: false })?.isDirectory() ?? false;

/**
 * The ids a reference may name. `broken` holds ids of entries that exist but are invalid (already
 * reported), `unreadable` says the whole file could not be read: references to either are not
 * reported again, since the mistake is elsewhere.
 */
interface Known {
  ids: ReadonlySet<string>;
  broken: ReadonlySet<string>;
  unreadable: boolean;
}

/** True when a reference to `id` is a mistake of its own (not caused by a broken file). */
const isUnknown = (known: Known, id: string) => !known.ids.has(id) && !known.unreadable && !known.broken.has(id);

function readYamlSyntax(file: string, out: Collector, firstLine = 1, source?: string): ParsedYaml | undefined {
  const parsed = parseYaml(source ?? readFileSync(file, 'utf8'), firstLine);
  // Only the first: after a syntax error the parser's later complaints are mostly its consequences.
  const [first] = parsed.errors;
  if (first) out.error(display(file), first.line, 'YAML', first.message);
  return parsed.errors.length ? undefined : parsed;
}

function readYaml<T>(
  file: string,
  schema: ZodType<T, ZodTypeDef, unknown>,
  out: Collector,
  firstLine = 1,
  source?: string,
) {
  const parsed = readYamlSyntax(file, out, firstLine, source);
  if (!parsed) return undefined;
  if (parsed.data == null) {
    out.error(display(file), firstLine, '(file)', 'is empty: see content/README.md for what it holds');
    return undefined;
  }
  const result = schema.safeParse(parsed.data);
  if (result.success) return { data: result.data, raw: parsed.data, lineOf: parsed.lineOf };
  out.problems.push(...zodProblems(result.error, parsed.data, display(file), parsed.lineOf));
  return { data: undefined, raw: parsed.data, lineOf: parsed.lineOf };
}

function reportDuplicates(
  items: readonly { id: string; index: number }[],
  what: string,
  file: string,
  lineOf: (p: (string | number)[]) => number,
  out: Collector,
  listKey?: string,
) {
  const seen = new Map<string, number>();
  for (const { id, index } of items) {
    const path = listKey ? [listKey, index, 'id'] : [index, 'id'];
    const first = seen.get(id);
    if (first !== undefined) {
      out.error(
        file,
        lineOf(path),
        `${listKey ?? ''}[${index}](${id}).id`,
        `duplicate ${what} id "${id}": it is already used by item [${first}]; ids must be unique`,
      );
    } else seen.set(id, index);
  }
}

/**
 * A file holding a list of entries with ids (sources.yaml, glossary.yaml), validated entry by entry:
 * one bad entry is reported alone and the others stay known.
 */
function loadList<T extends { id: string }>(
  file: string,
  itemSchema: ZodType<T, ZodTypeDef, unknown>,
  what: { entry: string; example: string },
  out: Collector,
  checkEntry?: (entry: T, index: number, lineOf: ParsedYaml['lineOf']) => void,
): { items: T[]; known: Known } {
  const name = display(file);
  const none = { items: [], known: { ids: new Set<string>(), broken: new Set<string>(), unreadable: true } };
  const parsed = readYamlSyntax(file, out);
  if (!parsed) return none;
  if (parsed.data == null || (Array.isArray(parsed.data) && parsed.data.length === 0)) {
    out.error(name, 1, '(file)', `is empty: list at least one ${what.entry}, each starting with "- id:" (${what.example})`);
    return none;
  }
  if (!Array.isArray(parsed.data)) {
    out.error(
      name,
      1,
      '(file)',
      `must be a list of ${what.entry}s, each starting with "- id:" (${what.example}), not a set of fields`,
    );
    return none;
  }
  const valid: (T & { index: number })[] = [];
  const broken = new Set<string>();
  parsed.data.forEach((raw: unknown, index) => {
    const result = itemSchema.safeParse(raw);
    if (result.success) {
      valid.push({ ...result.data, index });
      checkEntry?.(result.data, index, parsed.lineOf);
    } else {
      out.problems.push(...zodProblems(result.error, raw, name, parsed.lineOf, [index]));
      const id = (raw as { id?: unknown } | null)?.id;
      if (typeof id === 'string') broken.add(id);
    }
  });
  reportDuplicates(valid, what.entry, name, parsed.lineOf, out);
  const items = valid.map(({ index: _, ...item }) => item as unknown as T);
  return { items, known: { ids: new Set(items.map((i) => i.id)), broken, unreadable: false } };
}

const unknownSource = (id: string) => `unknown source id "${id}": add it to content/sources.yaml or fix the id`;

function checkCitations(
  citations: readonly Citation[] | undefined,
  sources: Known,
  file: string,
  line: (i: number) => number,
  field: string,
  out: Collector,
) {
  citations?.forEach((c, i) => {
    if (isUnknown(sources, c.source)) out.error(file, line(i), `${field}[${i}].source`, unknownSource(c.source));
  });
}

function loadSources(root: string, out: Collector) {
  const file = contentPaths(root).sources;
  if (!existsSync(file)) {
    out.error(display(file), 1, '', 'the source registry is missing: create it with at least one source');
    return { items: [], known: { ids: new Set<string>(), broken: new Set<string>(), unreadable: true } };
  }
  return loadList(file, sourceSchema, { entry: 'source', example: 'see "Adding a source" in content/README.md' }, out);
}

function loadGlossary(root: string, sources: Known, out: Collector) {
  const file = contentPaths(root).glossary;
  if (!existsSync(file))
    return { items: [], known: { ids: new Set<string>(), broken: new Set<string>(), unreadable: false } };
  const name = display(file);
  return loadList(
    file,
    glossaryEntrySchema,
    { entry: 'glossary entry', example: 'see "Adding a term" in content/README.md' },
    out,
    (entry, i, lineOf) =>
      checkCitations(
        entry.citations,
        sources,
        name,
        (j) => lineOf([i, 'citations', j, 'source']),
        `[${i}](${entry.id}).citations`,
        out,
      ),
  );
}

function loadTimelines(root: string, sources: Known, out: Collector) {
  const dir = contentPaths(root).timelines;
  const timelines: Timeline[] = [];
  const broken = new Set<string>();
  if (!existsSync(dir)) return { timelines, broken };
  for (const entry of readdirSync(dir).sort()) {
    if (!/\.ya?ml$/.test(entry)) continue;
    const file = join(dir, entry);
    const name = display(file);
    if (isFolder(file)) {
      out.error(name, 1, '(folder)', 'is a folder, not a timeline file: rename it (a timeline is one <id>.yaml file)');
      continue;
    }
    const id = basename(entry).replace(/\.ya?ml$/, '');
    broken.add(id);
    if (!SLUG.test(id)) {
      out.error(name, 1, '(file name)', 'timeline file names become URLs: use lowercase letters, digits and hyphens');
      continue;
    }
    const read = readYaml(file, timelineSchema, out);
    if (!read?.data) continue;
    const { milestones, reporters } = read.data;
    const before = out.problems.length;
    reportDuplicates(
      reporters.map((r, index) => ({ id: r.id, index })),
      'reporter',
      name,
      read.lineOf,
      out,
      'reporters',
    );
    const reporterIds = new Set(reporters.map((r) => r.id));
    const lines = reporters.filter((r) => r.line);
    if (lines.length > 1)
      out.error(
        name,
        read.lineOf(['reporters', reporters.indexOf(lines[1]!), 'line']),
        `reporters[${reporters.indexOf(lines[1]!)}](${lines[1]!.id}).line`,
        `only one reporter's figures are joined by a line, and "${lines[0]!.id}" already is: remove line: true here`,
      );
    reportDuplicates(
      milestones.map((m, index) => ({ id: m.id, index })),
      'milestone',
      name,
      read.lineOf,
      out,
      'milestones',
    );
    milestones.forEach((m, i) => {
      const at = (...p: (string | number)[]) => read.lineOf(['milestones', i, ...p]);
      const field = `milestones[${i}](${m.id})`;
      checkCitations(m.citations, sources, name, (j) => at('citations', j, 'source'), `${field}.citations`, out);
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
        if (isUnknown(sources, r.citation.source))
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
        out.error(
          name,
          at('reports'),
          `${field}.reports`,
          'reports compare figures: the milestone needs its own progress: { value, estimate }',
        );
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
    if (out.problems.length > before) continue;
    broken.delete(id);
    timelines.push({ id, ...read.data });
  }
  return { timelines, broken };
}

interface References {
  sources: Known;
  glossary: Known;
  /** Valid timelines by id. */
  timelines: ReadonlyMap<string, Timeline>;
  /** Timelines that exist but are invalid (already reported). */
  brokenTimelines: ReadonlySet<string>;
  /** The folder <Figure src="..."> names files in. */
  images: string;
}

type Report = (line: number, field: string, message: string) => void;

/**
 * A heading's anchor must differ from the ids of the milestones an inline timeline in the same
 * article lists: the page would hold two elements with one id, and links to either land on the first.
 */
function checkAnchors(
  headings: readonly { line: number; slug: string }[],
  components: readonly FoundComponent[],
  refs: References,
  report: Report,
) {
  for (const tag of components) {
    const timeline = tag.name === 'Timeline' ? refs.timelines.get(tag.attrs.id ?? '') : undefined;
    if (!timeline) continue;
    const milestones = new Set(timeline.milestones.map((m) => m.id));
    for (const { line, slug } of headings)
      if (milestones.has(slug))
        report(
          line,
          'heading',
          `its anchor #${slug} is also a milestone's id in <Timeline id="${timeline.id}"> (line ${tag.line}): reword the heading`,
        );
  }
}

/** Checks the components used in an article body against what they refer to. */
function checkComponents(components: readonly FoundComponent[], refs: References, report: Report) {
  for (const tag of components) {
    const { line } = tag;
    const attr = (name: string): string | undefined => tag.attrs[name];
    // An attribute that could not be read (`id={x}`) was reported already: nothing more is said about it.
    const skip = (name: string) => tag.unreadable.includes(name);
    const need = (cond: boolean, field: string, message: string) =>
      cond || skip(field.split(' ')[1] ?? '') || report(line, field, message);
    const source = (name: string) => {
      if (skip(name)) return;
      const id = attr(name);
      if (id === undefined)
        return report(line, `<${tag.name}> ${name}`, 'is required: name a source id from content/sources.yaml');
      need(
        !isUnknown(refs.sources, id),
        `<${tag.name}> ${name}`,
        unknownSource(id),
      );
    };
    // Written but empty: an error of its own, never read as "no quote".
    for (const name of ['quote', 'at'] as const)
      if (attr(name) !== undefined && !attr(name)!.trim())
        report(
          line,
          `<${tag.name}> ${name}`,
          name === 'quote'
            ? "is empty: quote the source's own words that support the sentence"
            : 'is empty: say where the words are (a paragraph, page or time), or leave at out',
        );
    switch (tag.name) {
      case 'Cite':
        source('id');
        break;
      case 'Quote':
        source('source');
        need(!!attr('by')?.trim(), '<Quote> by', 'is required: say who is quoted (name and role)');
        need(
          attr('lang') === undefined || isLocale(attr('lang')),
          '<Quote> lang',
          `is the language of the quote: ${locales.join(' or ')}; found "${attr('lang') ?? ''}"`,
        );
        break;
      case 'Stat': {
        source('source');
        const date = attr('date') ?? '';
        need(
          isRealDay(date) || isRealMonth(date),
          '<Stat> date',
          `must be a real date YYYY-MM-DD or month YYYY-MM; found "${date}"`,
        );
        need(!!attr('value'), '<Stat> value', 'is required (for example value="87%")');
        need(tag.hasChildren, '<Stat>', 'needs a label between <Stat ...> and </Stat>');
        break;
      }
      case 'Term': {
        const id = attr('id');
        if (skip('id')) break;
        if (id === undefined) {
          report(line, '<Term> id', 'is required: name an entry id from content/glossary.yaml');
          break;
        }
        need(
          !isUnknown(refs.glossary, id),
          '<Term> id',
          `unknown glossary id "${id}": add it to content/glossary.yaml or fix the id`,
        );
        need(tag.hasChildren, '<Term>', `needs the words to link between <Term id="${id}"> and </Term>`);
        break;
      }
      case 'Lang': {
        const lang = attr('lang') ?? '';
        need(
          LANGUAGE_TAG.test(lang),
          '<Lang> lang',
          `is the language of the words inside, as a code like "id" or "en"; found "${lang}"`,
        );
        need(tag.hasChildren, '<Lang>', `needs the words between <Lang lang="${lang}"> and </Lang>`);
        break;
      }
      case 'Timeline': {
        if (skip('id')) break;
        const id = attr('id') ?? '';
        const timeline = refs.timelines.get(id);
        if (!timeline) {
          if (!refs.brokenTimelines.has(id))
            report(line, '<Timeline> id', `unknown timeline "${id}": it must match a file in content/timelines/`);
          break;
        }
        const range = attr('range');
        if (range !== undefined)
          need(
            !!parseRange(range),
            '<Timeline> range',
            `must be YYYY-MM..YYYY-MM with the first month not after the last; found "${range}"`,
          );
        const highlight = attr('highlight');
        if (highlight !== undefined)
          need(
            timeline.milestones.some((m) => m.id === highlight),
            '<Timeline> highlight',
            `timeline "${id}" has no milestone "${highlight}"`,
          );
        break;
      }
      case 'Figure': {
        need(
          !!attr('alt')?.trim(),
          '<Figure> alt',
          'is required: describe the image for readers who cannot see it (alt="" is not allowed here)',
        );
        need(
          !!attr('caption')?.trim(),
          '<Figure> caption',
          'is required: say what the image shows and where it comes from',
        );
        const src = attr('src');
        if (skip('src')) break;
        if (!src) {
          report(line, '<Figure> src', `is required: the name of an image file in ${display(refs.images)}/`);
          break;
        }
        const extension = src.split('.').pop()?.toLowerCase() ?? '';
        need(
          (figureExtensions as readonly string[]).includes(extension),
          '<Figure> src',
          `must be an image file (${figureExtensions.join(', ')}); found "${src}"`,
        );
        need(
          !src.includes('..') && !src.startsWith('/') && existsSync(join(refs.images, src)),
          '<Figure> src',
          `no image "${src}" in ${display(refs.images)}/: put the file there or fix the name`,
        );
        break;
      }
      case 'Callout': {
        const kind = attr('kind') ?? '';
        need(
          (calloutKinds as readonly string[]).includes(kind),
          '<Callout> kind',
          `must be "note", "warning" or "discrepancy"; found "${kind}"`,
        );
        break;
      }
    }
  }
}

/** Publishing rules for an article that is not a draft: no template text, written in its folder's language. */
function checkReadyToPublish(
  article: ArticleFile,
  text: string,
  lineOf: (path: (string | number)[]) => number,
  report: Report,
) {
  const { data, source } = article;
  for (const field of ['title', 'description'] as const)
    if (locales.some((l) => templates[l][field] === data[field]))
      report(
        lineOf([field]),
        field,
        `is still the placeholder from npm run new ("${data[field]}"): write your own, or keep draft: true`,
      );
  const found = placeholderTexts()
    .map((p) => ({ ...p, at: source.indexOf(p.text) }))
    .filter((p) => p.at >= 0);
  const lineAt = (offset: number) => source.slice(0, offset).split('\n').length;
  const note = found.find((p) => p.what === 'note');
  if (note)
    report(
      lineAt(note.at),
      '(text)',
      'the note from npm run new is still here: translate the text, then delete the note (or keep draft: true)',
    );
  const paragraph = found.find((p) => p.what === 'paragraph');
  if (paragraph)
    report(
      lineAt(paragraph.at),
      '(text)',
      `still has the placeholder text from npm run new ("${paragraph.text.slice(0, 30)}…"): write the article, or keep draft: true`,
    );
  const guess = guessLanguage(text);
  if (guess.lang && guess.lang !== article.lang) {
    const names = { id: 'Indonesian', en: 'English' } as const;
    report(
      lineOf(['lang']),
      'lang',
      `is "${article.lang}" but the text reads as ${names[guess.lang]} (${guess.counts[guess.lang]} common ${names[guess.lang]} words, ${guess.counts[article.lang]} ${names[article.lang]}): translate it, or keep draft: true until it is`,
    );
  }
}

function loadArticles(root: string, refs: References, out: Collector): ArticleFile[] {
  const dir = contentPaths(root).articles;
  if (!existsSync(dir)) return [];
  const articles: ArticleFile[] = [];
  for (const folder of readdirSync(dir).sort()) {
    const folderPath = join(dir, folder);
    if (folder.startsWith('.')) continue; // .DS_Store and the like
    if (!isFolder(folderPath)) {
      out.error(
        display(folderPath),
        1,
        '(file)',
        `articles live in content/articles/<lang>/ where lang is ${locales.join(' or ')}: move this file there`,
      );
      continue;
    }
    const files = readdirSync(folderPath);
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
    for (const f of files.sort()) {
      if (!f.endsWith('.mdx') && !f.endsWith('.md')) continue;
      const file = join(folderPath, f);
      const name = display(file);
      if (isFolder(file)) {
        out.error(name, 1, '(folder)', 'is a folder, not an article: rename it (only article files end in .mdx)');
        continue;
      }
      // All of a file's problems are collected, then reported in the order of their lines.
      const mine = new Collector();
      const report: Report = (line, field, message) => mine.error(name, line, field, message);
      const slug = f.replace(/\.mdx?$/, '');
      if (!SLUG.test(slug))
        report(1, '(file name)', 'the file name becomes the URL: use lowercase letters, digits and hyphens');
      else if (slug.length > SLUG_MAX)
        report(1, '(file name)', `the file name becomes the URL: at most ${SLUG_MAX} characters; found ${slug.length}`);
      const source = stripBom(readFileSync(file, 'utf8'));
      const parts = splitFrontmatter(source);
      if (!parts) {
        report(1, '(frontmatter)', 'the file must start with frontmatter between two --- lines');
        out.problems.push(...mine.problems);
        continue;
      }
      const read = readYaml(file, articleSchema, mine, parts.yamlLine, parts.yaml);
      const lang = (read?.raw as { lang?: unknown } | undefined)?.lang;
      const misplaced = isLocale(lang) && lang !== folder;
      if (misplaced)
        report(
          read?.lineOf(['lang']) ?? 1,
          'lang',
          `is "${lang}" but the file is in content/articles/${folder}/: set lang: ${folder} or move the file`,
        );
      const body = compileArticleBody(name, parts.body, parts.bodyLine);
      for (const p of [...body.problems, ...(body.evidence ?? [])]) report(p.line, p.field, p.message);
      checkComponents(body.components, refs, report);
      checkAnchors(body.headings ?? [], body.components, refs, report);
      if (read?.data && !misplaced) {
        const article: ArticleFile = {
          file: name,
          lang: folder,
          slug,
          data: read.data,
          body: parts.body,
          bodyLine: parts.bodyLine,
          keyLine: read.lineOf(['translationKey']),
          source,
          components: body.components,
        };
        if (!read.data.draft && !body.problems.length) checkReadyToPublish(article, body.text, read.lineOf, report);
        articles.push(article);
      }
      out.problems.push(...mine.problems.sort((a, b) => a.line - b.line));
    }
  }
  return articles;
}

/** A timeline's `next` must name another timeline (one that exists but is broken was reported already). */
function checkTimelineLinks(root: string, timelines: readonly Timeline[], broken: ReadonlySet<string>, out: Collector) {
  const ids = new Set(timelines.map((t) => t.id));
  for (const { id, next } of timelines) {
    if (next === undefined || (next !== id && (ids.has(next) || broken.has(next)))) continue;
    const file = display(join(contentPaths(root).timelines, `${id}.yaml`));
    out.error(file, 1, 'next', `"${next}" is not another timeline: it must match a file in content/timelines/`);
  }
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

/** Reads and validates all content. Use `contentRegistry()`, which keeps the result until a file changes. */
export function loadContent(root: string = contentRoot()): { content: Content; problems: Problem[] } {
  const out = new Collector();
  const sources = loadSources(root, out);
  const glossary = loadGlossary(root, sources.known, out);
  const { timelines, broken } = loadTimelines(root, sources.known, out);
  checkTimelineLinks(root, timelines, broken, out);
  const refs: References = {
    images: contentPaths(root).images,
    sources: sources.known,
    glossary: glossary.known,
    timelines: new Map(timelines.map((t) => [t.id, t])),
    brokenTimelines: broken,
  };
  const articles = loadArticles(root, refs, out);
  checkTranslations(articles, out);
  return {
    content: { root, sources: sources.items, glossary: glossary.items, timelines, articles },
    problems: out.problems,
  };
}
