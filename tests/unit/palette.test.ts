import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { palette, type Token } from '../../src/lib/palette';
import { REPORTER_STYLES } from '../../src/lib/timeline/svg';

// The colour tokens of src/styles/global.css, read from the stylesheet itself, are the palette of
// src/lib/palette.ts, and every text colour reaches 4.5:1 and every chart mark 3:1 against both
// backgrounds, in both schemes.
const css = readFileSync('src/styles/global.css', 'utf8');
const tokens = new Map<string, { light: string; dark: string }>();
for (const m of css.matchAll(/--([\w-]+):\s*light-dark\((#[0-9a-f]{6}),\s*(#[0-9a-f]{6})\)/gi))
  tokens.set(m[1]!, { light: m[2]!, dark: m[3]! });

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

describe('the palette', () => {
  it('is what the stylesheet declares, token for token', () => {
    expect(Object.fromEntries(tokens)).toEqual(palette);
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 0);
  });
  it('has a colour for every reporter style the chart draws', () => {
    for (let i = 0; i < REPORTER_STYLES; i++) expect(palette).toHaveProperty(`reporter-${i}`);
  });

  const text: Token[] = ['text', 'muted', 'accent', 'focus'];
  const marks = (Object.keys(palette) as Token[]).filter((t) => t.startsWith('mark-') || t.startsWith('reporter-'));
  for (const scheme of ['light', 'dark'] as const) {
    for (const background of ['bg', 'surface'] as const) {
      it.each(text)(`${scheme}: text colour --%s on --${background} is at least 4.5:1`, (name) => {
        const ratio = contrast(palette[name][scheme], palette[background][scheme]);
        expect(ratio, `${name} on ${background}: ${ratio.toFixed(2)}`).toBeGreaterThanOrEqual(4.5);
      });
      it.each(marks)(`${scheme}: chart mark --%s on --${background} is at least 3:1`, (name) => {
        const ratio = contrast(palette[name][scheme], palette[background][scheme]);
        expect(ratio, `${name} on ${background}: ${ratio.toFixed(2)}`).toBeGreaterThanOrEqual(3);
      });
    }
    it(`${scheme}: button text on the accent colour is at least 4.5:1`, () => {
      expect(contrast(palette['accent-text'][scheme], palette.accent[scheme])).toBeGreaterThanOrEqual(4.5);
    });
    it(`${scheme}: highlighted text keeps 4.5:1`, () => {
      expect(contrast(palette.text[scheme], palette.highlight[scheme])).toBeGreaterThanOrEqual(4.5);
    });
  }
});
