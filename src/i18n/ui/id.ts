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
    noTranslation: 'Artikel ini belum diterjemahkan; tautan menuju beranda bahasa lain.',
  },
  home: {
    title: 'Permendag 31/2023 dan migrasi TikTok Shop – Tokopedia',
    intro:
      'Penjelasan bersumber tentang aturan perdagangan melalui sistem elektronik yang memisahkan media sosial dari transaksi, dan tentang pemindahan sistem TikTok Shop ke Tokopedia yang dipicunya.',
    articlesHeading: 'Artikel',
    noArticles: 'Belum ada artikel.',
    timelinesHeading: 'Linimasa',
  },
  article: {
    published: 'Terbit',
    updated: 'Diperbarui',
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
    title: 'Glosarium',
    description:
      'Istilah yang dipakai di situs ini, dari PMSE hingga Shop | Tokopedia, dengan definisi singkat dan sumbernya.',
    intro:
      'Istilah yang muncul di artikel dan linimasa, diurutkan menurut abjad. Setiap istilah di artikel bertaut ke penjelasannya di sini.',
    index: 'Daftar istilah',
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
  },
  timeline: {
    intro:
      'Grafik menunjukkan kapan setiap peristiwa terjadi dan berapa persen migrasi yang dilaporkan selesai. Setiap peristiwa di daftar di bawahnya merujuk ke sumbernya; ketika sumber tidak sepakat, catatan menjelaskannya.',
    milestonesHeading: 'Semua peristiwa',
    kinds: {
      regulation: 'Regulasi',
      business: 'Bisnis',
      progress: 'Laporan progres',
      deadline: 'Tenggat',
      enforcement: 'Pengawasan',
    },
    progress: (value: string, estimate: boolean) =>
      `Progres dilaporkan: ${estimate ? 'sekitar ' : ''}${value}${estimate ? ' (perkiraan)' : ''}`,
    projection: (value: string, date: string) => `Perkiraan: ${value} pada ${date}`,
    note: 'Catatan sumber',
    sources: 'Sumber',
    target: 'Target tenggat',
    chartLabel: (title: string) => `${title}: grafik interaktif`,
    chartDescription:
      'Garis tegas menunjukkan progres yang dilaporkan; lingkaran kosong menandai perkiraan; garis putus-putus adalah proyeksi atau target, bukan laporan. Daftar di bawah grafik memuat setiap peristiwa.',
    help: 'Pilih grafik, lalu gunakan ← dan → untuk berpindah antarperistiwa, Home/End untuk yang pertama/terakhir, Enter atau Spasi untuk membuka, Esc untuk menutup, + dan − untuk memperbesar atau memperkecil.',
    zoomGroup: 'Perbesaran',
    zoomIn: 'Perbesar',
    zoomOut: 'Perkecil',
    zoomReset: 'Tampilkan semua',
    filterKinds: 'Jenis peristiwa',
    mode: 'Tampilkan',
    modeAll: 'Semua peristiwa',
    modeProgress: 'Hanya laporan progres',
    showing: (shown: string, total: string) => `Menampilkan ${shown} dari ${total} peristiwa`,
    legend: {
      label: 'Keterangan',
      reported: 'Progres dilaporkan',
      estimate: 'Perkiraan',
      forecast: 'Proyeksi atau target',
      deadline: 'Masa tenggat',
    },
    download: 'Unduh data',
    close: 'Tutup',
    showInList: 'Lihat di daftar',
    highlighted: 'Disorot',
    fullTimeline: 'Lihat linimasa lengkap',
    rangeNote: (from: string, to: string) => `Menampilkan ${from} sampai ${to}.`,
  },
  embed: {
    fullStory: (site: string) => `Selengkapnya di ${site}`,
    iframeTitle: (title: string) => `${title} (linimasa interaktif)`,
    builder: {
      heading: 'Sematkan linimasa ini',
      intro:
        'Pasang linimasa ini di artikel Anda. Tinggi bingkai menyesuaikan isinya dengan pemuat kami atau pym.js; iframe biasa tidak memerlukan skrip.',
      language: 'Bahasa',
      theme: 'Tema',
      themeAuto: 'Ikuti perangkat pembaca',
      themeLight: 'Terang',
      themeDark: 'Gelap',
      from: 'Dari bulan',
      to: 'Sampai bulan',
      highlight: 'Sorot peristiwa',
      none: 'Tidak ada',
      list: 'Tampilkan daftar peristiwa',
      kind: 'Jenis kode',
      kindLoader: 'Pemuat (menyesuaikan tinggi)',
      kindPym: 'pym.js (dari NPR)',
      kindIframe: 'iframe biasa (tinggi tetap)',
      code: 'Kode sematan',
      copy: 'Salin kode',
      copied: 'Tersalin',
      copyFailed: 'Tidak dapat menyalin; pilih kodenya lalu salin secara manual.',
      preview: 'Pratinjau',
      noScript: 'Pratinjau dan pilihan memerlukan JavaScript; kode di bawah menyematkan linimasa lengkap.',
    },
  },
};
