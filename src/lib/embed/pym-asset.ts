// Our own copy of NPR's pym.js (the npm package's build), so the pym.js code we give out loads
// nothing from a third-party host. Its address names the version, so when pym.js is updated the
// new file gets a new address and the integrity hash in code already pasted stays true.
// Node only: used at build time by the pages and by src/integrations/embed-loader.ts.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { paths } from '../urls';

const require = createRequire(import.meta.url);

export interface PymAsset {
  /** Site path, e.g. /pym-1.3.2.min.js. */
  path: string;
  /** Subresource Integrity of the file as served. */
  integrity: string;
  code: Buffer;
}

let asset: PymAsset | undefined;

export function pymAsset(): PymAsset {
  if (asset) return asset;
  const { version } = require('pym.js/package.json') as { version: string };
  const license = `/*! pym.js ${version} | Copyright (c) 2014 NPR | MIT License | https://github.com/nprapps/pym.js */\n`;
  const code = Buffer.concat([Buffer.from(license), readFileSync(require.resolve('pym.js/dist/pym.v1.min.js'))]);
  asset = {
    path: paths.pymScript(version),
    integrity: `sha384-${createHash('sha384').update(code).digest('base64')}`,
    code,
  };
  return asset;
}
