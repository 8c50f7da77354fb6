// Serves the built site (dist/) the way a static host would: directory indexes, the nearest
// 404.html for a missing page, and the response headers from dist/_headers (Netlify/Cloudflare
// Pages format), so the Content Security Policy is exercised locally and in the browser tests.
//
//   tsx src/cli/serve.ts [--port 4321] [--root dist]
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { headersFor, parseHeadersFile, type HeaderRule } from '../lib/headers-file';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
};

function isFile(path: string) {
  return existsSync(path) && statSync(path).isFile();
}

/** The file for a URL path, or null. `/a/` → a/index.html; `/a` (a folder) → redirect to `/a/`. */
function resolvePath(root: string, urlPath: string): { file: string } | { redirect: string } | null {
  const decoded = decodeURIComponent(urlPath);
  const path = normalize(join(root, decoded));
  if (path !== root && !path.startsWith(root + sep)) return null;
  if (decoded.endsWith('/')) return isFile(join(path, 'index.html')) ? { file: join(path, 'index.html') } : null;
  if (isFile(path)) return { file: path };
  if (isFile(join(path, 'index.html'))) return { redirect: `${urlPath}/` };
  return null;
}

/** The nearest 404.html up the tree from the requested path, like Cloudflare Pages. */
function notFoundPage(root: string, urlPath: string): string | null {
  const parts = urlPath.split('/').filter(Boolean);
  for (let n = parts.length; n >= 0; n--) {
    const candidate = join(root, ...parts.slice(0, n), '404.html');
    if (candidate.startsWith(root) && isFile(candidate)) return candidate;
  }
  return null;
}

export function serve(rootDir: string, port: number, host = '127.0.0.1'): Promise<Server> {
  const root = resolve(rootDir);
  const headersPath = join(root, '_headers');
  const rules: HeaderRule[] = existsSync(headersPath) ? parseHeadersFile(readFileSync(headersPath, 'utf8')) : [];
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    let found: ReturnType<typeof resolvePath>;
    try {
      found = resolvePath(root, url.pathname);
    } catch {
      found = null;
    }
    if (found && 'redirect' in found) {
      res.writeHead(301, { location: found.redirect + url.search }).end();
      return;
    }
    const file = found?.file ?? notFoundPage(root, url.pathname);
    const status = found ? 200 : 404;
    const headers: Record<string, string> = { ...headersFor(rules, url.pathname) };
    if (!file) {
      res.writeHead(404, { ...headers, 'content-type': 'text/plain' }).end('Not found');
      return;
    }
    headers['content-type'] = types[extname(file)] ?? 'application/octet-stream';
    res.writeHead(status, headers);
    if (req.method === 'HEAD') res.end();
    else createReadStream(file).pipe(res);
  });
  return new Promise((done) => server.listen(port, host, () => done(server)));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({
    options: { port: { type: 'string', default: '4321' }, root: { type: 'string', default: 'dist' } },
  });
  const port = Number(values.port);
  if (!existsSync(values.root)) {
    console.error(`No built site in ${values.root}/: run npm run build first.`);
    process.exit(1);
  }
  await serve(values.root, port);
  console.log(`Serving ${values.root}/ at http://localhost:${port}/  (Ctrl+C to stop)`);
}
