import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import type { References } from '../../src/lib/content/kinds/articles';
import { checkComponents } from '../../src/lib/content/kinds/components';
import { loadContent } from '../../src/lib/content/load';
import { ContentError, formatProblem } from '../../src/lib/content/problems';
import type { Root } from 'mdast';
import type { MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { remarkArticle } from '../../src/lib/mdx/remark-article';

// Every component mistake an editor can make, one fixture file each (the mistake is on line 12), as
// `npm run check:content` and the build report them: the file, the line, the component and attribute.
const root = 'tests/fixtures/content/bad-components';
const file = (name: string) => `${root}/articles/en/${name}.mdx`;

describe('check:content on article components', () => {
  const { problems } = loadContent(root);
  const errors = problems.filter((p) => p.severity === 'error');

  it.each([
    ['unknown-cite', '<Cite> id', /unknown source id "no-such-source"/],
    ['unknown-term', '<Term> id', /unknown glossary id "no-such-term"/],
    ['term-without-text', '<Term>', /needs the words to link/],
    ['timeline-unknown-id', '<Timeline> id', /unknown timeline "no-such-timeline"/],
    ['timeline-unknown-highlight', '<Timeline> highlight', /timeline "t" has no milestone "no-such-milestone"/],
    ['timeline-bad-range', '<Timeline> range', /found "2024-05\.\.2024-02"/],
    ['timeline-bad-list', '<Timeline> list', /is one of "none", "compact", "full".*found "short"/],
    ['heading-is-milestone-id', 'heading', /its anchor #m1 is also a milestone's id in <Timeline id="t"> \(line 14\)/],
    ['figure-without-alt', '<Figure> alt', /is required: describe the image/],
    ['figure-missing-file', '<Figure> src', /no image "missing\.png"/],
    ['quote-without-by', '<Quote> by', /is required: say who is quoted/],
    ['stat-bad-date', '<Stat> date', /found "2024-13-01"/],
    ['stat-quote-without-figure', '<Stat> quote', /does not contain 87 of value="87%"/],
    [
      'cite-figure-without-quote',
      'figure',
      /“The migration was 87% done on 14 March 2024\.” states “87%”, “14 March 2024”, which its citation does not quote/,
    ],
    [
      'keyfacts-figure-not-quoted',
      'figure',
      /states “USD 840 million”, which no quote it cites gives \(“75,01 persen”\)/,
    ],
    [
      'figure-not-cited',
      'figure',
      /“About 6 million sellers were affected by the ban\.” states “6 million sellers” but cites no source/,
    ],
    [
      'figure-mismatch',
      'figure',
      /states “Rp20 billion”, which no quote it cites gives \(“menjatuhkan denda Rp15 miliar”\)/,
    ],
    ['cite-twice', '<Cite> id', /cites "s1" again in the same sentence/],
    ['dead-link', 'link', /"\/en\/articles\/old-questions\/" leads to no page of this site/],
    ['dead-anchor', 'link', /"#no-such-section": this article has no #no-such-section/],
    ['other-language-link', 'link', /"\/id\/glossary\/" leads to the Indonesian page from an English article/],
    ['mailto-link', 'link', /"mailto:editor@example\.org" is not an address readers can follow/],
    ['derived-wrong', '<Derived> days', /2024-03-04 to 2024-03-07 gives 3; the words “two days” state 2/],
    ['derived-without-way', '<Derived>', /names how the figure is worked out/],
    ['callout-bad-kind', '<Callout> kind', /found "tip"/],
    ['unknown-component', '<Cit>', /is not a component articles can use/],
  ])('%s: %s', (name, field, message) => {
    const mine = errors.filter((p) => p.file === file(name));
    expect(mine.map(formatProblem), `problems in ${file(name)}`).toHaveLength(1);
    const [problem] = mine;
    expect(problem?.field).toBe(field);
    expect(problem?.message).toMatch(message);
    expect(formatProblem(problem!)).toMatch(new RegExp(`^${file(name)}:12: ${field}: `));
  });

  // What the components may take for granted (src/components/mdx/*.astro render without checking
  // again): the rules the pages once enforced by throwing, each reported by the check instead.
  it.each([
    [{ src: 'pic.png', caption: 'c' }, '<Figure> alt'],
    [{ src: 'pic.png', alt: ' ', caption: 'c' }, '<Figure> alt'],
    [{ src: 'pic.png', alt: 'a' }, '<Figure> caption'],
    [{ src: 'pic.png', alt: 'a', caption: ' ' }, '<Figure> caption'],
  ])('reports a Figure with %j on %s', (attrs, field) => {
    const said: string[] = [];
    const refs = { images: `${root}/images` } as References;
    const figure = { name: 'Figure', attrs, line: 3, hasChildren: false, unreadable: [] };
    checkComponents([figure], refs, (line, f) => said.push(`${line}: ${f}`));
    expect(said).toEqual([`3: ${field}`]);
  });

  it('finds nothing wrong in correct uses of every component (code blocks are not checked)', () => {
    expect(errors.filter((p) => p.file === file('valid-components')).map(formatProblem)).toEqual([]);
    expect(errors).toHaveLength(26);
  });

  it('warns (without failing) about an article with no translation, but not about drafts', () => {
    const { problems } = loadContent('tests/fixtures/content/missing-translation');
    expect(problems.map(formatProblem)).toEqual([
      expect.stringMatching(
        /^tests\/fixtures\/content\/missing-translation\/articles\/en\/only-english\.mdx:5: warning: translationKey: "only-english" has no Indonesian translation yet.*npm run new -- --translate /,
      ),
    ]);
  });
});

describe('npm run check:content', () => {
  const run = (dir: string) =>
    spawnSync('npx', ['tsx', 'src/cli/check-content.ts', '--root', dir], { encoding: 'utf8', timeout: 60_000 });

  it('prints file:line: field: message and exits 1 on errors', () => {
    const { status, stdout } = run(root);
    expect(status).toBe(1);
    expect(stdout).toContain(`${file('unknown-cite')}:12: <Cite> id: unknown source id "no-such-source"`);
    expect(stdout).toMatch(/✗ 26 errors, \d+ warnings/);
  }, 60_000);

  it('exits 0 with warnings only', () => {
    const { status, stdout } = run('tests/fixtures/content/missing-translation');
    expect(status).toBe(0);
    expect(stdout).toContain('is valid with 1 warning');
  }, 60_000);
});

describe('the remark plugin stops the build on a broken article', () => {
  // The smallest mdast the plugin walks: the check itself reads the file from the content folder.
  const tree = (): Root => ({ type: 'root', children: [] });

  it.each([
    ['unknown-cite', /unknown-cite\.mdx:12: <Cite> id: unknown source id "no-such-source"/],
    ['figure-without-alt', /figure-without-alt\.mdx:12: <Figure> alt: is required/],
  ])('%s', (name, message) => {
    const transform = remarkArticle({ root });
    const run = () => transform(tree(), { path: `${process.cwd()}/${file(name)}`, data: {} });
    expect(run).toThrow(ContentError);
    expect(run).toThrow(message);
  });

  it('passes a correct article and records its citations and reading time', () => {
    const data: { astro?: { frontmatter?: Record<string, unknown> } } = { astro: { frontmatter: { lang: 'en' } } };
    const cite = (id: string): MdxJsxTextElement => ({
      type: 'mdxJsxTextElement',
      name: 'Cite',
      attributes: [{ type: 'mdxJsxAttribute', name: 'id', value: id }],
      children: [],
    });
    const cites = [cite('s1'), cite('s2'), cite('s1')];
    const body: Root = {
      type: 'root',
      children: [{ type: 'paragraph', children: [{ type: 'text', value: 'One two three.' }, ...cites] }],
    };
    // A file outside the content folder (the registry's own articles get the registry's numbering).
    remarkArticle({ root })(body, { path: `${process.cwd()}/tests/fixtures/mdx/hand-made.mdx`, data });
    expect(data.astro?.frontmatter).toMatchObject({
      citations: [
        { id: 's1', uses: 2 },
        { id: 's2', uses: 1 },
      ],
      minutesRead: 1,
    });
    const attrs = cites.map((n) =>
      Object.fromEntries(n.attributes.map((x) => [x.type === 'mdxJsxAttribute' ? x.name : '', x.value])),
    );
    expect(attrs).toEqual([
      { id: 's1', pageLang: 'en', n: '1', k: '1' },
      { id: 's2', pageLang: 'en', n: '2', k: '1' },
      { id: 's1', pageLang: 'en', n: '1', k: '2' },
    ]);
  });
});
