import { describe, expect, it } from 'vitest';
import { embedQuery, isChildId, parseEmbedOptions, type EmbedOptions } from '../../../src/lib/embed/options';

const timeline = { ids: new Set(['a', 'b']), dates: ['2023-09-25', '2024-02-21', '2024-04'] };
const parse = (search: string) => parseEmbedOptions(search, timeline);
const defaults: EmbedOptions = { theme: 'light', range: null, highlight: null, list: 'compact', childId: null };

describe('the embed options from its URL', () => {
  it('are light and compact with nothing asked', () => {
    expect(parse('')).toEqual(defaults);
    expect(parse('?theme=light&list=compact')).toEqual(defaults);
  });

  it.each([
    ['?theme=auto', { theme: 'auto' }],
    ['?theme=dark', { theme: 'dark' }],
    ['?list=0', { list: 'none' }],
    ['?list=full', { list: 'full' }],
    ['?highlight=b', { highlight: 'b' }],
    ['?childId=pym-0-ab12c', { childId: 'pym-0-ab12c' }],
    ['?range=2024-02..2024-03', { range: { from: '2024-02', to: '2024-03' } }],
    // Clamped to the timeline's months, one either side: never 8,112 years of ticks.
    ['?range=0000-01..9999-12', { range: { from: '2023-08', to: '2024-05' } }],
  ] as const)('%s', (search, expected) => {
    expect(parse(search)).toEqual({ ...defaults, ...expected });
  });

  it.each([
    '?theme=<script>',
    '?theme=DARK',
    '?list=1',
    '?list=%00',
    '?highlight=c',
    '?highlight=%E0%A4%A',
    '?childId=a b',
    "?childId='-alert(1)-'",
    `?childId=${'x'.repeat(65)}`,
    '?range=0001-01..0099-12',
    '?range=2024-01..2024-99',
    '?range=2024-04..2024-02',
    '?%',
    '?theme=dark&'.padEnd(4100, 'x'),
  ])('ignores %s', (search) => {
    expect(parse(search)).toEqual(defaults);
  });

  it('writes options back into a query, defaults left out, that parses to the same', () => {
    const options = { theme: 'dark', range: { from: '2024-02', to: '2024-03' }, highlight: 'a', list: 'full' } as const;
    const query = embedQuery(options);
    expect(query).toBe('?theme=dark&range=2024-02..2024-03&highlight=a&list=full');
    expect(parse(query)).toEqual({ ...defaults, ...options });
    expect(embedQuery({ theme: 'light', list: 'compact' })).toBe('');
    expect(embedQuery({ list: 'none' })).toBe('?list=0');
  });

  it.each([
    ['pym-0-ab12c', true],
    ['permendag31-x1', true],
    ['', false],
    ['a"b', false],
    [42, false],
  ])('isChildId(%j) → %s', (value, ok) => expect(isChildId(value)).toBe(ok));
});
