// Serves the built site (dist/) the way the CDN it is deployed to does, for `npm start`, the browser
// tests and the benchmark. Files, MIME types, ETags and 304s, byte ranges and the precompressed
// `.br`/`.gz` files (chosen by Accept-Encoding) come from sirv; this file is the glue a CDN adds:
//
// - one decoded, normalised path per request (src/lib/serving/request-path.ts), by which both the
//   `_headers` rules and the file are found;
// - the headers from dist/_headers on every response: 200, 206, 301, 304, 404, 405, HEAD;
// - GET and HEAD only (405 otherwise); dist/_headers itself is not served;
// - `/a` → 301 `/a/` when `/a/index.html` exists (a path on this site, never another host);
// - the nearest 404.html up the tree for a missing path, with status 404;
// - a file stream is closed when its client goes away, and an error reading it ends that one
//   response, never the server.
//
//   tsx src/cli/serve.ts [--port 4321] [--root dist] [--host 127.0.0.1]
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, resolve } from 'node:path';
import type { Readable } from 'node:stream';
import { parseArgs } from 'node:util';
import { lookup } from 'mrmime';
import sirv from 'sirv';
import { headersFor, parseHeadersFile } from '../lib/serving/headers-file';
import { encodePath, requestPath } from '../lib/serving/request-path';

const isFile = (path: string) => {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
};

/** Text types are sent as UTF-8 (sirv names the charset only for HTML); unknown types as bytes. */
function setContentType(res: ServerResponse, path: string) {
  if (!extname(path)) return; // A page (`/a/`): sirv's text/html;charset=utf-8.
  const type = lookup(path) ?? 'application/octet-stream';
  const text = /^text\/|[/+](?:xml|json)$|\/javascript$/.test(type);
  res.setHeader('content-type', text ? `${type}; charset=utf-8` : type);
}

/**
 * sirv streams a file with `createReadStream(file).pipe(res)`, which leaves the file open when the
 * client aborts and throws when it cannot be opened (EMFILE). Each stream piped into a response is
 * closed with it, and its errors end that response.
 */
function closeStreamsWithResponse(res: ServerResponse) {
  res.on('pipe', (source: Readable) => {
    source.on('error', () => res.destroy());
    res.once('close', () => source.destroy());
  });
}

/** The request handler for a built site in `rootDir`. */
export function siteHandler(rootDir: string) {
  const root = resolve(rootDir);
  const headersFile = join(root, '_headers');
  const rules = existsSync(headersFile) ? parseHeadersFile(readFileSync(headersFile, 'utf8')) : [];
  const files = sirv(root, {
    etag: true,
    brotli: true,
    gzip: true,
    extensions: ['html'],
    setHeaders: setContentType,
  });

  /** Lets sirv answer for `filePath`, or calls `missing` when it has no such file. */
  const send = (req: IncomingMessage, res: ServerResponse, filePath: string, missing: () => void) => {
    req.url = encodePath(filePath);
    files(req, res, missing);
  };

  /** The nearest 404.html at or above the missing path's folder, sent with status 404. */
  const notFound = (req: IncomingMessage, res: ServerResponse, path: string) => {
    const folders = path.split('/').slice(1, -1);
    for (let n = folders.length; n >= 0; n--) {
      const page = `/${[...folders.slice(0, n), '404.html'].join('/')}`;
      if (!isFile(join(root, page))) continue;
      // The page is the body of a 404, not a resource of its own: no 304 for it, no byte range.
      delete req.headers['if-none-match'];
      delete req.headers.range;
      const writeHead = res.writeHead.bind(res) as (status: number, ...rest: unknown[]) => ServerResponse;
      res.writeHead = ((_status: number, ...rest: unknown[]) => writeHead(404, ...rest)) as typeof res.writeHead;
      send(req, res, page, () => res.writeHead(404).end());
      return;
    }
    res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found\n');
  };

  return (req: IncomingMessage, res: ServerResponse) => {
    closeStreamsWithResponse(res);
    const { path, search } = requestPath(req.url ?? '/');
    for (const [name, value] of Object.entries(headersFor(rules, path))) res.setHeader(name, value);

    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res
        .writeHead(405, { allow: 'GET, HEAD', 'content-type': 'text/plain; charset=utf-8' })
        .end('Method not allowed\n');
      return;
    }
    if (path === '/_headers') return notFound(req, res, path);
    if (!path.endsWith('/') && isFile(join(root, path, 'index.html'))) {
      res.writeHead(301, { location: `${encodePath(path)}/${search}` }).end();
      return;
    }
    send(req, res, path, () => notFound(req, res, path));
  };
}

/** Serves `rootDir` on `port` (0: any free port; the server's address says which). */
export function serve(rootDir: string, port: number, host = '127.0.0.1'): Promise<Server> {
  const server = createServer(siteHandler(rootDir));
  return new Promise((done, fail) => {
    server.once('error', fail);
    server.listen(port, host, () => done(server));
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({
    options: {
      port: { type: 'string', default: '4321' },
      root: { type: 'string', default: 'dist' },
      host: { type: 'string', default: '127.0.0.1' },
    },
  });
  if (!existsSync(join(values.root, 'index.html'))) {
    console.error(`No built site in ${values.root}/: run npm run build first.`);
    process.exit(1);
  }
  const server = await serve(values.root, Number(values.port), values.host);
  const { port } = server.address() as AddressInfo;
  console.log(`Serving ${values.root}/ at http://localhost:${port}/  (Ctrl+C to stop)`);
}
