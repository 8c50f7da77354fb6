// Every attribute value Astro writes is escaped, URLs included. Astro 5 skips escaping a value that
// contains `&` and parses as an http(s) URL (`addAttribute` in astro/dist/runtime/server/render/util.js),
// so such a value with a `"` in it ends the attribute and writes HTML. Astro removed that special case
// in withastro/astro#15740 ("fix: harden attribute escaping"), in releases that need Node 22; this
// applies the same change to the Astro 5 runtime as Vite loads it (build, dev, and the Container API
// under vitest), so every attribute goes through one escaping path: `&` and `"` as character references.
//
// The runtime is bundled by Vite (Astro lists `astro` in ssr.noExternal), so a transform reaches it.
// If an Astro update changes the code so that the special case is no longer where it was, the build
// stops here instead of silently shipping it again; once it is gone upstream, nothing is changed.
import type { AstroIntegration } from 'astro';
import type { Plugin } from 'vite';

const RUNTIME = /[\\/]astro[\\/]dist[\\/]runtime[\\/]server[\\/]render[\\/]util\.js$/;
/** The special case as Astro 5.18 writes it: `if (… && isHttpUrl(value)) { return …unescaped… }`. */
const SPECIAL_CASE =
  /if \(typeof value === "string" && value\.includes\("&"\) && isHttpUrl\(value\)\) \{\s*return [^\n]*\n\s*\}/;

/** Astro's attribute runtime without the unescaped-URL special case (a no-op where it is gone). */
export function escapeEveryAttribute(code: string): string {
  if (!code.includes('isHttpUrl(value)')) return code;
  const fixed = code.replace(SPECIAL_CASE, '');
  if (fixed === code || fixed.includes('isHttpUrl(value)'))
    throw new Error(
      'src/integrations/attribute-escaping.ts: astro/dist/runtime/server/render/util.js has changed and its ' +
        'unescaped-URL special case was not removed: update the pattern (see withastro/astro#15740)',
    );
  return fixed;
}

export function attributeEscapingPlugin(): Plugin {
  return {
    name: 'attribute-escaping',
    enforce: 'pre',
    transform(code, id) {
      if (!RUNTIME.test(id.split('?')[0]!)) return null;
      return { code: escapeEveryAttribute(code), map: null };
    },
  };
}

export function attributeEscaping(): AstroIntegration {
  return {
    name: 'attribute-escaping',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({ vite: { plugins: [attributeEscapingPlugin()] } });
      },
    },
  };
}
