// Gates over the whole fixture site: valid HTML, links and #fragments that resolve, every page
// reachable, and nothing from its content folder silently dropped.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { csvColumns, LIST_SEPARATOR, QUOTE_SEPARATOR } from '../../src/lib/timeline/export';
import { OPENING_MOST } from '../../src/lib/timeline/model';
import { isPaged, yearOf, yearPages } from '../../src/lib/timeline/pages';
import { paths } from '../../src/lib/urls';
import { attr, content, dir, elements, elementsOf, exists, fileOf, pages, read, textOf, type Element } from './site';

/** Ids and outgoing references (links, form actions, frames, alternates, the elements a first paint
 *  waits for) of every built page. */
const parsed = new Map(
  pages.map((path) => {
    const els = elementsOf(path);
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

describe('HTML validity (html-validate, recommended rules)', () => {
  // Reads .htmlvalidate.json at the project root, like the html-validate command does.
  const validator = new HtmlValidate(new FileSystemConfigLoader());
  it.each(pages)('%s', async (path) => {
    const report = await validator.validateFile(fileOf(path));
    const messages = report.results.flatMap((r) =>
      r.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}: ${m.message}`),
    );
    expect(messages).toEqual([]);
  });
});

describe('links', () => {
  it('every internal link and #fragment resolves to a built page and an existing id', () => {
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

  it('every page is reachable from a home page', () => {
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

describe('nothing from the content folder is dropped', () => {
  it.each(['id', 'en'])('every source in the registry is on /%s/sources/, shown as everywhere else', (lang) => {
    const path = `/${lang}/sources/`;
    const ids = parsed.get(path)!.ids;
    expect(content.sources.length).toBeGreaterThan(0);
    for (const source of content.sources) expect(ids.has(source.id), `${source.id} on ${path}`).toBe(true);
    // The same citation as in articles, the timeline and the glossary: publisher and title, linked.
    const els = elementsOf(path);
    for (const source of content.sources) {
      const entry = els.find((el) => attr(el, 'id') === source.id)!;
      const citation = elements(entry).find((el) => (attr(el, 'class') ?? '').split(/\s+/).includes('source-citation'));
      const link = citation?.childNodes.find((n): n is Element => 'tagName' in n && n.tagName === 'a');
      expect(link && attr(link, 'href'), `${source.id}: its link`).toBe(source.url);
      expect(link && textOf(link), `${source.id}: its publisher`).toContain(source.publisher);
    }
  });

  const sources = new Map(content.sources.map((s) => [s.id, s]));
  const long = content.timelines.filter((t) => isPaged(t.milestones.length));
  it('the fixture site has a long timeline, its list split by year', () => expect(long.length).toBeGreaterThan(0));
  it.each(long.map((t) => [t.id, t] as const))(
    '%s: its page lists the milestones its chart opens on and links a page for every year, which lists that year’s',
    (_, timeline) => {
      for (const lang of ['id', 'en'] as const) {
        const { ids, refs } = parsed.get(paths.timeline(lang, timeline.id))!;
        const listed = timeline.milestones.filter((m) => ids.has(m.id));
        expect(listed.length).toBeGreaterThan(0);
        expect(listed.length).toBeLessThanOrEqual(OPENING_MOST);
        for (const { year, count } of yearPages(timeline.milestones)) {
          const path = paths.timelineYear(lang, timeline.id, year);
          expect(refs, `${lang} links ${year}`).toContain(path);
          const onPage = timeline.milestones.filter((m) => parsed.get(path)!.ids.has(m.id)).map((m) => m.id);
          const ofYear = timeline.milestones.filter((m) => yearOf(m.date) === year).map((m) => m.id);
          expect(onPage.sort()).toEqual(ofYear.sort());
          expect(onPage).toHaveLength(count);
        }
      }
    },
  );

  it.each(content.timelines.map((t) => [t.id, t] as const))(
    '%s: every milestone and its sources are on its page in both languages (a long timeline: its year’s), in the JSON and in the CSV',
    (_, timeline) => {
      const paged = isPaged(timeline.milestones.length);
      for (const lang of ['id', 'en'] as const) {
        for (const m of timeline.milestones) {
          const path = paged
            ? paths.timelineYear(lang, timeline.id, yearOf(m.date))
            : paths.timeline(lang, timeline.id);
          const html = read(path);
          const { ids, refs } = parsed.get(path)!;
          const cited = new Set(refs);
          expect(ids.has(m.id), m.id).toBe(true);
          expect(html, `${m.id} title`).toContain(m.title[lang].replace(/&/g, '&amp;').replace(/'/g, '&#39;'));
          for (const c of [...m.citations, ...(m.reports ?? []).map((r) => r.citation)]) {
            const url = sources.get(c.source)!.url;
            // Read from the parsed page: an HTML writer may escape & as &amp; or &#38;.
            expect(cited.has(url), `${m.id} cites ${url}`).toBe(true);
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
      const data = (ext: string) => readFileSync(join(dir, `data/timelines/${timeline.id}.${ext}`), 'utf8');
      const json = JSON.parse(data('json'));
      expect(json.milestones.map((m: { id: string }) => m.id)).toEqual(timeline.milestones.map((m) => m.id));
      for (const [i, m] of timeline.milestones.entries()) {
        expect(json.milestones[i]).toMatchObject({ date: m.date, kind: m.kind, title: m.title, summary: m.summary });
        expect(json.milestones[i].citations.map((c: { source: string; quote: string }) => [c.source, c.quote])).toEqual(
          m.citations.map((c) => [c.source, c.quote]),
        );
      }
      // The CSV parses back to the same records as the JSON.
      const rows = parseCsv(data('csv'), { columns: true }) as Record<string, string>[];
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
    },
  );

  // Without JavaScript too: the drawn chart is in the HTML, and the list unless the article asks for none.
  const placed = content.articles
    .filter((a) => !a.data.draft)
    .map((a) => ({
      path: `/${a.lang}/articles/${a.slug}/`,
      lists: a.components.filter((c) => c.name === 'Timeline').map((c) => c.attrs.list ?? 'compact'),
    }))
    .filter((a) => a.lists.length > 0);
  it.each(placed.map((p) => [p.path, p.lists] as const))(
    '%s: its inline timelines are complete without JavaScript: chart drawn, events listed',
    (path, lists) => {
      const classes = (el: Element) => (attr(el, 'class') ?? '').split(/\s+/);
      const timelines = elementsOf(path).filter((el) => attr(el, 'data-timeline') !== undefined);
      expect(timelines).toHaveLength(lists.length);
      timelines.forEach((tl, i) => {
        const els = elements(tl);
        const drawings = els.filter((el) => classes(el).includes('tl-static')).flatMap((el) => elements(el));
        expect(drawings.filter((el) => el.tagName === 'svg').length, `${i}: a drawn chart`).toBeGreaterThan(0);
        const items = els.filter((el) => el.tagName === 'li' && classes(el).includes('tl-item'));
        if (lists[i] !== 'none') expect(items.length, `${i}: listed events`).toBeGreaterThan(0);
      });
    },
  );

  it('every article is published in both languages', () => {
    const published = content.articles.filter((x) => !x.data.draft);
    expect(published.length).toBeGreaterThan(0);
    for (const a of published) expect(pages, a.file).toContain(`/${a.lang}/articles/${a.slug}/`);
  });
});
