// The path a request is about, as a CDN sees it: `_headers` rules and files are both looked up by
// this one path, so an encoded slash or dot can never reach a file under another path's headers.

export interface RequestPath {
  /** Every segment percent-decoded once; empty, `.` and `..` segments resolved; a trailing slash kept. */
  path: string;
  /** The query string with its `?`, or ''. */
  search: string;
}

function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment; // A malformed escape stays as it is: the path then names no file.
  }
}

/**
 * The decoded, normalised path of a request target (`/a/b?q`, or `http://host/a/b?q`).
 * `/en%2Ftimeline/` is `/en/timeline/`; `/embed/..%2fen/` is `/en/`; `/%2565n/` is `/%65n/` (one
 * decoding, as CDNs do); `/.//evil.com/x` is `/evil.com/x`. The result starts with exactly one `/`
 * and has no empty segment, so it can never be read as another host.
 */
export function requestPath(target: string): RequestPath {
  const local = target.replace(/^[a-z][a-z\d+.-]*:\/\/[^/?#]*/i, '');
  const query = local.search(/[?#]/);
  const raw = query < 0 ? local : local.slice(0, query);
  const search = query < 0 || local[query] === '#' ? '' : local.slice(query).replace(/#.*/, '');
  const decoded = raw.split('/').map(decodeSegment).join('/');
  const segments: string[] = [];
  for (const segment of decoded.split('/')) {
    if (segment === '..') segments.pop();
    else if (segment && segment !== '.') segments.push(segment);
  }
  const last = decoded.split('/').at(-1);
  const directory = last === '' || last === '.' || last === '..';
  const path = `/${segments.join('/')}${directory && segments.length ? '/' : ''}`;
  return { path, search };
}

/**
 * A decoded path written back into a URL: what `decodeURI` turns back into the same path, with `?`
 * and `#` escaped so they stay part of it.
 */
export function encodePath(path: string): string {
  return encodeURI(path).replace(/[?#]/g, (c) => encodeURIComponent(c));
}
