// What other programs read from the fixture site: the RSS feeds, the sitemap and robots.txt, the
// oEmbed documents, social cards and structured data (JSON-LD). Each parses, says what the content
// says, and points at pages that were built.
import { readFileSync } from 'node:fs';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { locales, type Locale } from '../../src/i18n/locales';
import { PHONE } from '../../src/lib/embed/height';
import { attr, content, elements, elementsOf, exists, fileOf, jsonLd, pages, read, textOf } from './site';

const published = content.articles.filter((a) => !a.data.draft);
const sitePages = pages.filter((p) => locales.some((lang) => p.startsWith(`/${lang}/`)));
const indexable = pages.filter((p) => !read(p).includes('<meta name="robots" content="noindex">'));
const articlePath = (a: (typeof content.articles)[number]) => `/${a.lang}/articles/${a.slug}/`;

/** Parses an XML file of the site; fails on any XML error. */
function xml(path: string) {
  const text = readFileSync(fileOf(path), 'utf8');
  const valid = XMLValidator.validate(text);
  expect(valid, `${path} is well-formed XML`).toBe(true);
  return new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@',
    isArray: (name) => ['item', 'url', 'xhtml:link'].includes(name),
  }).parse(text);
}
/** The path of an address on the site, checked to be a built file. */
function built(url: string, what: string): string {
  const path = new URL(url).pathname;
  expect(exists(path), `${what}: ${url} is a built file`).toBe(true);
  return path;
}
/** The PNG's size, from its header. */
function pngSize(path: string) {
  const png = readFileSync(fileOf(path));
  expect(png.subarray(1, 4).toString(), `${path} is a PNG`).toBe('PNG');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}
const linkHref = (path: string, rel: string, type?: string) =>
  elementsOf(path)
    .filter((el) => el.tagName === 'link' && attr(el, 'rel') === rel && (!type || attr(el, 'type') === type))
    .map((el) => attr(el, 'href')!);

describe('feeds and discovery', () => {
  it.each(locales)('/%s/rss.xml is RSS 2.0 with every article of its language, each at its page', (lang) => {
    const { rss } = xml(`/${lang}/rss.xml`);
    expect(rss['@version']).toBe('2.0');
    expect(rss.channel.language).toBe(lang);
    const items = (rss.channel.item ?? []) as { title: string; description: string; link: string; pubDate: string }[];
    const expected = published.filter((a) => a.lang === lang);
    expect(expected.length).toBeGreaterThan(0);
    expect(items).toHaveLength(expected.length);
    for (const article of expected) {
      const item = items.find((i) => i.title === article.data.title);
      expect(item, article.data.title).toBeDefined();
      expect(item!.description).toBe(article.data.description);
      expect(built(item!.link, `${lang} feed`)).toBe(articlePath(article));
      expect(new Date(item!.pubDate).toISOString().slice(0, 10)).toBe(article.data.published);
    }
  });

  it('every page links its language’s feed', () => {
    for (const path of sitePages) {
      const lang = path.slice(1, 3);
      expect(
        linkHref(path, 'alternate', 'application/rss+xml').map((href) => new URL(href).pathname),
        path,
      ).toEqual([`/${lang}/rss.xml`]);
    }
  });

  it('the sitemap lists every indexable page, with its language versions', () => {
    const { urlset } = xml('/sitemap.xml');
    const entries = (urlset.url as { loc: string; 'xhtml:link'?: { '@hreflang': string; '@href': string }[] }[]).map(
      (u) => ({
        loc: built(u.loc, 'sitemap'),
        alternates: Object.fromEntries(
          (u['xhtml:link'] ?? []).map((l) => [l['@hreflang'], built(l['@href'], `sitemap, ${u.loc}`)]),
        ),
      }),
    );
    expect(entries.map((e) => e.loc).sort()).toEqual([...indexable].sort());
    for (const article of published) {
      const entry = entries.find((e) => e.loc === articlePath(article))!;
      const translation = published.find(
        (a) => a.lang !== article.lang && a.data.translationKey === article.data.translationKey,
      );
      expect(entry.alternates, articlePath(article)).toEqual({
        [article.lang]: entry.loc,
        ...(translation ? { [translation.lang]: articlePath(translation) } : {}),
      });
    }
    expect(entries.find((e) => e.loc === '/')!.alternates['x-default']).toBe('/');
  });

  it('robots.txt points to the sitemap', () => {
    const robots = readFileSync(fileOf('/robots.txt'), 'utf8');
    const sitemap = /^Sitemap: (http\S+\/sitemap\.xml)$/m.exec(robots)?.[1];
    expect(sitemap, robots).toBeDefined();
    built(sitemap!, 'robots.txt');
  });
});

