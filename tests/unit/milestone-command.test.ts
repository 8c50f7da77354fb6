// `npm run milestone` on scratch copies of a fixture content folder: it adds a milestone with its
// citations from options or questions, checks the result as `npm run check:content` does before
// writing (refusing with the check's messages), writes whatever text it is given so that it reads
// back exactly, and writes nothing outside the content folder.
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { milestoneCommand } from '../../src/cli/milestone';
import { loadContent } from '../../src/lib/content/load';
import { parseYaml } from '../../src/lib/content/yaml';
import { filesWithText, scratchContent, scriptedIo, tmpEntries } from './scratch-content';

const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});
function scratch() {
  const s = scratchContent();
  made.push(s.base);
  return s;
}

const TODAY = '2024-05-02';
const timeline = (root: string, id = 'migrasi') =>
  parseYaml(readFileSync(join(root, 'timelines', `${id}.yaml`), 'utf8')).data as {
    updated?: string;
    milestones: Record<string, unknown>[];
  };
const flags = (over: Record<string, string> = {}) =>
  Object.entries({
    timeline: 'migrasi',
    date: '2024-03-20',
    kind: 'business',
    'title-id': 'Tokopedia mengambil alih',
    'title-en': 'Tokopedia takes over',
    'label-id': 'Tokopedia ambil alih',
    'label-en': 'Tokopedia takes over',
    'summary-id': 'Ringkasan.',
    'summary-en': 'Summary.',
    source: 'katadata-2024-03-14-rampung-sebelum-lebaran',
    quote: 'Jadi, total perkembangan migrasi sudah 87%',
    ...over,
  }).map(([k, v]) => `--${k}=${v}`);

