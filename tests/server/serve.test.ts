// The static server behind `npm start` and the browser tests (src/cli/serve.ts), against the fixture
// site and its _headers: the headers a CDN reading that file would send, for every path, status
// and method; encoded paths; redirects that stay on the site; compression; caching.
import { readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serve } from '../../src/cli/serve';
import { prepareSite, request, type RawResponse } from './helpers';

const sitePolicy = {
  'content-security-policy': "frame-ancestors 'self'; script-src 'self'",
  'x-frame-options': 'SAMEORIGIN',
  'x-content-type-options': 'nosniff',
};
const embedPolicy = {
  'content-security-policy': "frame-ancestors *; script-src 'self' 'sha256-embed'",
  'x-frame-options': undefined,
  'x-content-type-options': 'nosniff',
};
const shortCache = 'public, max-age=300';
const immutable = 'public, max-age=31536000, immutable';

let site: Awaited<ReturnType<typeof prepareSite>>;
let server: Server;
let origin: string;
const get = (path: string, options?: Parameters<typeof request>[2]) => request(origin, path, options);
const file = (path: string) => readFileSync(join(site.dir, path));
const title = (res: RawResponse) => /<h1>([^<]*)<\/h1>/.exec(res.body.toString())?.[1];
const policyOf = (res: RawResponse) => ({
  'content-security-policy': res.headers['content-security-policy'],
  'x-frame-options': res.headers['x-frame-options'],
  'x-content-type-options': res.headers['x-content-type-options'],
});

beforeAll(async () => {
  site = await prepareSite();
  server = await serve(site.dir, 0);
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((done) => server.close(done));
  site.remove();
});

describe('paths are decoded and normalised once, for the file and the headers alike', () => {
  it.each([
    ['/en/timeline/t/', 'fixture: en timeline', sitePolicy],
    ['/en%2Ftimeline/t/', 'fixture: en timeline', sitePolicy],
    ['/%65n/timeline/t/', 'fixture: en timeline', sitePolicy],
    ['/en/./timeline//t/', 'fixture: en timeline', sitePolicy],
    ['/embed/..%2fen/timeline/t/', 'fixture: en timeline', sitePolicy],
    ['/embed/%2e%2e/en/timeline/t/', 'fixture: en timeline', sitePolicy],
    ['/en/timeline/t/%2E%2E/%2E%2E/', 'fixture: en home', sitePolicy],
    ['/embed/en/timeline/t/', 'fixture: embed', embedPolicy],
    ['/embed%2Fen%2Ftimeline%2Ft/', 'fixture: embed', embedPolicy],
    ['/../../embed/en/timeline/t/', 'fixture: embed', embedPolicy],
  ])('GET %s: 200, %s, its own policy', async (path, page, policy) => {
    const res = await get(path);
    expect(res.status).toBe(200);
    expect(title(res)).toBe(page);
    expect(policyOf(res)).toEqual(policy);
  });

  it.each([
    // Decoded once, as a CDN does: what is left is a literal '%' in a name no file has.
    ['/%2565n/timeline/t/', 'fixture: not found', sitePolicy],
    ['/embed/..%252fen/timeline/t/', 'fixture: not found', embedPolicy],
    ['/en/%zz/', 'fixture: en not found', sitePolicy],
    ['/en/timeline/t/%00', 'fixture: en not found', sitePolicy],
  ])('GET %s: 404, %s, with the policy of the path asked for', async (path, page, policy) => {
    const res = await get(path);
    expect(res.status).toBe(404);
    expect(title(res)).toBe(page);
    expect(policyOf(res)).toEqual(policy);
  });
});

describe('every response carries the headers for its path', () => {
  it.each([
    ['200 page', '/en/', {}, 200],
    ['200 file', '/data/t.csv', {}, 200],
    ['206 range', '/big.bin', { range: 'bytes=0-9' }, 206],
    ['301 to the folder', '/en', {}, 301],
    ['404 missing', '/en/nothing-here/', {}, 404],
    ['404 for _headers itself', '/_headers', {}, 404],
  ])('%s', async (_what, path, headers, status) => {
    const res = await get(path, { headers });
    expect(res.status).toBe(status);
    expect(policyOf(res)).toEqual(sitePolicy);
    expect(res.headers['cache-control']).toBe(shortCache);
  });

  it('304 when the ETag still matches, with the same headers and no body', async () => {
    const first = await get('/embed/en/timeline/t/');
    const etag = first.headers.etag as string;
    expect(etag).toBeTruthy();
    const again = await get('/embed/en/timeline/t/', { headers: { 'if-none-match': etag } });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
    expect(policyOf(again)).toEqual(embedPolicy);
  });

  it('HEAD: the headers of GET, no body', async () => {
    const [head, getRes] = await Promise.all([get('/en/', { method: 'HEAD' }), get('/en/')]);
    expect(head.status).toBe(200);
    expect(head.body.length).toBe(0);
    for (const name of ['content-type', 'content-length', 'etag', 'cache-control', 'content-security-policy'])
      expect(head.headers[name], name).toBe(getRes.headers[name]);
  });

  it('/_headers is not served, in any spelling', async () => {
    for (const path of ['/_headers', '/%5Fheaders', '/en/../_headers', '/_headers.br', '/_headers.gz']) {
      const res = await get(path, { headers: { 'accept-encoding': 'br, gzip' } });
      expect(res.status, path).toBe(404);
      const body = res.headers['content-encoding'] === 'br' ? brotliDecompressSync(res.body) : res.body;
      expect(body.toString(), path).not.toContain('Content-Security-Policy');
    }
  });
});

