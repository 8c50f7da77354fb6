import { describe, expect, it } from 'vitest';
import { moduleGraph, moduleScripts, staticImports } from '../../src/lib/serving/module-graph';

describe('staticImports', () => {
  it.each([
    ['import{a as b,c}from"./x.js";', ['./x.js']],
    ['import"./side.js";import * as ns from "../n.js"', ['./side.js', '../n.js']],
    ['export*from"./re.js";export{d}from"./d.js"', ['./re.js', './d.js']],
    ['const x=1;import{$}from"./dollar.js"', ['./dollar.js']],
    ['import("./lazy.js");const s="import x from \'./no.css\'"', []],
    ['reimport"./no.js"', []],
  ])('%s → %j', (code, expected) => {
    expect(staticImports(code)).toEqual(expected);
  });
});

describe('moduleScripts', () => {
  it('finds module scripts by src, not classic or inline ones', () => {
    const html =
      '<script>1</script><script type="module" src="/_astro/a.js"></script><script src="/classic.js"></script>' +
      '<script defer type="module" src="/_astro/b.js"></script><script type="module">import "/c.js"</script>';
    expect(moduleScripts(html)).toEqual(['/_astro/a.js', '/_astro/b.js']);
  });
});

describe('moduleGraph', () => {
  const files: Record<string, string> = {
    '/_astro/page.js': 'import{a}from"./shared.js";import"./chunks/b.js";import("./lazy.js")',
    '/_astro/shared.js': 'export const a=1;',
    '/_astro/chunks/b.js': 'import{a}from"../shared.js";import"https://cdn.example/x.js"',
    '/_astro/other.js': 'import"./shared.js"',
  };
  const read = (path: string) => {
    if (!(path in files)) throw new Error(`read ${path}`);
    return files[path]!;
  };

  it('follows static imports from every entry, each module once, entries first', () => {
    expect(moduleGraph(['/_astro/page.js', '/_astro/other.js'], read)).toEqual([
      '/_astro/page.js',
      '/_astro/shared.js',
      '/_astro/chunks/b.js',
      '/_astro/other.js',
    ]);
  });

  it('reads nothing for no entries', () => {
    expect(moduleGraph([], read)).toEqual([]);
  });
});