describe('npm run milestone, from options', () => {
  it('adds the milestone in date order, sets updated:, and writes nothing else', async () => {
    const { base, root } = scratch();
    const before = filesWithText(base);
    const temporary = tmpEntries();
    const { io, out, err } = scriptedIo();
    const code = await milestoneCommand(
      [
        ...flags({ kind: 'progress', 'title-id': 'Kemendag: hampir 90%' }),
        '--progress=90',
        '--estimate',
        '--qualifier=almost',
        '--by=isy-karim',
        '--source=idntimes-2024-03-14-sudah-80-persen',
        '--quote=Sabar saja, hampir 90 persen',
        '--at=paragraph 3',
        '--root',
        root,
      ],
      io,
      TODAY,
    );
    expect(err).toEqual([]);
    expect(code).toBe(0);
    const after = filesWithText(base);
    expect([...after.keys()].filter((f) => after.get(f) !== before.get(f))).toEqual(['content/timelines/migrasi.yaml']);
    expect([...tmpEntries()].filter((e) => !temporary.has(e) && e.startsWith('content-edit-'))).toEqual([]);
    const data = timeline(root);
    expect(data.updated).toBe(TODAY);
    expect(data.milestones.map((m) => m.id)).toEqual(['progres-87-persen', 'kemendag-hampir-90', 'transisi-rampung']);
    expect(data.milestones[1]).toEqual({
      id: 'kemendag-hampir-90',
      date: '2024-03-20',
      kind: 'progress',
      progress: { value: 90, estimate: true, qualifier: 'almost', by: 'isy-karim' },
      title: { id: 'Kemendag: hampir 90%', en: 'Tokopedia takes over' },
      label: { id: 'Tokopedia ambil alih', en: 'Tokopedia takes over' },
      summary: { id: 'Ringkasan.', en: 'Summary.' },
      citations: [
        {
          source: 'katadata-2024-03-14-rampung-sebelum-lebaran',
          quote: 'Jadi, total perkembangan migrasi sudah 87%',
          at: 'paragraph 3',
        },
        { source: 'idntimes-2024-03-14-sudah-80-persen', quote: 'Sabar saja, hampir 90 persen' },
      ],
    });
    expect(out).toEqual([
      expect.stringMatching(/^✓ Ditulis: .*content\/timelines\/migrasi\.yaml:\d+$/),
      'Tampil di /id/timeline/migrasi/#kemendag-hampir-90 (npm run dev)',
    ]);
    expect(loadContent(root).problems.filter((p) => p.severity === 'error')).toEqual([]);
  });

  it.each([
    `Kata "kutip" dan 'kutip': #1 & *bintang*`,
    '- strip di awal',
    'null',
    'yes',
    '2024-03-04',
    '../../etc/passwd',
    '| pipa > lebih {kurawal} [kurung] !tag',
    'emoji 😀 ꦲꦤꦕꦫꦏ',
  ])('writes %j in every text so that it reads back as typed', async (text) => {
    const { root } = scratch();
    const { io, err } = scriptedIo();
    const code = await milestoneCommand(
      [
        ...flags({
          'title-id': text,
          'title-en': text,
          'label-id': text,
          'label-en': text,
          'summary-id': text,
          'summary-en': text,
          quote: text,
          'note-id': text,
          'note-en': text,
        }),
        `--at=${text}`,
        '--id=baru',
        '--root',
        root,
      ],
      io,
      TODAY,
    );
    expect(err).toEqual([]);
    expect(code).toBe(0);
    const added = timeline(root).milestones.find((m) => m.id === 'baru')!;
    for (const field of ['title', 'label', 'summary', 'note']) expect(added[field]).toEqual({ id: text, en: text });
    expect(added.citations).toEqual([{ source: 'katadata-2024-03-14-rampung-sebelum-lebaran', quote: text, at: text }]);
  });

  it('refuses every mistake in the options at once, and writes nothing', async () => {
    const { base, root } = scratch();
    const before = filesWithText(base);
    const { io, err } = scriptedIo();
    const code = await milestoneCommand(
      [
        ...flags({
          timeline: '../timelines/migrasi',
          date: '2024-02-30',
          kind: 'tip',
          'label-id': 'Label yang jauh lebih panjang dari empat puluh karakter',
          source: 'no-such-source',
          quote: 'dua\nbaris',
          progress: '101',
          qualifier: 'kira-kira',
        }),
        '--root',
        root,
      ],
      io,
      TODAY,
    );
    expect(code).toBe(1);
    expect(err.join('\n').split('\n')).toEqual([
      '✗ --timeline: linimasa "../timelines/migrasi" tidak ada; yang ada: lanjutan, migrasi',
      '--date: harus tanggal yang ada (YYYY-MM-DD) atau bulan (YYYY-MM, misalnya 2024-04)',
      '--kind: jenis harus regulation, business, progress, deadline atau enforcement; ditemukan "tip"',
      '--label-id: paling banyak 40 karakter; ini 55',
      '--progress: tulis angka 0 sampai 100, tanpa tanda %',
      '--qualifier: harus about, over atau almost; ditemukan "kira-kira"',
      '--source: sumber "no-such-source" tidak ada di sources.yaml: tambahkan dulu dengan npm run source, atau perbaiki id-nya',
      '--quote: satu baris saja',
    ]);
    expect(filesWithText(base)).toEqual(before);
  });

  it('refuses, with the check’s own messages, a milestone the check would refuse', async () => {
    const { base, root } = scratch();
    const before = filesWithText(base);
    // A figure no quote states.
    const figure = scriptedIo([], {});
    figure.io.ask = undefined;
    expect(
      await milestoneCommand(
        [...flags({ kind: 'progress', progress: '95' }), '--id=baru', '--root', root],
        figure.io,
        TODAY,
      ),
    ).toBe(1);
    expect(figure.err[0]).toMatch(
      /^✗ Tidak ditulis: hasilnya punya 1 masalah, jadi .*content\/timelines\/migrasi\.yaml tidak diubah\./,
    );
    expect(figure.err[1]).toMatch(
      /content\/timelines\/migrasi\.yaml:\d+: milestones\[1\]\(baru\)\.progress\.value: no citation's quote states 95%/,
    );
    expect(figure.err[1]).not.toMatch(/content-edit-/);
    // An id that is also a heading's anchor in an article that shows the timeline.
    const heading = scriptedIo();
    expect(await milestoneCommand([...flags(), '--id=pengumuman-penting', '--root', root], heading.io, TODAY)).toBe(1);
    expect(heading.err[1]).toMatch(
      /content\/articles\/id\/linimasa\.mdx:\d+: heading: its anchor #pengumuman-penting is also a milestone's id/,
    );
    expect(filesWithText(base)).toEqual(before);
  });

  it('refuses an id in use, a reporter the timeline does not have, and unpaired citations', async () => {
    const { base, root } = scratch();
    const before = filesWithText(base);
    const cases: [string[], string][] = [
      [
        ['--id=transisi-rampung'],
        '✗ --id: id "transisi-rampung" sudah dipakai peristiwa lain di linimasa ini: pilih id lain',
      ],
      [
        ['--id=Bad Id'],
        '✗ --id: pakai huruf kecil, angka dan satu tanda hubung di antaranya (seperti "id-saya-2024"), paling banyak 80 karakter',
      ],
      [
        ['--progress=80', '--by=nobody'],
        '✗ --by: pelapor "nobody" tidak ada di reporters linimasa ini; yang ada: isy-karim, zulkifli-hasan',
      ],
      [
        ['--source=kontan-2024-03-rincian'],
        '✗ --source, --quote, --at: setiap --source perlu --quote sendiri, dalam urutan yang sama',
      ],
    ];
    for (const [more, message] of cases) {
      const { io, err } = scriptedIo();
      expect(await milestoneCommand([...flags(), ...more, '--root', root], io, TODAY)).toBe(1);
      expect(err).toEqual([message]);
    }
    expect(filesWithText(base)).toEqual(before);
  });

  it('without a terminal, names every option it still needs, in English when asked', async () => {
    const { root } = scratch();
    const { io, err } = scriptedIo();
    expect(
      await milestoneCommand(['--timeline', 'migrasi', '--kind', 'progress', '--root', root, '--lang', 'en'], io),
    ).toBe(1);
    expect(err).toEqual([
      '✗ there is no terminal to ask in, so also give: --date --title-id --title-en --label-id --label-en --summary-id --summary-en --source --quote --progress',
    ]);
  });
});

