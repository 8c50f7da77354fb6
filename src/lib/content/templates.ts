// The placeholder text `npm run new` writes into a new draft, kept here once: the CLI writes it and
// `check:content` refuses to publish an article that still contains any of it.
import type { Locale } from '../../i18n/locales';

export interface Template {
  title: string;
  description: string;
  author: string;
  /** Body paragraphs; the second is a heading. Each non-heading line is a placeholder. */
  body: readonly string[];
  /** The note at the top of a translation draft, naming the file to translate from. */
  translateNote: (from: string) => string;
}

export const templates: Record<Locale, Template> = {
  id: {
    title: 'Judul artikel',
    description: 'Satu atau dua kalimat tentang isi artikel, paling banyak 160 karakter.',
    author: 'Tim Penjelas',
    body: [
      'Paragraf pembuka: apa yang akan diketahui pembaca setelah membaca artikel ini.',
      '## Bagian pertama',
      'Setiap fakta perlu sumber dari content/sources.yaml. Cara mengutip dan komponen lain ada di content/README.md.',
    ],
    translateNote: (from) =>
      `Terjemahkan teks di bawah ini dari ${from} (judul dan deskripsi juga), lalu hapus catatan ini dan baris draft: true.`,
  },
  en: {
    title: 'Article title',
    description: 'One or two sentences on what the article covers, at most 160 characters.',
    author: 'Explainer team',
    body: [
      'Opening paragraph: what readers will know once they have read this article.',
      '## First section',
      'Every fact needs a source from content/sources.yaml. How to cite, and the other components, are in content/README.md.',
    ],
    translateNote: (from) =>
      `Translate the text below from ${from} (the title and description too), then delete this note and the draft: true line.`,
  },
};

/** Text that only a template contains, with what it is: searched for in articles about to publish. */
export function placeholderTexts(): { text: string; what: 'paragraph' | 'note' }[] {
  return Object.values(templates).flatMap((t) => [
    ...t.body.filter((line) => !line.startsWith('#')).map((text) => ({ text, what: 'paragraph' as const })),
    // The note's fixed start, before the file name.
    { text: t.translateNote('\0').split('\0')[0]!, what: 'note' as const },
  ]);
}
