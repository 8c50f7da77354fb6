// content/articles/<lang>/<slug>.mdx: each file's frontmatter (its schema), its body parsed and
// compiled as MDX (the safe subset, the evidence rules), the components it uses and its readiness
// to publish. All of a file's problems are reported at once, in the order of their lines.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isLocale, locales, type Locale } from '../../../i18n/locales';
import { checkMessages } from '../../../i18n/messages';
import { articleCitations, type ArticleCitations } from '../../mdx/citations';
import type { FoundComponent } from '../../mdx/safe-subset';
import { SLUG, SLUG_MAX } from '../../urls';
import { compileArticleBody } from '../article-body';
import { claimProblems } from '../claims';
import { guessLanguage } from '../language';
import { contentPaths } from '../paths';
import { Collector, display, isFolder, readYaml, type Known, type Report } from '../read';
import { articleSchema, type ArticleData, type Timeline } from '../schema';
import { placeholderTexts, templates } from '../templates';
import { splitFrontmatter, stripBom } from '../yaml';
import { checkComponents } from './components';

export interface ArticleFile {
  file: string;
  lang: Locale;
  slug: string;
  data: ArticleData;
  body: string;
  bodyLine: number;
  /** Line of `translationKey` in the frontmatter. */
  keyLine: number;
  /** Line of `translation` in the frontmatter (of `translationKey` when there is none). */
  translationLine: number;
  /** The whole file as read. */
  source: string;
  /** The components the body uses, as the MDX parser found them, in document order. */
  components: FoundComponent[];
  /** Its headings' anchors, as the build writes them. */
  headings: string[];
  /** Every link and image address in the body, with its line. */
  links: { line: number; url: string; image: boolean }[];
  /** `translation: pending` and no translation yet: kept off the published site (set by ../load.ts). */
  awaiting?: boolean;
  /** Its citations, numbered once here: the MDX pipeline, the page and the sources page read them. */
  citations: ArticleCitations;
  /** Its reading time in whole minutes. */
  minutesRead: number;
}

export interface References {
  sources: Known;
  /** Each source's publication date, by id: a date a sentence states may be the date of a source it cites. */
  published: ReadonlyMap<string, string>;
  glossary: Known;
  /** Valid timelines by id. */
  timelines: ReadonlyMap<string, Timeline>;
  /** Timelines that exist but are invalid (already reported). */
  brokenTimelines: ReadonlySet<string>;
  /** The folder <Figure src="..."> names files in. */
  images: string;
}


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
        report(line, checkMessages().fields.heading, checkMessages().articles.headingIsMilestone(slug, timeline.id, tag.line));
  }
}

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
        checkMessages().articles.placeholder(data[field]),
      );
  const found = placeholderTexts()
    .map((p) => ({ ...p, at: source.indexOf(p.text) }))
    .filter((p) => p.at >= 0);
  const lineAt = (offset: number) => source.slice(0, offset).split('\n').length;
  const note = found.find((p) => p.what === 'note');
  if (note)
    report(
      lineAt(note.at),
      checkMessages().fields.text,
      checkMessages().articles.note,
    );
  const paragraph = found.find((p) => p.what === 'paragraph');
  if (paragraph)
    report(
      lineAt(paragraph.at),
      checkMessages().fields.text,
      checkMessages().articles.placeholderText(paragraph.text.slice(0, 30)),
    );
  const guess = guessLanguage(text);
  if (guess.lang && guess.lang !== article.lang) {
    const m = checkMessages().articles;
    report(
      lineOf(['lang']),
      'lang',
      m.readsAs(
        article.lang,
        m.languages[guess.lang],
        guess.counts[guess.lang],
        guess.counts[article.lang],
        m.languages[article.lang],
      ),
    );
  }
}

export function loadArticles(root: string, refs: References, out: Collector): ArticleFile[] {
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
        checkMessages().fields.file,
        checkMessages().articles.outside(locales.join(checkMessages().evidence.or)),
      );
      continue;
    }
    const files = readdirSync(folderPath);
    if (!isLocale(folder)) {
      if (files.length)
        out.error(
          display(folderPath),
          1,
          checkMessages().fields.folder,
          checkMessages().articles.notLocale(locales.join(checkMessages().evidence.or)),
        );
      continue;
    }
    for (const f of files.sort()) {
      if (!f.endsWith('.mdx') && !f.endsWith('.md')) continue;
      const file = join(folderPath, f);
      const name = display(file);
      if (isFolder(file)) {
        out.error(name, 1, checkMessages().fields.folder, checkMessages().articles.folder);
        continue;
      }
      // All of a file's problems are collected, then reported in the order of their lines.
      const mine = new Collector();
      const report: Report = (line, field, message) => mine.error(name, line, field, message);
      const slug = f.replace(/\.mdx?$/, '');
      if (!SLUG.test(slug))
        report(1, checkMessages().fields.fileName, checkMessages().articles.fileName);
      else if (slug.length > SLUG_MAX)
        report(1, checkMessages().fields.fileName, checkMessages().articles.fileNameLong(SLUG_MAX, slug.length));
      const source = stripBom(readFileSync(file, 'utf8'));
      const parts = splitFrontmatter(source);
      if (!parts) {
        report(1, checkMessages().fields.frontmatter, checkMessages().articles.frontmatter);
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
          checkMessages().articles.misplaced(lang, folder),
        );
      const body = compileArticleBody(name, parts.body, parts.bodyLine);
      for (const p of [...body.problems, ...(body.evidence ?? [])]) report(p.line, p.field, p.message);
      checkComponents(body.components, refs, report);
      for (const p of claimProblems(body.claims ?? [], (id) => refs.published.get(id))) report(p.line, p.field, p.message);
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
          translationLine: read.lineOf(['translation']),
          source,
          components: body.components,
          headings: (body.headings ?? []).map((h) => h.slug),
          citations: articleCitations(body.components),
          minutesRead: body.minutesRead ?? 1,
          links: body.links ?? [],
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
