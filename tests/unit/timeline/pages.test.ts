import { describe, expect, it } from 'vitest';
import { generateTimeline } from '../../bench/generate';
import { OPENING_MOST } from '../../../src/lib/timeline/model';
import { isPaged, LIST_PAGED_ABOVE, milestonePath, yearOf, yearPages } from '../../../src/lib/timeline/pages';
import { timelineView } from '../../../src/lib/timeline/view';
import { fixtureTimeline, TODAY } from './helpers';

const { sources } = fixtureTimeline();
const long = { ...generateTimeline(LIST_PAGED_ABOVE + 100, [...sources.keys()]), id: 'long' };

describe('a long timeline’s list, a page per year', () => {
  it(`is split above ${LIST_PAGED_ABOVE} milestones`, () => {
    expect(isPaged(LIST_PAGED_ABOVE)).toBe(false);
    expect(isPaged(LIST_PAGED_ABOVE + 1)).toBe(true);
  });

  it('has a page for each year, in order, counting every milestone once', () => {
    const years = yearPages([{ date: '2024-03-04' }, { date: '2023-12' }, { date: '2024-01-01' }]);
    expect(years).toEqual([
      { year: '2023', count: 1 },
      { year: '2024', count: 2 },
    ]);
    const all = yearPages(long.milestones);
    expect(all.reduce((n, y) => n + y.count, 0)).toBe(long.milestones.length);
    expect(all.map((y) => y.year)).toEqual([...new Set(long.milestones.map((m) => yearOf(m.date)))].sort());
  });

  it('says where each milestone is listed: its year’s page for a long timeline, else the timeline’s', () => {
    const m = { id: 'm-1', date: '2019-05-02' };
    expect(milestonePath('en', 'long', LIST_PAGED_ABOVE + 1, m)).toBe('/en/timeline/long/2019/#m-1');
    expect(milestonePath('id', 'short', 18, m)).toBe('/id/timeline/short/#m-1');
  });

  it('the timeline’s page lists what the chart opens on and links every year; other surfaces list all', () => {
    const options = { today: TODAY, uid: 'tl-long' };
    const page = timelineView(long, sources, 'en', { ...options, page: true });
    expect(page.items).toHaveLength(long.milestones.length);
    expect(page.listed.length).toBeGreaterThan(0);
    expect(page.listed.length).toBeLessThanOrEqual(OPENING_MOST);
    expect(page.listed.length).toBe(page.inView);
    expect(page.years).toEqual(yearPages(long.milestones));
    const inline = timelineView(long, sources, 'en', options);
    expect(inline.listed).toHaveLength(long.milestones.length);
    expect(inline.years).toBeNull();
    const { timeline: short } = fixtureTimeline();
    const shortPage = timelineView(short, sources, 'en', { ...options, page: true });
    expect(shortPage.listed).toHaveLength(short.milestones.length);
    expect(shortPage.years).toBeNull();
  });
});
