// The code a newsroom pastes to embed a timeline, five ways, and the oEmbed document that carries
// the loader's. Every value is escaped where it lands (src/lib/escape.ts), so a title can never
// break out of the code. Each kind sizes itself or degrades well:
// - loader: an iframe as tall as the embed on a phone, and /embed.js, which fits it to the page;
//   without the script (stripped by a CMS, or blocked) it is the plain iframe;
// - pym.js: pym's own auto-initialisation (`data-pym-src`), which gives every container a unique id
//   on the page, even when the same code is pasted twice, and needs no inline script; `xdomain`
//   accepts messages from this site's origin only; pym.js from this site, with its integrity;
//   without scripts, the chart's picture linked to the timeline (<noscript>);
// - plain iframe: the phone's height, lazy; no script on the host page at all; on wider screens
//   the embed fills the frame (its chart takes the room to spare), so no empty box is left;
// - AMP: <amp-iframe>, resizable (the embed sends AMP's embed-size), the picture as placeholder;
// - image: the chart's picture drawn for a 600 px newsletter (key and source line included),
//   linked to the timeline.
// No kind carries a `style` attribute: host pages with a strict Content Security Policy
// (`style-src 'self'`) refuse inline styles. Sizes are attributes; the loader sets the rest through
// the CSSOM, which such a policy allows.
import { escapeAttr, escapeRegExp, escapeText } from '../escape';

export const LOADER_ATTRIBUTE = 'data-permendag31-embed';

export type SnippetKind = 'loader' | 'pym' | 'iframe' | 'amp' | 'image';
export const snippetKinds: readonly SnippetKind[] = ['loader', 'pym', 'iframe', 'amp', 'image'];

export interface SnippetInput {
  /** Absolute embed page URL, options included. */
  url: string;
  /** Absolute URL of the full timeline page: where fallbacks lead. */
  fullUrl: string;
  /** The frame's title. */
  title: string;
  /** The embed's height on a phone: the frame's height until something sizes it. */
  height: number;
  /** Absolute URL of /embed.js. */
  loaderUrl: string;
  /** Our copy of pym.js and its Subresource Integrity hash. */
  pym: { src: string; integrity: string };
  /** The chart's picture drawn for newsletters (PNG, 600 CSS px at twice the pixels): absolute URL,
   *  size in CSS pixels, text alternative. */
  image: { src: string; width: number; height: number; alt: string; pixelRatio?: number };
}

const AMP_SANDBOX = 'allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox';

/** Attributes from a list of [name, value]; `true` writes the name alone. */
const attrs = (list: [string, string | number | true][]) =>
  list.map(([name, value]) => (value === true ? ` ${name}` : ` ${name}="${escapeAttr(String(value))}"`)).join('');

/** pym.js's `xdomain`: a regular expression (pym appends `$`) that only this origin matches. */
export function xdomainFor(url: string): string {
  return `^${escapeRegExp(new URL(url).origin)}`;
}

function iframe(input: SnippetInput, extra: [string, string | number | true][] = []): string {
  return `<iframe${attrs([
    ...extra,
    ['src', input.url],
    ['title', input.title],
    ['width', '100%'],
    ['height', Math.round(input.height)],
    ['loading', 'lazy'],
    ['frameborder', '0'],
  ])}></iframe>`;
}

function picture(input: SnippetInput, width = input.image.width): string {
  const height = Math.round((input.image.height * width) / input.image.width);
  return `<a href="${escapeAttr(input.fullUrl)}"><img${attrs([
    ['src', input.image.src],
    ['alt', input.image.alt],
    ['width', width],
    ['height', height],
  ])}></a>`;
}

/**
 * The loader's frame tells the embed, by its address, that a script sizes it (as pym's `childId`
 * and AMP's `#amp=1` do): it is drawn at its content's height rather than filling a fixed frame.
 */
export const LOADER_PARAM = ['sizer', 'loader'] as const;

/** The embed's address with the loader's mark. */
export function withLoaderMark(url: string): string {
  const u = new URL(url);
  u.searchParams.set(...LOADER_PARAM);
  return u.href;
}

export function loaderSnippet(input: SnippetInput): string {
  return `${iframe({ ...input, url: withLoaderMark(input.url) }, [[LOADER_ATTRIBUTE, true]])}\n<script async src="${escapeAttr(input.loaderUrl)}"></script>`;
}

export function pymSnippet(input: SnippetInput): string {
  return (
    `<div${attrs([
      ['data-pym-src', input.url],
      ['data-pym-xdomain', xdomainFor(input.url)],
      ['data-pym-title', input.title],
    ])}><noscript>${picture(input)}</noscript></div>\n` +
    `<script async${attrs([
      ['src', input.pym.src],
      ['integrity', input.pym.integrity],
      ['crossorigin', 'anonymous'],
    ])}></script>`
  );
}

export function iframeSnippet(input: SnippetInput): string {
  return iframe(input);
}

export function ampSnippet(input: SnippetInput, overflow: string): string {
  const { image } = input;
  return (
    `<amp-iframe${attrs([
      ['src', input.url],
      ['title', input.title],
      ['layout', 'fixed-height'],
      ['height', Math.round(input.height)],
      ['sandbox', AMP_SANDBOX],
      ['frameborder', '0'],
      ['resizable', true],
    ])}>\n` +
    `  <div placeholder><amp-img${attrs([
      ['src', image.src],
      ['alt', image.alt],
      ['width', image.width],
      ['height', image.height],
      ['layout', 'responsive'],
    ])}></amp-img></div>\n` +
    `  <div overflow tabindex="0" role="button" aria-label="${escapeAttr(overflow)}">${escapeText(overflow)}</div>\n` +
    `</amp-iframe>`
  );
}

export function imageSnippet(input: SnippetInput): string {
  return picture(input);
}

/** The code of one kind; `overflow` is AMP's "show more" text, in the embed's language. */
export function snippet(kind: SnippetKind, input: SnippetInput, overflow: string): string {
  if (kind === 'pym') return pymSnippet(input);
  if (kind === 'iframe') return iframeSnippet(input);
  if (kind === 'amp') return ampSnippet(input, overflow);
  if (kind === 'image') return imageSnippet(input);
  return loaderSnippet(input);
}

export interface OEmbedInput extends SnippetInput {
  providerName: string;
  providerUrl: string;
  /** The phone width the height is for. */
  width: number;
}

/**
 * An oEmbed 1.0 "rich" response (https://oembed.com/#section2.3): the loader's code, with the
 * size it needs on a phone (its tallest; it fills any wider box), and the chart's picture.
 */
export function oembedDocument(input: OEmbedInput) {
  return {
    type: 'rich',
    version: '1.0',
    title: input.title,
    provider_name: input.providerName,
    provider_url: input.providerUrl,
    html: loaderSnippet(input),
    width: input.width,
    height: Math.round(input.height),
    cache_age: 86_400,
    // The picture's own pixels (drawn at `pixelRatio` times its size in the code).
    thumbnail_url: input.image.src,
    thumbnail_width: Math.round(input.image.width * (input.image.pixelRatio ?? 1)),
    thumbnail_height: Math.round(input.image.height * (input.image.pixelRatio ?? 1)),
  };
}
