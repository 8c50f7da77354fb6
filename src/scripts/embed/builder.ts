// The embed builder on timeline pages: turns the chosen options into an embed URL and code,
// copies it, and previews the embed (which reports its height like any embed).
import { embedQuery } from '../../lib/embed/options';
import { parseHeight, parsePymMessage } from '../../lib/embed/pym';
import { iframeSnippet, loaderSnippet, pymSnippet, type SnippetInput } from '../../lib/embed/snippets';
import { parseRange } from '../../lib/timeline/range';

const PREVIEW_ID = 'embed-builder-preview';

for (const root of document.querySelectorAll<HTMLElement>('[data-embed-builder]')) {
  // The options apply as they change, so they are a group of controls, not a form to submit.
  const form = root.querySelector<HTMLElement>('[data-options]')!;
  const field = (name: string) => form.querySelector<HTMLInputElement | HTMLSelectElement>(`[name="${name}"]`)!;
  const code = root.querySelector('textarea')!;
  const copy = root.querySelector<HTMLButtonElement>('[data-copy]')!;
  const status = root.querySelector<HTMLElement>('[data-copy-status]')!;
  const preview = root.querySelector<HTMLElement>('.eb-preview')!;
  const frame = preview.querySelector('iframe')!;
  const titles = JSON.parse(root.dataset.titles ?? '{}') as Record<string, string>;
  const months = [...form.querySelectorAll<HTMLOptionElement>('select[name="from"] option')].map((o) => o.value);
  let measured: number | undefined;

  const current = () => {
    const lang = field('lang').value;
    const path = `/embed/${lang}/timeline/${root.dataset.timelineId}/`;
    const from = field('from').value;
    const to = field('to').value;
    // The whole timeline needs no range; months picked the wrong way round still make one.
    const whole = from === months[0] && to === months.at(-1);
    const range = whole ? null : (parseRange(`${from}..${to}`) ?? parseRange(`${to}..${from}`));
    const query = embedQuery({
      theme: field('theme').value as 'auto' | 'light' | 'dark',
      range,
      highlight: field('highlight').value || null,
      list: (field('list') as HTMLInputElement).checked,
    });
    const kind = form.querySelector<HTMLInputElement>('[name="kind"]:checked')!.value;
    return { lang, path, query, kind };
  };

  const update = () => {
    const { lang, path, query, kind } = current();
    const input: SnippetInput = {
      url: `${location.origin}${path}${query}`,
      fullUrl: `${location.origin}/${lang}/timeline/${root.dataset.timelineId}/`,
      loaderUrl: `${location.origin}/embed.js`,
      title: titles[lang] ?? '',
      ...(measured ? { height: measured } : {}),
    };
    root.querySelector<HTMLAnchorElement>('[data-embed-link]')!.href = `${path}${query}`;
    code.value = kind === 'pym' ? pymSnippet(input) : kind === 'iframe' ? iframeSnippet(input) : loaderSnippet(input);
    status.textContent = '';
    const src = `${path}${query}${query ? '&' : '?'}childId=${PREVIEW_ID}`;
    if (frame.getAttribute('src') !== src) frame.src = src;
    frame.title = input.title;
  };

  addEventListener('message', (event) => {
    if (event.source !== frame.contentWindow || event.origin !== location.origin) return;
    const message = parsePymMessage(event.data, PREVIEW_ID);
    const height = message?.type === 'height' ? parseHeight(message.message) : null;
    if (!height) return;
    frame.height = String(height);
    if (height !== measured) {
      measured = height;
      if (current().kind === 'iframe') update();
    }
  });

  copy.addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText(code.value);
      status.textContent = root.dataset.copied ?? '';
    } catch {
      code.select();
      status.textContent = document.execCommand('copy') ? (root.dataset.copied ?? '') : (root.dataset.copyFailed ?? '');
    }
  });
  form.addEventListener('change', update);
  update();
}
