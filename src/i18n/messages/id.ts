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
    /** npm run new (src/cli/new-article.ts, src/lib/new-article.ts, src/lib/content/translate-entry.ts). */
    new: {
      usage:
        'npm run new -- --lang id --slug artikel-saya [--title "Judul"] [--translation my-article]\n  npm run new -- --translate content/articles/id/artikel-saya.mdx [--slug my-article]\n  npm run new -- --translate content/timelines/<id>.yaml#<id-peristiwa>\n  npm run new -- --translate content/glossary.yaml#<id-entri>',
      badLang: (found: string) => `--lang harus id atau en; tertulis "${found}"`,
      badSlug: (found: string) =>
        `--slug menjadi alamat: pakai huruf kecil, angka, dan tanda hubung; tertulis "${found}"`,
      badTranslation: '--translation adalah alamat dalam bahasa lain: huruf kecil, angka, dan tanda hubung',
      tooLong: (option: string, max: number, length: number, start: string) =>
        `${option} menjadi alamat dan nama berkas: paling banyak ${max} karakter; ini ${length} ("${start}…")`,
      translated: (key: string, file: string) =>
        `"${key}" sudah diterjemahkan: ${file} (sunting berkas itu; tidak ada yang ditulis)`,
      taken: (files: string, _many: boolean) =>
        `${files} sudah ada: tidak ada yang ditulis (pilih --slug lain, atau sunting berkasnya)`,
      and: ' dan ',
      whichArticle: 'sebut artikel yang akan dimulai: --lang dan --slug, atau --translate <berkas>',
      noFile: (file: string) => `${file} tidak ada`,
      notEntries: (file: string) =>
        `${file}: hanya linimasa atau glosarium yang punya entri untuk diterjemahkan per id`,
      notArticleFolder: (path: string) => `${path} tidak ada di content/articles/id/ atau content/articles/en/`,
      unreadable: (path: string, problems: string) => `${path} tidak bisa dibaca sebagai artikel:\n${problems}`,
      notUnder: (root: string) => `(tidak di dalam ${root})`,
      created: (path: string) => `✓ dibuat ${path}`,
      running: (urls: string) =>
        `\nDraf (draft: true) tampil di \`npm run dev\` dan tidak ikut dibangun. Pratinjaumu sedang berjalan:\n${urls}`,
      notRunning: (urls: string) =>
        `\nDraf (draft: true) tampil di \`npm run dev\` dan tidak ikut dibangun. Jalankan pratinjau dengan \`npm run dev\`, lalu buka:\n${urls}\n(atau alamat yang dicetaknya, bila port itu sudah dipakai)`,
      filled: (file: string, id: string, languages: string, paths: string) =>
        `✓ ${file}: teks ${languages} dari "${id}" (${paths}) diisi dengan kata-kata yang akan diterjemahkan.\nTerjemahkan langsung di tempatnya, lalu hapus baris translation: pending agar terbit dalam dua bahasa.`,
      notYaml: (message: string) => `berkasnya tidak bisa dibaca sebagai YAML: ${message}`,
      noEntry: (id: string) => `tidak ada entri atau peristiwa dengan id "${id}" di berkas ini`,
      complete: (id: string) => `"${id}" sudah punya dua bahasa: tidak ada yang perlu diisi`,
    },
    /** npm run build (src/cli/build.ts). */
    build: {
      outDir: '--outDir perlu nama folder',
      done: (dir: string) => `✓ situs ada di ${dir}/`,
      failed: (dir: string, staging: string) =>
        `✗ build gagal: ${dir}/ tidak berubah (build setengah jadi di ${staging}/ sudah dihapus)`,
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
        asOf: 'Opsional: hari fakta linimasa terakhir diperiksa (YYYY-MM-DD; hari situs dibangun bila tidak diisi). Sumbu waktu bagan berakhir di peristiwa terakhir sampai hari itu; peristiwa sesudahnya digambar di ujungnya, "sampai <tanggal>".',
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
        annotation:
          'Opsional, paling banyak 90 karakter per bahasa: salah satu dari sedikit momen penentu cerita, ditulis di bagan di samping tandanya, { id, en }.',
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
  /** Apa yang dikatakan check:content, build, dan pratinjau tentang konten (src/lib/content/, src/lib/mdx/). */
  check: {
    /** Letak masalah bila bukan satu kolom: ditampilkan di tempat nama kolom. */
    fields: {
      file: '(berkas)',
      folder: '(folder)',
      fileName: '(nama berkas)',
      frontmatter: '(frontmatter)',
      text: '(teks)',
      figure: 'angka',
      link: 'tautan',
      image: 'gambar',
      heading: 'judul bagian',
      paragraph: 'paragraf',
      unsafe: '(tidak aman)',
    },
    severity: { warning: 'peringatan', pending: 'menunggu' },
    /** Baris pembuka daftar, dan apa yang terjadi sesudahnya. */
    outcome: {
      count: (n: number) => `Konten tidak valid: ${n} masalah.`,
      build: 'Tidak ada yang dibangun.',
      dev: 'Setiap halaman menampilkan daftar ini sampai semuanya diperbaiki.',
      counted: (articles: number, timelines: number, sources: number, glossary: number) =>
        `${articles} artikel, ${timelines} linimasa, ${sources} sumber, ${glossary} entri glosarium`,
      plural: (n: number, one: 'error' | 'warning' | 'translation') =>
        `${n} ${{ error: 'kesalahan', warning: 'peringatan', translation: 'terjemahan' }[one]}`,
      pendingCount: (list: string) => `, ${list} menunggu`,
      valid: (root: string, warnings: string, pending: string, counted: string, took: string) =>
        `✓ ${root}/ valid${warnings ? ` dengan ${warnings}` : ''}${pending} (${counted}; ${took})`,
      invalid: (root: string, errors: string, warnings: string, pending: string, counted: string, took: string) =>
        `✗ ${errors}, ${warnings}${pending} di ${root}/ (${counted}; ${took})`,
      pageTitle: 'Masalah konten',
      pageExplain:
        'Setiap baris berbentuk <code>berkas:baris: kolom: apa yang salah dan apa yang harus dilakukan</code>. Bagian "Bila ada yang salah" di content/README.md menjelaskan setiap pesan.',
    },
    /** Apa yang dikatakan pratinjau di terminal saat konten berubah. */
    dev: {
      stillToFix: (n: number) => `konten diperbarui; ${n} masalah masih harus diperbaiki (tercantum di atas)`,
      upToDate: (counted: string) => `konten valid dan terbaru (${counted})`,
      fixed: 'masalah konten sudah diperbaiki',
    },
    /** Bentuk berkas (src/lib/content/schema.ts dan laporan zod). */
    schema: {
      required: 'wajib diisi: tambahkan',
      missingLanguage: (language: 'id' | 'en') =>
        `belum ada teks ${language === 'id' ? 'bahasa Indonesia (id)' : 'bahasa Inggris (en)'}: tambahkan`,
      wrongType: (expected: string, received: string) => `harus ${expected}, bukan ${received}`,
      types: {
        array: 'daftar (baris yang diawali "- ")',
        object: 'kumpulan kolom (nama: nilai)',
        string: 'teks',
        number: 'angka',
        boolean: 'true atau false',
        date: 'tanggal',
        null: 'kosong',
      } as Record<string, string>,
      otherType: (value: string) => `jenisnya salah (${value})`,
      oneOf: (options: string, received: string) => `harus salah satu dari ${options}, bukan ${received}`,
      length: (length: number, rule: string) => `panjangnya ${length} karakter; ${rule}`,
      limit: (max: number) => `batasnya ${max}`,
      found: (message: string, value: string) => `${message}; tertulis ${value}`,
      unknownField: 'bukan kolom yang dikenal: hapus atau perbaiki ejaannya',
      slug: 'pakai huruf kecil, angka, dan satu tanda hubung di antaranya (seperti "id-saya-2024")',
      slugMax: (max: number) => `paling banyak ${max} karakter (menjadi bagian alamat)`,
      notEmpty: 'tidak boleh kosong',
      titleMax: 'paling banyak 70 karakter (hasil penelusuran menampilkan sekitar sepanjang itu)',
      descriptionMax: 'paling banyak 160 karakter (hasil penelusuran dan kartu media sosial memotongnya di situ)',
      day: 'harus tanggal yang ada, ditulis YYYY-MM-DD (misalnya 2024-03-01)',
      dayOrMonth: 'harus tanggal yang ada, ditulis YYYY-MM-DD, atau bulan, ditulis YYYY-MM (misalnya 2024-04)',
      quoteMax: (max: number) => `paling banyak ${max} karakter: kutip hanya kata-kata yang memuat faktanya`,
      quoteOneLine: 'harus satu baris: kutip satu bagian saja (pakai > atau teks biasa)',
      authors: 'perlu paling sedikit satu penulis',
      percent: 'harus antara 0 dan 100',
      citations: 'perlu paling sedikit satu kutipan sumber: { source, quote }',
      milestones: 'perlu paling sedikit satu peristiwa',
      personRole: 'orang perlu jabatannya saat dikutip: role: { id, en }',
      address: 'harus alamat web lengkap yang diawali https:// atau http://',
      addressChar: (shown: string, encoded: string) =>
        `tidak boleh memuat ${shown}: salin alamat dari bilah alamat peramban, yang menuliskannya sebagai ${encoded}`,
      aSpace: 'spasi',
      aControl: 'karakter kendali',
    },
    /** Apa yang dikatakan linimasa tentang dirinya sendiri (aturan skemanya). */
    timeline: {
      duplicate: (what: 'reporter' | 'milestone', id: string, first: number) =>
        `id ${what === 'reporter' ? 'pelapor' : 'peristiwa'} "${id}" dipakai dua kali: sudah dipakai butir [${first}]; setiap id harus berbeda`,
      oneLine: (first: string) =>
        `hanya angka satu pelapor yang dihubungkan garis, dan "${first}" sudah: hapus line: true di sini`,
      unknownReporter: (by: string) =>
        `pelapor "${by}" tidak dikenal: tambahkan di reporters: di bagian atas berkas, atau perbaiki id-nya`,
      qualifier: (qualifier: string) =>
        `"${qualifier}" menyatakan angka perkiraan: tulis estimate: true, atau hapus qualifier`,
      progressNotQuoted: (value: number) =>
        `tidak ada kutipan sumber yang menyebut ${value}%: kutip kata-kata yang memuat angkanya (misalnya "${value} persen")`,
      reportNotQuoted: (value: number) =>
        `kutipan sumbernya tidak menyebut ${value}%: kutip kata-kata yang memuat angkanya`,
      reportLate: (date: string, milestone: string) =>
        `sebuah laporan milik peristiwa yang dibantah atau dikuatkannya: ${date} lebih dari seminggu sesudah ${milestone}; jadikan peristiwa tersendiri`,
      reportsNeedProgress: 'reports membandingkan angka: peristiwanya perlu progress sendiri: { value, estimate }',
      projectionBefore: (date: string) =>
        `proyeksi melihat ke depan: tidak boleh sebelum tanggal peristiwanya sendiri, ${date}`,
      progressNeeded: 'peristiwa berjenis "progress" perlu angka: tambahkan progress: { value, estimate }',
      next: (next: string) => `"${next}" bukan linimasa lain: harus sama dengan nama berkas di content/timelines/`,
      folder: 'ini folder, bukan berkas linimasa: ganti namanya (satu linimasa adalah satu berkas <id>.yaml)',
      fileName: 'nama berkas linimasa menjadi alamat: pakai huruf kecil, angka, dan tanda hubung',
    },
    /** Berkas dan daftar entri (sources.yaml, glossary.yaml). */
    files: {
      empty: 'kosong: lihat content/README.md untuk isinya',
      emptyList: (entry: string, example: string) =>
        `kosong: tulis paling sedikit satu ${entry}, masing-masing diawali "- id:" (${example})`,
      notList: (entry: string, example: string) =>
        `harus berupa daftar ${entry}, masing-masing diawali "- id:" (${example}), bukan kumpulan kolom`,
      duplicate: (what: string, id: string, first: number) =>
        `id ${what} "${id}" dipakai dua kali: sudah dipakai butir [${first}]; setiap id harus berbeda`,
      noSources: 'daftar sumber belum ada: buat dengan paling sedikit satu sumber',
      source: { entry: 'sumber', example: 'lihat "Menambah sumber" di content/README.md' },
      glossary: { entry: 'entri glosarium', example: 'lihat "Menambah istilah" di content/README.md' },
      unknownSource: (id: string) =>
        `id sumber "${id}" tidak dikenal: tambahkan ke content/sources.yaml atau perbaiki id-nya`,
    },
    /** Berkas artikel, frontmatter, dan kesiapannya terbit. */
    articles: {
      outside: (langs: string) =>
        `artikel ada di content/articles/<lang>/ dengan lang ${langs}: pindahkan berkas ini ke sana`,
      notLocale: (langs: string) => `artikel ada di content/articles/<lang>/ dengan lang ${langs}`,
      folder: 'ini folder, bukan artikel: ganti namanya (hanya berkas artikel yang berakhiran .mdx)',
      fileName: 'nama berkas menjadi alamat: pakai huruf kecil, angka, dan tanda hubung',
      fileNameLong: (max: number, found: number) =>
        `nama berkas menjadi alamat: paling banyak ${max} karakter; ini ${found}`,
      frontmatter: 'berkas harus diawali frontmatter di antara dua baris ---',
      misplaced: (lang: string, folder: string) =>
        `bernilai "${lang}" tetapi berkasnya ada di content/articles/${folder}/: tulis lang: ${folder} atau pindahkan berkasnya`,
      placeholder: (value: string) =>
        `masih teks contoh dari npm run new ("${value}"): tulis sendiri, atau biarkan draft: true`,
      note: 'catatan dari npm run new masih ada: terjemahkan teksnya, lalu hapus catatan itu (atau biarkan draft: true)',
      placeholderText: (text: string) =>
        `masih memuat teks contoh dari npm run new ("${text}…"): tulis artikelnya, atau biarkan draft: true`,
      languages: { id: 'bahasa Indonesia', en: 'bahasa Inggris' },
      readsAs: (lang: string, guessed: string, guessedCount: number, ownCount: number, own: string) =>
        `bernilai "${lang}" tetapi teksnya terbaca sebagai ${guessed} (${guessedCount} kata umum ${guessed}, ${ownCount} ${own}): terjemahkan, atau biarkan draft: true sampai selesai`,
      keyTaken: (key: string, file: string) =>
        `"${key}" sudah dipakai ${file}: setiap bahasa punya satu artikel per kunci`,
      untranslated: (key: string, language: string, lang: string, file: string) =>
        `"${key}" belum punya terjemahan ${language}: pembaca /${lang}/ tidak akan menemukannya (mulai dengan: npm run new -- --translate ${file})`,
      headingIsMilestone: (slug: string, timeline: string, line: number) =>
        `jangkarnya #${slug} juga id peristiwa di <Timeline id="${timeline}"> (baris ${line}): ubah kata-kata judul bagian itu`,
      tooLong: (length: number, max: number) =>
        `panjangnya ${length.toLocaleString('id-ID')} karakter; artikel paling panjang ${max.toLocaleString('id-ID')}: pecah menjadi dua artikel`,
      blockTooLong: (length: number, max: number) =>
        `panjangnya ${length.toLocaleString('id-ID')} karakter; paling panjang ${max.toLocaleString('id-ID')}: pecah menjadi paragraf yang sanggup dibaca`,
    },
    /** Komponen yang dipakai artikel (src/lib/content/kinds/components.ts). */
    components: {
      sourceRequired: 'wajib diisi: sebut id sumber dari content/sources.yaml',
      emptyQuote: 'kosong: kutip kata-kata sumber sendiri yang mendukung kalimat itu',
      emptyAt: 'kosong: sebut letak kata-kata itu (paragraf, halaman, atau waktu), atau hapus at',
      byRequired: 'wajib diisi: sebut siapa yang dikutip (nama dan jabatan)',
      quoteLang: (langs: string, found: string) => `bahasa kutipannya: ${langs}; tertulis "${found}"`,
      statDate: (found: string) => `harus tanggal yang ada, YYYY-MM-DD, atau bulan, YYYY-MM; tertulis "${found}"`,
      statValue: 'wajib diisi (misalnya value="87%")',
      statLabel: 'perlu keterangan di antara <Stat ...> dan </Stat>',
      termRequired: 'wajib diisi: sebut id entri dari content/glossary.yaml',
      termPending: (id: string) =>
        `entri glosarium "${id}" menunggu terjemahan (translation: pending), jadi belum ada di situs: tautkan setelah kedua bahasanya ditulis`,
      unknownTerm: (id: string) =>
        `id glosarium "${id}" tidak dikenal: tambahkan ke content/glossary.yaml atau perbaiki id-nya`,
      termWords: (id: string) => `perlu kata-kata yang ditautkan di antara <Term id="${id}"> dan </Term>`,
      langCode: (found: string) =>
        `bahasa kata-kata di dalamnya, berupa kode seperti "id" atau "en"; tertulis "${found}"`,
      langWords: (lang: string) => `perlu kata-kata di antara <Lang lang="${lang}"> dan </Lang>`,
      unknownTimeline: (id: string) =>
        `linimasa "${id}" tidak dikenal: harus sama dengan nama berkas di content/timelines/`,
      range: (found: string) =>
        `harus YYYY-MM..YYYY-MM dengan bulan pertama tidak sesudah yang terakhir; tertulis "${found}"`,
      highlight: (timeline: string, milestone: string) => `linimasa "${timeline}" tidak punya peristiwa "${milestone}"`,
      timelineList: (lists: string, found: string) =>
        `salah satu dari ${lists} (peristiwa di bawah bagan); tertulis "${found}"`,
      alt: 'wajib diisi: gambarkan isi gambar bagi pembaca yang tidak dapat melihatnya (alt="" tidak boleh di sini)',
      caption: 'wajib diisi: sebut apa yang ditunjukkan gambar dan dari mana asalnya',
      src: (folder: string) => `wajib diisi: nama berkas gambar di ${folder}/`,
      imageKind: (kinds: string, found: string) => `harus berkas gambar (${kinds}); tertulis "${found}"`,
      noImage: (src: string, folder: string) =>
        `tidak ada gambar "${src}" di ${folder}/: taruh berkasnya di sana atau perbaiki namanya`,
      derivedWay: (ways: string) =>
        `sebut cara angka itu dihitung, dengan salah satu dari ${ways}: <Derived days="2024-04-23 to 2024-04-25">dua hari</Derived>`,
      derivedWords: 'perlu kata-kata yang menyebut angkanya di antara <Derived …> dan </Derived>',
      calloutKind: (found: string) => `harus "note", "warning", atau "discrepancy"; tertulis "${found}"`,
    },
    /** Apa yang boleh ada dalam artikel MDX, dan arti kesalahan pembacanya (src/lib/mdx/safe-subset.ts). */
    mdx: {
      capital: (component: string) => `nama komponen diawali huruf besar: tulis <${component}>`,
      spanLang:
        'untuk menandai kata dalam bahasa lain tulis <Lang lang="en">…</Lang> (HTML tidak boleh ada dalam artikel)',
      html: 'ini HTML, yang tidak boleh ada dalam artikel (bisa menjalankan kode atau membawa pembaca ke tempat lain): pakai Markdown atau komponen (lihat content/README.md)',
      attributeCode: (code: string) =>
        `"${code}" adalah kode, yang tidak bisa dijalankan artikel: tulis setiap atribut sebagai nama="nilai"`,
      notAnAttribute: (component: string, allowed: string) => `bukan atribut <${component}>: atributnya ${allowed}`,
      noAttributes: (component: string) => `<${component}> tidak punya atribut: hapus`,
      valueNeeded: (name: string) => `perlu nilai dalam tanda kutip: ${name}="…"`,
      valueInBraces: (name: string) =>
        `ditulis dalam tanda kutip, ${name}="…": nilai dalam { } adalah kode, yang tidak bisa dijalankan artikel`,
      importLine: 'artikel tidak bisa mengimpor apa pun: komponen bekerja tanpa import, jadi hapus baris ini',
      exportLine: 'artikel tidak bisa mengekspor kode: hapus baris ini (data artikel ditulis di frontmatter)',
      expression: (code: string) =>
        `"{${code}}" adalah kode, yang tidak bisa dijalankan artikel: hapus (kurung kurawal ditulis \\{ dan \\}; catatan untuk penyunting ditulis {/* catatan */})`,
      fragment: 'fragmen (<>…</>) tidak dipakai dalam artikel: hapus <> dan </>',
      notComponent: (list: string) =>
        `bukan komponen yang bisa dipakai artikel: pakai salah satu dari ${list} (lihat content/README.md)`,
      otherHost: (url: string) =>
        `"${url}" membawa ke situs lain tanpa menyebut caranya: tulis alamat lengkapnya, https://…`,
      unsafeLink: (url: string) =>
        `"${url}" bukan alamat yang bisa diikuti pembaca: pakai https://…, halaman situs ini (/id/…), atau #judul-bagian`,
      unclosed: (name: string) =>
        `belum ditutup: tambahkan </${name}> di tempat ia berakhir (di barisnya sendiri, sesudah baris kosong, bila ia membungkus paragraf)`,
      mismatch: (open: string, line: string) =>
        `muncul sebelum <${open}> (baris ${line}) ditutup: tutup dulu dengan </${open}>`,
      neverOpened: 'menutup tag yang tidak pernah dibuka: hapus, atau tambahkan tag pembukanya',
      comment: 'komentar HTML tidak berlaku dalam artikel: tulis catatan sebagai {/* catatan */}',
      autolink: 'tautan ditulis [teks](https://…), bukan <https://…>',
      braces:
        'kurung kurawal memuat kode dalam MDX, yang tidak bisa dijalankan artikel: tulis kurung kurawal sebagai \\{ dan \\}, atau pakai ( )',
      curlyQuotes: (pair: string) =>
        `nilainya memakai tanda kutip miring (${pair}), seperti yang ditulis Word dan Google Docs: ketik tanda kutip lurus, nama="nilai"`,
      unquoted: 'nilai atribut ditulis dalam tanda kutip: nama="nilai"',
      noClosingQuote: 'nilai atribut tidak punya tanda kutip penutup: tulis nama="nilai"',
      lessThan: (start: string) =>
        `tanda < dalam teks ditulis &lt; (di sini "<${start}" terbaca sebagai awal sebuah tag)`,
      other: (reason: string) => `${reason} (lihat "Bila ada yang salah" di content/README.md)`,
      unsafe: (why: string) =>
        `${why} tidak boleh ada dalam artikel dan dihentikan sebelum terbit; npm run check:content menjelaskan cara memperbaikinya`,
      notNumbered: 'tidak ada dalam penomoran daftar konten: jalankan npm run check:content',
    },
    /** Bukti: angka dalam kutipannya, perhitungan, satu tanda per sumber (src/lib/content/claims.ts). */
    evidence: {
      statQuote: (value: string) => `wajib diisi: kutip kata-kata sumber yang memuat ${value || 'angkanya'}`,
      statMissing: (numbers: string, value: string) =>
        `tidak memuat ${numbers} dari value="${value}": kutip kata-kata yang memuat angkanya, atau perbaiki nilainya`,
      uncited: (sentence: string, figures: string) =>
        `${sentence} menyebut ${figures} tetapi tidak merujuk sumber apa pun: tambahkan <Cite id="…" quote="…" /> dengan kata-kata sumber yang memuatnya`,
      unquoted: (sentence: string, figures: string) =>
        `${sentence} menyebut ${figures}, yang tidak dikutip rujukannya: tambahkan quote="…" dengan kata-kata sumber yang memuatnya`,
      notGiven: (sentence: string, figures: string, quotes: string) =>
        `${sentence} menyebut ${figures}, yang tidak ada di kutipan mana pun yang dirujuknya (${quotes}): kutip kata-kata yang memuatnya, atau perbaiki angkanya`,
      more: (n: number) => `${n} lagi`,
      twice: (id: string, line: number) =>
        `merujuk "${id}" lagi dalam kalimat yang sama (baris ${line}): satu tanda per sumber per kalimat, jadi kutip kedua bagian dalam satu quote (digabung dengan …) atau pecah kalimatnya`,
      derivedForm: (example: string, found: string) =>
        `harus menyebut angka-angka yang dirujuk asalnya, seperti ${example}; tertulis "${found}"`,
      dateNotCited: (date: string) =>
        `${date} tidak ada di kutipan mana pun yang dirujuk artikel, juga bukan tanggal sumber yang dirujuk: rujuk dulu, lalu hitung darinya`,
      notOneFigure: (part: string, example: string) => `"${part}" bukan satu persentase atau jumlah uang: ${example}`,
      mixed: (from: string) => `menjumlahkan atau mengurangkan angka yang berbeda jenis atau mata uang: "${from}"`,
      figureNotCited: (figure: string) =>
        `“${figure}” tidak ada di kutipan mana pun yang dirujuk artikel: rujuk dulu, lalu hitung darinya`,
      wrong: (from: string, result: string, words: string, stated: string) =>
        `${from} menghasilkan ${result}; kata-kata “${words}” menyebut ${stated}: perbaiki salah satunya`,
      noSuchFigure: 'tidak ada angka itu',
      or: ' atau ',
    },
    /** Tautan dalam artikel (src/lib/content/links.ts). */
    links: {
      notAddress: (url: string, lang: string) =>
        `"${url}" bukan alamat: tulis https://…, halaman situs ini (/${lang}/…), atau #judul-bagian`,
      notWeb: (url: string) =>
        `"${url}" bukan alamat web: tautan mengarah ke https://… atau http://… (tulis alamat surel sebagai teks)`,
      noPage: (url: string, lang: string) =>
        `"${url}" tidak mengarah ke halaman mana pun di situs ini: periksa alamatnya (alamat artikel adalah /${lang}/articles/<nama berkasnya>/), atau tautkan halaman penggantinya`,
      otherLanguage: (url: string, target: string, own: string, lang: string) =>
        `"${url}" mengarah ke halaman ${target} dari artikel ${own}: tautkan halaman ${own} (/${lang}/…); tombol ganti bahasa ada di setiap halaman`,
      noAnchor: (url: string, page: string, anchor: string) =>
        `"${url}": ${page} tidak punya #${anchor}: tautkan jangkar sebuah judul bagian (kata-katanya dengan huruf kecil, digabung tanda hubung) atau hapus #…`,
      thisArticle: 'artikel ini',
      languages: { id: 'berbahasa Indonesia', en: 'berbahasa Inggris' },
    },
    /** Satu bahasa dulu (src/lib/content/pending.ts). */
    pending: {
      entry: (language: string, translate: string) =>
        `menunggu teks ${language} (translation: pending): tidak terbit dalam bahasa mana pun sampai setiap teks memilikinya dan baris translation: pending dihapus (npm run new -- --translate ${translate} menyalin teks yang akan diterjemahkan)`,
      done: 'sudah dua bahasa tetapi masih ditandai translation: pending: hapus baris itu untuk menerbitkannya',
      article: (language: string, file: string) =>
        `menunggu terjemahan ${language} (translation: pending): tidak terbit dalam bahasa mana pun sampai artikel ${language}-nya ada (npm run new -- --translate ${file} memulainya)`,
      languages: { id: 'bahasa Indonesia', en: 'bahasa Inggris' },
      and: ' dan ',
    },
    /** Karakter yang terbawa saat menempel teks dari dokumen (src/lib/content/pasted.ts). */
    pasted: {
      holds: (message: string, hint: string) => `${message}; nilainya memuat ${hint}`,
      curly:
        'tanda kutip miring (“ ” ‘ ’), seperti yang ditulis Word dan Google Docs: ketik tanda kutip lurus (" atau \'), atau tanpa tanda kutip',
      nbsp: 'spasi tak terputus, tersalin dari halaman web atau dokumen: ketik spasi biasa',
      invisible:
        'karakter tak terlihat (spasi lebar-nol atau tanda hubung lunak), tersalin bersama teks: ketik ulang nilainya',
      dash: 'tanda pisah (– —) di tempat tanda hubung (-): ketik tombol tanda hubung',
    },
    /** Arti kesalahan penulisan YAML (src/lib/content/yaml.ts). */
    yaml: {
      singleQuote:
        "teks dalam tanda kutip tunggal berakhir di ' berikutnya: tulis apostrof di dalamnya dua kali ('TikTok''s move') atau pakai tanda kutip ganda (\"TikTok's move\")",
      doubleQuote:
        'teks dalam tanda kutip ganda berakhir di " berikutnya: tulis " di dalamnya sebagai \\" atau pakai tanda kutip tunggal',
      colon: `teks yang memuat ": " harus di dalam tanda kutip: title: 'Apa itu: aturan baru'`,
      tab: 'pakai spasi untuk indentasi, bukan tab',
      duplicateKey: (first: string) => `${first}: setiap kolom ditulis sekali`,
      indent: (first: string) => `${first}: periksa indentasi (dua spasi per tingkat) dan tanda kutip di baris ini`,
      other: (first: string) => `${first} (periksa tanda kutip dan indentasi di baris ini)`,
      aliases:
        'memakai alias YAML (*nama) yang tidak bisa diuraikan (terlalu banyak, atau ke &jangkar yang tidak dikenal): tulis nilainya langsung',
    },
  },
};
