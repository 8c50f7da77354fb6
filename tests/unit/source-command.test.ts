// `npm run source` on scratch copies of a fixture content folder: it finds sources, adds a valid one
// from options or questions, refuses mistakes with every problem at once, writes whatever text it
// is given so that it reads back exactly, and writes nothing outside the content folder.
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { sourceCommand } from '../../src/cli/source';
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

const sourcesOf = (root: string) =>
  parseYaml(readFileSync(join(root, 'sources.yaml'), 'utf8')).data as Record<string, unknown>[];
const flags = (over: Record<string, string> = {}) =>
  Object.entries({
    url: 'https://www.tempo.co/ekonomi/migrasi-rampung',
    title: 'Migrasi TikTok Shop Rampung',
    publisher: 'Tempo',
    date: '2024-04-02',
    language: 'id',
    ...over,
  }).flatMap(([k, v]) => [`--${k}=${v}`]);

describe('npm run source -- cari', () => {
  it('lists the sources every word matches, with date, publisher, title and address', async () => {
    const { root } = scratch();
    const { io, out } = scriptedIo();
    expect(await sourceCommand(['cari', 'tiktok', '2024-03', '--root', root], io)).toBe(0);
    expect(out[0]).toBe('1 sumber cocok:');
    expect(out[1]).toBe(
      '  katadata-2024-03-14-rampung-sebelum-lebaran\n      2024-03-14 · Katadata · Migrasi TikTok Shop ke Tokopedia Rampung sebelum Lebaran\n      https://katadata.co.id/digital/2024/03/14/migrasi-rampung',
    );
  });

  it('speaks English when asked, and says when nothing matches', async () => {
    const { root } = scratch();
    const { io, out } = scriptedIo();
    expect(await sourceCommand(['find', 'nothing-like-this', '--lang', 'en', '--root', root], io)).toBe(0);
    expect(out).toEqual(['No source matches "nothing-like-this".']);
    const none = scriptedIo();
    expect(await sourceCommand(['cari', '--root', root], none.io)).toBe(1);
    expect(none.err[0]).toBe('✗ sebutkan kata yang dicari: npm run source -- cari tiktok 2024-03');
  });
});

