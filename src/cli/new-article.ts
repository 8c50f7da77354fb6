// `npm run new`: starts an article as a draft with valid frontmatter, or a translation of one.
//
//   npm run new -- --lang id --slug my-article [--title "Judul"] [--translation my-article-en]
//   npm run new -- --translate content/articles/en/my-article.mdx [--slug artikel-saya]
//   npm run new -- --translate content/timelines/<id>.yaml#<milestone-id>
//   npm run new -- --translate content/glossary.yaml#<entry-id>
//
// A milestone or glossary entry written in one language (`translation: pending`) gets the other
// language's texts filled with the words to translate (src/lib/content/translate-entry.ts).
//
// Never overwrites a file. Prints the paths it wrote and where `npm run dev` shows them: at the
// address of the dev server running for this content folder, if there is one.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import { parseArgs } from 'node:util';
import { isLocale, otherLocale } from '../i18n/locales';
import { runningDevServer } from '../lib/dev-server';
import { messages, messageLocale } from '../i18n/messages';
import { contentRoot } from '../lib/content/paths';
import { errorsIn, formatProblem } from '../lib/content/problems';
import { contentRegistry } from '../lib/content/registry';
import { fillTranslation } from '../lib/content/translate-entry';
import { DEFAULT_DEV_ORIGIN, devUrl, planNewArticle, planTranslation, type Plan } from '../lib/new-article';

// Messages in the editor's language (EDITOR_LANG, or the computer's; --lang is the article's).
const m = messages(messageLocale());
const usage = `${m.cli.common.usage}\n  ${m.cli.new.usage}`;

function fail(message: string): never {
  console.error(`✗ ${message}\n\n${usage}`);
  process.exit(1);
}

let values;
try {
  ({ values } = parseArgs({
    options: {
      lang: { type: 'string' },
      slug: { type: 'string' },
      title: { type: 'string' },
      translation: { type: 'string' },
      translate: { type: 'string' },
      root: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  }));
} catch (e) {
  fail((e as Error).message);
}
if (values.help) {
  console.log(usage);
  process.exit(0);
}

const root = values.root ?? contentRoot();
const today = new Date().toISOString().slice(0, 10);
let plan: Plan;

if (values.translate?.includes('#')) {
  const [file = '', id = ''] = values.translate.split('#');
  if (!existsSync(file)) fail(m.cli.new.noFile(file));
  if (!/\.ya?ml$/.test(file)) fail(m.cli.new.notEntries(file));
  const result = fillTranslation(readFileSync(file, 'utf8'), id);
  if (!result.ok) fail(`${file}#${id}: ${result.error}`);
  writeFileSync(file, result.text);
  const languages = [...new Set(result.filled.map((f) => f.lang))].join(', ');
  console.log(m.cli.new.filled(`${file}:${result.line}`, id, languages, result.filled.map((f) => f.path).join(', ')));
  process.exit(0);
} else if (values.translate) {
  const path = values.translate;
  if (!existsSync(path)) fail(m.cli.new.noFile(path));
  const lang = basename(dirname(path));
  if (!isLocale(lang)) fail(m.cli.new.notArticleFolder(path));
  const { content, problems } = contentRegistry(root);
  const source = content.articles.find((a) => a.file === path || a.file.endsWith(`articles/${lang}/${basename(path)}`));
  if (!source) {
    const own = errorsIn(problems).filter((p) => p.file.endsWith(basename(path)));
    fail(m.cli.new.unreadable(path, own.map(formatProblem).join('\n') || m.cli.new.notUnder(root)));
  }
  const other = otherLocale(source.lang);
  plan = planTranslation({
    root,
    today,
    source: { path, lang: source.lang, slug: source.slug, data: source.data, body: source.body },
    slug: values.slug,
    translated: content.articles.find((a) => a.lang === other && a.data.translationKey === source.data.translationKey)
      ?.file,
    exists: existsSync,
  });
} else {
  if (!values.lang && !values.slug) fail(m.cli.new.whichArticle);
  plan = planNewArticle({
    root,
    today,
    lang: values.lang,
    slug: values.slug,
    translation: values.translation,
    title: values.title,
    exists: existsSync,
  });
}

if (!plan.ok) fail(plan.error);
for (const file of plan.files) {
  mkdirSync(dirname(file.path), { recursive: true });
  writeFileSync(file.path, file.content, { flag: 'wx' });
  console.log(m.cli.new.created(file.path));
}
const running = runningDevServer(process.cwd(), root);
const urls = plan.files.map((f) => `  ${devUrl(f, running ?? DEFAULT_DEV_ORIGIN)}`).join('\n');
console.log(running ? m.cli.new.running(urls) : m.cli.new.notRunning(urls));
