// What the static checks share: the fixture site (dist-fixtures/, built by tests/e2e/fixture-site.ts
// with `npm run build:fixtures`), the content it was built from, its pages parsed with parse5, and
// the project's own server started in this process for the checks where the headers or the bytes
// as sent are the point. Everything else is read from disk. They hold for the real site too:
// `npm run build && FIXTURE_DIST=dist FIXTURE_CONTENT=content npm run test:static`.
import { existsSync, readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { parse } from 'parse5';
import type { DefaultTreeAdapterMap } from 'parse5';
import { serve } from '../../src/cli/serve';
import { loadContent } from '../../src/lib/content/load';
import { builtPages, distDir } from '../e2e/pages';
import { fixtureContent, fixtureDist } from '../e2e/fixture-site';

export type Node = DefaultTreeAdapterMap['node'];
export type Element = DefaultTreeAdapterMap['element'];

// The static project sets DIST to the fixture site, so tests/e2e/pages.ts walks it.
if (distDir !== fixtureDist) throw new Error(`the static checks read ${fixtureDist}/, not ${distDir}/ (DIST)`);
if (!existsSync(join(fixtureDist, 'index.html')) || !existsSync(fixtureContent))
  throw new Error(
    `no fixture site: build it first with \`npm run build:fixtures\` (${fixtureDist}/, ${fixtureContent}/)`,
  );

export { fixtureDist as dir };
/** Every built page's URL path, from the folder: `/id/`, `/en/articles/x/`, `/404.html`. */
export const pages = builtPages();
/** The content the fixture site was built from, as the build reads it. */
export const { content } = loadContent(fixtureContent);

export const fileOf = (path: string) => join(fixtureDist, path.endsWith('/') ? `${path}index.html` : path);
export const read = (path: string) => readFileSync(fileOf(path), 'utf8');
export const exists = (path: string) => existsSync(fileOf(path));

export function elements(node: Node, out: Element[] = []): Element[] {
  if ('tagName' in node) out.push(node);
  for (const child of 'childNodes' in node ? node.childNodes : []) elements(child, out);
  if ('content' in node && node.content) elements(node.content, out);
  return out;
}
export const attr = (el: Element, name: string) => el.attrs.find((a) => a.name === name)?.value;
/** The text of an element and everything in it. */
export const textOf = (node: Node): string =>
  'value' in node && node.nodeName === '#text'
    ? node.value
    : 'childNodes' in node
      ? node.childNodes.map(textOf).join('')
      : '';

/** The elements of a built page, parsed once. */
const parsedElements = new Map<string, Element[]>();
export function elementsOf(path: string): Element[] {
  let els = parsedElements.get(path);
  if (!els) parsedElements.set(path, (els = elements(parse(read(path)))));
  return els;
}

/** The JSON-LD blocks of a built page. */
export const jsonLd = (path: string): Record<string, unknown>[] =>
  elementsOf(path)
    .filter((el) => el.tagName === 'script' && attr(el, 'type') === 'application/ld+json')
    .map((el) => JSON.parse(textOf(el)));

/** Inline scripts that run (JSON data blocks are not JavaScript): their code. */
export const inlineScripts = (html: string) =>
  [...html.matchAll(/<script(?![^>]*\ssrc=)(?![^>]*type="application\/(?:ld\+)?json")[^>]*>([\s\S]*?)<\/script>/g)].map(
    (m) => m[1]!,
  );

/** The fixture site on the project's server (src/cli/serve.ts), in this process, on a free port. */
export async function startServer(): Promise<{ origin: string; close: () => Promise<void> }> {
  const server: Server = await serve(fixtureDist, 0);
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => {
      server.closeAllConnections();
      return new Promise((done) => server.close(() => done()));
    },
  };
}
