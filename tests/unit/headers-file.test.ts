import { describe, expect, it } from 'vitest';
import { formatHeadersFile, headersFor, parseHeadersFile } from '../../src/lib/serving/headers-file';

const file = `
# comment
/*
  X-Content-Type-Options: nosniff
  Content-Security-Policy: frame-ancestors 'self'
  Cache-Control: public, max-age=300
/embed/*
  ! Content-Security-Policy
  Content-Security-Policy: frame-ancestors *
/id/*
  Content-Security-Policy: script-src 'self'
/data/:name
  Access-Control-Allow-Origin: *
/*.js
  ! cache-control
`;

describe('_headers', () => {
  const rules = parseHeadersFile(file);
  it.each([
    [
      '/embed/id/timeline/x/',
      {
        'x-content-type-options': 'nosniff',
        'content-security-policy': 'frame-ancestors *',
        'cache-control': 'public, max-age=300',
      },
    ],
    // Two rules set the header and none detaches it: joined, as Cloudflare Pages does.
    [
      '/id/',
      {
        'x-content-type-options': 'nosniff',
        'content-security-policy': "frame-ancestors 'self', script-src 'self'",
        'cache-control': 'public, max-age=300',
      },
    ],
    [
      '/data/x.json',
      {
        'x-content-type-options': 'nosniff',
        'content-security-policy': "frame-ancestors 'self'",
        'cache-control': 'public, max-age=300',
        'access-control-allow-origin': '*',
      },
    ],
    ['/data/a/b.js', { 'x-content-type-options': 'nosniff', 'content-security-policy': "frame-ancestors 'self'" }],
  ])('%s', (path, expected) => {
    expect(headersFor(rules, path)).toEqual(expected);
  });

  it.each([
    ['  X-A: b', /line 1: a header line must follow a path line/],
    ['/a\n  X-A: b\nb/\n', /line 3: a path must start with "\/"/],
    ['/a\n  no colon here', /line 2: expected "Name: value"/],
    ['/a\n  !', /line 2: "! " must be followed by a header name/],
  ])('rejects %j', (text, message) => {
    expect(() => parseHeadersFile(text)).toThrow(message);
  });

  it('writes what it reads', () => {
    const written = formatHeadersFile(rules, ['a comment', '', 'another']);
    expect(written.startsWith('# a comment\n#\n# another\n')).toBe(true);
    expect(parseHeadersFile(written).map(({ path, detach, set }) => ({ path, detach, set }))).toEqual(
      rules.map(({ path, detach, set }) => ({ path, detach, set })),
    );
  });
});