describe('npm run milestone, one language first', () => {
  it('with --pending, writes the Indonesian alone, marked translation: pending, which the check lists as pending', async () => {
    const { root } = scratch();
    const { io, out, err } = scriptedIo();
    const english = ['title-en', 'label-en', 'summary-en'];
    const indonesianOnly = flags().filter((f) => !english.some((e) => f.startsWith(`--${e}=`)));
    expect(await milestoneCommand([...indonesianOnly, '--pending', '--id=baru', '--root', root], io, TODAY)).toBe(0);
    expect(err).toEqual([]);
    const text = readFileSync(join(root, 'timelines', 'migrasi.yaml'), 'utf8');
    expect(text).toContain(
      '  - id: baru\n    date: 2024-03-20\n    kind: business\n    translation: pending\n    title:\n      id: "Tokopedia mengambil alih"\n    label:',
    );
    expect(timeline(root).milestones.find((m) => m.id === 'baru')).toMatchObject({
      title: { id: 'Tokopedia mengambil alih' },
      summary: { id: 'Ringkasan.' },
    });
    const problems = loadContent(root).problems.filter((p) => p.file.endsWith('migrasi.yaml'));
    expect(problems.map((p) => p.severity)).toEqual(['pending']);
    expect(out.at(-1)).toMatch(
      /^Menunggu terjemahan \(translation: pending\): .* npm run new -- --translate .*content\/timelines\/migrasi\.yaml#baru$/,
    );
  });

  it('without --pending, needs both languages from options', async () => {
    const { root } = scratch();
    const { io, err } = scriptedIo();
    const english = ['title-en', 'label-en', 'summary-en'];
    const indonesianOnly = flags().filter((f) => !english.some((e) => f.startsWith(`--${e}=`)));
    expect(await milestoneCommand([...indonesianOnly, '--root', root], io, TODAY)).toBe(1);
    expect(err).toEqual(['✗ tidak ada terminal untuk bertanya, jadi berikan juga: --title-en --label-en --summary-en']);
  });

  it('asked, takes Enter for the English: the translation follows', async () => {
    const { root } = scratch();
    const answers = [
      'migrasi',
      '2024-03-21',
      'business',
      'Judul saja',
      '',
      '',
      '',
      'Ringkasan saja.',
      '',
      'kompas-2024-04-03-transisi-rampung',
      'Transisi TikTok Shop rampung',
      '',
      '',
      '',
      '',
    ];
    const { io, asked, err } = scriptedIo(answers);
    expect(await milestoneCommand(['--root', root], io, TODAY)).toBe(0);
    expect(err).toEqual([]);
    expect(asked).toContain('Judul dalam bahasa Inggris (Enter bila terjemahannya menyusul): ');
    expect(timeline(root).milestones.find((m) => m.id === 'judul-saja')).toMatchObject({
      translation: 'pending',
      title: { id: 'Judul saja' },
      label: { id: 'Judul saja' },
      summary: { id: 'Ringkasan saja.' },
    });
  });
});

