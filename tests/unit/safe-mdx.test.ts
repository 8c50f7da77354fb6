import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/lib/content/load';
import { ContentError, errorsIn, formatProblem } from '../../src/lib/content/problems';
import { rehypeSafeArticle, unsafeNode } from '../../src/lib/mdx/rehype-safe-article';
import type { Root } from 'mdast';
import { remarkArticle } from '../../src/lib/mdx/remark-article';
import { isSafeUrl } from '../../src/lib/mdx/safe-subset';

// Articles are a safe subset of MDX. One fixture per way out of it, the mistake on line 12 (after a
// 7-field frontmatter and a paragraph): each is reported exactly once, with file, line and a fix,
// and stops the build (an error, so the content guard refuses to build; see tests/integration/).
const root = 'tests/fixtures/content/unsafe-mdx';
const file = (name: string) => `${root}/articles/en/${name}.mdx`;
const html =
  '<%s>: is HTML, which articles cannot contain (it could run code or send readers elsewhere): use Markdown or a component (see content/README.en.md)';

const expected: [string, string[]][] = [
  ['less-than', ['12: <: a literal < in text is written &lt; (here "<1" is read as the start of a tag)']],
  [
    'braces',
    [
      '12: {…}: curly braces hold code in MDX, which articles cannot run: write a literal brace as \\{ and \\}, or use ( )',
    ],
  ],
  ['html-comment', ['12: <!--: HTML comments do not work in articles: write a note as {/* note */}']],
  [
    'unclosed-callout',
    [
      '12: <Callout>: is not closed: add </Callout> where it ends (on a line of its own, after an empty line, when it wraps paragraphs)',
    ],
  ],
  [
    'mismatched-close',
    ['16: </Callout>: comes before <KeyFacts> (line 12) is closed: close it first with </KeyFacts>'],
  ],
  [
    'import',
    [
      '12: import: articles cannot import anything: components work without an import, so remove this line',
      '14: {…}: "{hostname}" is code, which articles cannot run: remove it (literal braces are written \\{ and \\}; a note to editors is written {/* note */})',
    ],
  ],
  [
    'export',
    ['12: export: articles cannot export code: remove this line (the article’s data goes in the frontmatter)'],
  ],
  ['meta-refresh', [`12: ${html.replace('%s', 'meta')}`]],
  ['script', [`12: ${html.replace('%s', 'script')}`]],
  ['onerror', [`12: ${html.replace('%s', 'img')}`]],
  [
    'javascript-link',
    [
      '12: link: "javascript:alert(document.cookie)" is not an address readers can follow: use https://…, a page of this site (/id/…) or #a-heading',
    ],
  ],
  [
    'data-link',
    [
      '12: link: "data:text/html;base64,PHNjcmlwdD5hbGVyd…" is not an address readers can follow: use https://…, a page of this site (/id/…) or #a-heading',
    ],
  ],
  [
    'other-host-link',
    [
      '12: link: "//evil.example/path" leads to another site without saying how: write the whole address, https://…',
      '12: link: "/\\evil.example/path" leads to another site without saying how: write the whole address, https://…',
    ],
  ],
  [
    'empty-quote',
    [
      "12: <Cite> quote: is empty: quote the source's own words that support the sentence",
      "12: <Cite> quote: is empty: quote the source's own words that support the sentence",
      '12: <Cite> at: is empty: say where the words are (a paragraph, page or time), or leave at out',
    ],
  ],
  ['lowercase-cite', ['12: <cite>: components start with a capital letter: write <Cite>']],
  [
    'span-lang',
    ['12: <span>: to mark words in another language write <Lang lang="id">…</Lang> (HTML is not allowed in articles)'],
  ],
  [
    'attribute-expression',
    ['12: <Cite> id: is written in quotes, id="…": a value in { } is code, which articles cannot run'],
  ],
  ['unknown-attribute', ['12: <Cite> onClick: is not an attribute of <Cite>: it takes id, quote, at']],
  ['fragment', ['12: <>: fragments (<>…</>) are not used in articles: remove <> and </>']],
  [
    'lang-code',
    ['12: <Lang> lang: is the language of the words inside, as a code like "id" or "en"; found "Indonesian"'],
  ],
  // All of a file's problems at once: its frontmatter's and its body's.
  [
    'two-mistakes',
    [
      '6: published: must be a real date written YYYY-MM-DD (for example 2024-03-01); found "2024-02-30"',
      '12: <: a literal < in text is written &lt; (here "<1" is read as the start of a tag)',
    ],
  ],
  // Every mistake of a file in one run, whatever kind each is: a syntax error does not hide the rest.
  [
    'five-mistakes',
    [
      '12: <Cite>: the value is in curly quotes (“…”), as Word and Google Docs write them: type straight quotes, name="value"',
      `14: ${html.replace('%s', 'b')}`,
      '16: {…}: "{code}" is code, which articles cannot run: remove it (literal braces are written \\{ and \\}; a note to editors is written {/* note */})',
      '18: <Cite> id: unknown source id "no-such-source": add it to content/sources.yaml or fix the id',
      '18: figure: “It was 87% done.” states “87%”, which its citation does not quote: add quote="…" with the source\'s words that give it',
      '20: link: "/en/articles/nowhere/" leads to no page of this site: check the address (an article\'s is /en/articles/<its file name>/), or link to the page it moved to',
    ],
  ],
  // Everything the subset allows: comments, &lt;, escaped braces, <Lang>, tables, safe links, a BOM.
  ['safe-markdown', []],
];

