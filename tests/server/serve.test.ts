// The static server behind `npm start` and the browser tests (src/cli/serve.ts), against the fixture
// site and its _headers: the headers a CDN reading that file would send, for every path, status
// and method; encoded paths; redirects that stay on the site; compression; caching.
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { serve, siteHandler } from '../../src/cli/serve';
import { bigFileSize, prepareSite, request, type RawResponse } from './helpers';

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

describe('byte ranges: one range as asked, 416 when it cannot be met, anything else the whole file', () => {
  const size = bigFileSize;
  const whole = () => file('big.bin');

  it.each([
    ['bytes=0-9', 0, 9],
    ['bytes=0-0', 0, 0],
    ['bytes=10-', 10, size - 1],
    ['bytes=-10', size - 10, size - 1],
    ['bytes=5-99999999999', 5, size - 1],
    ['bytes = 1 - 2', 1, 2],
  ])('Range: %s → 206, bytes %i to %i', async (range, start, end) => {
    const res = await get('/big.bin', { headers: { range } });
    expect(res.status).toBe(206);
    expect(res.headers['content-range']).toBe(`bytes ${start}-${end}/${size}`);
    expect(Number(res.headers['content-length'])).toBe(end - start + 1);
    expect(res.body.equals(whole().subarray(start, end + 1))).toBe(true);
    expect(policyOf(res)).toEqual(sitePolicy);
  });

  it.each(['bytes=50-10', `bytes=${size}-`, `bytes=${size + 5}-${size + 10}`, 'bytes=-0'])(
    'Range: %s → 416 with Content-Range: bytes */<size>, and the path’s headers',
    async (range) => {
      const res = await get('/big.bin', { headers: { range } });
      expect(res.status).toBe(416);
      expect(res.headers['content-range']).toBe(`bytes */${size}`);
      expect(policyOf(res)).toEqual(sitePolicy);
    },
  );

  it.each(['bytes=0-1,5-6', 'bytes=abc', 'items=0-5', 'bytes=', 'bytes=-', 'bytes=1-2-3'])(
    'Range: %s → 200, the whole file',
    async (range) => {
      const res = await get('/data/t.csv', { headers: { range } });
      expect(res.status).toBe(200);
      expect(res.body.equals(file('data/t.csv'))).toBe(true);
    },
  );

  it('a range of a page is a range of the page as it is, whatever the encodings accepted', async () => {
    const res = await get('/en/', { headers: { range: 'bytes=0-14', 'accept-encoding': 'br, gzip' } });
    expect(res.status).toBe(206);
    expect(res.headers['content-encoding']).toBeUndefined();
    expect(res.body.toString()).toBe(file('en/index.html').subarray(0, 15).toString());
    expect(res.headers['content-type']).toMatch(/^text\/html;\s?charset=utf-8$/);
  });

  it('If-Range with another version: the whole file', async () => {
    const res = await get('/data/t.csv', { headers: { range: 'bytes=0-4', 'if-range': 'W/"other"' } });
    expect(res.status).toBe(200);
    expect(res.body.equals(file('data/t.csv'))).toBe(true);
  });

  it('a range of a missing path: the 404 page, whole', async () => {
    const res = await get('/en/nothing/', { headers: { range: 'bytes=50-10' } });
    expect(res.status).toBe(404);
    expect(title(res)).toBe('fixture: en not found');
  });
});

describe('the rules file is not served, with or without trailing slashes or dots', () => {
  it.each([
    '/_headers/',
    '/_headers/.',
    '/_headers//',
    '/_headers%2F',
    '/%5Fheaders/',
    '/_headers/%2e',
    '/en/../_headers/',
  ])('GET %s → 404', async (path) => {
    const res = await get(path);
    expect(res.status).toBe(404);
    expect(res.body.toString()).not.toContain('Content-Security-Policy');
  });
});

describe('Accept-Encoding weights are honoured', () => {
  it.each([
    ['br;q=0, gzip', 'gzip'],
    ['gzip;q=1, br;q=0.5', 'gzip'],
    ['br;q=0.5, gzip;q=0.4', 'br'],
    ['BR', 'br'],
    ['*', 'br'],
    ['gzip;q=0, *', 'br'],
    ['br;q=0, *;q=0.1', 'gzip'],
    ['br;q=0', undefined],
    ['*;q=0', undefined],
    ['identity', undefined],
    ['gzip;q=abc', undefined],
    ['deflate, zstd', undefined],
  ] as const)('%s → %s', async (accept, encoding) => {
    const res = await get('/en/timeline/t/', { headers: { 'accept-encoding': accept } });
    expect(res.status).toBe(200);
    expect(res.headers['content-encoding']).toBe(encoding);
  });
});

describe('errors are never cached for a year', () => {
  it.each(['/_astro/missing.abc123.js', '/_astro/app.abc123.js/x'])('GET %s → 404, not immutable', async (path) => {
    const res = await get(path);
    expect(res.status).toBe(404);
    expect(res.headers['cache-control']).not.toMatch(/immutable|max-age=31536000/);
  });

  it('a range that cannot be met under /_astro/ is not immutable either', async () => {
    const res = await get('/_astro/app.abc123.js', { headers: { range: 'bytes=99999-' } });
    expect(res.status).toBe(416);
    expect(res.headers['cache-control']).not.toMatch(/immutable/);
  });
});

describe('an error inside the handler ends that one response, never the server', () => {
  it('500 with the path’s headers and no-store, then the next request is served', async () => {
    const handler = siteHandler(site.dir);
    const broken = createServer((req, res) => {
      // Something the handler reads throws: the kind of failure sirv's synchronous ERR_OUT_OF_RANGE was.
      if (req.url?.endsWith('?boom'))
        Object.defineProperty(req.headers, 'range', {
          get: () => {
            throw new Error('boom');
          },
        });
      handler(req, res);
    });
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    await new Promise<void>((done) => broken.listen(0, '127.0.0.1', done));
    const at = `http://127.0.0.1:${(broken.address() as AddressInfo).port}`;
    try {
      const res = await request(at, '/embed/en/timeline/t/?boom');
      expect(res.status).toBe(500);
      expect(policyOf(res)).toEqual(embedPolicy);
      expect(res.headers['cache-control']).toBe('no-store');
      expect(logged).toHaveBeenCalledWith(expect.stringContaining('boom'));
      expect((await request(at, '/embed/en/timeline/t/')).status).toBe(200);
    } finally {
      logged.mockRestore();
      broken.closeAllConnections();
      await new Promise((done) => broken.close(done));
    }
  });
});
