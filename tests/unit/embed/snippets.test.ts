import { parseFragment, type DefaultTreeAdapterMap } from 'parse5';
import { describe, expect, it } from 'vitest';
import {
  ampSnippet,
  iframeSnippet,
  imageSnippet,
  LOADER_ATTRIBUTE,
  loaderSnippet,
  oembedDocument,
  pymSnippet,
  snippet,
  snippetKinds,
  xdomainFor,
  type SnippetInput,
} from '../../../src/lib/embed/snippets';

type Element = DefaultTreeAdapterMap['element'];

const input: SnippetInput = {
  url: 'https://news.example.org/embed/en/timeline/t/?theme=dark&list=full',
  fullUrl: 'https://news.example.org/en/timeline/t/',
  title: 'A "timeline" <b>&</b> more',
  height: 1392.4,
  loaderUrl: 'https://news.example.org/embed.js',
  pym: { src: 'https://news.example.org/pym-1.3.2.min.js', integrity: 'sha384-abc+/=' },
  image: {
    src: 'https://news.example.org/data/timelines/t.en.600.png',
    width: 600,
    height: 338,
    alt: 'Chart: "t"',
    pixelRatio: 2,
  },
};

/** Every element of an HTML fragment, depth first. */
function elements(html: string): Element[] {
  const out: Element[] = [];
  const walk = (node: { childNodes?: unknown[] }) => {
    for (const child of (node.childNodes ?? []) as (Element & { content?: unknown })[]) {
      if ('tagName' in child) out.push(child);
      walk(child);
    }
  };
  walk(parseFragment(html));
  return out;
}
const attr = (el: Element | undefined, name: string) => el?.attrs.find((a) => a.name === name)?.value;
const find = (html: string, tag: string) => elements(html).filter((el) => el.tagName === tag);