describe('the safe subset of MDX, as check:content and the build report it', () => {
  const { problems } = loadContent(root);
  const errors = errorsIn(problems);

  it.each(expected)('%s', (name, lines) => {
    const mine = errors.filter((p) => p.file === file(name)).map(formatProblem);
    expect(mine).toEqual(lines.map((line) => `${file(name)}:${line}`));
  });

  it('covers every fixture file, and nothing else is reported', () => {
    expect(errors.length).toBe(expected.reduce((n, [, lines]) => n + lines.length, 0));
    expect(new Set(errors.map((p) => p.file))).toEqual(
      new Set(expected.filter(([, lines]) => lines.length).map(([name]) => file(name))),
    );
  });
});

describe('isSafeUrl', () => {
  it.each([
    ['https://example.org/a', true],
    ['http://example.org', true],
    ['mailto:editor@example.org', false],
    ['/en/articles/x/', true],
    ['#a-heading', true],
    ['../x', true],
    ['javascript:alert(1)', false],
    ['JavaScript:alert(1)', false],
    ['java\tscript:alert(1)', false],
    [' javascript:alert(1)', false],
    ['data:text/html,<script>', false],
    ['vbscript:x', false],
    ['file:///etc/passwd', false],
    // Another host without a scheme, however the slashes are written.
    ['//evil.example/x', false],
    ['/\\evil.example/x', false],
    ['\\\\evil.example/x', false],
    ['/\t/evil.example/x', false],
    [' //evil.example', false],
    ['/en/x//y', true],
  ])('%j → %s', (url, safe) => {
    expect(isSafeUrl(url)).toBe(safe);
  });
});

describe('the second wall (rehype, after Markdown has become HTML)', () => {
  const el = (tagName: string, properties: Record<string, unknown> = {}) => ({ type: 'element', tagName, properties });
  it.each([
    [el('p'), undefined],
    [el('a', { href: 'https://example.org' }), undefined],
    [
      { type: 'mdxJsxTextElement', name: 'Cite', attributes: [{ type: 'mdxJsxAttribute', name: 'id', value: 's' }] },
      undefined,
    ],
    [{ type: 'mdxTextExpression', data: { estree: { body: [] } } }, undefined],
    [el('script'), '<script> element'],
    [el('meta'), '<meta> element'],
    [el('img', { src: 'x', onError: 'alert(1)' }), 'onError attribute on <img>'],
    [el('a', { href: 'javascript:alert(1)' }), 'href="javascript:alert(1)" on <a>'],
    [{ type: 'mdxJsxFlowElement', name: 'div', attributes: [] }, '<div> element'],
    [
      {
        type: 'mdxJsxTextElement',
        name: 'Cite',
        attributes: [{ type: 'mdxJsxAttribute', name: 'id', value: { type: 'mdxJsxAttributeValueExpression' } }],
      },
      'attribute id on <Cite>',
    ],
    [{ type: 'mdxjsEsm', value: 'import x from "y"' }, 'mdxjsEsm node'],
    [{ type: 'mdxFlowExpression', data: { estree: { body: [{}] } } }, 'expression'],
    [{ type: 'raw', value: '<script>' }, 'raw node'],
  ])('%j → %s', (node, why) => {
    expect(unsafeNode(node)).toBe(why);
  });

  it('stops the compile with the file and line', () => {
    const tree = { type: 'root', children: [{ ...el('script'), position: { start: { line: 7 } } }] };
    const run = () => rehypeSafeArticle()(tree, { path: `${process.cwd()}/x.mdx` });
    expect(run).toThrow(ContentError);
    expect(run).toThrow(/^Invalid content: 1 problem\. Nothing was built\.\nx\.mdx:7: \(unsafe\): <script> element/);
  });
});

describe('the remark plugin checks MDX files the registry does not hold', () => {
  it('refuses an import in a file outside the content folder', () => {
    const at = (line: number) => ({ line, column: 1 });
    const tree: Root = {
      type: 'root',
      children: [{ type: 'mdxjsEsm', value: 'import x from "y"', position: { start: at(3), end: at(3) } }],
    };
    const run = () => remarkArticle({ root })(tree, { path: `${process.cwd()}/elsewhere.mdx`, data: {} });
    expect(run).toThrow(/elsewhere\.mdx:3: import: articles cannot import anything/);
  });
});
