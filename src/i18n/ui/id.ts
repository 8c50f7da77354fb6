// Interface text in Bahasa Indonesia, the site's first language. Its shape is the contract every
// other locale must match (see ./types.ts); content text lives in content/, not here.
export const id = {
  siteName: 'Penjelas Permendag 31/2023',
  siteTagline: 'Aturan dagang daring Indonesia dan migrasi TikTok Shop ke Tokopedia, dijelaskan dengan sumber.',
  languageName: 'Bahasa Indonesia',
  skipToContent: 'Langsung ke isi',
  nav: {
    label: 'Navigasi utama',
    home: 'Beranda',
    timeline: 'Linimasa',
    glossary: 'Glosarium',
  },
  languageSwitcher: {
    label: 'Bahasa',
    /** Shown on the link to the other language, in that language's own words. */
    switchTo: 'Baca dalam Bahasa Indonesia',
    /** The end of switchTo that phones show: the link's name still begins with the rest. */
    switchToShort: 'Indonesia',
    noTranslation: 'Artikel ini belum diterjemahkan; tautan menuju beranda bahasa lain.',
  },
  home: {
    title: 'Permendag 31/2023 dan migrasi TikTok Shop – Tokopedia',
    intro:
      'Penjelasan bersumber tentang aturan perdagangan melalui sistem elektronik yang memisahkan media sosial dari transaksi, dan tentang pemindahan sistem TikTok Shop ke Tokopedia yang dipicunya.',
    articlesHeading: 'Artikel',
    noArticles: 'Belum ada artikel.',
    timelinesHeading: 'Linimasa',
    story: {
      heading: 'Kisahnya dalam tiga angka',
      complete: 'Rampung',
      disputed: 'Sumber berbeda',
      /** Who gave the figure, under it. */
      by: (who: string) => `menurut ${who}`,
      sparkline: (from: string, to: string) => `Bagan kecil progres yang dilaporkan, ${from} sampai ${to}`,
      open: 'Buka linimasa lengkap',
    },
    updated: 'Terakhir diperbarui',
  },
  article: {
    published: 'Terbit',
    updated: 'Diperbarui',
    asOf: 'Fakta per',
    by: 'Oleh',
    toc: 'Daftar isi',
    tags: 'Topik',
    readingTime: (minutes: number) => `${minutes} menit baca`,
    sources: 'Sumber',
    /** Hidden text before a footnote number, so "[3]" is read as "Sumber 3". */
    sourceMarker: 'Sumber',
    backToCitation: (n: number, k: number, uses: number) =>
      uses > 1 ? `Kembali ke kutipan sumber ${n}, tempat ke-${k}` : `Kembali ke kutipan sumber ${n}`,
    noAddress: 'alamat web tidak diketahui',
    updates: 'Riwayat pembaruan',
    updatesIntro: 'Perubahan pada artikel ini sejak terbit, yang terbaru di atas.',
    /** The badge on a draft, which only `npm run dev` shows. */
    draft: 'Draf: hanya tampil di pratinjau, tidak diterbitkan',
    /** The badge on an article marked `translation: pending` whose translation does not exist yet. */
    awaiting: 'Menunggu terjemahan: tidak diterbitkan sebelum terjemahannya ada',
    /** The number of entries after the update history's title, while it is folded. */
    updatesCount: (n: number) => `${n} perubahan`,
    /** The button that leads back to the contents once they have scrolled away (phones). */
    tocJump: 'Daftar isi',
    /** Links to the articles published before and after this one. */
    around: 'Artikel lain',
    previous: 'Sebelumnya',
    next: 'Berikutnya',
  },
  mdx: {
    keyFacts: 'Fakta kunci',
    callout: {
      note: 'Catatan',
      warning: 'Perhatian',
      discrepancy: 'Sumber tidak sepakat',
    },
    statAsOf: 'per',
  },
  glossary: {
    /** In a term's popover in an article: the link to the full entry. */
    more: 'Selengkapnya di glosarium',
    title: 'Glosarium',
    description:
      'Istilah yang dipakai di situs ini, dari PMSE hingga Shop | Tokopedia, dengan definisi singkat dan sumbernya.',
    intro:
      'Istilah yang muncul di artikel dan linimasa, diurutkan menurut abjad. Setiap istilah di artikel bertaut ke penjelasannya di sini.',
    index: 'Daftar istilah dan tokoh',
    terms: 'Istilah',
    people: 'Tokoh',
    sources: 'Sumber',
  },
  notFound: {
    title: 'Halaman tidak ditemukan',
    body: 'Alamat ini tidak ada di situs ini, atau sudah dipindahkan.',
    backHome: 'Kembali ke beranda',
  },
  chooser: {
    title: 'Pilih bahasa',
    body: 'Situs ini tersedia dalam Bahasa Indonesia dan bahasa Inggris.',
  },
  footer: {
    about: 'Setiap fakta di situs ini merujuk ke sumber publik yang dapat diperiksa.',
    sourcesNote: 'Situs ini tidak memuat skrip, font, atau pelacak dari pihak ketiga.',
    allSources: 'Semua sumber',
    feed: 'RSS',
  },
  sourcesPage: {
    title: 'Semua sumber',
    description: 'Daftar lengkap sumber publik yang dirujuk situs ini: penerbit, judul, tanggal, dan tautan.',
    intro:
      'Setiap fakta di situs ini merujuk ke salah satu sumber berikut. Judul ditulis dalam bahasa aslinya. Di bawah setiap sumber tercantum bagian situs yang merujuknya, beserta kata-kata sumber yang dikutip di sana.',
    inLanguage: { id: 'Bahasa Indonesia', en: 'Bahasa Inggris' },
    uses: (n: number) => `Dirujuk ${n} kali`,
    /** The folded list of a source's uses: how many passages, cited how many times. */
    usesSummary: (passages: number, uses: number) =>
      passages === uses ? `Dirujuk ${uses} kali` : `${passages} kutipan, dirujuk ${uses} kali`,
    citedIn: 'Dirujuk di',
  },
  /** The home page's list of what changed on the site's last update (src/lib/whats-new.ts). */
  whatsNew: {
    heading: 'Yang baru',
    lastUpdated: 'Pembaruan artikel terakhir',
    added: 'Artikel baru',
    updated: 'Diperbarui',
  },
  citation: {
    quote: 'Kata-kata sumber',
    quoteIn: (language: string) => `Kutipan dalam bahasa ${language}`,
    at: 'Letak dalam sumber',
    archive: 'arsip',
    /** In a citation's popover: the link to the article's list of sources. */
    allSources: 'Semua sumber artikel ini',
    /** A citation's popover: its accessible name. */
    popoverLabel: (n: number) => `Sumber ${n}`,
    archiveLabel: (publisher: string) => `Salinan arsip artikel ${publisher}`,
    via: 'salinan di',
    languages: { id: 'Indonesia', en: 'Inggris' },
  },
  timeline: {
    intro:
      'Grafik menunjukkan kapan setiap peristiwa terjadi dan berapa persen migrasi yang dilaporkan selesai. Setiap peristiwa di daftar di bawahnya merujuk ke sumbernya; ketika sumber tidak sepakat, catatan menjelaskannya.',
    readIntro: 'Baca pengantar selengkapnya',
    milestonesHeading: 'Semua peristiwa',
    kinds: {
      regulation: 'Regulasi',
      business: 'Bisnis',
      progress: 'Laporan progres',
      deadline: 'Tenggat',
      enforcement: 'Pengawasan',
    },
    progress: (figure: string, estimate: boolean, by?: string) =>
      `Progres dilaporkan${by ? ` oleh ${by}` : ''}: ${figure}${estimate ? ' (perkiraan)' : ''}`,
    /** A figure as it was worded: "sekitar 75%", "lebih dari 70%", "hampir 90%". */
    figure: (value: string, qualifier?: 'about' | 'over' | 'almost') =>
      qualifier ? `${{ about: 'sekitar', over: 'lebih dari', almost: 'hampir' }[qualifier]} ${value}` : value,
    projection: (value: string, date: string) => `Perkiraan: ${value} pada ${date}`,
    note: 'Catatan sumber',
    sources: 'Sumber',
    reports: 'Siapa melaporkan apa',
    report: (who: string, value: string, date: string) => `${who}: ${value} (${date})`,
    target: 'Target tenggat',
    disagree: 'Sumber berbeda',
    chartLabel: (title: string) => `${title}: grafik interaktif`,
    /** The chart's text alternative, for the bands it has. */
    chartDescription: ({ events, panel }: { events: boolean; panel: boolean }) =>
      [
        events &&
          `Peristiwa berada di garis tersendiri${panel ? ' di atas panel progres, yang hanya memuat persentase yang dilaporkan' : ''}.`,
        panel &&
          'Angka setiap pelapor punya bentuk dan warna sendiri; garis tegas menghubungkan angka satu pelapor (disebut di keterangan); tanda kosong adalah perkiraan; garis putus-putus adalah proyeksi atau target, bukan laporan; kotak berarsir menandai sumber yang berbeda dalam beberapa hari.',
        'Catatan di samping beberapa tanda menceritakan titik-titik balik ceritanya. Jalur di tepi menampilkan seluruh linimasa dan bagian yang sedang ditampilkan. Daftar di bawah grafik memuat setiap peristiwa.',
      ]
        .filter(Boolean)
        .join(' '),
    help: 'Di grafik: ←/→ berpindah antarperistiwa, Home/End ke awal/akhir, Enter membuka, Esc menutup, +/− memperbesar/memperkecil, Page Up/Page Down menggeser tampilan, 0 kembali ke awal.',
    zoomGroup: 'Tampilan',
    zoomIn: 'Perbesar',
    zoomOut: 'Perkecil',
    zoomReset: 'Semua',
    zoomResetLabel: 'Semua: tampilkan seluruh linimasa',
    zoomFocus: 'Fokus',
    zoomFocusLabel: 'Fokus: kembali ke tampilan awal',
    panEarlier: 'Geser ke waktu sebelumnya',
    panLater: 'Geser ke waktu sesudahnya',
    filter: 'Saring',
    /** The menu beside the zoom buttons: the other views and the filters. */
    menu: 'Lainnya',
    menuLabel: 'Lainnya: tampilan lain dan saringan',
    /** A milestone dated after the axis ends, drawn at its end: "hingga 17 Jun 2027". */
    until: 'hingga {date}',
    filterKinds: 'Jenis peristiwa',
    mode: 'Tampilkan',
    modeAll: 'Semua peristiwa',
    modeProgress: 'Hanya laporan progres',
    showing: (shown: string, total: string) => `${shown} dari ${total} peristiwa`,
    viewing: (from: string, to: string) => `Grafik menampilkan ${from} sampai ${to}.`,
    more: (n: number) => `${n} label tidak dimuat di sini`,
    legend: {
      label: 'Keterangan',
      show: 'Keterangan bagan',
      reported: 'Progres dilaporkan',
      estimate: 'Perkiraan',
      forecast: 'Proyeksi atau target',
      deadline: 'Masa tenggat',
      disagree: 'Sumber berbeda dalam beberapa hari',
      reporters: 'Progres dilaporkan, menurut pemberi angka',
      line: 'dihubungkan garis',
      more: 'Label yang tidak muat (ada di kartu dan daftar)',
      overview: 'Seluruh linimasa; kotak menandai bagian yang ditampilkan',
      later: 'Bertanggal sesudah ujung grafik: digambar di tepinya',
      annotation: 'Catatan di grafik: titik-titik balik ceritanya',
    },
    download: 'Unduh data',
    updated: 'Diperbarui',
    /** The pictures' source line: "Sumber: …". */
    source: 'Sumber',
    downloadImage: 'Unduh grafik',
    close: 'Tutup',
    showInList: 'Lihat di daftar',
    highlighted: 'Disorot',
    fullTimeline: 'Lihat linimasa lengkap',
    next: 'Kelanjutannya',
    previous: 'Sebelumnya',
    rangeNote: (from: string, to: string) => `Menampilkan ${from} sampai ${to}.`,
    showAll: (n: number | string) => `Tampilkan semua ${n} peristiwa`,
    showFewer: 'Tampilkan lebih sedikit',
    /** A long timeline's list, split by year (lib/timeline/pages.ts). */
    openingList: (n: number) =>
      `${n} peristiwa yang pertama tampil di grafik. Semua peristiwa beserta sumbernya, per tahun:`,
    yearsLabel: 'Peristiwa per tahun',
    yearLink: (year: string, n: number) => `${year} (${n})`,
    yearTitle: (title: string, year: string) => `${title}: ${year}`,
    yearIntro: (n: number, year: string) => `${n} peristiwa pada ${year}, masing-masing dengan sumbernya.`,
    onYearPage: (year: string) => `Baca beserta sumbernya di halaman ${year}`,
    backToChart: 'Kembali ke grafik',
  },
  embed: {
    fullStory: (site: string) => `Selengkapnya di ${site}`,
    iframeTitle: (title: string) => `${title} (linimasa interaktif)`,
    imageAlt: (title: string) => `Bagan: ${title}`,
    ampOverflow: 'Tampilkan linimasa selengkapnya',
    builder: {
      heading: 'Sematkan linimasa ini',
      pageTitle: (title: string) => `Sematkan linimasa: ${title}`,
      options: 'Pilihan dan pratinjau',
      teaser:
        'Pasang linimasa ini di artikel Anda: tempel kode ini di tempat yang diinginkan. Ukurannya menyesuaikan sendiri.',
      more: 'Pilihan lain, jenis kode lain, dan pratinjau',
      intro:
        'Pasang linimasa ini di artikel Anda. Tinggi bingkai menyesuaikan isinya dengan pemuat kami atau pym.js; iframe biasa tidak memerlukan skrip.',
      language: 'Bahasa',
      theme: 'Tema',
      themeAuto: 'Ikuti perangkat pembaca',
      themeLight: 'Terang (bawaan)',
      themeDark: 'Gelap',
      from: 'Dari bulan',
      to: 'Sampai bulan',
      highlight: 'Sorot peristiwa',
      none: 'Tidak ada',
      list: 'Peristiwa di bawah bagan',
      listCompact: 'Beberapa yang pertama, dengan “Tampilkan semua”',
      listFull: 'Semua',
      listNone: 'Tidak ada (bagan saja)',
      kind: 'Jenis kode',
      kindLoader: 'Pemuat (menyesuaikan tinggi)',
      kindPym: 'pym.js (dari NPR)',
      kindIframe: 'iframe biasa (tanpa skrip)',
      kindAmp: 'AMP (amp-iframe, untuk halaman AMP)',
      kindImage: 'Gambar (buletin surel)',
      notes: {
        loader:
          'iframe yang sudah setinggi tampilan ponsel; skrip kecil kami lalu menyesuaikan tingginya dengan lebar halaman Anda.',
        pym: 'Memuat salinan pym.js 1.3.2 dari situs ini, dengan Subresource Integrity; pesan hanya diterima dari situs ini.',
        iframe:
          'Tanpa skrip di halaman Anda: tingginya pas untuk ponsel 375 px, dan di layar lebar ada ruang kosong di bawahnya.',
        amp: 'Untuk halaman AMP: memerlukan skrip amp-iframe di <head>. Gambar bagan tampil sampai sematan termuat.',
        image: 'Gambar bagan yang ditautkan ke linimasa, untuk buletin surel dan tempat lain tanpa iframe.',
      },
      code: 'Kode sematan',
      copy: 'Salin kode',
      copied: 'Tersalin',
      copyFailed: 'Tidak dapat menyalin; pilih kodenya lalu salin secara manual.',
      preview: 'Pratinjau',
      previewPhone: (screen: number, frame: number) => `Ponsel: layar ${screen} px, bingkai selebar ${frame} px`,
      previewDesktop: 'Desktop, selebar kolom ini',
      tall: (px: string) => `tinggi ${px} px`,
      noScript: 'Pratinjau dan pilihan memerlukan JavaScript; kode di bawah menyematkan linimasa lengkap.',
      open: 'Buka sematan di halaman tersendiri',
    },
  },
  search: {
    title: 'Cari',
    label: 'Cari di situs ini',
    placeholder: 'mis. social commerce',
    submit: 'Cari',
    needsJs: 'Pencarian memerlukan JavaScript.',
    browse: 'Lihat daftar artikel',
    searching: 'Mencari…',
    none: (query: string) => `Tidak ada hasil untuk “${query}”.`,
    count: (count: string, query: string) => `Hasil untuk “${query}”: ${count}`,
    unavailable: 'Pencarian tidak dapat dimuat. Coba lagi nanti, atau lihat daftar artikel.',
  },
  menu: {
    /** The one button of the header on phones: it opens the pages, search and the theme. */
    open: 'Menu',
  },
  theme: {
    label: 'Tema',
    system: 'Ikuti sistem',
    light: 'Terang',
    dark: 'Gelap',
  },
  share: {
    label: 'Bagikan',
    copy: 'Salin tautan',
    copied: 'Tautan tersalin',
    copyFailed: 'Tidak dapat menyalin tautan.',
    whatsapp: 'Kirim lewat WhatsApp',
    x: 'Bagikan di X',
    facebook: 'Bagikan di Facebook',
    telegram: 'Kirim lewat Telegram',
    email: 'Kirim lewat surel',
  },
  feed: {
    title: (site: string) => `${site}: artikel terbaru`,
  },
};
