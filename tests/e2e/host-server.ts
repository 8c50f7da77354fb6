// A newsroom's page on another origin, for the embed tests: serves tests/e2e/hosts/*.html with
// {{SITE}} replaced by the site's address, and pym.js from its npm package.
//   tsx tests/e2e/host-server.ts --port 4398 --site http://localhost:4399
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({ options: { port: { type: 'string' }, site: { type: 'string' } } });
const require = createRequire(import.meta.url);
const pym = readFileSync(require.resolve('pym.js/dist/pym.v1.min.js'));
const hosts = join(import.meta.dirname, 'hosts');

createServer((req, res) => {
  const path = new URL(req.url ?? '/', 'http://host').pathname;
  const name = path.slice(1) || 'index.html';
  if (path === '/pym.v1.min.js') {
    res.writeHead(200, { 'content-type': 'text/javascript' }).end(pym);
    return;
  }
  if (!/^[\w-]+\.html$/.test(name)) {
    res.writeHead(404).end();
    return;
  }
  try {
    const html = readFileSync(join(hosts, name), 'utf8').replaceAll('{{SITE}}', values.site ?? '');
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html);
  } catch {
    res.writeHead(404).end();
  }
}).listen(Number(values.port), '127.0.0.1', () => console.log(`host pages at http://localhost:${values.port}/`));
