// Ids for new sources and milestones: well formed (SLUG, SLUG_MAX) whatever the title, never taken.
import { describe, expect, it } from 'vitest';
import { newMilestoneId, newSourceId, publisherSlug, slugOf, uniqueId } from '../../src/lib/content/new-ids';
import { SLUG, SLUG_MAX } from '../../src/lib/urls';

const hostile = [
  'He said "hi": #1 & *x* !y |z >w {a [b',
  '../../etc/passwd',
  '- null yes 2024-03-04',
  'Émigré à Jakarta — naïve café',
  '87%',
  '!!!',
  'ꦲꦤꦕꦫꦏ (aksara Jawa)',
  'x'.repeat(200),
  '',
];

describe('slugOf', () => {
  it('keeps letters and digits, drops accents, joins words with single hyphens', () => {
    expect(slugOf('Transisi TikTok Shop Rampung, Kini Jadi Shop Tokopedia')).toBe(
      'transisi-tiktok-shop-rampung-kini-jadi-shop-tokopedia',
    );
    expect(slugOf('Émigré à Jakarta — naïve café')).toBe('emigre-a-jakarta-naive-cafe');
    expect(slugOf('Migrasi 87%: "rampung"?')).toBe('migrasi-87-rampung');
  });

  it('stops at a whole word within the length, and cuts a single long word', () => {
    expect(slugOf('satu dua tiga empat', 12)).toBe('satu-dua');
    expect(slugOf('x'.repeat(200), 10)).toBe('x'.repeat(10));
  });
});

describe('publisherSlug', () => {
  it.each([
    ['Kompas.com', 'kompas'],
    ['KompasTekno (Kompas.com)', 'kompastekno'],
    ['Bloomberg Technoz', 'bloombergtechnoz'],
    ['CNBC Indonesia', 'cnbcindonesia'],
    ['South China Morning Post', 'scmp'],
    ['Katadata.co.id', 'katadata'],
    ['ꦲꦤ', 'source'],
  ])('%s → %s', (publisher, slug) => {
    expect(publisherSlug(publisher)).toBe(slug);
  });
});

describe('new ids', () => {
  it('name the publisher, the date and the first words of the title', () => {
    expect(
      newSourceId(
        { publisher: 'Kompas.com', published: '2024-04-03', title: 'Transisi TikTok Shop Rampung, Kini Jadi Shop' },
        new Set(),
      ),
    ).toBe('kompas-2024-04-03-transisi-tiktok-shop-rampung-kini-jadi');
    expect(newMilestoneId('Kemendag: Shop | Tokopedia sudah sesuai aturan', '2024-04-25', new Set())).toBe(
      'kemendag-shop-tokopedia-sudah-sesuai-aturan',
    );
  });

  it.each(hostile)('are well formed for the title %j', (title) => {
    for (const id of [
      newSourceId({ publisher: title || 'P', published: '2024-03', title }, new Set()),
      newMilestoneId(title, '2024-03-04', new Set()),
    ]) {
      expect(id).toMatch(SLUG);
      expect(id.length).toBeLessThanOrEqual(SLUG_MAX);
    }
  });

  it('never take an id already used', () => {
    const taken = new Set(['a-b', 'a-b-2']);
    expect(uniqueId('a-b', taken)).toBe('a-b-3');
    const long = 'x'.repeat(SLUG_MAX);
    const next = uniqueId(long, new Set([long]));
    expect(next).toMatch(SLUG);
    expect(next.length).toBeLessThanOrEqual(SLUG_MAX);
    expect(next).not.toBe(long);
    expect(newMilestoneId('Judul', '2024-03-04', new Set(['judul']))).toBe('judul-2');
  });
});
