// The embed builder: turns the chosen options into an embed URL and code of the chosen kind, copies
// it, and previews the embed at a phone's width and at the column's, each sized by the embed's own
// height messages. The code's height (the frame's until something sizes it) is the one measured in
// the phone preview, or, until it has measured, the one computed at build time for the options.
import { embedQuery, type EmbedList, type EmbedTheme } from '../../lib/embed/options';
import { parseHeight, parsePymMessage } from '../../lib/embed/pym';
import { snippet, type SnippetInput, type SnippetKind } from '../../lib/embed/snippets';
import { parseRange } from '../../lib/timeline/range';

interface BuilderData {
  id: string;
  pym: { path: string; integrity: string };
  loader: string;
  phoneWidth: number;
  langs: Record<
    string,
    {
      embed: string;
      full: string;
      title: string;
      image: SnippetInput['image'];
      heights: Record<EmbedList, number>;
      overflow: string;
    }
  >;
  notes: Record<SnippetKind, string>;
}

for (const root of document.querySelectorAll<HTMLElement>('[data-embed-builder]')) {
  const data = JSON.parse(root.querySelector('[data-builder-data]')!.textContent!) as BuilderData;
  // The options apply as they change, so they are a group of controls, not a form to submit.
  const form = root.querySelector<HTMLElement>('[data-options]')!;
  const field = (name: string) => form.querySelector<HTMLInputElement | HTMLSelectElement>(`[name="${name}"]`)!;
  const checked = (name: string) => form.querySelector<HTMLInputElement>(`[name="${name}"]:checked`)!.value;
  const code = root.querySelector('textarea')!;
  const note = root.querySelector<HTMLElement>('[data-kind-note]')!;
  const copy = root.querySelector<HTMLButtonElement>('[data-copy]')!;
  const status = root.querySelector<HTMLElement>('[data-copy-status]')!;
  const previews = root.querySelector<HTMLElement>('[data-previews]')!;
  const frames = [...previews.querySelectorAll<HTMLIFrameElement>('iframe[data-preview]')];
  const months = [...form.querySelectorAll<HTMLOptionElement>('select[name="from"] option')].map((o) => o.value);
  /** The phone preview's height for the embed URL it measured. */
  let measured: { src: string; height: number } | undefined;

  const current = () => {
    const lang = field('lang').value;
    const from = field('from').value;
    const to = field('to').value;
    // The whole timeline needs no range; months picked the wrong way round still make one.
    const whole = from === months[0] && to === months.at(-1);
    const list = checked('list') as EmbedList;
    const query = embedQuery({
      theme: field('theme').value as EmbedTheme,
      range: whole ? null : (parseRange(`${from}..${to}`) ?? parseRange(`${to}..${from}`)),
      highlight: field('highlight').value || null,
      list,
    });
    return { lang, list, query, kind: checked('kind') as SnippetKind, text: data.langs[lang]! };
  };

  const update = () => {
    const { lang, list, query, kind, text } = current();
    const path = `${text.embed}${query}`;
    const origin = location.origin;
    const input: SnippetInput = {
      url: `${origin}${path}`,
      fullUrl: `${origin}${text.full}`,
      title: text.title,
      height: measured?.src === path ? measured.height : text.heights[list],
      loaderUrl: `${origin}${data.loader}`,
      pym: { src: `${origin}${data.pym.path}`, integrity: data.pym.integrity },
      image: { ...text.image, src: `${origin}${text.image.src}` },
    };
    root.querySelector<HTMLAnchorElement>('[data-embed-link]')!.href = path;
    code.value = snippet(kind, input, text.overflow);
    note.textContent = data.notes[kind];
    status.textContent = '';
    for (const frame of frames) {
      const src = `${path}${query ? '&' : '?'}childId=embed-builder-${frame.dataset.preview}`;
      if (frame.getAttribute('src') !== src) frame.src = src;
      frame.title = input.title;
      frame.lang = lang;
    }
  };

  addEventListener('message', (event) => {
    const frame = frames.find((f) => f.contentWindow === event.source);
    if (!frame || event.origin !== location.origin) return;
    const message = parsePymMessage(event.data, `embed-builder-${frame.dataset.preview}`);
    const height = message?.type === 'height' ? parseHeight(message.message) : null;
    if (!height) return;
    frame.height = String(height);
    const figure = frame.parentElement!;
    figure.querySelector('[data-height]')!.textContent = height.toLocaleString(document.documentElement.lang);
    figure.querySelector<HTMLElement>('[data-measured]')!.hidden = false;
    // Only a phone preview as wide as a phone measures the code's height (not on a narrow screen).
    if (frame.dataset.preview !== 'phone' || frame.clientWidth !== data.phoneWidth) return;
    const src = new URL(frame.src).pathname + new URL(frame.src).search.replace(/[?&]childId=[^&]*$/, '');
    if (measured?.src !== src || measured.height !== height) {
      measured = { src, height };
      update();
    }
  });

  copy.addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText(code.value);
      status.textContent = status.dataset.copied ?? '';
    } catch {
      code.select();
      status.textContent = document.execCommand('copy')
        ? (status.dataset.copied ?? '')
        : (status.dataset.copyFailed ?? '');
    }
  });
  form.addEventListener('change', update);
  update();
}
