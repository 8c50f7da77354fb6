// What `npm run new` creates: a draft article with valid frontmatter and, if asked, its translation
// stub in the other language with the same translationKey. Pure: the CLI does the reading, writing
// and printing, so this can be tested on plain data.
import { join } from 'node:path';
import { Document, Scalar, YAMLSeq } from 'yaml';
import { isLocale, otherLocale, type Locale } from '../i18n/locales';
import { messages, messageLocale } from '../i18n/messages';
import type { ArticleData } from './content/schema';
import { templates } from './content/templates';
import { paths, SLUG, SLUG_MAX } from './urls';

export interface PlannedFile {
  path: string;
  lang: Locale;
  slug: string;
  content: string;
}

export type Plan = { ok: true; files: PlannedFile[] } | { ok: false; error: string };

/** Frontmatter as editors write it: text in single quotes, lists on one line, ids and dates bare. */
function frontmatter(fields: Record<string, string | readonly string[] | boolean>): string {
  const doc = new Document(fields);
  const quote = (node: unknown) => {
    if (node instanceof Scalar && typeof node.value === 'string') node.type = Scalar.QUOTE_SINGLE;
  };
  for (const key of ['title', 'description']) quote(doc.get(key, true));
  for (const key of ['authors', 'tags']) {
    const list = doc.get(key, true);
    if (list instanceof YAMLSeq) {
      list.flow = true;
      list.items.forEach(quote);
    }
  }
  return doc.toString({ lineWidth: 0, flowCollectionPadding: false });
}

export function articleFile(options: {
  lang: Locale;
  translationKey: string;
  published: string;
  title?: string;
  description?: string;
  authors?: readonly string[];
  tags?: readonly string[];
  body?: string;
}): string {
  const p = templates[options.lang];
  return [
    '---',
    frontmatter({
      title: options.title ?? p.title,
      description: options.description ?? p.description,
      lang: options.lang,
      translationKey: options.translationKey,
      published: options.published,
      authors: options.authors ?? [p.author],
      tags: options.tags ?? [],
      draft: true,
    }).trimEnd(),
    '---',
    '',
    (options.body ?? p.body.join('\n\n')).trim(),
    '',
  ].join('\n');
}

export interface NewArticleRequest {
  /** The content folder. */
  root: string;
  /** Today, YYYY-MM-DD. */
  today: string;
  lang?: string | undefined;
  slug?: string | undefined;
  /** Also create the translation, with this slug, in the other language. */
  translation?: string | undefined;
  title?: string | undefined;
  exists: (path: string) => boolean;
}

const tooLong = (option: string, slug: string) =>
  messages(messageLocale()).cli.new.tooLong(option, SLUG_MAX, slug.length, slug.slice(0, 30));

export function planNewArticle(req: NewArticleRequest): Plan {
  const { lang, slug, translation } = req;
  const m = messages(messageLocale()).cli.new;
  if (!isLocale(lang)) return { ok: false, error: m.badLang(lang ?? '') };
  if (!slug || !SLUG.test(slug))
    return {
      ok: false,
      error: m.badSlug(slug ?? ''),
    };
  if (slug.length > SLUG_MAX) return { ok: false, error: tooLong('--slug', slug) };
  if (translation !== undefined && !SLUG.test(translation)) return { ok: false, error: m.badTranslation };
  if (translation !== undefined && translation.length > SLUG_MAX)
    return { ok: false, error: tooLong('--translation', translation) };
  const files: PlannedFile[] = [
    {
      lang,
      slug,
      path: join(req.root, 'articles', lang, `${slug}.mdx`),
      content: articleFile({
        lang,
        translationKey: slug,
        published: req.today,
        ...(req.title ? { title: req.title } : {}),
      }),
    },
  ];
  if (translation !== undefined) {
    const other = otherLocale(lang);
    files.push({
      lang: other,
      slug: translation,
      path: join(req.root, 'articles', other, `${translation}.mdx`),
      content: articleFile({ lang: other, translationKey: slug, published: req.today }),
    });
  }
  return refuseOverwrite(files, req.exists);
}

export interface TranslateRequest {
  root: string;
  today: string;
  /** The existing article, as read from its file. */
  source: { path: string; lang: Locale; slug: string; data: ArticleData; body: string };
  /** The translation's slug; the source's slug when not given. */
  slug?: string | undefined;
  /** The file of the article with this translationKey in the other language, if there is one. */
  translated?: string | undefined;
  exists: (path: string) => boolean;
}

/** A translation stub for an existing article: same key, the original text to translate, a draft. */
export function planTranslation(req: TranslateRequest): Plan {
  const { source } = req;
  const lang = otherLocale(source.lang);
  const slug = req.slug ?? source.slug;
  if (!SLUG.test(slug)) return { ok: false, error: messages(messageLocale()).cli.new.badSlug(slug) };
  if (slug.length > SLUG_MAX) return { ok: false, error: tooLong('--slug', slug) };
  if (req.translated)
    return {
      ok: false,
      error: messages(messageLocale()).cli.new.translated(source.data.translationKey, req.translated),
    };
  const note = `{/* ${templates[lang].translateNote(source.path)} */}`;
  return refuseOverwrite(
    [
      {
        lang,
        slug,
        path: join(req.root, 'articles', lang, `${slug}.mdx`),
        content: articleFile({
          lang,
          translationKey: source.data.translationKey,
          published: req.today,
          title: source.data.title,
          description: source.data.description,
          authors: source.data.authors,
          tags: source.data.tags,
          body: `${note}\n\n${source.body.trim()}`,
        }),
      },
    ],
    req.exists,
  );
}

function refuseOverwrite(files: PlannedFile[], exists: (path: string) => boolean): Plan {
  const taken = files.filter((f) => exists(f.path));
  if (taken.length)
    return {
      ok: false,
      error: messages(messageLocale()).cli.new.taken(
        taken.map((f) => f.path).join(messages(messageLocale()).cli.new.and),
        taken.length > 1,
      ),
    };
  return { ok: true, files };
}

/** Where `astro dev` serves when no running dev server says otherwise (src/lib/dev-server.ts). */
export const DEFAULT_DEV_ORIGIN = 'http://localhost:4321';

/** Where `npm run dev` shows an article. */
export function devUrl(file: Pick<PlannedFile, 'lang' | 'slug'>, origin = DEFAULT_DEV_ORIGIN): string {
  return origin + paths.article(file.lang, file.slug);
}
