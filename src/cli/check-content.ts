// `npm run check:content`: validates all content in seconds, without building the site, the way the
// build does (the same registry: every file validated, every article parsed and compiled as MDX), so
// "valid" means the build will not fail on content. Prints `file:line: field: message` for each
// problem; exits 1 when any is an error. Refreshes the content folder's JSON Schemas where it has them.
//
//   npm run check:content [-- --root path/to/content] [--lang id|en]
//
// Messages are in the editor's language: --lang, else EDITOR_LANG or the computer's language,
// Indonesian by default (src/i18n/messages/).
import { parseArgs } from 'node:util';
import { contentRoot } from '../lib/content/paths';
import { errorsIn, formatProblem, pendingIn } from '../lib/content/problems';
import { contentRegistry, counted } from '../lib/content/registry';
import { refreshSchemas } from '../lib/content/schema-files';
import { checkMessages, editorLocale, messages, messageLocale, useMessageLocale } from '../i18n/messages';

const { values } = parseArgs({ options: { root: { type: 'string' }, lang: { type: 'string' } } });
const lang = editorLocale(values.lang, process.env);
if (!lang) {
  console.error(`✗ ${messages('id').cli.common.badLang(values.lang ?? '')}`);
  process.exit(1);
}
useMessageLocale(lang);
const root = values.root ?? contentRoot();
const started = performance.now();
const { content, problems } = contentRegistry(root);
for (const problem of problems) console.log(formatProblem(problem));
// The schemas editor programs read follow the ids of the sources, reporters and timelines.
const schemas = refreshSchemas(root);
if (schemas.length) console.log(messages(messageLocale()).cli.common.schemasUpdated(schemas.join(', ')));

const errors = errorsIn(problems).length;
const pending = pendingIn(problems).length;
const warnings = problems.length - errors - pending;
const took = `${Math.round(performance.now() - started)} ms`;
const m = checkMessages().outcome;
const waiting = pending ? m.pendingCount(m.plural(pending, 'translation')) : '';
const warned = warnings ? m.plural(warnings, 'warning') : '';
console.log(
  errors
    ? m.invalid(root, m.plural(errors, 'error'), m.plural(warnings, 'warning'), waiting, counted(content), took)
    : m.valid(root, warned, waiting, counted(content), took),
);
process.exit(errors ? 1 : 0);
