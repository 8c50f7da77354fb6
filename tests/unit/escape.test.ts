// One table of hostile inputs, run through every escaper: each must come out inert where it is put.
import { describe, expect, it } from 'vitest';
import { escapeAttr, escapeRegExp, escapeText, jsonForScript } from '../../src/lib/escape';

const hostile = [
  '</script><script>alert(1)</script>',
  '<!-- <script>',
  '"><img src=x onerror=alert(1)>',
  "' onmouseover='alert(1)",
  '&lt;already escaped&gt; &amp;',
  '&#x3C;script&#x3E;',
  ']]></loc><loc>https://evil.test/',
  'line\u2028separator\u2029paragraph',
  '$& $1 $` {url} {title}',
  'plain text, no markup',
];

/** What an HTML parser reads back from escaped text: the entities the escapers write, decoded. */
const decode = (s: string) =>
  s.replace(/&(lt|gt|quot|#39|amp);/g, (_, e: string) => ({ lt: '<', gt: '>', quot: '"', '#39': "'", amp: '&' })[e]!);

describe.each(hostile)('%j', (input) => {
  it('escapeText leaves no tag and no entity of its own, and reads back unchanged', () => {
    const out = escapeText(input);
    expect(out).not.toMatch(/[<>]/);
    expect(out).not.toMatch(/&(?!amp;|lt;|gt;)/);
    expect(decode(out)).toBe(input);
  });

  it('escapeAttr cannot leave a quoted attribute of either kind, and reads back unchanged', () => {
    const out = escapeAttr(input);
    expect(out).not.toMatch(/[<>"']/);
    expect(out).not.toMatch(/&(?!amp;|lt;|gt;|quot;|#39;)/);
    expect(decode(out)).toBe(input);
  });

  it('jsonForScript cannot close or comment out its <script>, and parses back to the value', () => {
    const value = { text: input, list: [input] };
    const out = jsonForScript(value);
    expect(out).not.toContain('<');
    expect(out).not.toMatch(/[\u2028\u2029]/);
    expect(JSON.parse(out)).toEqual(value);
  });

  it('escapeRegExp matches exactly the string itself', () => {
    const pattern = new RegExp(`^${escapeRegExp(input)}$`);
    expect(pattern.test(input)).toBe(true);
    expect(pattern.test(`${input}x`)).toBe(false);
    expect(pattern.test(input.replace(/./u, 'Z'))).toBe(input.startsWith('Z'));
  });
});

describe('escapers, exact output', () => {
  it.each([
    [escapeText, `a & b < c > d " e ' f`, `a &amp; b &lt; c &gt; d " e ' f`],
    [escapeAttr, `a & b < c > d " e ' f`, 'a &amp; b &lt; c &gt; d &quot; e &#39; f'],
    [escapeText, '&amp;', '&amp;amp;'],
    [escapeRegExp, 'https://a.test/*.js?(x)', 'https://a\\.test/\\*\\.js\\?\\(x\\)'],
  ])('%o(%j) is %j', (escape, input, output) => {
    expect(escape(input)).toBe(output);
  });

  it('jsonForScript escapes every <, not only the first', () => {
    expect(jsonForScript('<a><b>')).toBe('"\\u003ca>\\u003cb>"');
  });
});
