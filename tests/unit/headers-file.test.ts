import { describe, expect, it } from 'vitest';
import { headersFor, parseHeadersFile } from '../../src/lib/headers-file';

const file = `
# comment
/*
  X-Content-Type-Options: nosniff
/embed/*
  Content-Security-Policy: frame-ancestors *
/id/*
  Content-Security-Policy: frame-ancestors 'self'
/data/:name
  Access-Control-Allow-Origin: *
`;

describe('_headers', () => {
  const rules = parseHeadersFile(file);
  it.each([
    ['/embed/id/timeline/x/', { 'x-content-type-options': 'nosniff', 'content-security-policy': 'frame-ancestors *' }],
    ['/id/', { 'x-content-type-options': 'nosniff', 'content-security-policy': "frame-ancestors 'self'" }],
    ['/data/x.json', { 'x-content-type-options': 'nosniff', 'access-control-allow-origin': '*' }],
    ['/data/a/b.json', { 'x-content-type-options': 'nosniff' }],
  ])('%s', (path, expected) => {
    expect(headersFor(rules, path)).toEqual(expected);
  });

  it('rejects a header line before any path', () => {
    expect(() => parseHeadersFile('  X-A: b')).toThrow(/must follow a path line/);
  });
});
