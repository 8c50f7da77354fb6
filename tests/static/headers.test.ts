// The response headers of the built site: _headers is the policy of src/lib/serving/policy.ts with
// the hashes of today's inline scripts; checked against every built page (every inline script
// allowed by its hash and nothing else; site pages framed by the site only, embeds by all;
// WebAssembly on the search pages only); and the project's server sends exactly those headers.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { locales } from '../../src/i18n/locales';
import { inlineScriptHashes } from '../../src/integrations/headers-file';
import { formatHeadersFile, headersFor, parseHeadersFile } from '../../src/lib/serving/headers-file';
import { headerRules, headersFileComment, immutable } from '../../src/lib/serving/policy';
import { folders, paths } from '../../src/lib/urls';
import { request } from '../server/helpers';
import { dir, inlineScripts, pages, read, startServer } from './site';

const headersText = readFileSync(join(dir, '_headers'), 'utf8');
const rules = parseHeadersFile(headersText);
const searchPages = locales.map(paths.search);
const directives = (csp: string) =>
  new Map(
    csp
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .map(([name, ...values]) => [name!, values]),
  );

let server: Awaited<ReturnType<typeof startServer>>;
beforeAll(async () => {
  server = await startServer();
});
afterAll(() => server.close());

describe('_headers', () => {
  it('is the policy in src/lib/serving/policy.ts with the hashes of src/scripts/inline/ as they are', () => {
    const expected = formatHeadersFile(headerRules({ hashes: inlineScriptHashes(), searchPages }), headersFileComment);
    expect(headersText).toBe(expected);
  });

  it('every rule', () => {
    const inline = new Set(Object.values(inlineScriptHashes()).map((h) => `'sha256-${h}'`));
    const byPath = new Map(rules.map((rule) => [rule.path, rule]));
    expect(rules[0]!.path, 'the rule for every path comes first').toBe('/*');
    for (const name of [
      'X-Content-Type-Options',
      'Referrer-Policy',
      'Permissions-Policy',
      'Content-Security-Policy',
      'X-Frame-Options',
      'Cache-Control',
    ])
      expect(
        rules[0]!.set.map(([n]) => n),
        name,
      ).toContain(name);
    for (const rule of rules) {
      const names = rule.set.map(([n]) => n.toLowerCase());
      for (const name of new Set(names))
        if (rule !== rules[0] && rules[0]!.set.some(([n]) => n.toLowerCase() === name))
          expect(
            rule.detach.map((n) => n.toLowerCase()),
            `${rule.path} replaces ${name}, not adds to it`,
          ).toContain(name);
      for (const [name, value] of rule.set) {
        if (name !== 'Content-Security-Policy') continue;
        const d = directives(value);
        const scripts = d.get('script-src') ?? [];
        expect(scripts[0], rule.path).toBe("'self'");
        for (const source of scripts.slice(1).filter((s) => s.startsWith("'sha256-")))
          expect(inline, `${rule.path}: ${source} is the hash of a file in src/scripts/inline/`).toContain(source);
        expect(scripts.includes("'wasm-unsafe-eval'"), `${rule.path}: WebAssembly only for search`).toBe(
          [...searchPages, folders.searchIndex].some((path) => rule.path === `${path}*`),
        );
        expect(
          scripts.filter((s) => /unsafe-inline|'unsafe-eval'/.test(s)),
          rule.path,
        ).toEqual([]);
        expect(d.get('frame-ancestors'), rule.path).toEqual(rule.path === '/embed/*' ? undefined : ["'self'"]);
      }
    }
    expect(byPath.get('/_astro/*')?.set).toEqual([
      ['Cache-Control', immutable],
      ['Access-Control-Allow-Origin', '*'],
    ]);
    expect(byPath.get('/embed/*')?.detach).toContain('X-Frame-Options');
  });
});

describe('security headers of every page', () => {
  it.each(pages)('%s', async (path) => {
    const headers = headersFor(rules, path);
    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
    const csp = directives(headers['content-security-policy'] ?? '');
    expect(csp.get('default-src'), 'a Content Security Policy applies').toEqual(["'self'"]);
    const embed = path.startsWith('/embed/');
    expect(csp.get('frame-ancestors')).toEqual(embed ? undefined : ["'self'"]);
    expect(headers['x-frame-options']).toBe(embed ? undefined : 'SAMEORIGIN');
    const scriptSrc = csp.get('script-src') ?? [];
    expect(scriptSrc.includes("'wasm-unsafe-eval'")).toBe(searchPages.includes(path));
    const inline = inlineScripts(read(path)).map(
      (code) => `'sha256-${createHash('sha256').update(code).digest('base64')}'`,
    );
    const hashes = scriptSrc.filter((s) => s.startsWith("'sha256-"));
    expect(hashes.sort(), `${path}: exactly its inline scripts are allowed (src/scripts/inline/)`).toEqual(
      [...new Set(inline)].sort(),
    );
    // The project's server really sends them.
    const response = await request(server.origin, path);
    expect(response.status).toBe(200);
    for (const [name, value] of Object.entries(headers)) expect(response.headers[name], name).toBe(value);
  });
});
