// Gates over the whole built site: valid HTML, links and #fragments that resolve, every page
// reachable, nothing from content/ silently dropped, and no request to any other host.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { parse } from 'parse5';
import type { DefaultTreeAdapterMap } from 'parse5';
import { loadContent } from '../../src/lib/content/load';
import { csvColumns, LIST_SEPARATOR, QUOTE_SEPARATOR } from '../../src/lib/timeline/export';
import { builtPages, distDir } from './pages';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

const pages = builtPages();
const fileOf = (path: string) => join(distDir, path.endsWith('/') ? `${path}index.html` : path);
const read = (path: string) => readFileSync(fileOf(path), 'utf8');
const { content } = loadContent('content');

function elements(node: Node, out: Element[] = []): Element[] {
  if ('tagName' in node) out.push(node);
  for (const child of 'childNodes' in node ? node.childNodes : []) elements(child, out);
  if ('content' in node && node.content) elements(node.content, out);
  return out;
}
const attr = (el: Element, name: string) => el.attrs.find((a) => a.name === name)?.value;

/** Ids and outgoing references (links, form actions, frames, alternates, the elements a first paint
 *  waits for) of every built page. */
const parsed = new Map(
  pages.map((path) => {
    const els = elements(parse(read(path)));
    const ids = new Set(els.flatMap((el) => (attr(el, 'id') ? [attr(el, 'id')!] : [])));
    const refs = els.flatMap((el) => {
      const value =
        (el.tagName === 'a' && attr(el, 'href')) ||
        (el.tagName === 'link' &&
          ['alternate', 'canonical', 'expect'].includes(attr(el, 'rel') ?? '') &&
          attr(el, 'href')) ||
        (el.tagName === 'form' && attr(el, 'action')) ||
        (el.tagName === 'iframe' && attr(el, 'src'));
      return value ? [value] : [];
    });
    return [path, { ids, refs }] as const;
  }),
);

/** Resolves a reference made on `from` to a path of the site and a fragment, or null if external. */
function internal(ref: string, from: string): { path: string; fragment: string } | null {
  const url = new URL(ref, `http://localhost:4321${from}`);
  if (url.origin !== 'http://localhost:4321') return null;
  return { path: url.pathname, fragment: decodeURIComponent(url.hash.slice(1)) };
}

function exists(path: string): boolean {
  try {
    readFileSync(fileOf(path));
    return true;
  } catch {
    return false;
  }
}

