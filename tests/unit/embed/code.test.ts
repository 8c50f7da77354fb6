// The embed code's inputs for one timeline (src/lib/embed/code.ts), on the fixture timeline.
import { describe, expect, it } from 'vitest';
import { embedCode } from '../../../src/lib/embed/code';
import { pymAsset } from '../../../src/lib/embed/pym-asset';
import { fixtureTimeline } from '../timeline/helpers';

const { timeline, sources } = fixtureTimeline();
const site = 'https://news.example.org';

describe('embedCode', () => {
  it('gives absolute addresses on the site: the embed with its options, the full page, loader, picture', () => {
    const code = embedCode(timeline, sources, 'en', site, { theme: 'dark', list: 'full' });
    expect(code.url).toBe(`${site}/embed/en/timeline/${timeline.id}/?theme=dark&list=full`);
    expect(code.fullUrl).toBe(`${site}/en/timeline/${timeline.id}/`);
    expect(code.loaderUrl).toBe(`${site}/embed.js`);
    expect(code.image.src).toBe(`${site}/data/timelines/${timeline.id}.en.600.png`);
    expect(code.image.width).toBe(600);
  });

  it('leaves the defaults out of the address (light, compact list)', () => {
    const code = embedCode(timeline, sources, 'id', site, { theme: 'light', list: 'compact' });
    expect(code.url).toBe(`${site}/embed/id/timeline/${timeline.id}/`);
  });

  it('names the frame and the picture after the timeline, in the page’s language', () => {
    for (const lang of ['id', 'en'] as const) {
      const code = embedCode(timeline, sources, lang, site);
      expect(code.title).toContain(timeline.title[lang]);
      expect(code.image.alt).toContain(timeline.title[lang]);
    }
  });

  it('points at our copy of pym.js with its integrity', () => {
    const { pym } = embedCode(timeline, sources, 'en', site);
    expect(pym.src).toBe(site + pymAsset().path);
    expect(pym.integrity).toMatch(/^sha384-[A-Za-z0-9+/]+=*$/);
    expect(pym.integrity).toBe(pymAsset().integrity);
  });

  it('is taller the more of the list it shows; the picture has a size', () => {
    const height = (list: 'none' | 'compact' | 'full') => embedCode(timeline, sources, 'en', site, { list }).height;
    expect(height('none')).toBeGreaterThan(0);
    expect(height('compact')).toBeGreaterThan(height('none'));
    expect(height('full')).toBeGreaterThanOrEqual(height('compact'));
    const { image } = embedCode(timeline, sources, 'en', site);
    expect(image.width).toBe(600);
    expect(image.height).toBeGreaterThan(200);
  });

  it('falls back to the local preview address without a configured site', () => {
    expect(embedCode(timeline, sources, 'en', undefined).fullUrl).toBe(
      `http://localhost:4321/en/timeline/${timeline.id}/`,
    );
  });
});