describe('oEmbed', () => {
  const declaring = pages.flatMap((path) =>
    linkHref(path, 'alternate', 'application/json+oembed').map((href) => [path, href] as const),
  );

  it('every timeline, its embed and every article declare an oEmbed document', () => {
    const paths = new Set(declaring.map(([path]) => path));
    for (const a of published) expect(paths.has(articlePath(a)), articlePath(a)).toBe(true);
    for (const t of content.timelines)
      for (const lang of locales) {
        expect(paths.has(`/${lang}/timeline/${t.id}/`), `/${lang}/timeline/${t.id}/`).toBe(true);
        expect(paths.has(`/embed/${lang}/timeline/${t.id}/`), `/embed/${lang}/timeline/${t.id}/`).toBe(true);
      }
  });

  it.each(declaring)('%s → %s', (path, href) => {
    const document = JSON.parse(readFileSync(fileOf(built(href, path)), 'utf8'));
    expect(document.version).toBe('1.0');
    for (const key of ['title', 'provider_name', 'provider_url', 'thumbnail_url'])
      expect(document[key], key).toBeTruthy();
    built(document.provider_url, 'provider_url');
    const thumbnail = built(document.thumbnail_url, 'thumbnail_url');
    expect(pngSize(thumbnail)).toEqual({ width: document.thumbnail_width, height: document.thumbnail_height });
    const timeline = /^\/(?:embed\/)?(id|en)\/timeline\/([^/]+)\/$/.exec(path);
    if (timeline) {
      // The loader's code, at the phone height the builder gives for the compact list.
      const [, lang, id] = timeline as unknown as [string, Locale, string];
      expect(document).toMatchObject({ type: 'rich', width: PHONE.frame });
      expect(document.cache_age, 'cache_age').toBeTruthy();
      expect(document.html).toMatch(
        new RegExp(
          `^<iframe data-permendag31-embed src="[^"]+/embed/${lang}/timeline/${id}/\\?sizer=loader" title="[^"]+" width="100%" height="${document.height}" loading="lazy"[^>]*></iframe>\\n<script async src="[^"]+/embed\\.js"></script>$`,
        ),
      );
      built(/src="([^"]+)"/.exec(document.html)![1]!, 'the iframe');
      built(/<script async src="([^"]+)"/.exec(document.html)![1]!, 'the loader');
      const builder = elementsOf(`/${lang}/timeline/${id}/embed/`).find(
        (el) => attr(el, 'data-builder-data') !== undefined,
      )!;
      const heights = JSON.parse(textOf(builder)).langs as Record<Locale, { heights: { compact: number } }>;
      expect(document.height).toBe(heights[lang].heights.compact);
    } else {
      // An article: a link document with its title, authors and social card.
      const h1 = elementsOf(path).find((el) => el.tagName === 'h1')!;
      expect(document).toMatchObject({ type: 'link', title: textOf(h1).trim(), thumbnail_width: 1200 });
      expect(document.author_name).toBeTruthy();
      expect(pngSize(thumbnail)).toEqual({ width: 1200, height: 630 });
    }
  });
});

