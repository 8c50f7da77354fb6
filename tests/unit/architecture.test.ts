// The rules between src/'s folders (README, "Folders"): every import of every file under src/ is
// read and resolved, and an import that crosses a rule fails with the file and what it imported.
import { existsSync, readFileSync } from 'node:fs';
import { extname, posix, relative } from 'node:path';
import { CONTENT_IMAGES } from '../../src/lib/content/paths';
import { filesUnder } from '../../src/lib/files';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/** For each folder of src/, the folders of src/ it must never import. */
const forbidden: Record<string, readonly string[]> = {
  // Pure code, run by the build, the CLI, the tests and the browser alike.
  lib: ['components', 'layouts', 'pages', 'scripts', 'integrations', 'cli', 'middleware.ts'],
  // Browser code: what it needs is in lib/ (and i18n/), never in what renders pages.
  scripts: ['components', 'layouts', 'pages', 'integrations', 'cli', 'middleware.ts'],
  components: ['layouts', 'pages', 'integrations', 'cli', 'middleware.ts'],
  layouts: ['pages', 'integrations', 'cli', 'middleware.ts'],
  i18n: ['components', 'layouts', 'pages', 'scripts', 'integrations', 'cli', 'middleware.ts'],
};

/** The module specifiers a file imports: static and dynamic imports, re-exports, `import '…'`. */
function importsOf(file: string, text: string): string[] {
  const code =
    extname(file) === '.astro'
      ? [
          /^---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1] ?? '',
          ...[...text.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]!),
        ].join('\n')
      : text;
  return ts.preProcessFile(code, true, true).importedFiles.map((f) => f.fileName);
}

/** The top folder (or file) of src/ a specifier from `file` (a path relative to src/) reaches, if any. */
function targetOf(file: string, specifier: string): string | null {
  if (!specifier.startsWith('.')) return null;
  const resolved = posix.normalize(posix.join(posix.dirname(file), specifier.replace(/\?.*$/, '')));
  if (resolved.startsWith('../')) return null;
  return resolved.split('/')[0]!;
}

/** Every import in `files` (paths relative to src/, with their text) that breaks a rule. */
function violations(files: Iterable<[string, string]>): string[] {
  const found: string[] = [];
  for (const [file, text] of files) {
    const rules = forbidden[file.split('/')[0]!] ?? [];
    for (const specifier of importsOf(file, text)) {
      const target = targetOf(file, specifier);
      if (target && rules.includes(target)) found.push(`${file} imports ${specifier} (${target}/)`);
    }
  }
  return found;
}

function sourceFiles(dir: string): [string, string][] {
  return filesUnder(dir)
    .filter((path) => /\.(ts|js|mjs|astro|mdx)$/.test(path))
    .map((path) => [relative(dir, path).split('\\').join('/'), readFileSync(path, 'utf8')]);
}

