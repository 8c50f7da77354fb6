import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sizes } from '../../../src/lib/embed/metrics';

// The sizes the compact surfaces' height estimate counts (src/lib/embed/metrics.ts) are the custom
// properties the stylesheets declare, read from the stylesheets themselves (as palette.test.ts reads
// the colours), at the browser's 16 px root.
const stylesheets = ['src/styles/global.css', 'src/components/timeline/timeline.css', 'src/layouts/EmbedLayout.astro'];
const declared = new Map<string, string>();
for (const file of stylesheets)
  for (const m of readFileSync(file, 'utf8').matchAll(/--([\w-]+):\s*([^;{}]+);/g))
    if (!declared.has(m[1]!)) declared.set(m[1]!, m[2]!.trim());

/** A declared value in px (a line height: its factor): rem, px, plain numbers, var() and calc(a + b). */
function px(value: string): number {
  const terms = value
    .replace(/^calc\((.*)\)$/, '$1')
    .split(/\s+\+\s+/)
    .map((term) => {
      const ref = /^var\(--([\w-]+)\)$/.exec(term);
      if (ref) return px(declared.get(ref[1]!) ?? 'NaN');
      const m = /^(-?[\d.]+)(rem|px)?$/.exec(term);
      if (!m) return NaN;
      return Number(m[1]) * (m[2] === 'rem' ? 16 : 1);
    });
  return terms.reduce((a, b) => a + b, 0);
}

describe('the height estimate’s sizes', () => {
  it.each(Object.keys(sizes) as (keyof typeof sizes)[])('--%s is what the stylesheets declare', (name) => {
    expect(declared.has(name), `--${name} declared in ${stylesheets.join(', ')}`).toBe(true);
    expect(px(declared.get(name)!)).toBeCloseTo(sizes[name], 6);
  });

  it('reads rem, px, var() and calc()', () => {
    expect(px('0.9rem')).toBeCloseTo(14.4);
    expect(px('1.6')).toBe(1.6);
    expect(px('calc(var(--space-4) + 10px)')).toBe(34);
    expect(px('clamp(1rem, 2vw, 3rem)')).toBeNaN();
  });
});
