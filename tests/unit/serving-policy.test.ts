// The header policy (src/lib/serving/policy.ts) as the _headers file it becomes, read back the way
// the server and Cloudflare Pages read it; and the inline-script hashes it is built from.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { inlineScriptHashes } from '../../src/integrations/headers-file';
import { formatHeadersFile, headersFor, parseHeadersFile } from '../../src/lib/serving/headers-file';
import { headerRules, immutable, shortLived } from '../../src/lib/serving/policy';

const hashes = { theme: 'THEME', languageRedirect: 'LANG', embedOptions: 'EMBED' };
const rules = parseHeadersFile(
  formatHeadersFile(headerRules({ hashes, searchPages: ['/id/search/', '/en/search/'] }), ['test']),
);
const headers = (path: string) => headersFor(rules, path);
const directive = (path: string, name: string) =>
  (headers(path)['content-security-policy'] ?? '')
    .split(';')
    .map((d) => d.trim())
    .find((d) => d.startsWith(`${name} `));

describe('header policy', () => {
  it.each([
    ['/id/', "script-src 'self' 'sha256-THEME'"],
    ['/en/articles/x/', "script-src 'self' 'sha256-THEME'"],
    ['/id/404.html', "script-src 'self' 'sha256-THEME'"],
    ['/anything/missing', "script-src 'self' 'sha256-THEME'"],
    ['/', "script-src 'self' 'sha256-THEME' 'sha256-LANG'"],
    ['/index.html', "script-src 'self' 'sha256-THEME' 'sha256-LANG'"],
    ['/id/search/', "script-src 'self' 'wasm-unsafe-eval' 'sha256-THEME'"],
    ['/en/search/', "script-src 'self' 'wasm-unsafe-eval' 'sha256-THEME'"],
    ['/pagefind/pagefind-worker.js', "script-src 'self' 'wasm-unsafe-eval' 'sha256-THEME'"],
    ['/en/articles/search/', "script-src 'self' 'sha256-THEME'"],
    ['/embed/id/timeline/x/', "script-src 'self' 'sha256-EMBED'"],
  ])('%s: %s, one policy only', (path, scriptSrc) => {
    const csp = headers(path)['content-security-policy']!;
    expect(directive(path, 'script-src')).toBe(scriptSrc);
    expect(csp.match(/default-src/g)).toHaveLength(1);
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).not.toMatch(/unsafe-inline|'unsafe-eval'/);
  });

  it.each(['/', '/id/', '/en/timeline/x/', '/id/search/', '/nothing/'])('%s: framed by the site only', (path) => {
    expect(directive(path, 'frame-ancestors')).toBe("frame-ancestors 'self'");
    expect(headers(path)['x-frame-options']).toBe('SAMEORIGIN');
  });

  it('embeds: framed by anyone, sandboxed pages (an opaque origin) included; frame nothing themselves', () => {
    // `frame-ancestors *` does not match an opaque origin: no directive at all lets every page frame it.
    expect(headers('/embed/en/timeline/x/')['content-security-policy']).not.toContain('frame-ancestors');
    expect(directive('/embed/404.html', 'frame-ancestors')).toBeUndefined();
    expect(directive('/embed/en/timeline/x/', 'frame-src')).toBe("frame-src 'none'");
    expect(headers('/embed/en/timeline/x/')['x-frame-options']).toBeUndefined();
  });

  it.each([
    ['/_astro/chart.C50r5CbP.js', immutable],
    ['/_astro/index.DJN3WxFP.css', immutable],
    ['/id/', shortLived],
    ['/id/rss.xml', shortLived],
    ['/sitemap.xml', shortLived],
    ['/data/timelines/x.csv', shortLived],
    ['/oembed/id/timeline/x.json', shortLived],
    ['/embed.js', 'public, max-age=3600'],
  ])('%s: Cache-Control %s', (path, value) => {
    expect(headers(path)['cache-control']).toBe(value);
  });

  it('a short life means minutes; immutable means a year', () => {
    expect(Number(/max-age=(\d+)/.exec(shortLived)![1])).toBeLessThanOrEqual(600);
    expect(immutable).toBe('public, max-age=31536000, immutable');
  });

  it.each(['/embed.js', '/data/timelines/x.json', '/oembed/en/timeline/x.json', '/_astro/TimelineScript.x.js'])(
    '%s: any origin may read it',
    (path) => {
      expect(headers(path)['access-control-allow-origin']).toBe('*');
    },
  );

  it.each(['/id/', '/_astro/x.js', '/embed/id/timeline/x/', '/favicon.svg'])(
    '%s: the headers every response has',
    (path) => {
      expect(headers(path)).toMatchObject({
        'x-content-type-options': 'nosniff',
        'referrer-policy': 'strict-origin-when-cross-origin',
      });
      expect(headers(path)['permissions-policy']).toContain('camera=()');
    },
  );
});

describe('inline script hashes', () => {
  const dir = join(import.meta.dirname, '../fixtures/inline-scripts');
  const sha = (file: string) => createHash('sha256').update(readFileSync(file)).digest('base64');

  it('the SHA-256 of each file, as CSP writes it', () => {
    expect(inlineScriptHashes(join(dir, 'complete'))).toEqual({
      theme: sha(join(dir, 'complete/theme.js')),
      languageRedirect: sha(join(dir, 'complete/language-redirect.js')),
      embedOptions: sha(join(dir, 'complete/embed-options.js')),
    });
  });

  it('an inline script the policy does not place stops the build, named', () => {
    expect(() => inlineScriptHashes(join(dir, 'extra'))).toThrow(
      /src\/scripts\/inline\/analytics\.js: not in the header policy/,
    );
  });
});
