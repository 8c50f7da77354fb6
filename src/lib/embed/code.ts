// Everything the embed code of one timeline needs, computed at build time (Node only: it reads our
// pym.js copy): addresses on this site, the height on a phone for the list option, the picture.
// The timeline page, the builder (its code without JavaScript, and the heights it starts from),
// oEmbed and the host pages of the tests all get their code from here.
import { t, type Locale } from '../../i18n';
import type { Source, Timeline } from '../content/schema';
import { timelineImageSize } from '../timeline/image';
import { buildDay } from '../timeline/updated';
import { timelineView } from '../timeline/view';
import { absolute, paths } from '../urls';
import { codeHeight } from './height';
import { embedQuery, type EmbedOptions } from './options';
import { pymAsset } from './pym-asset';
import type { SnippetInput } from './snippets';

export type CodeOptions = Partial<Pick<EmbedOptions, 'theme' | 'range' | 'highlight' | 'list'>>;

export function embedCode(
  timeline: Timeline,
  sources: ReadonlyMap<string, Source>,
  lang: Locale,
  site: URL | string | undefined,
  options: CodeOptions = {},
  today: string = buildDay(),
): SnippetInput {
  const ui = t(lang);
  const view = timelineView(timeline, sources, lang, { uid: 'code', today, compact: true });
  const pym = pymAsset();
  return {
    url: absolute(paths.embedTimeline(lang, timeline.id) + embedQuery(options), site),
    fullUrl: absolute(paths.timeline(lang, timeline.id), site),
    title: ui.embed.iframeTitle(timeline.title[lang]),
    height: codeHeight(view, lang, options.list ?? 'compact'),
    loaderUrl: absolute(paths.embedLoader(), site),
    pym: { src: absolute(pym.path, site), integrity: pym.integrity },
    image: {
      src: absolute(paths.newsletterImage(timeline.id, lang), site),
      ...timelineImageSize(timeline, lang, today, 'newsletter'),
      alt: ui.embed.imageAlt(timeline.title[lang]),
    },
  };
}
