// `npm run check:content`: validates all content in seconds, without building the site, the way the
// build does (the same registry: every file validated, every article parsed and compiled as MDX), so
// "valid" means the build will not fail on content. Prints `file:line: field: message` for each
// problem; exits 1 when any is an error. Refreshes the content folder's JSON Schemas where it has them.
//
//   npm run check:content [-- --root path/to/content]
import { parseArgs } from 'node:util';
import { contentRoot } from '../lib/content/paths';
import { errorsIn, formatProblem, pendingIn } from '../lib/content/problems';
import { contentRegistry, counted } from '../lib/content/registry';
import { refreshSchemas } from '../lib/content/schema-files';
import { editorLocale, messages } from '../i18n/messages';

const { values } = parseArgs({ options: { root: { type: 'string' } } });
const root = values.root ?? contentRoot();
const started = performance.now();
const { content, problems } = contentRegistry(root);
for (const problem of problems) console.log(formatProblem(problem));
// The schemas editor programs read follow the ids of the sources, reporters and timelines.
const schemas = refreshSchemas(root);
if (schemas.length)
  console.log(messages(editorLocale(undefined, process.env) ?? 'id').cli.common.schemasUpdated(schemas.join(', ')));

const errors = errorsIn(problems).length;
const pending = pendingIn(problems).length;
const warnings = problems.length - errors - pending;
const took = `${Math.round(performance.now() - started)} ms`;
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
const waiting = pending ? `, ${plural(pending, 'translation')} pending` : '';
console.log(
  errors
    ? `✗ ${plural(errors, 'error')}, ${plural(warnings, 'warning')}${waiting} in ${root}/ (${counted(content)}; ${took})`
    : `✓ ${root}/ is valid${warnings ? ` with ${plural(warnings, 'warning')}` : ''}${waiting} (${counted(content)}; ${took})`,
);
process.exit(errors ? 1 : 0);
