import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { parse } from 'parse5';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/messages/en';
import { contentGuard } from '../../src/integrations/content-guard';
import { formatProblem, type Problem } from '../../src/lib/content/problems';
import { filesUnder } from '../../src/lib/files';
import { fixtures, run, shellEnv, validSite } from './helpers';

/** `npm run check:content` on a folder: its error lines and exit status. */
async function check(root: string) {
  const { status, stdout } = await run(['tsx', 'src/cli/check-content.ts', '--root', root]);
  // Warnings and pending translations are printed with their severity; errors are not.
  const notError = Object.values(en.check.severity).map((word) => `: ${word}: `);
  const errors = stdout
    .split('\n')
    .filter((l) => /^\S+:\d+: /.test(l) && !notError.some((mark) => l.replace(/^\S+:\d+/, '').startsWith(mark)));
  return { status, errors };
}

/** The content guard as `astro build` runs it, in this process: the error lines it stops the build with. */
function guard(root: string): string[] {
  const setup = contentGuard({ onInvalidBuild: 'throw' }).hooks['astro:config:setup']!;
  const logger = { warn: () => {}, error: () => {}, info: () => {} };
  const saved = process.env.CONTENT_ROOT;
  process.env.CONTENT_ROOT = root;
  try {
    (setup as (options: unknown) => void)({
      command: 'build',
      config: { root: new URL(`file://${process.cwd()}/`) },
      logger,
      updateConfig: () => undefined,
    });
    return [];
  } catch (error) {
    return ((error as { problems?: Problem[] }).problems ?? [])
      .filter((p) => p.severity === 'error')
      .map(formatProblem);
  } finally {
    if (saved === undefined) delete process.env.CONTENT_ROOT;
    else process.env.CONTENT_ROOT = saved;
  }
}

/** `npm run build` into `outDir`, with `contentRoot` as the content. */
const build = (contentRoot: string, outDir: string) =>
  run(['tsx', 'src/cli/build.ts', '--outDir', outDir], shellEnv(contentRoot));

describe('check:content and the build agree', () => {
  // Every fixture folder: what `npm run check:content` prints is exactly what stops the build.
  const roots = readdirSync(fixtures).map((name) => `${fixtures}/${name}`);
  // The checks run side by side, each in its own process.
  const checks = new Map<string, Awaited<ReturnType<typeof check>>>();
  beforeAll(async () => {
    const results = await Promise.all(roots.map(check));
    roots.forEach((root, i) => checks.set(root, results[i]!));
  });

  it.each(roots)('%s', (root) => {
    const checked = checks.get(root)!;
    const stopped = guard(root);
    expect(stopped).toEqual(checked.errors);
    expect(checked.status).toBe(checked.errors.length ? 1 : 0);
  });
});

// Two real builds prove that the guard is what `astro build` runs, and that what the check accepts
// (every construct of the safe subset) builds.
describe('npm run build', () => {
  it('with invalid content: stops with the same lines as the check and leaves the previous site', async () => {
    const root = `${fixtures}/unsafe-mdx`;
    const parent = mkdtempSync(join(tmpdir(), 'build-invalid-'));
    const outDir = join(parent, 'dist');
    mkdirSync(outDir);
    writeFileSync(join(outDir, 'index.html'), 'the previous site');
    try {
      const { status, output } = await build(root, outDir);
      const expected = (await check(root)).errors;
      expect(status, output).not.toBe(0);
      expect(output).toContain(`Invalid content: ${expected.length} problems. Nothing was built.`);
      // The list is the whole message: no "unhandled error", no stack trace.
      expect(output).not.toMatch(/unhandled error|Stack trace/i);
      const printed = output.split('\n').filter((l) => l.startsWith(`${root}/`) && !l.includes(': warning: '));
      expect(printed).toEqual(expected);
      expect(readdirSync(parent)).toEqual(['dist']);
      expect(readdirSync(outDir)).toEqual(['index.html']);
      expect(readFileSync(join(outDir, 'index.html'), 'utf8')).toBe('the previous site');
    } finally {
      rmSync(parent, { recursive: true, force: true });
    }
  });

  it('with valid content: publishes articles, leaves drafts out, and renders the safe subset', async () => {
    const root = validSite();
    const outDir = mkdtempSync(join(tmpdir(), 'build-valid-'));
    try {
      expect((await check(root)).errors).toEqual([]);
      const { status, output } = await build(root, outDir);
      expect(status, output).toBe(0);
      expect(existsSync(join(outDir, 'en/articles/example/index.html'))).toBe(true);
      expect(existsSync(join(outDir, 'id/articles/contoh/index.html'))).toBe(true);
      expect(existsSync(join(outDir, 'en/articles/unfinished/index.html'))).toBe(false);
      // Without a translation, the language switcher leads to the other language's home page.
      const lonely = readFileSync(join(outDir, 'en/articles/lonely/index.html'), 'utf8');
      expect(lonely).toMatch(/<a class="language-switcher" href="\/id\/" hreflang="id"/);
      expect(output).toContain('"lonely" has no Indonesian translation yet');

      const safe = readFileSync(join(outDir, 'en/articles/safe-markdown/index.html'), 'utf8');
      const body = safe.slice(safe.indexOf('<div class="prose body'), safe.indexOf('</article>'));
      expect(body).toContain('<span lang="id">Berita Negara</span>');
      expect(body).toContain('below &lt;100 rupiah, a &lt; b, and braces are written { like this }');
      expect(body).toContain('<table>');
      expect(body).not.toContain('A note to other editors');
      expect(body).toContain('&lt;script&gt;code blocks are shown, not run&lt;/script&gt;');
      // The only scripts are the site's own (the timeline's data and module), none from the article.
      expect(body.match(/<script[^>]*>/g)).toEqual([
        '<script type="application/json" data-timeline-data>',
        expect.stringMatching(/^<script type="module" src="\/_astro\/TimelineScript\.[^"]+\.js">$/),
      ]);
      expect(body).not.toMatch(/<meta|javascript:/);
    } finally {
      rmSync(root, { recursive: true, force: true });
      rmSync(outDir, { recursive: true, force: true });
    }
  });
});

