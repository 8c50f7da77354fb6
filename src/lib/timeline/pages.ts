// A long timeline's list, a page per year. Its own page keeps the chart (every milestone drawn) and
// lists the milestones the chart opens on; each year's milestones, in full with their evidence, are
// on a page of their own, linked from it. Readers without JavaScript reach every milestone, and the
// page a reader opens stays light (the list with every quote weighed 155 kB gzip at 1,000 milestones).

import type { Locale } from '../../i18n/locales';
import { paths } from '../urls';

/** Above this many milestones, a timeline's list is split by year. */
export const LIST_PAGED_ABOVE = 200;

export const isPaged = (milestones: number) => milestones > LIST_PAGED_ABOVE;

/** The year of a milestone's date (`YYYY-MM-DD` or `YYYY-MM`). */
export const yearOf = (date: string) => date.slice(0, 4);

export interface YearPage {
  year: string;
  count: number;
}

/** The years a timeline's milestones fall in, in order, with how many each holds. */
export function yearPages(milestones: readonly { date: string }[]): YearPage[] {
  const counts = new Map<string, number>();
  for (const m of milestones) counts.set(yearOf(m.date), (counts.get(yearOf(m.date)) ?? 0) + 1);
  return [...counts].sort(([a], [b]) => a.localeCompare(b)).map(([year, count]) => ({ year, count }));
}

/** Where a milestone is listed: its timeline's page, or (a long timeline) its year's page. */
export function milestonePath(lang: Locale, timelineId: string, total: number, m: { id: string; date: string }) {
  const page = isPaged(total) ? paths.timelineYear(lang, timelineId, yearOf(m.date)) : paths.timeline(lang, timelineId);
  return `${page}#${m.id}`;
}
