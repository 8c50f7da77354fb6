// The embed's options come from its URL, which anyone can write. Each is checked against an
// allowlist (and the range against the timeline's own months) and dropped when it does not pass;
// none is ever written into the page as HTML, and nothing here throws.
import { clampRange, formatRange, parseRange, rangeBounds, type MonthRange } from '../timeline/range';

/** Light unless asked: a light embed in a dark article is rarer than a dark one in a light article. */
export type EmbedTheme = 'light' | 'dark' | 'auto';
/** The events under the chart: the first few with "Show all" (compact), all of them, or none. */
export type EmbedList = 'compact' | 'full' | 'none';

/**
 * How many events a compact list shows at most: three show what the list is and how it is cited.
 * Fewer where they would take the embed past 700 px or an article's timeline past 1,000 px on a
 * 375 px phone, none where the chart and its key take that room ("Show all N events" then stays):
 * compactCount in height.ts, computed at build time.
 */
export const COMPACT_ITEMS = 3;

export interface EmbedOptions {
  theme: EmbedTheme;
  range: MonthRange | null;
  /** Only an id of a milestone that exists. */
  highlight: string | null;
  list: EmbedList;
  /** pym.js's child id, when the page was loaded by pym.Parent or our loader. */
  childId: string | null;
}

/** What the options are checked against: the timeline's milestone ids and dates. */
export interface EmbedTimeline {
  ids: ReadonlySet<string>;
  dates: readonly string[];
}

const MAX_PARAM = 200;

/** A child id as pym.js and our loader make them; anything else could forge message prefixes. */
export const isChildId = (value: unknown): value is string => typeof value === 'string' && /^[\w-]{1,64}$/.test(value);

export function parseEmbedOptions(search: string, timeline: EmbedTimeline): EmbedOptions {
  const params = new URLSearchParams(search.length > 4000 ? '' : search);
  const get = (name: string) => {
    const value = params.get(name);
    return value !== null && value.length <= MAX_PARAM ? value : null;
  };
  const theme = get('theme');
  const highlight = get('highlight');
  const childId = get('childId');
  const list = get('list');
  return {
    theme: theme === 'dark' || theme === 'auto' ? theme : 'light',
    range: clampRange(parseRange(get('range')), rangeBounds(timeline.dates)),
    highlight: highlight !== null && timeline.ids.has(highlight) ? highlight : null,
    list: list === '0' ? 'none' : list === 'full' ? 'full' : 'compact',
    childId: isChildId(childId) ? childId : null,
  };
}

/** The query string for an embed URL with these options; defaults are left out. */
export function embedQuery(options: Partial<Pick<EmbedOptions, 'theme' | 'range' | 'highlight' | 'list'>>): string {
  const params = new URLSearchParams();
  if (options.theme && options.theme !== 'light') params.set('theme', options.theme);
  if (options.range) params.set('range', formatRange(options.range));
  if (options.highlight) params.set('highlight', options.highlight);
  if (options.list === 'none') params.set('list', '0');
  else if (options.list === 'full') params.set('list', 'full');
  const query = params.toString().replace(/%2E/gi, '.');
  return query ? `?${query}` : '';
}