describe('social cards and structured data', () => {
  it('every site page has its canonical address, Open Graph and Twitter card, with a 1200×630 image', () => {
    for (const path of sitePages) {
      const page = read(path);
      for (const property of ['og:title', 'og:description', 'og:url', 'og:image', 'og:locale'])
        expect(page, `${path} ${property}`).toContain(`property="${property}"`);
      expect(page).toContain('name="twitter:card" content="summary_large_image"');
      if (indexable.includes(path))
        expect(
          linkHref(path, 'canonical').map((h) => built(h, path)),
          path,
        ).toHaveLength(1);
      else expect(page, `${path} is not indexed, so it names no canonical page`).not.toContain('rel="canonical"');
      const image = built(/property="og:image" content="([^"]+)"/.exec(page)![1]!, `${path} og:image`);
      expect(pngSize(image), `${path} → ${image}`).toEqual({ width: 1200, height: 630 });
    }
  });

  it('every published article and every timeline has a social card of its own', () => {
    for (const a of published)
      expect(pngSize(`/social/${a.lang}/articles/${a.slug}.png`)).toEqual({ width: 1200, height: 630 });
    for (const t of content.timelines)
      for (const lang of locales)
        expect(pngSize(`/social/${lang}/timeline/${t.id}.png`)).toEqual({ width: 1200, height: 630 });
  });

  it.each(published.map((a) => [articlePath(a), a] as const))(
    '%s describes itself as a NewsArticle with a BreadcrumbList',
    (path, a) => {
      const data = jsonLd(path);
      const article = data.find((d) => d['@type'] === 'NewsArticle')!;
      const h1 = elementsOf(path).find((el) => el.tagName === 'h1')!;
      expect(article).toMatchObject({
        headline: a.data.title,
        description: a.data.description,
        datePublished: a.data.published,
        inLanguage: a.lang,
      });
      expect(article.headline).toBe(textOf(h1).trim());
      for (const key of ['dateModified', 'author', 'publisher', 'image']) expect(article[key], key).toBeTruthy();
      // Modified on the last update, if any.
      const updates = (a.data.updates ?? []).map((u) => u.date).sort();
      expect(article.dateModified).toBe(updates.at(-1) ?? a.data.published);
      const trail = data.find((d) => d['@type'] === 'BreadcrumbList') as {
        itemListElement: { name: string; item?: string }[];
      };
      expect(trail.itemListElement.at(-1)!.name).toBe(a.data.title);
      for (const item of trail.itemListElement) if (item.item) built(item.item, `${path} breadcrumb`);
      const image = article.image as string | string[] | { url: string };
      const url = typeof image === 'string' ? image : Array.isArray(image) ? image[0]! : image.url;
      built(url, `${path} NewsArticle image`);
    },
  );
});

describe('downloads', () => {
  const timelinePages = content.timelines.flatMap((t) =>
    locales.map((lang) => [`/${lang}/timeline/${t.id}/`, t] as const),
  );
  it.each(timelinePages)('%s: the downloads lead to the data and the chart as pictures', (path, timeline) => {
    const lang = path.slice(1, 3) as Locale;
    const box = elementsOf(path).find((el) => (attr(el, 'class') ?? '').split(/\s+/).includes('tl-downloads'))!;
    const links = new Map(
      elements(box)
        .filter((el) => el.tagName === 'a')
        .map((a) => [textOf(a).trim(), built(new URL(attr(a, 'href')!, 'http://localhost/').href, path)]),
    );
    expect([...links.keys()]).toEqual(['JSON', 'CSV', 'SVG', 'PNG']);
    const data = JSON.parse(readFileSync(fileOf(links.get('JSON')!), 'utf8'));
    expect(data.milestones).toHaveLength(timeline.milestones.length);
    expect(data.milestones[0].citations[0]).toMatchObject({ quote: timeline.milestones[0]!.citations[0]!.quote });
    expect(readFileSync(fileOf(links.get('CSV')!), 'utf8').split('\n').length).toBeGreaterThan(
      timeline.milestones.length,
    );
    const svg = readFileSync(fileOf(links.get('SVG')!), 'utf8');
    expect(svg).toMatch(/^<svg[\s>]/);
    // Its title, as written (an SVG writer may escape ' and &).
    const decoded = svg
      .replace(/&#39;|&apos;/g, "'")
      .replace(/&quot;/g, '"')
      .replace(/&amp;/g, '&');
    expect(decoded).toContain(timeline.title[lang].split(':')[0]!);
    expect(pngSize(links.get('PNG')!).width).toBe(1600);
  });
});