describe('npm run milestone, asking', () => {
  it('asks for each field again until it is right, finds the source by words, and writes the milestone', async () => {
    const { root } = scratch();
    const answers = [
      '3', // timeline: there are two
      '2', // migrasi
      '2024-03-32',
      '2024-03-16',
      'progress',
      '85%',
      'y', // an estimate
      '2', // over
      'nobody',
      'zulkifli-hasan',
      'Mendag: lebih dari 85%',
      'Minister: more than 85%',
      '', // the label: the title fits
      '',
      'Zulhas menyebut lebih dari 85 persen.',
      'Zulhas said more than 85 percent.',
      'idn times',
      '1',
      'dua\nbaris',
      'Mendag menyebut migrasi sudah lebih dari 85 persen',
      'paragraph 2',
      '',
      '',
      '',
    ];
    const { io, out, err, asked } = scriptedIo(answers, { LANG: 'id_ID.UTF-8' });
    const code = await milestoneCommand(['--root', root], io, TODAY);
    expect(err).toEqual([
      '  ✗ ketik nomor 1 sampai 2, atau namanya',
      '  ✗ harus tanggal yang ada (YYYY-MM-DD) atau bulan (YYYY-MM, misalnya 2024-04)',
      '  ✗ pelapor "nobody" tidak ada di reporters linimasa ini; yang ada: isy-karim, zulkifli-hasan',
      '  ✗ satu baris saja',
    ]);
    expect(code).toBe(0);
    expect(asked).toContain(
      'Label di grafik, Bahasa Indonesia (paling banyak 40 karakter) (Enter untuk Mendag: lebih dari 85%): ',
    );
    expect(asked).toContain('Id peristiwa (Enter untuk mendag-lebih-dari-85): ');
    expect(out).toContain(
      '  1. idntimes-2024-03-14-sudah-80-persen: 2024-03-14 · IDN Times · Mendag Sebut Migrasi Sudah 80 Persen',
    );
    const added = timeline(root).milestones.find((m) => m.id === 'mendag-lebih-dari-85')!;
    expect(added).toMatchObject({
      date: '2024-03-16',
      kind: 'progress',
      progress: { value: 85, estimate: true, qualifier: 'over', by: 'zulkifli-hasan' },
      label: { id: 'Mendag: lebih dari 85%', en: 'Minister: more than 85%' },
      citations: [
        {
          source: 'idntimes-2024-03-14-sudah-80-persen',
          quote: 'Mendag menyebut migrasi sudah lebih dari 85 persen',
          at: 'paragraph 2',
        },
      ],
    });
  });
});

describe('the command line', () => {
  it('runs as npm run milestone does', () => {
    const run = spawnSync('npx', ['tsx', 'src/cli/milestone.ts', '--root', 'tests/fixtures/editing/content'], {
      encoding: 'utf8',
      timeout: 60_000,
      env: { ...process.env, LANG: 'C', EDITOR_LANG: '' },
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toBe(
      '✗ tidak ada terminal untuk bertanya, jadi berikan juga: --timeline --date --kind --title-id --title-en --label-id --label-en --summary-id --summary-en --source --quote\n',
    );
  }, 60_000);
});
