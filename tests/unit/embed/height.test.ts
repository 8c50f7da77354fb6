import { describe, expect, it } from 'vitest';
import { compactCount, embedHeight, PHONE, PHONE_BUDGET } from '../../../src/lib/embed/height';
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
    it(`${lang}: the chart alone < the first events < all of them`, () => {
      const [none, compact, full] = (['none', 'compact', 'full'] as const).map((list) => embedHeight(v, lang, list));
      const shown = compactCount(v, lang);
      expect(none).toBeGreaterThan(500);
      expect(compact).toBeGreaterThan(none! + shown * 80);
      expect(full).toBeGreaterThan(compact! + (v.items.length - shown) * 80);
    });

    it(`${lang}: a narrower frame is taller`, () => {
      expect(embedHeight(v, lang, 'compact', 300)).toBeGreaterThan(embedHeight(v, lang, 'compact', PHONE.frame));
      expect(embedHeight(v, lang, 'compact', PHONE.frame)).toBeGreaterThan(embedHeight(v, lang, 'compact', 500));
    });
  }

  it(`shows at most ${COMPACT_ITEMS} events, fewer when they would take the embed past ${PHONE_BUDGET} px`, () => {
    // Events of a title, a date and one source each: three fit next to the fixture's chart (its own
    // first events, with their figures, reports and notes, may not: the box reserved for the chart
    // on phones is as tall as on the narrowest one, see src/lib/timeline/box.ts).
    const full = view('en');
    const v = {
      ...full,
      items: full.items.map(({ note: _, progressText: __, projectionText: ___, ...item }) => ({
        ...item,
        reports: [],
        citations: item.citations.slice(0, 1),
      })),
    };
    expect(compactCount(v, 'en')).toBe(COMPACT_ITEMS);
    expect(embedHeight(v, 'en', 'compact')).toBeLessThanOrEqual(PHONE_BUDGET);
    expect(embedHeight(full, 'en', 'compact')).toBeLessThanOrEqual(PHONE_BUDGET);
    const long = (n: number) => ({
      ...v,
      items: v.items.map((item, i) => (i < n ? { ...item, note: 'A long note on the sources. '.repeat(6) } : item)),
    });
    expect(compactCount(long(1), 'en')).toBeLessThan(COMPACT_ITEMS);
    expect(embedHeight(long(1), 'en', 'compact')).toBeLessThanOrEqual(PHONE_BUDGET);
    // At least one event, even when one alone is too tall.
    const huge = { ...v, items: v.items.map((item) => ({ ...item, note: 'Very long. '.repeat(400) })) };
    expect(compactCount(huge, 'en')).toBe(1);
    expect(compactCount({ ...v, items: v.items.slice(0, 2) }, 'en')).toBe(2);
  });

  it('grows with a longer title and longer events', () => {
    const v = view('en');
    const longer = {
      ...v,
      title: `${v.title} ${v.title}`,
      items: v.items.map((item) => ({ ...item, title: `${item.title} ${item.title}` })),
    };
    expect(embedHeight(longer, 'en', 'full')).toBeGreaterThan(embedHeight(v, 'en', 'full') + 2 * 25);
  });

  it('is for phones only: wider frames lay the chart out across, which it does not model', () => {
    expect(() => embedHeight(view('en'), 'en', 'compact', 560)).toThrow(/phones/);
    expect(PHONE.frame).toBeLessThan(PHONE.screen);
  });
});
