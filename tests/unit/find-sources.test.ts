import { describe, expect, it } from 'vitest';
import { findSources, searchWords } from '../../src/lib/content/find-sources';

const sources = [
  {
    id: 'kompas-2024-04-03-transisi',
    publisher: 'Kompas.com',
    title: 'Transisi TikTok Shop Rampung',
    published: '2024-04-03',
    url: 'http://money.kompas.com/read/1',
  },
  {
    id: 'kontan-2024-03-rincian',
    publisher: 'Kontan',
    title: 'Rincian Migrasi',
    published: '2024-03',
    url: 'https://kontan.co.id/a',
  },
  {
    id: 'katadata-2024-03-14-lebaran',
    publisher: 'Katadata',
    title: 'Migrasi TikTok Rampung sebelum Lebaran',
    published: '2024-03-14',
    url: 'https://katadata.co.id/b',
  },
  { id: 'broken', title: 42 },
];
const ids = (query: string) => findSources(sources, searchWords(query)).map((s) => s.id);

describe('findSources', () => {
  it('needs every word, in any case, in the title, publisher, id or address', () => {
    expect(ids('tiktok rampung')).toEqual(['kompas-2024-04-03-transisi', 'katadata-2024-03-14-lebaran']);
    expect(ids('TIKTOK lebaran')).toEqual(['katadata-2024-03-14-lebaran']);
    expect(ids('kontan')).toEqual(['kontan-2024-03-rincian']);
    expect(ids('money.kompas.com')).toEqual(['kompas-2024-04-03-transisi']);
    expect(ids('tiktok tokopedia')).toEqual([]);
  });

  it('finds a month’s days, and for a day the sources dated only by its month', () => {
    expect(ids('2024-03')).toEqual(['kontan-2024-03-rincian', 'katadata-2024-03-14-lebaran']);
    expect(ids('2024-03-14')).toEqual(['kontan-2024-03-rincian', 'katadata-2024-03-14-lebaran']);
    expect(ids('tiktok 2024')).toEqual(['kompas-2024-04-03-transisi', 'katadata-2024-03-14-lebaran']);
  });

  it('ignores accents and survives entries without their fields', () => {
    expect(findSources([{ id: 'x', title: 'Émigré' }], ['emigre']).map((s) => s.id)).toEqual(['x']);
    expect(ids('42')).toEqual([]);
  });
});