describe('npm run source -- tambah', () => {
  it('adds a valid source in its place, refreshes the schemas, and writes nothing else', async () => {
    const { base, root } = scratch();
    const before = filesWithText(base);
    const temporary = tmpEntries();
    const { io, out, err } = scriptedIo();
    expect(await sourceCommand(['tambah', ...flags(), '--root', root], io)).toBe(0);
    expect(err).toEqual([]);
    const after = filesWithText(base);
    const changed = [...after.keys()].filter((f) => after.get(f) !== before.get(f)).sort();
    expect(changed).toEqual([
      'content/schemas/glossary.schema.json',
      'content/schemas/timeline.schema.json',
      'content/sources.yaml',
    ]);
    expect([...tmpEntries()].filter((e) => !temporary.has(e) && e.startsWith('content-edit-'))).toEqual([]);
    const id = 'tempo-2024-04-02-migrasi-tiktok-shop-rampung';
    expect(out).toContain(`Kutip di artikel: <Cite id="${id}" quote="…" at="…" />`);
    expect(out[0]).toMatch(/^✓ Ditulis: .*content\/sources\.yaml:\d+$/);
    expect(sourcesOf(root).find((s) => s.id === id)).toEqual({
      id,
      publisher: 'Tempo',
      title: 'Migrasi TikTok Shop Rampung',
      url: 'https://www.tempo.co/ekonomi/migrasi-rampung',
      published: '2024-04-02',
      language: 'id',
    });
    expect(after.get('content/schemas/timeline.schema.json')).toContain(`"${id}"`);
    expect(loadContent(root).problems.filter((p) => p.severity === 'error')).toEqual([]);
  });

  it.each([
    `Kata "kutip" dan 'kutip': #1 & *bintang* !tag | pipa > lebih {kurawal} [kurung]`,
    '- strip di awal',
    'null',
    'yes',
    '2024-03-04',
    '../../etc/passwd',
    'baris\nbaru',
    'emoji 😀 dan aksara Jawa ꦲꦤꦕꦫꦏ',
    '<script>alert(1)</script>',
  ])('writes the title and publisher %j so that they read back as typed', async (text) => {
    const { base, root } = scratch();
    const { io, err } = scriptedIo();
    expect(await sourceCommand(['tambah', ...flags({ title: text, publisher: text }), '--root', root], io)).toBe(0);
    expect(err).toEqual([]);
    const added = sourcesOf(root).find((s) => s.url === 'https://www.tempo.co/ekonomi/migrasi-rampung')!;
    expect(added).toMatchObject({ title: text, publisher: text, published: '2024-04-02' });
    expect(added.id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
    expect([...filesWithText(base).keys()].every((f) => f.startsWith('content/'))).toBe(true);
  });

  it('keeps an address as the check does: https or http only, normalised', async () => {
    const { root } = scratch();
    const { io } = scriptedIo();
    await sourceCommand(
      ['tambah', ...flags({ url: 'HTTPS://Example.ORG:443/a/../berita?id=1#bagian' }), '--root', root],
      io,
    );
    expect(sourcesOf(root).map((s) => s.url)).toContain('https://example.org/berita?id=1#bagian');
  });

  it('refuses every mistake at once, in Indonesian, and writes nothing', async () => {
    const { base, root } = scratch();
    const before = filesWithText(base);
    const { io, err } = scriptedIo();
    const code = await sourceCommand(
      [
        'tambah',
        '--url',
        'javascript:alert(1)',
        '--title',
        'Judul',
        '--publisher',
        'Tempo',
        '--date',
        '2024-02-30',
        '--language',
        'fr',
        '--id',
        '../../x',
        '--archive',
        'https://example.org/"><b>',
        '--root',
        root,
      ],
      io,
    );
    expect(code).toBe(1);
    expect(err.join('\n').split('\n')).toEqual([
      '✗ --url: harus alamat web lengkap yang diawali https:// atau http://, tanpa spasi, tanda kutip, <, > atau `: salin dari bilah alamat peramban',
      '--date: harus tanggal yang ada (YYYY-MM-DD) atau bulan (YYYY-MM, misalnya 2024-04)',
      '--language: bahasa sumber adalah id atau en; ditemukan "fr"',
      '--archive: harus alamat web lengkap yang diawali https:// atau http://, tanpa spasi, tanda kutip, <, > atau `: salin dari bilah alamat peramban',
      '--id: pakai huruf kecil, angka dan satu tanda hubung di antaranya (seperti "id-saya-2024"), paling banyak 80 karakter',
    ]);
    expect(filesWithText(base)).toEqual(before);
  });

  it('refuses a source that is already there (http or https, with or without www), and an id in use', async () => {
    const { base, root } = scratch();
    const before = filesWithText(base);
    const again = scriptedIo();
    expect(
      await sourceCommand(
        [
          'tambah',
          ...flags({ url: 'https://www.money.kompas.com/read/2024/04/03/144338126/transisi-tiktok-shop-rampung' }),
          '--root',
          root,
        ],
        again.io,
      ),
    ).toBe(1);
    expect(again.err).toEqual([
      '✗ --url: alamat ini sudah ada sebagai sumber kompas-2024-04-03-transisi-rampung: kutip dengan id itu',
    ]);
    const taken = scriptedIo();
    expect(await sourceCommand(['tambah', ...flags({ id: 'kontan-2024-03-rincian' }), '--root', root], taken.io)).toBe(
      1,
    );
    expect(taken.err).toEqual(['✗ --id: id "kontan-2024-03-rincian" sudah dipakai sumber lain: pilih id lain']);
    expect(filesWithText(base)).toEqual(before);
  });

  it('without a terminal, names every option it still needs', async () => {
    const { root } = scratch();
    const { io, err } = scriptedIo();
    expect(await sourceCommand(['tambah', '--url', 'https://example.org/x', '--root', root], io)).toBe(1);
    expect(err).toEqual([
      '✗ tidak ada terminal untuk bertanya, jadi berikan juga: --title --publisher --date --language',
    ]);
    const english = scriptedIo([], { LANG: 'en_US.UTF-8' });
    english.io.ask = undefined;
    expect(await sourceCommand(['tambah', '--root', root], english.io)).toBe(1);
    expect(english.err).toEqual([
      '✗ there is no terminal to ask in, so also give: --url --title --publisher --date --language',
    ]);
  });

  it('writes only inside the content folder, also through a link', async () => {
    const { base, root } = scratch();
    const outside = join(base, 'outside.yaml');
    writeFileSync(outside, readFileSync(join(root, 'sources.yaml')));
    rmSync(join(root, 'sources.yaml'));
    symlinkSync(outside, join(root, 'sources.yaml'));
    const { io, err } = scriptedIo();
    expect(await sourceCommand(['tambah', ...flags(), '--root', root], io)).toBe(1);
    expect(err[0]).toMatch(/^✗ .*content\/sources\.yaml berada di luar .*content\/: perintah ini hanya menulis/);
    expect(readFileSync(outside, 'utf8')).not.toContain('tempo');
  });

  it('says which content folder is missing', async () => {
    const { io, err } = scriptedIo();
    expect(await sourceCommand(['cari', 'x', '--root', 'tests/fixtures/no-such-folder'], io)).toBe(1);
    expect(err).toEqual(['✗ folder konten tests/fixtures/no-such-folder/ tidak ada']);
  });
});

describe('npm run source, asking', () => {
  it('searches first, then asks for each field again until it is right, shows the entry and writes it', async () => {
    const { root } = scratch();
    const answers = [
      'kompas',
      '',
      'javascript:alert(1)',
      'http://money.kompas.com/read/2024/04/03/144338126/transisi-tiktok-shop-rampung',
      'https://www.tempo.co/ekonomi/migrasi-rampung',
      'Migrasi: "rampung" #1',
      '',
      'Tempo',
      '2024-02-30',
      '2024-04-02',
      'jawa',
      '',
      'https://web.archive.org/web/2024/https://www.tempo.co/ekonomi/migrasi-rampung',
      '',
      'x',
      'ya',
    ];
    const { io, out, err, asked } = scriptedIo(answers);
    expect(await sourceCommand(['--root', root], io)).toBe(0);
    expect(asked).toEqual([
      'Cari sumber: kata dari judul, penerbit atau tanggal (Enter untuk menambah sumber baru): ',
      'Cari sumber: kata dari judul, penerbit atau tanggal (Enter untuk menambah sumber baru): ',
      'Alamat asli (https://…): ',
      'Alamat asli (https://…): ',
      'Alamat asli (https://…): ',
      'Judul, persis seperti tercetak: ',
      'Penerbit: ',
      'Penerbit: ',
      'Tanggal terbit (YYYY-MM-DD, atau YYYY-MM): ',
      'Tanggal terbit (YYYY-MM-DD, atau YYYY-MM): ',
      'Bahasa sumber (id atau en) (Enter untuk id): ',
      'Bahasa sumber (id atau en) (Enter untuk id): ',
      'Salinan arsip (web.archive.org…) (opsional: Enter untuk melewati): ',
      'Id (Enter untuk tempo-2024-04-02-migrasi-rampung-1): ',
      'Tulis? [Y/t] ',
      'Tulis? [Y/t] ',
    ]);
    expect(err).toEqual([
      '  ✗ harus alamat web lengkap yang diawali https:// atau http://, tanpa spasi, tanda kutip, <, > atau `: salin dari bilah alamat peramban',
      '  ✗ alamat ini sudah ada sebagai sumber kompas-2024-04-03-transisi-rampung: kutip dengan id itu',
      '  ✗ wajib diisi',
      '  ✗ harus tanggal yang ada (YYYY-MM-DD) atau bulan (YYYY-MM, misalnya 2024-04)',
      '  ✗ bahasa sumber adalah id atau en; ditemukan "jawa"',
      '  ✗ jawab y (ya) atau t (tidak)',
    ]);
    expect(out.join('\n')).toContain('kompas-2024-04-03-transisi-rampung');
    expect(out.join('\n')).toContain(
      '  - id: tempo-2024-04-02-migrasi-rampung-1\n    publisher: Tempo\n    title: \'Migrasi: "rampung" #1\'',
    );
    expect(sourcesOf(root).find((s) => s.id === 'tempo-2024-04-02-migrasi-rampung-1')).toMatchObject({
      title: 'Migrasi: "rampung" #1',
      archive: 'https://web.archive.org/web/2024/https://www.tempo.co/ekonomi/migrasi-rampung',
      language: 'id',
    });
  });

  it('writes nothing when the editor says no, or stops answering', async () => {
    for (const answers of [
      ['', 'https://example.org/a', 'Judul', 'Tempo', '2024-04-02', 'en', '', 'id-ku', 't'],
      ['', 'https://example.org/a'],
    ]) {
      const { base, root } = scratch();
      const before = filesWithText(base);
      // Saying no is an answer (exit 0); stopping is not (exit 1).
      const declined = answers.at(-1) === 't';
      const { io, out, err } = scriptedIo(answers, { EDITOR_LANG: 'id' });
      const code = await sourceCommand(['--root', root], io);
      expect([...out, ...err]).toContain('Dibatalkan: tidak ada yang ditulis.');
      expect(code).toBe(declined ? 0 : 1);
      expect(filesWithText(base)).toEqual(before);
    }
  });

  it('asks in English when the computer is set to English', async () => {
    const { root } = scratch();
    const { io, asked } = scriptedIo([''], { LANG: 'en_GB.UTF-8' });
    await sourceCommand(['--root', root], io);
    expect(asked[0]).toBe('Find a source: words of its title, publisher or date (Enter to add a new source): ');
    expect(asked[1]).toBe('Original address (https://…): ');
  });
});

describe('the command line', () => {
  it('runs as npm run source does, and explains itself', () => {
    const run = (...args: string[]) =>
      spawnSync('npx', ['tsx', 'src/cli/source.ts', ...args], {
        encoding: 'utf8',
        timeout: 60_000,
        env: { ...process.env, EDITOR_LANG: '', LANG: 'C' },
      });
    const help = run('--help');
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('npm run source -- cari <kata…>');
    const found = run('cari', 'lebaran', '--root', 'tests/fixtures/editing/content', '--lang', 'en');
    expect(found.status).toBe(0);
    expect(found.stdout).toContain('1 source matches:\n  katadata-2024-03-14-rampung-sebelum-lebaran');
    const wrong = run('tambah', '--judul', 'x', '--root', 'tests/fixtures/editing/content');
    expect(wrong.status).toBe(1);
    expect(wrong.stderr).toMatch(/^✗ pilihan --judul tidak dikenal\n\nCara memakai:/);
  }, 60_000);
});
