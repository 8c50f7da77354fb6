// `npm run check:content`: validates all content in seconds, without building the site, the way the
// build does (the same registry: every file validated, every article parsed and compiled as MDX), so
// "valid" means the build will not fail on content. Prints `file:line: field: message` for each
// problem; exits 1 when any is an error.
//
//   npm run check:content [-- --root path/to/content]
import { parseArgs } from 'node:util';
import { contentRoot } from '../lib/content/paths';
import { errorsIn, formatProblem } from '../lib/content/problems';
import { contentRegistry, counted } from '../lib/content/registry';

const { values } = parseArgs({ options: { root: { type: 'string' } } });
const root = values.root ?? contentRoot();
const started = performance.now();
const { content, problems } = contentRegistry(root);
for (const problem of problems) console.log(formatProblem(problem));

const errors = errorsIn(problems).length;
const warnings = problems.length - errors;
const took = `${Math.round(performance.now() - started)} ms`;
console.log(
  errors
    ? `✗ ${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'} in ${root}/ (${counted(content)}; ${took})`
    : `✓ ${root}/ is valid${warnings ? ` with ${warnings} warning${warnings === 1 ? '' : 's'}` : ''} (${counted(content)}; ${took})`,
);
process.exit(errors ? 1 : 0);