describe('embed code', () => {
  it("carries no inline style, which a host page with style-src 'self' refuses", () => {
    for (const kind of snippetKinds) {
      const found = elements(snippet(kind, input, 'Show all'));
      expect(found.length, kind).toBeGreaterThan(0);
      expect(
        found.filter((el) => attr(el, 'style') !== undefined || el.tagName === 'style').map((el) => el.tagName),
        kind,
      ).toEqual([]);
    }
  });

  it('escapes every value where it lands: a title cannot open a tag or end an attribute', () => {
    for (const kind of snippetKinds) {
      const html = snippet(kind, input, 'Show <all>');
      expect(html, kind).not.toContain('<b>');
      expect(html, kind).not.toContain('"timeline"');
      expect(html, kind).not.toContain('<all>');
      for (const el of elements(html))
        for (const a of el.attrs) expect(a.value, `${kind} ${a.name}`).not.toMatch(/^on/i);
    }
    const frame = find(iframeSnippet(input), 'iframe')[0];
    expect(attr(frame, 'title')).toBe(input.title);
    expect(attr(frame, 'src')).toBe(input.url);
  });

  it('loader: an iframe as tall as a phone needs, lazy, marked for /embed.js, and the script', () => {
    const html = loaderSnippet(input);
    const [frame] = find(html, 'iframe');
    expect(attr(frame, LOADER_ATTRIBUTE)).toBe('');
    // The address tells the embed a script sizes the frame: it does not fill a fixed one.
    expect(attr(frame, 'src')).toBe(`${input.url}&sizer=loader`);
    expect(new URL(attr(frame, 'src')!).searchParams.get('theme')).toBe('dark');
    expect(attr(frame, 'height')).toBe('1392');
    expect(attr(frame, 'loading')).toBe('lazy');
    expect(attr(frame, 'width')).toBe('100%');
    const [script] = find(html, 'script');
    expect(attr(script, 'src')).toBe(input.loaderUrl);
    expect(attr(script, 'async')).toBe('');
  });

  it('plain iframe: the same frame, no script', () => {
    expect(find(iframeSnippet(input), 'script')).toHaveLength(0);
    expect(attr(find(iframeSnippet(input), 'iframe')[0], 'height')).toBe('1392');
  });

  it("pym.js: pym's auto-initialisation with no fixed id, messages from this origin only, pym.js from this site with its hash", () => {
    const html = pymSnippet(input);
    const [container] = find(html, 'div');
    expect(attr(container, 'id')).toBeUndefined();
    expect(attr(container, 'data-pym-src')).toBe(input.url);
    expect(attr(container, 'data-pym-xdomain')).toBe(xdomainFor(input.url));
    expect(attr(container, 'data-pym-title')).toBe(input.title);
    const [script] = find(html, 'script');
    expect(attr(script, 'src')).toBe(input.pym.src);
    expect(attr(script, 'integrity')).toBe(input.pym.integrity);
    expect(attr(script, 'crossorigin')).toBe('anonymous');
    expect(html).not.toContain('nprapps.org');
    // Without scripts: the chart's picture, linked to the timeline.
    expect(html).toMatch(
      /<noscript><a href="https:\/\/news\.example\.org\/en\/timeline\/t\/"><img src="[^"]+t\.en\.600\.png"/,
    );
  });

  it('xdomain matches this origin and nothing else, as pym.js reads it (it appends $)', () => {
    const pattern = new RegExp(xdomainFor('https://news.example.org/embed/x/') + '$');
    expect(pattern.test('https://news.example.org')).toBe(true);
    for (const origin of [
      'https://evilnews.example.org',
      'https://news.example.org.evil.test',
      'https://newsXexample.org',
      'http://news.example.org',
      'https://news.example.org:8443',
      'https://a.test/https://news.example.org',
    ])
      expect(pattern.test(origin), origin).toBe(false);
    expect(new RegExp(xdomainFor('http://localhost:4399/embed/') + '$').test('http://localhost:4399')).toBe(true);
  });

  it('AMP: a resizable amp-iframe at the phone height, sandboxed for links, the picture as placeholder', () => {
    const html = ampSnippet(input, 'Show the whole timeline');
    const [amp] = find(html, 'amp-iframe');
    expect(attr(amp, 'src')).toBe(input.url);
    expect(attr(amp, 'layout')).toBe('fixed-height');
    expect(attr(amp, 'height')).toBe('1392');
    expect(attr(amp, 'width')).toBeUndefined();
    expect(attr(amp, 'resizable')).toBe('');
    expect(attr(amp, 'frameborder')).toBe('0');
    expect(attr(amp, 'sandbox')!.split(' ').sort()).toEqual(
      ['allow-popups', 'allow-popups-to-escape-sandbox', 'allow-same-origin', 'allow-scripts'].sort(),
    );
    const children = amp!.childNodes.filter((n): n is Element => 'tagName' in n);
    expect(children.map((c) => c.attrs.map((a) => a.name)[0])).toEqual(['placeholder', 'overflow']);
    const [img] = find(html, 'amp-img');
    expect([attr(img, 'src'), attr(img, 'width'), attr(img, 'height'), attr(img, 'layout')]).toEqual([
      input.image.src,
      '600',
      '338',
      'responsive',
    ]);
    expect(attr(img, 'alt')).toBe(input.image.alt);
    const overflow = children[1]!;
    expect([attr(overflow, 'role'), attr(overflow, 'tabindex'), attr(overflow, 'aria-label')]).toEqual([
      'button',
      '0',
      'Show the whole timeline',
    ]);
  });

  it('plain iframe: no mark for a loader, so the embed fills its fixed frame', () => {
    const [frame] = find(iframeSnippet(input), 'iframe');
    expect(new URL(attr(frame, 'src')!).searchParams.has('sizer')).toBe(false);
  });

  it('image: the picture drawn for a newsletter, at its size, linked to the timeline', () => {
    const html = imageSnippet(input);
    const [link] = find(html, 'a');
    expect(attr(link, 'href')).toBe(input.fullUrl);
    const [img] = find(html, 'img');
    expect([attr(img, 'width'), attr(img, 'height'), attr(img, 'alt')]).toEqual(['600', '338', input.image.alt]);
  });

  it('oEmbed: a rich document whose html is the loader code, at the phone height, with the picture', () => {
    const document = oembedDocument({
      ...input,
      providerName: 'P',
      providerUrl: 'https://news.example.org/',
      width: 343,
    });
    expect(document).toEqual({
      type: 'rich',
      version: '1.0',
      title: input.title,
      provider_name: 'P',
      provider_url: 'https://news.example.org/',
      html: loaderSnippet(input),
      width: 343,
      height: 1392,
      cache_age: 86_400,
      thumbnail_url: input.image.src,
      thumbnail_width: 1200,
      thumbnail_height: 676,
    });
  });
});