// (CONNECT never reaches the handler: Node's server closes such a connection itself.)
describe('methods', () => {
  it.each(['POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS', 'TRACE', 'PROPFIND'])(
    '%s: 405 with Allow: GET, HEAD and the path’s headers',
    async (method) => {
      const res = await get('/en/', { method });
      expect(res.status).toBe(405);
      expect(res.headers.allow).toBe('GET, HEAD');
      expect(policyOf(res)).toEqual(sitePolicy);
      expect(res.body.toString()).not.toContain('fixture');
    },
  );
});

describe('redirects stay on the site', () => {
  it('/en → /en/, keeping the query', async () => {
    const res = await get('/en?x=1&y=2');
    expect(res.status).toBe(301);
    expect(res.headers.location).toBe('/en/?x=1&y=2');
  });

  it.each([
    '/.//evil.com/x%2f..%2f..%2fen',
    '//evil.com/..%2fen',
    '/%2F%2Fevil.com/..%2f..%2fen',
    '/%2F/evil.com/%2e%2e/%2e%2e/en',
    '/%5C%5Cevil.com/..%2f..%2fen',
    '/./%5Cevil.com/..%2f..%2fen',
    'http://evil.com/en',
  ])('GET %s → /en/, on this site', async (path) => {
    const res = await get(path);
    expect(res.status).toBe(301);
    const location = res.headers.location as string;
    expect(location).toBe('/en/');
    expect(new URL(location, 'http://site.test').host).toBe('site.test');
  });
});

describe('compression: the precompressed files, by Accept-Encoding', () => {
  const page = '/en/timeline/t/';
  const original = () => file('en/timeline/t/index.html');

  it.each([
    ['gzip, deflate, br, zstd', 'br', brotliDecompressSync],
    ['br', 'br', brotliDecompressSync],
    ['gzip', 'gzip', gunzipSync],
    ['gzip, deflate', 'gzip', gunzipSync],
  ] as const)('Accept-Encoding: %s → %s', async (accept, encoding, decode) => {
    const res = await get(page, { headers: { 'accept-encoding': accept } });
    expect(res.headers['content-encoding']).toBe(encoding);
    expect(res.headers.vary).toBe('Accept-Encoding');
    expect(Number(res.headers['content-length'])).toBe(res.body.length);
    expect(res.body.length).toBeLessThan(original().length / 3);
    expect(decode(res.body).equals(original())).toBe(true);
    expect(res.headers['content-type']).toMatch(/^text\/html;\s?charset=utf-8$/);
  });

  it('no Accept-Encoding: the file as it is', async () => {
    const res = await get(page);
    expect(res.headers['content-encoding']).toBeUndefined();
    expect(res.body.equals(original())).toBe(true);
  });

  it('a 404 page is compressed too', async () => {
    const res = await get('/en/nothing/', { headers: { 'accept-encoding': 'br' } });
    expect(res.status).toBe(404);
    expect(res.headers['content-encoding']).toBe('br');
    expect(brotliDecompressSync(res.body).equals(file('en/404.html'))).toBe(true);
  });

  it('files that are not text are sent as they are', async () => {
    const res = await get('/pagefind/en_1234567.pf_fragment', { headers: { 'accept-encoding': 'br, gzip' } });
    expect(res.status).toBe(200);
    expect(res.headers['content-encoding']).toBeUndefined();
    expect(res.headers['content-type']).toBe('application/octet-stream');
    expect(res.body.equals(file('pagefind/en_1234567.pf_fragment'))).toBe(true);
  });
});

describe('caching and types', () => {
  it('content-hashed files under /_astro/ are immutable for a year', async () => {
    const res = await get('/_astro/app.abc123.js', { headers: { 'accept-encoding': 'br' } });
    expect(res.headers['cache-control']).toBe(immutable);
    expect(res.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(res.headers['content-encoding']).toBe('br');
  });

  it('data downloads: a short lifetime, any origin, UTF-8', async () => {
    const res = await get('/data/t.csv');
    expect(res.headers['cache-control']).toBe(shortCache);
    expect(res.headers['access-control-allow-origin']).toBe('*');
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.body.toString()).toContain('kata Menteri');
  });
});
