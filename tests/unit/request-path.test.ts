import { describe, expect, it } from 'vitest';
import { encodePath, requestPath } from '../../src/lib/serving/request-path';

describe('requestPath', () => {
  it.each([
    ['/', '/', ''],
    ['/en/timeline/x/', '/en/timeline/x/', ''],
    ['/en/search/?q=a%20b', '/en/search/', '?q=a%20b'],
    ['/en%2Ftimeline/x/', '/en/timeline/x/', ''],
    ['/%65n/', '/en/', ''],
    ['/%2565n/', '/%65n/', ''],
    ['/embed/..%2fen/timeline/x/', '/en/timeline/x/', ''],
    ['/a/%2e%2e/%2E%2E/../b', '/b', ''],
    ['/a/b/..', '/a/', ''],
    ['/a/.', '/a/', ''],
    ['/..', '/', ''],
    ['/.//evil.com/x%2f..%2f..%2fen', '/en', ''],
    ['//evil.com', '/evil.com', ''],
    ['/%zz/x', '/%zz/x', ''],
    ['/a%3Fb?c', '/a?b', '?c'],
    ['http://evil.com/en?x', '/en', '?x'],
    ['HTTPS://evil.com', '/', ''],
  ])('%s → %s %s', (target, path, search) => {
    expect(requestPath(target)).toEqual({ path, search });
  });
});

describe('encodePath', () => {
  it.each(['/en/timeline/x/', '/a b/ü/', '/a?b#c/', '/%65n/', '/\\evil.com/'])(
    '%s: decodeURI gives it back',
    (path) => {
      const encoded = encodePath(path).replace(/%3F/g, '?').replace(/%23/g, '#');
      expect(decodeURI(encoded)).toBe(path);
      expect(encodePath(path)).not.toMatch(/[?#\\\s]/);
    },
  );
});
