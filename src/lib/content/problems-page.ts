// The page `astro dev` shows instead of any page while content has errors: the same lines as the
// terminal and `npm run check:content`, and Vite's client, which reloads the page once they are fixed.
import { checkMessages, messageLocale } from '../../i18n/messages';
import { escapeText } from '../escape';
import { ContentError, errorsIn, formatProblem, type Problem } from './problems';

export function contentProblemsPage(problems: readonly Problem[]): string {
  const [heading = ''] = new ContentError(problems, 'dev').message.split('\n');
  const m = checkMessages().outcome;
  const items = errorsIn(problems)
    .map((p) => `<li><code>${escapeText(formatProblem(p))}</code></li>`)
    .join('\n');
  return `<!doctype html>
<html lang="${messageLocale()}">
<head>
<meta charset="utf-8">
<title>${escapeText(m.pageTitle)}</title>
<script type="module" src="/@vite/client"></script>
<style>
body { font: 16px/1.5 system-ui, sans-serif; margin: 2rem; max-width: 70rem; }
h1 { color: #b00020; font-size: 1.4rem; }
li { margin-block: 0.75rem; }
code { white-space: pre-wrap; word-break: break-word; }
</style>
</head>
<body>
<h1>${escapeText(heading)}</h1>
<ol>
${items}
</ol>
<p>${m.pageExplain}</p>
</body>
</html>
`;
}