describe('import rules', () => {
  it('hold for every file under src/', () => {
    const files = sourceFiles('src');
    expect(files.length).toBeGreaterThan(100);
    expect(violations(files)).toEqual([]);
  });

  it('see imports of every kind, and only relative ones into src/', () => {
    expect(
      importsOf(
        'lib/a.ts',
        `import a from './a';\nimport type { B } from '../b';\nexport { c } from "./c";\nimport './d.css';\n` +
          `const e = await import('./e');\n// import x from './commented';\nconst s = "import y from './string'";`,
      ),
    ).toEqual(['./a', '../b', './c', './d.css', './e']);
    expect(
      importsOf(
        'components/X.astro',
        `---\nimport Y from '../layouts/Y.astro';\n---\n<p>import z from '../pages/z';</p>\n<script>\nimport '../scripts/s';\n</script>`,
      ),
    ).toEqual(['../layouts/Y.astro', '../scripts/s']);
    expect(targetOf('lib/timeline/svg.ts', '../../components/X.astro')).toBe('components');
    expect(targetOf('lib/timeline/svg.ts', '../escape')).toBe('lib');
    expect(targetOf('layouts/Base.astro', '../scripts/inline/theme.js?raw')).toBe('scripts');
    expect(targetOf('lib/a.ts', 'astro:content')).toBeNull();
    expect(targetOf('lib/a.ts', '../../tests/x')).toBeNull();
  });

  // The rules resolve relative imports only, so an import through an alias (`@/components/X`) would
  // pass them unseen: there is none. Every other specifier names an installed package (or its
  // types), a Node or Astro module, or the content folder's images (CONTENT_IMAGES, outside src/).
  it('meet no path alias', () => {
    const tsconfig = JSON.parse(readFileSync('tsconfig.json', 'utf8')) as { compilerOptions?: { paths?: unknown } };
    expect(tsconfig.compilerOptions?.paths).toBeUndefined();
    const packageOf = (s: string) =>
      s
        .split('/')
        .slice(0, s.startsWith('@') ? 2 : 1)
        .join('/');
    const unresolved = sourceFiles('src').flatMap(([file, text]) =>
      importsOf(file, text)
        .filter((s) => !s.startsWith('.') && !/^(node|astro|virtual):/.test(s) && !s.startsWith(`${CONTENT_IMAGES}/`))
        .filter(
          (s) => !existsSync(`node_modules/${packageOf(s)}`) && !existsSync(`node_modules/@types/${packageOf(s)}`),
        )
        .map((s) => `${file} imports ${s}`),
    );
    expect(unresolved).toEqual([]);
  });

  it.each([
    ['lib/a.ts', "import X from '../components/X.astro';", 'lib/a.ts imports ../components/X.astro (components/)'],
    ['lib/timeline/a.ts', "export * from '../../scripts/b';", 'lib/timeline/a.ts imports ../../scripts/b (scripts/)'],
    ['lib/a.ts', "const p = import('../pages/index.astro');", 'lib/a.ts imports ../pages/index.astro (pages/)'],
    ['lib/a.ts', "import L from '../layouts/Base.astro';", 'lib/a.ts imports ../layouts/Base.astro (layouts/)'],
    ['scripts/a.ts', "import L from '../layouts/Base.astro';", 'scripts/a.ts imports ../layouts/Base.astro (layouts/)'],
    ['scripts/x/a.ts', "import { p } from '../../pages/p';", 'scripts/x/a.ts imports ../../pages/p (pages/)'],
    [
      'components/A.astro',
      "---\nimport { x } from '../pages/x';\n---",
      'components/A.astro imports ../pages/x (pages/)',
    ],
  ])('fail for %s importing across a rule', (file, text, message) => {
    expect(violations([[file, text]])).toEqual([message]);
  });

  it.each([
    ['lib/a.ts', "import { t } from '../i18n';"],
    ['scripts/a.ts', "import { paths } from '../lib/urls';"],
    ['components/A.astro', "---\nimport B from './B.astro';\n---\n<script>import '../scripts/s';</script>"],
    ['layouts/A.astro', "---\nimport theme from '../scripts/inline/theme.js?raw';\n---"],
    ['pages/a.astro', "---\nimport L from '../layouts/L.astro';\n---"],
  ])('allow %s: %s', (file, text) => {
    expect(violations([[file, text]])).toEqual([]);
  });
});

// README ("Folders"): src/lib/ is pure TypeScript, data in and data out, except the files it names,
// which read or write files or Astro's content store. This holds the code and the README to that list.
describe('what in src/lib/ touches the disk or astro:content', () => {
  const impure = /^(?:node:fs|fs|node:fs\/promises|astro:content)$/;
  const files = sourceFiles('src/lib');
  const imports = new Map(files.map(([file, text]) => [file, importsOf(file, text)]));
  const direct = files.filter(([file]) => imports.get(file)!.some((s) => impure.test(s))).map(([file]) => file);
  /** The file of src/lib/ a relative specifier names, if it is one. */
  const resolveIn = (file: string, specifier: string) => {
    const path = posix.normalize(posix.join(posix.dirname(file), specifier));
    return [path, `${path}.ts`, `${path}/index.ts`].find((p) => imports.has(p));
  };
  // And every file that reaches one of those through its imports.
  const reaching = new Set(direct);
  for (let grew = true; grew;) {
    grew = false;
    for (const [file] of files)
      if (
        !reaching.has(file) &&
        imports.get(file)!.some((s) => s.startsWith('.') && reaching.has(resolveIn(file, s) ?? ''))
      )
        grew = !!reaching.add(file);
  }
  const named = (() => {
    const readme = readFileSync('README.md', 'utf8');
    return readme.slice(readme.indexOf('## Folders'), readme.indexOf('## Adding an article'));
  })();
  const unnamed = (list: Iterable<string>) => [...list].sort().filter((file) => !named.includes(`\`lib/${file}\``));

  it('is only what the README names', () => {
    expect(direct.length).toBeGreaterThan(0);
    expect(unnamed(direct)).toEqual([]);
  });

  it('and what reaches it through other files of src/lib/ is named too', () => {
    expect(reaching.size).toBeGreaterThan(direct.length);
    expect(unnamed(reaching)).toEqual([]);
  });
});
