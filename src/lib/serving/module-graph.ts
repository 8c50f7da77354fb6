// The modules a built page loads: its module scripts and everything they import statically, found
// in the built code (Vite writes `import{a as b}from"./x.js"`, `import"./y.js"`, `export*from…`).
// Used by the build (modulepreload links, integrations/module-preload.ts) and by the byte budgets
// (tests/static/budgets.test.ts), so both see the same graph. Dynamic import() is left out: what it
// loads comes later, on demand (search's index).

const STATIC_IMPORT = /(?:^|[;}\s])(?:import|export)\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+\.js)["']/g;

/** The specifiers of the static imports and re-exports of one module's code. */
export function staticImports(code: string): string[] {
  return [...code.matchAll(STATIC_IMPORT)].map((m) => m[1]!);
}

/** The src of each module script of a page (`<script type="module" src>`), in document order. */
export function moduleScripts(html: string): string[] {
  return [...html.matchAll(/<script\b[^>]*\btype="module"[^>]*\bsrc="([^"]+)"/g)].map((m) => m[1]!);
}

/**
 * Every module reached from `entries` (URL paths such as /_astro/x.js), entries first, each once,
 * depth first in import order. `read` returns a module's code by its URL path; modules on other
 * hosts are not followed.
 */
export function moduleGraph(entries: readonly string[], read: (path: string) => string): string[] {
  const seen = new Set<string>();
  const visit = (path: string) => {
    if (seen.has(path)) return;
    seen.add(path);
    for (const specifier of staticImports(read(path))) {
      const url = new URL(specifier, `http://site${path}`);
      if (url.origin === 'http://site') visit(url.pathname);
    }
  };
  for (const entry of entries) if (entry.startsWith('/')) visit(entry);
  return [...seen];
}
