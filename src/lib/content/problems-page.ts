// The page `astro dev` shows instead of any page while content has errors: the same lines as the
// terminal and `npm run check:content`, and Vite's client, which reloads the page once they are fixed.
import { escapeText } from '../escape';
import { ContentError, errorsIn, formatProblem, type Problem } from './problems';

export function contentProblemsPage(problems: readonly Problem[]): string {
  const [heading = ''] = new ContentError(problems, 'dev').message.split('\n');
  const items = errorsIn(problems)
    .map((p) => `<li><code>${escapeText(formatProblem(p))}</code></li>`)
    .join('\n');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Content problems</title>
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
<p>Each line is <code>file:line: field: what is wrong and what to do</code>. "When something goes wrong" in content/README.md explains every message.</p>
</body>
</html>
`;
}
