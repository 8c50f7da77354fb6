// Writes dist/_headers after every build from the policy in src/lib/serving/policy.ts, with the
// hashes of the scripts in src/scripts/inline/ as they are now: changing an inline script can no
// longer leave the Content Security Policy behind. An inline script the policy does not place
// stops the build.
import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { locales } from '../i18n/locales';
import { formatHeadersFile } from '../lib/serving/headers-file';
import { headerRules, headersFileComment, type InlineScriptHashes } from '../lib/serving/policy';
import { paths } from '../lib/urls';

const inlineDir = fileURLToPath(new URL('../scripts/inline/', import.meta.url));
const inlineFiles: Record<string, keyof InlineScriptHashes> = {
  'theme.js': 'theme',
  'language-redirect.js': 'languageRedirect',
  'embed-options.js': 'embedOptions',
};

/** SHA-256 (base64) of each inline script, as CSP writes it; a file the policy does not know is an error. */
export function inlineScriptHashes(dir = inlineDir): InlineScriptHashes {
  const found = readdirSync(dir).filter((name) => name.endsWith('.js'));
  const unknown = found.filter((name) => !(name in inlineFiles));
  if (unknown.length)
    throw new Error(
      `${unknown.map((n) => `src/scripts/inline/${n}`).join(', ')}: not in the header policy; add it to ` +
        'inlineFiles in src/integrations/headers-file.ts and to the pages that inline it in src/lib/serving/policy.ts',
    );
  const hashes: Partial<InlineScriptHashes> = {};
  for (const [name, key] of Object.entries(inlineFiles)) {
    if (!found.includes(name)) throw new Error(`src/scripts/inline/${name} is missing (the header policy uses it)`);
    hashes[key] = createHash('sha256')
      .update(readFileSync(join(dir, name)))
      .digest('base64');
  }
  return hashes as InlineScriptHashes;
}

export function headersFile(): AstroIntegration {
  return {
    name: 'headers-file',
    hooks: {
      'astro:build:done': ({ dir }) => {
        const rules = headerRules({ hashes: inlineScriptHashes(), searchPages: locales.map(paths.search) });
        writeFileSync(new URL('_headers', dir), formatHeadersFile(rules, headersFileComment));
      },
    },
  };
}
