import { describe, expect, it } from 'vitest';
import { passagesOf, type SourceUse } from '../../src/lib/source-uses';

// The sources page shows each source once, its uses folded as passages: each quote once, with every
// place that cites it.
describe('passagesOf', () => {
  const use = (quote: string | undefined, at: string | undefined, label: string, href: string): SourceUse => ({
    ...(quote ? { quote } : {}),
    ...(at ? { at } : {}),
    label,
    href,
  });
  const uses = [
    use('sudah 87 persen', 'paragraph 3', 'Migrasi', '/id/articles/migrasi/#cite-2-1'),
    use('sudah 87 persen', 'paragraph 3', 'Soal jawab', '/id/articles/soal-jawab/#cite-4-1'),
    use('sudah 87 persen', 'paragraph 3', 'Migrasi', '/id/articles/migrasi/#cite-2-1'),
    use('tinggal 13 persen', 'page 2, paragraph 1', 'Migrasi', '/id/articles/migrasi/#cite-2-2'),
    use(undefined, undefined, 'Glosarium: PPMSE', '/id/glossary/#ppmse'),
  ];

  it('gives each quote once, with every place citing it, in order of first use', () => {
    const passages = passagesOf(uses, 'en');
    expect(passages.map((p) => [p.quote, p.places.map((x) => x.label)])).toEqual([
      ['sudah 87 persen', ['Migrasi', 'Soal jawab']],
      ['tinggal 13 persen', ['Migrasi']],
      [undefined, ['Glosarium: PPMSE']],
    ]);
  });

  it('says where the words are in the page’s language', () => {
    expect(passagesOf(uses, 'id').map((p) => p.at)).toEqual(['paragraf 3', 'halaman 2, paragraf 1', undefined]);
    expect(passagesOf(uses, 'en').map((p) => p.at)).toEqual(['paragraph 3', 'page 2, paragraph 1', undefined]);
  });
});
