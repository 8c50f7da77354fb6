// A newsroom's pages on another origin, for the embed tests: serves tests/e2e/hosts/*.html with
//   {{SITE}}                      the site's origin
//   {{embed LANG}}                the address of the timeline's embed page
//   {{code KIND LANG [k=v ...]}}  the code the builder gives out (src/lib/embed/snippets.ts), made
//                                 by the same functions, for the site's address and these options
// so the tests paste exactly what a newsroom gets. The timeline is --timeline of the content folder
// --content (the fixture site's progress timeline, by default).
// A page that starts with `<!-- csp: POLICY -->` is sent with that Content-Security-Policy.
//   tsx tests/e2e/host-server.ts --port 4397 --site http://localhost:4397 \
//     [--content tests/fixtures/content/chart --timeline migration]
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { t, type Locale } from '../../src/i18n';
import { loadContent } from '../../src/lib/content/load';
import { embedCode, type CodeOptions } from '../../src/lib/embed/code';
import { snippet, type SnippetKind } from '../../src/lib/embed/snippets';
import { parseRange } from '../../src/lib/timeline/range';
import { absolute, paths } from '../../src/lib/urls';

const { values } = parseArgs({
  options: {
    port: { type: 'string' },
    site: { type: 'string' },
    content: { type: 'string', default: 'tests/fixtures/content/chart' },
    timeline: { type: 'string', default: 'migration' },
  },
});
const site = values.site ?? '';
const hosts = join(import.meta.dirname, 'hosts');
const { content } = loadContent(values.content!);
const timeline = content.timelines.find((t) => t.id === values.timeline)!;
const sources = new Map(content.sources.map((s) => [s.id, s]));

function code(kind: SnippetKind, lang: Locale, pairs: string[]): string {
  const options: CodeOptions = {};
  for (const [key, value = ''] of pairs.map((p) => p.split('='))) {
    if (key === 'theme') options.theme = value as NonNullable<CodeOptions['theme']>;
    if (key === 'list') options.list = value as NonNullable<CodeOptions['list']>;
    if (key === 'highlight') options.highlight = value;
    if (key === 'range') options.range = parseRange(value);
  }
  return snippet(kind, embedCode(timeline, sources, lang, site, options), t(lang).embed.ampOverflow);
}

function render(html: string): string {
  return html
    .replaceAll('{{SITE}}', site)
    .replace(/\{\{embed (id|en)\}\}/g, (_, lang: Locale) => absolute(paths.embedTimeline(lang, timeline.id), site))
    .replace(/\{\{code (\w+) (id|en)((?: [\w=.-]+)*)\}\}/g, (_, kind: SnippetKind, lang: Locale, rest: string) =>
      code(kind, lang, rest.trim() ? rest.trim().split(' ') : []),
    );
}

createServer((req, res) => {
  const name = new URL(req.url ?? '/', 'http://host').pathname.slice(1) || 'index.html';
  // No icon, and no error in the console for the want of one.
  if (name === 'favicon.ico') {
    res.writeHead(204).end();
    return;
  }
  if (!/^[\w-]+\.html$/.test(name)) {
    res.writeHead(404).end();
    return;
  }
  try {
    // A first line `<!-- csp: … -->` is the page's own Content-Security-Policy, sent as a header.
    const [, csp, page] = /^(?:<!-- csp: (.*?) -->\n)?([\s\S]*)$/.exec(
      render(readFileSync(join(hosts, name), 'utf8')),
    )!;
    const policy: Record<string, string> = csp ? { 'content-security-policy': csp } : {};
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', ...policy }).end(page);
  } catch {
    res.writeHead(404).end();
  }
}).listen(Number(values.port), '127.0.0.1', () => console.log(`host pages at http://localhost:${values.port}/`));
