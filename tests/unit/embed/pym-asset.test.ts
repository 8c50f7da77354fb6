import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { pymAsset } from '../../../src/lib/embed/pym-asset';

const require = createRequire(import.meta.url);

describe('our copy of pym.js', () => {
  const asset = pymAsset();
  it('is the npm package’s build with its licence, at an address naming its version', () => {
    const { version } = require('pym.js/package.json') as { version: string };
    expect(asset.path).toBe(`/pym-${version}.min.js`);
    const original = readFileSync(require.resolve('pym.js/dist/pym.v1.min.js'));
    expect(asset.code.subarray(asset.code.length - original.length).equals(original)).toBe(true);
    expect(asset.code.toString('utf8', 0, 200)).toMatch(/pym\.js .* NPR .* MIT License/);
  });

  it('carries the Subresource Integrity of exactly those bytes', () => {
    expect(asset.integrity).toBe(`sha384-${createHash('sha384').update(asset.code).digest('base64')}`);
  });
});
