import { describe, expect, it } from 'vitest';
import { embedHeight, PHONE } from '../../../src/lib/embed/height';
import { COMPACT_ITEMS } from '../../../src/lib/embed/options';
import { timelineView } from '../../../src/lib/timeline/view';
import { fixtureTimeline } from '../timeline/helpers';

// The estimate itself is held against the real page in Chromium (tests/e2e/embed.spec.ts); here,
// that it moves the way the page does.
const { timeline, sources } = fixtureTimeline();
const view = (lang: 'id' | 'en') => timelineView(timeline, sources, lang, { uid: 'u' });

describe("the embed's height on a phone", () => {
  for (const lang of ['id', 'en'] as const) {
    const v = view(lang);
    it(`${lang}: the chart alone < the first ${COMPACT_ITEMS} events < all of them`, () => {
      const [none, compact, full] = (['none', 'compact', 'full'] as const).map((list) => embedHeight(v, lang, list));
      expect(none).toBeGreaterThan(500);
      expect(compact).toBeGreaterThan(none! + COMPACT_ITEMS * 80);
      expect(full).toBeGreaterThan(compact! + (v.items.length - COMPACT_ITEMS) * 80);
    });

    it(`${lang}: a narrower frame is taller`, () => {
      expect(embedHeight(v, lang, 'compact', 300)).toBeGreaterThan(embedHeight(v, lang, 'compact', PHONE.frame));
      expect(embedHeight(v, lang, 'compact', PHONE.frame)).toBeGreaterThan(embedHeight(v, lang, 'compact', 500));
    });
  }

  it('grows with a longer title and longer events', () => {
    const v = view('en');
    const longer = {
      ...v,
      title: `${v.title} ${v.title}`,
      items: v.items.map((item) => ({ ...item, title: `${item.title} ${item.title}` })),
    };
    expect(embedHeight(longer, 'en', 'compact')).toBeGreaterThan(embedHeight(v, 'en', 'compact') + 2 * 25);
  });

  it('is for phones only: wider frames lay the chart out across, which it does not model', () => {
    expect(() => embedHeight(view('en'), 'en', 'compact', 560)).toThrow(/phones/);
    expect(PHONE.frame).toBeLessThan(PHONE.screen);
  });
});
