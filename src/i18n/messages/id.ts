// What the editors' tools say, in Bahasa Indonesia, the editors' first language: the commands
// (`npm run source`, `npm run milestone`, `npm run schemas`) and the documentation their editor
// program shows while they type (the JSON Schemas of content/schemas/). Its shape is the contract the
// other locale must match (./types.ts). Grouped by area, so that the check's, the preview's and the
// build's messages can move in beside them: `cli.<command>.*`, `schema.*`, …
// Messages that name something are functions of it.

export const id = {
  cli: {
    /** Shared by every command. */
    common: {
      usage: 'Cara memakai:',
      unknownOption: (option: string) => `pilihan ${option} tidak dikenal`,
      missingValue: (option: string) => `pilihan ${option} perlu nilai: ${option} <nilai>`,
      dashValue: (option: string) => `nilai ${option} yang diawali tanda minus ditulis dengan =: ${option}=-…`,
      missingFile: (file: string) => `${file} tidak ada`,
      unreadable: (file: string) =>
        `${file} tidak bisa dibaca: jalankan npm run check:content untuk melihat masalahnya`,
      unexpected: (word: string) => `"${word}" tidak dimengerti di sini`,
      badLang: (found: string) => `--lang adalah bahasa pesan: id atau en; ditemukan "${found}"`,
      noRoot: (root: string) => `folder konten ${root}/ tidak ada`,
      outsideRoot: (path: string, root: string) =>
        `${path} berada di luar ${root}/: perintah ini hanya menulis di dalam folder konten`,
      notInteractive: (missing: string) => `tidak ada terminal untuk bertanya, jadi berikan juga: ${missing}`,
      /** After a yes/no question whose answer is yes when Enter is pressed. */
      yesNo: '[Y/t]',
      /** After a yes/no question whose answer is no when Enter is pressed. */
      noYes: '[y/T]',
      answerYesOrNo: 'jawab y (ya) atau t (tidak)',
      optional: 'opsional: Enter untuk melewati',
      suggested: (value: string) => `Enter untuk ${value}`,
      choose: (count: number) => `ketik nomor 1 sampai ${count}, atau namanya`,
      required: 'wajib diisi',
      tooLong: (max: number, found: number) => `paling banyak ${max} karakter; ini ${found}`,
      oneLine: 'satu baris saja',
      cancelled: 'Dibatalkan: tidak ada yang ditulis.',
      preview: (file: string) => `Akan ditambahkan ke ${file}:`,
      confirm: 'Tulis?',
      checking: 'Memeriksa hasilnya seperti npm run check:content…',
      refused: (count: number, file: string) =>
        `✗ Tidak ditulis: hasilnya punya ${count} masalah, jadi ${file} tidak diubah. Nomor baris menunjuk berkas seperti akan ditulis:`,
      written: (where: string) => `✓ Ditulis: ${where}`,
      schemasUpdated: (files: string) => `✓ Skema untuk VS Code diperbarui: ${files}`,
    },
    source: {
      usage: `  npm run source -- cari <kata…>       mencari sumber menurut kata dari judul, penerbit atau id,
                                       atau menurut tanggal (2024, 2024-03, 2024-03-14)
  npm run source -- tambah [pilihan]   menambah sumber; yang tidak diberikan akan ditanyakan
  npm run source                       bertanya: mencari dulu, lalu menambah

Pilihan untuk tambah:
  --url <alamat>          alamat asli dari penerbit (https://…), disalin dari peramban
  --title <judul>         judul persis seperti tercetak
  --publisher <nama>      penerbit (Kompas.com, Katadata…)
  --date <tanggal>        tanggal terbit: YYYY-MM-DD, atau YYYY-MM bila hanya bulannya diketahui
  --language <id|en>      bahasa sumber itu
  --id <id>               id pilihan sendiri (bawaan: dari penerbit, tanggal dan judul)
  --archive <alamat>      salinan arsip (opsional)
  --via <alamat>          salinan di situs lain, hanya bila yang asli tidak terbaca (opsional)
  --note-id <teks> --note-en <teks>   catatan untuk pembaca, dalam dua bahasa (opsional)
  --yes                   menulis tanpa bertanya "Tulis?"

Untuk semua:
  --lang <id|en>          bahasa pesan (bawaan id; bisa juga EDITOR_LANG=en)
  --root <folder>         folder konten lain (bawaan content)
(find dan add juga bisa, sama dengan cari dan tambah.)`,
      searchPrompt: 'Cari sumber: kata dari judul, penerbit atau tanggal (Enter untuk menambah sumber baru)',
      found: (count: number) => (count === 1 ? '1 sumber cocok:' : `${count} sumber cocok:`),
      more: (count: number) => `…dan ${count} lagi: tambahkan kata untuk mempersempit.`,
      none: (words: string) => `Tidak ada sumber yang cocok dengan "${words}".`,
      addNew: 'Tambah sumber baru?',
      noWords: 'sebutkan kata yang dicari: npm run source -- cari tiktok 2024-03',
      prompts: {
        url: 'Alamat asli (https://…)',
        title: 'Judul, persis seperti tercetak',
        publisher: 'Penerbit',
        date: 'Tanggal terbit (YYYY-MM-DD, atau YYYY-MM)',
        language: 'Bahasa sumber (id atau en)',
        archive: 'Salinan arsip (web.archive.org…)',
        id: 'Id',
      },
      noteBoth: 'catatan ditulis dalam dua bahasa: berikan --note-id dan --note-en',
      badLanguage: (found: string) => `bahasa sumber adalah id atau en; ditemukan "${found}"`,
      duplicateUrl: (id: string) => `alamat ini sudah ada sebagai sumber ${id}: kutip dengan id itu`,
      idTaken: (id: string) => `id "${id}" sudah dipakai sumber lain: pilih id lain`,
      cite: (id: string) => `Kutip di artikel: <Cite id="${id}" quote="…" at="…" />`,
    },
    milestone: {
      usage: `  npm run milestone                    bertanya semua yang perlu
  npm run milestone -- [pilihan]       yang tidak diberikan akan ditanyakan

Pilihan:
  --timeline <id>         linimasa (nama berkas di content/timelines/ tanpa .yaml)
  --date <tanggal>        YYYY-MM-DD, atau YYYY-MM bila hanya bulannya diketahui
  --kind <jenis>          regulation | business | progress | deadline | enforcement
  --title-id <teks> --title-en <teks>       judul dalam dua bahasa
  --label-id <teks> --label-en <teks>       label di grafik, paling banyak 40 karakter
  --summary-id <teks> --summary-en <teks>   ringkasan dalam dua bahasa
  --source <id> --quote <kutipan> [--at <letak>]   kutipan; boleh diulang, berpasangan menurut urutan
  --progress <0–100> [--estimate] [--qualifier about|over|almost] [--by <pelapor>]
  --note-id <teks> --note-en <teks>         catatan bila sumber berbeda (opsional)
  --pending               terjemahannya menyusul: teks dalam satu bahasa cukup (translation: pending)
  --id <id>               id pilihan sendiri (bawaan: dari judul Bahasa Indonesia)
  --yes                   menulis tanpa bertanya "Tulis?"

Untuk semua:
  --lang <id|en>          bahasa pesan (bawaan id; bisa juga EDITOR_LANG=en)
  --root <folder>         folder konten lain (bawaan content)`,
      prompts: {
        timeline: 'Linimasa',
        date: 'Tanggal (YYYY-MM-DD, atau YYYY-MM)',
        kind: 'Jenis peristiwa',
        titleId: 'Judul dalam Bahasa Indonesia',
        titleEn: 'Judul dalam bahasa Inggris',
        labelId: 'Label di grafik, Bahasa Indonesia (paling banyak 40 karakter)',
        labelEn: 'Label di grafik, bahasa Inggris (paling banyak 40 karakter)',
        summaryId: 'Ringkasan dalam Bahasa Indonesia',
        summaryEn: 'Ringkasan dalam bahasa Inggris',
        progress: 'Angka progres, 0 sampai 100',
        estimate: 'Angka itu perkiraan ("sekitar", "lebih dari", "hampir")?',
        qualifier: 'Bagaimana perkiraannya dinyatakan',
        by: 'Siapa yang menyebut angka itu',
        source: 'Sumber: id-nya, atau kata untuk mencarinya',
        quote: 'Kutipan: kata-kata sumber itu, persis, satu baris',
        at: 'Letaknya di sumber (paragraph 3, headline…)',
        another: 'Tambah kutipan lain?',
        id: 'Id peristiwa',
      },
      translationLater: 'Enter bila terjemahannya menyusul',
      pending: (target: string) =>
        `Menunggu terjemahan (translation: pending): peristiwa ini belum tampil di situs sampai setiap teksnya ada dalam kedua bahasa. Penerjemah menjalankan: npm run new -- --translate ${target}`,
      noTimelines: (dir: string) => `belum ada linimasa di ${dir}/: buat berkasnya dulu (lihat content/README.md)`,
      unknownTimeline: (id: string, ids: string) => `linimasa "${id}" tidak ada; yang ada: ${ids}`,
      unknownKind: (found: string) =>
        `jenis harus regulation, business, progress, deadline atau enforcement; ditemukan "${found}"`,
      unknownQualifier: (found: string) => `harus about, over atau almost; ditemukan "${found}"`,
      unknownReporter: (found: string, ids: string) =>
        `pelapor "${found}" tidak ada di reporters linimasa ini; yang ada: ${ids}`,
      noReporters: 'Linimasa ini belum punya pelapor (reporters:), jadi angkanya tanpa pelapor.',
      percent: 'tulis angka 0 sampai 100, tanpa tanda %',
      unknownSource: (id: string) =>
        `sumber "${id}" tidak ada di sources.yaml: tambahkan dulu dengan npm run source, atau perbaiki id-nya`,
      pickSource: 'Sumber yang cocok:',
      unpairedCitations: 'setiap --source perlu --quote sendiri, dalam urutan yang sama',
      idTaken: (id: string) => `id "${id}" sudah dipakai peristiwa lain di linimasa ini: pilih id lain`,
      noteBoth: 'catatan ditulis dalam dua bahasa: berikan --note-id dan --note-en',
      qualifierNeedsEstimate: 'qualifier menyatakan angka perkiraan: tambahkan --estimate',
      shownAt: (address: string) => `Tampil di ${address} (npm run dev)`,
      updated: (date: string) => `updated: ${date} (tanggal linimasa berubah)`,
    },
    schemas: {
      usage: `  npm run schemas                 menulis skema JSON untuk VS Code ke content/schemas/
  npm run schemas -- --check      hanya memeriksa bahwa skema itu mutakhir (keluar dengan 1 bila tidak)

  --lang <id|en>   bahasa pesan        --root <folder>   folder konten lain (bawaan content)`,
      current: (dir: string) => `✓ Skema di ${dir}/ sudah mutakhir`,
      stale: (file: string) => `✗ ${file} tidak mutakhir: jalankan npm run schemas`,
      written: (file: string) => `✓ Ditulis: ${file}`,
    },
  },

  /**
   * The documentation VS Code shows while editors type in sources.yaml, glossary.yaml and
   * timelines/*.yaml: hover text, completion details and the errors of the checks JSON Schema can
   * make. Each schema shows both languages, Indonesian first.
   */
  schema: {
    files: {
      sources: {
        title: 'Sumber',
        description:
          'Daftar sumber: setiap fakta di situs mengutip salah satunya dengan id-nya. Urut menurut tanggal; tambahkan sumber dengan npm run source.',
      },
      glossary: {
        title: 'Glosarium',
        description: 'Glosarium: satu entri per istilah, urut abjad menurut id.',
      },
      timeline: {
        title: 'Linimasa',
        description:
          'Satu linimasa: peristiwa-peristiwanya, masing-masing dengan sumber dan kata-katanya. Tambahkan peristiwa dengan npm run milestone.',
      },
    },
    fields: {
      source: {
        id: 'Id sumber: huruf kecil, angka dan tanda hubung. Penerbit, tanggal dan topik menjadi id yang baik (kompas-2024-04-03-transisi-rampung). Artikel, glosarium dan linimasa mengutip sumber dengan id ini.',
        publisher: 'Nama penerbit seperti ditulis di situsnya (Kompas.com, Katadata).',
        title: 'Judul persis seperti tercetak, dalam bahasanya sendiri.',
        url: 'Alamat asli dari penerbit (https:// atau http://), disalin dari bilah alamat peramban; bukan salinan di situs lain.',
        archive: 'Opsional: salinan arsip dari yang asli (web.archive.org, archive.today).',
        via: 'Opsional: salinan di situs lain, hanya bila yang asli tidak bisa dibaca dan salinan itulah satu-satunya.',
        published: 'Tanggal terbit seperti tercetak: YYYY-MM-DD, atau YYYY-MM bila hanya bulannya diketahui.',
        language: 'Bahasa sumber: id atau en.',
        note: 'Opsional, dalam dua bahasa { id, en }: hal yang perlu diketahui pembaca (misalnya "halaman tidak mencantumkan tanggal").',
      },
      glossaryEntry: {
        id: 'Id entri: huruf kecil, angka dan tanda hubung. Menjadi jangkar di halaman glosarium (/id/glossary/#front-end); artikel menautnya dengan <Term id="…">.',
        kind: 'term (istilah, bawaan) atau person (orang: term adalah namanya, role jabatannya).',
        term: 'Istilahnya dalam dua bahasa { id, en }.',
        role: 'Untuk orang (kind: person), wajib: jabatannya saat dikutip, { id, en }.',
        short: 'Definisi singkat, paling banyak 200 karakter per bahasa: tampil saat pembaca menunjuk istilahnya.',
        details: 'Opsional, lebih panjang: tampil di halaman glosarium.',
        citations: 'Opsional: sumber yang mendukung definisinya, masing-masing dengan kata-kata sumber itu.',
        translation:
          'translation: pending bila ditulis dalam satu bahasa dulu dan terjemahannya menyusul: teks dalam bahasa lain boleh belum ada, dan entri ini tidak diterbitkan sampai kedua bahasa ada dan baris ini dihapus.',
      },
      citation: {
        source: 'Id sumber dari content/sources.yaml.',
        quote:
          'Kata-kata sumber itu sendiri, disalin persis dalam bahasa sumber (salah ketik pun tetap); satu baris, paling banyak 300 karakter.',
        at: 'Opsional tetapi diharapkan: letak kata-kata itu (paragraph 3, page 2, paragraph 4, headline); paling banyak 80 karakter.',
      },
      timeline: {
        title: 'Judul linimasa dalam dua bahasa, masing-masing paling banyak 70 karakter.',
        summary: 'Ringkasan linimasa dalam dua bahasa.',
        updated:
          'Kapan linimasa terakhir berubah (YYYY-MM-DD): ubah ke tanggal hari ini saat menambah atau membetulkan peristiwa.',
        next: 'Opsional: linimasa lanjutannya (nama berkasnya di timelines/ tanpa .yaml), ditautkan di akhir linimasa ini.',
        reporters: 'Siapa yang melaporkan angka progres. Paling banyak satu yang line: true.',
        milestones: 'Peristiwa linimasa, paling sedikit satu; urut menurut tanggal agar mudah dibaca.',
      },
      reporter: {
        id: 'Id pelapor: dipakai progress.by dan reports[].by di berkas ini.',
        name: 'Nama pelapor dalam dua bahasa, dengan lembaganya.',
        line: 'true: angka-angka pelapor ini dihubungkan garis di grafik (hanya satu pelapor).',
      },
      milestone: {
        id: 'Id peristiwa: unik di linimasa ini, menjadi tautan #id.',
        date: 'Tanggal peristiwa: YYYY-MM-DD, atau YYYY-MM bila hanya bulannya diketahui.',
        kind: 'Jenis peristiwa.',
        progress: 'Angka peristiwa ini { value, estimate, qualifier, by }; wajib untuk kind: progress.',
        projection:
          'Opsional: prakiraan (bukan laporan) yang dibuat saat itu, { date, value, label }; digambar putus-putus.',
        title: 'Judul dalam dua bahasa.',
        label: 'Label di grafik, paling banyak 40 karakter per bahasa.',
        summary: 'Ringkasan dalam dua bahasa.',
        citations: 'Sumbernya, paling sedikit satu, masing-masing { source, quote, at }.',
        reports:
          'Opsional: angka yang diberikan pihak lain tentang saat yang sama, masing-masing dengan kutipannya; peristiwanya perlu progress sendiri.',
        note: 'Opsional: di mana sumber berbeda pendapat, { id, en }.',
        translation:
          'translation: pending bila ditulis dalam satu bahasa dulu dan terjemahannya menyusul: teks dalam bahasa lain boleh belum ada, dan peristiwa ini tidak diterbitkan sampai kedua bahasa ada dan baris ini dihapus.',
      },
      progress: {
        value: 'Angka 0 sampai 100, persis seperti dilaporkan.',
        estimate: 'true untuk angka perkiraan ("sekitar", "lebih dari", "hampir").',
        qualifier: 'Bagaimana angka perkiraan dinyatakan; perlu estimate: true.',
        by: 'Siapa yang menyebut angka ini: id dari reporters di bagian atas berkas.',
      },
      projection: {
        date: 'Bulan atau tanggal yang diprakirakan.',
        value: 'Angka yang diprakirakan, 0 sampai 100.',
        label: 'Keterangan prakiraan dalam dua bahasa.',
      },
      report: {
        by: 'Siapa yang menyebut angka ini: id dari reporters di bagian atas berkas.',
        value: 'Angka 0 sampai 100, persis seperti dilaporkan.',
        estimate: 'true untuk angka perkiraan.',
        qualifier: 'Bagaimana angka perkiraan dinyatakan.',
        date: 'Opsional: kapan dikatakan, bila bukan pada tanggal peristiwa.',
        citation: 'Sumber angka ini { source, quote, at }.',
      },
      localized: {
        id: 'Dalam Bahasa Indonesia.',
        en: 'Dalam bahasa Inggris.',
      },
    },
    /** Shown with each value in completion lists. */
    values: {
      language: { id: 'Bahasa Indonesia', en: 'bahasa Inggris' },
      milestoneKind: {
        regulation: 'peraturan: terbit, berlaku, diubah',
        business: 'langkah perusahaan',
        progress: 'laporan kemajuan, dengan angka',
        deadline: 'tenggat waktu',
        enforcement: 'pengawasan dan penegakan oleh pemerintah',
      },
      qualifier: {
        about: 'sekitar ("sekitar 75%")',
        over: 'lebih dari ("lebih dari 70%")',
        almost: 'hampir ("hampir 90%")',
      },
      glossaryKind: { term: 'istilah', person: 'orang' },
    },
    /** The errors an editor program shows while the editor types. */
    errors: {
      slug: 'pakai huruf kecil, angka dan satu tanda hubung di antaranya (seperti "id-saya-2024"), paling banyak 80 karakter',
      text: 'tidak boleh kosong',
      day: 'harus tanggal yang ada, ditulis YYYY-MM-DD (misalnya 2024-03-01)',
      dayOrMonth: 'harus tanggal yang ada (YYYY-MM-DD) atau bulan (YYYY-MM, misalnya 2024-04)',
      address:
        'harus alamat web lengkap yang diawali https:// atau http://, tanpa spasi, tanda kutip, <, > atau `: salin dari bilah alamat peramban',
      quote: 'satu baris, tidak kosong: kutip satu bagian saja',
      progressNeeded: 'peristiwa jenis progress perlu angka: progress: { value, estimate }',
      reportsNeedProgress: 'reports membandingkan angka: peristiwanya perlu progress: { value, estimate } sendiri',
      qualifierNeedsEstimate: 'qualifier menyatakan angka perkiraan: tulis estimate: true, atau hapus qualifier',
      roleNeeded: 'orang (kind: person) perlu jabatannya saat dikutip: role: { id, en }',
      bothLanguages:
        'tulis dalam dua bahasa { id, en }, atau tandai entri ini translation: pending bila terjemahannya menyusul',
      unknownSource: 'id sumber tidak dikenal: tambahkan ke content/sources.yaml (npm run source) atau perbaiki id-nya',
      unknownReporter: 'pelapor tidak dikenal: tambahkan di reporters: di bagian atas berkas, atau perbaiki id-nya',
      unknownTimeline: 'bukan linimasa: harus sama dengan nama berkas di content/timelines/ (tanpa .yaml)',
    },
    /** Rules only `npm run check:content` can check: named in the documentation of the field they concern. */
    checkOnly: {
      label: 'Diperiksa oleh npm run check:content, tidak saat mengetik',
      rules: {
        uniqueIds: 'id tidak boleh sama dengan id lain di daftar ini',
        figureQuoted: 'salah satu kutipan harus menyebut angkanya (87 → "87 persen", "87%")',
        textFiguresQuoted:
          'angka, jumlah uang dan tanggal dalam teks ini harus ada di kata-kata sumber yang dikutipnya',
        reporterInFile: 'pelapornya harus tercantum di reporters berkas ini sendiri',
        oneLine: 'hanya satu pelapor yang line: true',
        reportWithinWeek: 'paling lama seminggu setelah tanggal peristiwa',
        projectionAfter: 'tidak sebelum tanggal peristiwa',
        nextOther: 'harus linimasa lain, bukan yang ini',
        addressParsed:
          'alamat harus terbaca sebagai alamat web dengan nama situs, dan disimpan seperti dibaca peramban',
      },
    },
  },
};
