// The code a newsroom pastes to embed a timeline, three ways, and the oEmbed document that
// carries the plain-iframe version. Every value is escaped for where it lands (HTML attribute or
// JavaScript string), so a title can never break out of the snippet.

export const LOADER_ATTRIBUTE = 'data-permendag31-embed';
/** The plain iframe cannot size itself: tall enough for the chart and a few list items. */
export const IFRAME_HEIGHT = 800;
export const IFRAME_WIDTH = 800;
const PYM_CDN = 'https://pym.nprapps.org/pym.v1.min.js';

const attr = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const text = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
/** A JavaScript string literal that is also safe inside an HTML <script> element. */
const jsString = (s: string) => JSON.stringify(s).replace(/</g, '\\u003c');

export interface SnippetInput {
  /** Absolute embed page URL, options included. */
  url: string;
  /** Absolute URL of the full timeline page: the fallback link. */
  fullUrl: string;
  /** Absolute URL of the loader script. */
  loaderUrl: string;
  title: string;
  height?: number;
}

export function loaderSnippet({ url, fullUrl, loaderUrl, title }: SnippetInput): string {
  return (
    `<div ${LOADER_ATTRIBUTE}="${attr(url)}" data-title="${attr(title)}"><a href="${attr(fullUrl)}">${text(title)}</a></div>\n` +
    `<script async src="${attr(loaderUrl)}"></script>`
  );
}

export function pymSnippet({ url, title }: SnippetInput, elementId = 'permendag31-timeline'): string {
  return (
    `<div id="${attr(elementId)}"></div>\n` +
    `<script src="${PYM_CDN}"></script>\n` +
    `<script>new pym.Parent(${jsString(elementId)}, ${jsString(url)}, { title: ${jsString(title)} });</script>`
  );
}

export function iframeSnippet({ url, title, height = IFRAME_HEIGHT }: SnippetInput): string {
  return `<iframe src="${attr(url)}" title="${attr(title)}" width="100%" height="${Math.round(height)}" style="border:0;width:100%" loading="lazy"></iframe>`;
}

export interface OEmbedInput extends SnippetInput {
  providerName: string;
  providerUrl: string;
  thumbnailUrl: string;
}

/** An oEmbed 1.0 "rich" response (https://oembed.com/#section2.3). */
export function oembedDocument(input: OEmbedInput) {
  return {
    type: 'rich',
    version: '1.0',
    title: input.title,
    provider_name: input.providerName,
    provider_url: input.providerUrl,
    html: iframeSnippet(input),
    width: IFRAME_WIDTH,
    height: input.height ?? IFRAME_HEIGHT,
    cache_age: 86_400,
    thumbnail_url: input.thumbnailUrl,
    thumbnail_width: 1200,
    thumbnail_height: 630,
  };
}
