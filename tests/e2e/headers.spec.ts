// The security headers in dist/_headers, checked against every built page: every inline script is
// allowed by its hash and nothing else is; site pages can only be framed by the site, embeds by all.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { headersFor, parseHeadersFile } from '../../src/lib/serving/headers-file';
import { builtPages, distDir } from './pages';

const rules = parseHeadersFile(readFileSync(join(distDir, '_headers'), 'utf8'));
const html = (path: string) => readFileSync(join(distDir, path.endsWith('/') ? `${path}index.html` : path), 'utf8');
const directive = (csp: string, name: string) =>
  csp
    .split(';')
    .map((d) => d.trim())
    .find((d) => d.startsWith(`${name} `)) ?? '';

test.describe('security headers', () => {
  for (const path of builtPages()) {
    test(`${path}`, async ({ request }) => {
      const headers = headersFor(rules, path);
      expect(headers['x-content-type-options']).toBe('nosniff');
      expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
      const csp = headers['content-security-policy'] ?? '';
      expect(csp, 'a Content Security Policy applies').toContain("default-src 'self'");
      expect(directive(csp, 'frame-ancestors')).toBe(
        path.startsWith('/embed/') ? 'frame-ancestors *' : "frame-ancestors 'self'",
      );
      const scriptSrc = directive(csp, 'script-src');
      expect(scriptSrc).not.toContain("'unsafe-inline'");
      const inline = [
        ...html(path).matchAll(
          /<script(?![^>]*\ssrc=)(?![^>]*type="application\/(?:ld\+)?json")[^>]*>([\s\S]*?)<\/script>/g,
        ),
      ];
      for (const [, code] of inline) {
        const hash = `'sha256-${createHash('sha256').update(code!).digest('base64')}'`;
        expect(scriptSrc, `add ${hash} to the script-src for ${path} in public/_headers`).toContain(hash);
      }
      // The server under test really sends them.
      const response = await request.get(path);
      expect(response.headers()['content-security-policy']).toBe(csp);
    });
  }
});