test.describe('HTML validity (html-validate, recommended rules)', () => {
  // Reads .htmlvalidate.json at the project root, like the html-validate command does.
  const validator = new HtmlValidate(new FileSystemConfigLoader());
  for (const path of pages) {
    test(path, async () => {
      const report = await validator.validateFile(fileOf(path));
      const messages = report.results.flatMap((r) =>
        r.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}: ${m.message}`),
      );
      expect(messages).toEqual([]);
    });
  }
});

test.describe('links', () => {
  test('every internal link and #fragment resolves to a built page and an existing id', () => {
    const broken: string[] = [];
    for (const [from, { refs }] of parsed) {
      for (const ref of refs) {
        const target = internal(ref, from);
        if (!target) continue;
        if (!exists(target.path)) broken.push(`${from} → ${ref}: no such page`);
        else if (target.fragment && parsed.has(target.path) && !parsed.get(target.path)!.ids.has(target.fragment))
          broken.push(`${from} → ${ref}: no element with id "${target.fragment}"`);
      }
    }
    expect(broken).toEqual([]);
  });

  test('every page is reachable from a home page', () => {
    const seen = new Set(['/id/', '/en/']);
    const queue = [...seen];
    while (queue.length) {
      const from = queue.shift()!;
      for (const ref of parsed.get(from)?.refs ?? []) {
        const target = internal(ref, from);
        if (target && parsed.has(target.path) && !seen.has(target.path)) {
          seen.add(target.path);
          queue.push(target.path);
        }
      }
    }
    // Not-found pages are reached by mistyped addresses, never by links.
    expect(pages.filter((p) => !seen.has(p) && !p.endsWith('404.html'))).toEqual([]);
  });
});

test.describe('nothing from content/ is dropped', () => {
  test('every source in the registry is on the sources pages, shown as everywhere else', async ({ page }) => {
    for (const lang of ['id', 'en']) {
      const ids = parsed.get(`/${lang}/sources/`)!.ids;
      for (const source of content.sources) expect(ids.has(source.id), `${source.id} on /${lang}/sources/`).toBe(true);
      // The same citation as in articles, the timeline and the glossary: publisher and title, linked.
      await page.goto(`/${lang}/sources/`);
      for (const source of content.sources.slice(0, 5)) {
        const link = page.locator(`[id="${source.id}"] .source-citation > a`).first();
        await expect(link).toHaveAttribute('href', source.url);
        await expect(link).toContainText(source.publisher);
      }
    }
  });

  for (const timeline of content.timelines) {
    test(`${timeline.id}: every milestone and its sources are on both pages, in the JSON and in the CSV`, async ({
      request,
    }) => {
      const sources = new Map(content.sources.map((s) => [s.id, s]));
      for (const lang of ['id', 'en'] as const) {
        const html = read(`/${lang}/timeline/${timeline.id}/`);
        for (const m of timeline.milestones) {
          expect(parsed.get(`/${lang}/timeline/${timeline.id}/`)!.ids.has(m.id), m.id).toBe(true);
          expect(html, `${m.id} title`).toContain(m.title[lang].replace(/&/g, '&amp;').replace(/'/g, '&#39;'));
          for (const c of [...m.citations, ...(m.reports ?? []).map((r) => r.citation)]) {
            const url = sources.get(c.source)!.url;
            // Read from the parsed page: an HTML writer may escape & as &amp; or &#38;.
            expect(parsed.get(`/${lang}/timeline/${timeline.id}/`)!.refs, `${m.id} cites ${url}`).toContain(url);
            const escaped = c.quote
              .replace(/&/g, '&amp;')
              .replace(/</g, '&lt;')
              .replace(/>/g, '&gt;')
              .replace(/"/g, '&quot;')
              .replace(/'/g, '&#39;');
            expect(html, `${m.id} quotes ${c.source}`).toContain(escaped);
          }
        }
      }
      const json = await (await request.get(`/data/timelines/${timeline.id}.json`)).json();
      expect(json.milestones.map((m: { id: string }) => m.id)).toEqual(timeline.milestones.map((m) => m.id));
      for (const [i, m] of timeline.milestones.entries()) {
        expect(json.milestones[i]).toMatchObject({ date: m.date, kind: m.kind, title: m.title, summary: m.summary });
        expect(json.milestones[i].citations.map((c: { source: string; quote: string }) => [c.source, c.quote])).toEqual(
          m.citations.map((c) => [c.source, c.quote]),
        );
      }
      // The CSV parses back to the same records as the JSON.
      const csv = await (await request.get(`/data/timelines/${timeline.id}.csv`)).text();
      const { parse: parseCsv } = await import('csv-parse/sync');
      const rows = parseCsv(csv, { columns: true }) as Record<string, string>[];
      expect(Object.keys(rows[0]!)).toEqual([...csvColumns]);
      expect(rows.map((r) => r.id)).toEqual(json.milestones.map((m: { id: string }) => m.id));
      rows.forEach((row, i) => {
        const m = json.milestones[i];
        expect([row.date, row.kind, row.title_id, row.title_en, row.summary_id, row.summary_en]).toEqual([
          m.date,
          m.kind,
          m.title.id,
          m.title.en,
          m.summary.id,
          m.summary.en,
        ]);
        type Cited = { source: string; url: string; quote: string };
        expect(row.source_ids!.split(LIST_SEPARATOR)).toEqual(m.citations.map((c: Cited) => c.source));
        expect(row.source_urls!.split(LIST_SEPARATOR)).toEqual(m.citations.map((c: Cited) => c.url));
        expect(row.source_quotes!.split(QUOTE_SEPARATOR)).toEqual(m.citations.map((c: Cited) => c.quote));
        expect(row.progress_value).toBe(m.progress ? String(m.progress.value) : '');
      });
    });
  }

  test('every article is published in both languages', () => {
    for (const a of content.articles.filter((x) => !x.data.draft))
      expect(pages, a.file).toContain(`/${a.lang}/articles/${a.slug}/`);
  });
});
