// The embed's options come from its URL, which anyone can write. Each is checked against an
// allowlist and dropped when it does not pass; none is ever written into the page as HTML.
import { parseRange, type MonthRange } from '../timeline/range';

export type EmbedTheme = 'light' | 'dark' | 'auto';

export interface EmbedOptions {
  theme: EmbedTheme;
  range: MonthRange | null;
  /** Only an id of a milestone that exists. */
  highlight: string | null;
  list: boolean;
  /** pym.js's child id, when the page was loaded by pym.Parent or our loader. */
  childId: string | null;
}

const MAX_PARAM = 200;

export function parseEmbedOptions(search: string, milestoneIds: ReadonlySet<string>): EmbedOptions {
  const params = new URLSearchParams(search.length > 4000 ? '' : search);
  const get = (name: string) => {
    const value = params.get(name);
    return value !== null && value.length <= MAX_PARAM ? value : null;
  };
  const theme = get('theme');
  const highlight = get('highlight');
  const childId = get('childId');
  return {
    theme: theme === 'light' || theme === 'dark' ? theme : 'auto',
    range: parseRange(get('range')),
    highlight: highlight !== null && milestoneIds.has(highlight) ? highlight : null,
    list: get('list') !== '0',
    childId: childId !== null && /^[\w-]{1,64}$/.test(childId) ? childId : null,
  };
}

/** The query string for an embed URL with these options; defaults are left out. */
export function embedQuery(options: Partial<Pick<EmbedOptions, 'theme' | 'range' | 'highlight' | 'list'>>): string {
  const params = new URLSearchParams();
  if (options.theme && options.theme !== 'auto') params.set('theme', options.theme);
  if (options.range) params.set('range', `${options.range.from}..${options.range.to}`);
  if (options.highlight) params.set('highlight', options.highlight);
  if (options.list === false) params.set('list', '0');
  const query = params.toString().replace(/%2E/gi, '.');
  return query ? `?${query}` : '';
}
