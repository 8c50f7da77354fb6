import { describe, expect, it } from 'vitest';
import { compactCount, embedHeight, inlineHeight, PHONE, PHONE_BUDGET } from '../../../src/lib/embed/height';
import { COMPACT_ITEMS } from '../../../src/lib/embed/options';
import { timelineView } from '../../../src/lib/timeline/view';
import { fixtureTimeline, TODAY } from '../timeline/helpers';

// The estimate itself is held against the real page in Chromium (tests/e2e/chart.spec.ts, on the fixture site); here,
// that it moves the way the page does.
const { timeline, sources } = fixtureTimeline();
const view = (lang: 'id' | 'en', compact = true) =>
  timelineView(timeline, sources, lang, { uid: 'u', today: TODAY, compact });

describe("the embed's height on a phone", () => {
  for (const lang of ['id', 'en'] as const) {
    const v = view(lang);
    it(`${lang}: the chart alone < the first events < all of them`, () => {
      const [none, compact, full] = (['none', 'compact', 'full'] as const).map((list) => embedHeight(v, lang, list));
      const shown = compactCount(v, lang, 'embed');
      expect(none).toBeGreaterThan(400);
      expect(compact).toBeGreaterThan(none! + shown * 80);
      expect(full).toBeGreaterThan(compact! + (v.items.length - shown) * 80);
    });

    it(`${lang}: a narrower frame is taller`, () => {
      // Down to the narrowest phone the chart keeps its box; narrower, it and the text grow.
      expect(embedHeight(v, lang, 'compact', 240)).toBeGreaterThan(embedHeight(v, lang, 'compact', PHONE.frame));
      expect(embedHeight(v, lang, 'compact', PHONE.frame)).toBeGreaterThanOrEqual(embedHeight(v, lang, 'compact', 500));
    });
  }

  it(`shows at most ${COMPACT_ITEMS} events, fewer when they would take the embed past ${PHONE_BUDGET.embed} px`, () => {
    // Events of a title, a date and one source each: three fit next to the fixture's chart (its own
    // first events, with their figures, reports and notes, may not: the box reserved for the chart
    // on phones is as tall as on the narrowest one, see src/lib/timeline/box.ts).
    const full = timelineView(fixtureTimeline('events-only').timeline, sources, 'en', {
      uid: 'u',
      today: TODAY,
      compact: true,
    });
    const v = {
      ...full,
      items: full.items.map(({ note: _, progressText: __, projectionText: ___, ...item }) => ({
        ...item,
        summary: 'A short summary.',
        reports: [],
        citations: item.citations.slice(0, 1),
      })),
    };
    // As many as fit the article's budget: one more would not.
    const inlineShown = compactCount(v, 'en', 'inline');
    expect(inlineShown).toBeGreaterThan(0);
    expect(inlineHeight(v, 'en', inlineShown)).toBeLessThanOrEqual(PHONE_BUDGET.inline);
    if (inlineShown < COMPACT_ITEMS)
      expect(inlineHeight(v, 'en', inlineShown + 1)).toBeGreaterThan(PHONE_BUDGET.inline);
    const shown = compactCount(v, 'en', 'embed');
    expect(embedHeight(v, 'en', 'compact')).toBeLessThanOrEqual(PHONE_BUDGET.embed);
    expect(embedHeight(full, 'en', 'compact')).toBeLessThanOrEqual(PHONE_BUDGET.embed);
    const long = (n: number) => ({
      ...v,
      items: v.items.map((item, i) => (i < n ? { ...item, note: 'A long note on the sources. '.repeat(6) } : item)),
    });
    expect(compactCount(long(1), 'en', 'inline')).toBeLessThanOrEqual(inlineShown);
    expect(compactCount(long(1), 'en', 'embed')).toBeLessThanOrEqual(shown);
    expect(embedHeight(long(1), 'en', 'compact')).toBeLessThanOrEqual(PHONE_BUDGET.embed);
    // None when even one would not fit: "Show all N events" is left.
    const huge = { ...v, items: v.items.map((item) => ({ ...item, note: 'Very long. '.repeat(400) })) };
    expect(compactCount(huge, 'en', 'embed')).toBe(0);
    expect(compactCount(huge, 'en', 'inline')).toBe(0);
    expect(embedHeight(huge, 'en', 'compact')).toBeLessThanOrEqual(PHONE_BUDGET.embed);
    expect(compactCount({ ...v, items: v.items.slice(0, 1) }, 'en', 'inline')).toBe(1);
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