// Addresses and text from content reach attributes on every kind of page (sources, glossary,
// articles with links, figures and an inline timeline, timelines, embeds, oEmbed, share links). A
// folder of tricky values (tests/fixtures/content/hostile-addresses) and its twin with plain
// addresses are built; every page must have the same elements and attributes in the same order,
// and every source address must read back exactly as content gives it.
describe('content in attributes', () => {
  const root = `${fixtures}/hostile-addresses`;
  const tricky = {
    url: 'https://example.org/a?x=1&y=&quot;&gt;&lt;meta&nbsp;http-equiv=refresh&gt;&amp;z=2',
    archive: 'https://archive.example/web/2024/https://example.org/a?x=1&lt;script&gt;alert(1)&lt;/script&gt;',
    via: 'https://copy.example/a?x=1&quot;onmouseover=&quot;alert(1)&#39;',
    link: 'https://example.org/a?x=1&y=&quot;&gt;&lt;meta&gt;&amp;z=2',
  };
  const plain = {
    url: 'https://example.org/a?x=1',
    archive: 'https://archive.example/web/2024/https://example.org/a',
    via: 'https://copy.example/a?x=1',
    link: 'https://example.org/a?x=2',
  };

  /** Each element as `tag[attribute names]`, in document order: the shape of a page. */
  const shape = (html: string) => {
    const out: string[] = [];
    const walk = (node: { childNodes?: unknown[]; content?: unknown }) => {
      for (const child of (node.childNodes ?? []) as { tagName?: string; attrs?: { name: string }[] }[]) {
        if (child.tagName) out.push(`${child.tagName}[${child.attrs!.map((a) => a.name).join(' ')}]`);
        walk(child as never);
      }
      if (node.content) walk(node.content as never);
    };
    walk(parse(html));
    return out;
  };
  const attributeValues = (html: string) => {
    const out: string[] = [];
    const walk = (node: { childNodes?: unknown[]; content?: unknown }) => {
      for (const child of (node.childNodes ?? []) as { attrs?: { value: string }[] }[]) {
        for (const a of child.attrs ?? []) out.push(a.value);
        walk(child as never);
      }
      if (node.content) walk(node.content as never);
    };
    walk(parse(html));
    return out;
  };
  /** Every page of a build, and the HTML in its oEmbed documents, by path. */
  const pagesOf = (dir: string) =>
    new Map(
      filesUnder(dir)
        .map((path) => relative(dir, path))
        .filter((f) => f.endsWith('.html') || (f.startsWith('oembed') && f.endsWith('.json')))
        .map((f) => {
          const text = readFileSync(join(dir, f), 'utf8');
          return [f, f.endsWith('.json') ? ((JSON.parse(text) as { html?: string }).html ?? '') : text] as const;
        }),
    );

  it('every page has the elements and attributes of its plain twin, and every address reads back as written', async () => {
    const twin = mkdtempSync(join(tmpdir(), 'plain-addresses-'));
    const outA = mkdtempSync(join(tmpdir(), 'build-tricky-'));
    const outB = mkdtempSync(join(tmpdir(), 'build-plain-'));
    try {
      cpSync(root, twin, { recursive: true });
      for (const file of filesUnder(twin).filter((f) => /\.(ya?ml|mdx)$/.test(f))) {
        let text = readFileSync(file, 'utf8');
        for (const key of Object.keys(tricky) as (keyof typeof tricky)[])
          text = text.replaceAll(tricky[key], plain[key]);
        writeFileSync(file, text);
      }
      // One after the other: builds share .astro/.
      const a = await build(root, outA);
      const b = await build(twin, outB);
      expect(a.status, a.output).toBe(0);
      expect(b.status, b.output).toBe(0);
      const trickyPages = pagesOf(outA);
      const plainPages = pagesOf(outB);
      expect([...trickyPages.keys()].sort()).toEqual([...plainPages.keys()].sort());
      expect(trickyPages.size).toBeGreaterThan(10);
      for (const [path, html] of trickyPages) expect(shape(html), path).toEqual(shape(plainPages.get(path)!));

      const values = [...trickyPages.values()].flatMap(attributeValues);
      for (const address of [tricky.url, tricky.archive, tricky.via]) expect(values).toContain(address);
      const ours = values.filter((v) => /^https:\/\/(example\.org|archive\.example|copy\.example)\//.test(v));
      expect(ours.filter((v) => /["<>\s]/.test(v))).toEqual([]);
    } finally {
      for (const dir of [twin, outA, outB]) rmSync(dir, { recursive: true, force: true });
    }
  });
});
