// /embed.js: the loader a host page includes once for any number of embeds:
//   <div data-permendag31-embed="https://site/embed/id/timeline/x/"></div>
//   <script async src="https://site/embed.js"></script>
// Each div becomes a lazy iframe that sizes itself from the embed's height messages, accepted only
// from that iframe's own window and this site's origin. Only this site's /embed/ pages load.
import { parseHeight, parsePymMessage, pymMessage } from '../../lib/embed/pym';
import { LOADER_ATTRIBUTE } from '../../lib/embed/snippets';

const script = document.currentScript as HTMLScriptElement | null;
const origin = new URL(script?.src || location.href).origin;
let count = 0;

function mount(host: HTMLElement) {
  if (host.querySelector('iframe[data-embed-frame]')) return;
  let url: URL;
  try {
    url = new URL(host.getAttribute(LOADER_ATTRIBUTE) ?? '', origin);
  } catch {
    return;
  }
  if (url.origin !== origin || !url.pathname.startsWith('/embed/')) return;
  const childId = `permendag31-${++count}`;
  url.searchParams.set('childId', childId);

  const iframe = document.createElement('iframe');
  iframe.src = url.href;
  iframe.title = host.dataset.title || host.textContent?.trim() || 'Timeline';
  iframe.loading = 'lazy';
  iframe.width = '100%';
  iframe.height = '600';
  iframe.dataset.embedFrame = '';
  iframe.style.cssText = 'display:block;width:100%;border:0';
  host.replaceChildren(iframe);

  addEventListener('message', (event) => {
    if (event.source !== iframe.contentWindow || event.origin !== origin) return;
    const message = parsePymMessage(event.data, childId);
    const height = message?.type === 'height' ? parseHeight(message.message) : null;
    if (height) iframe.height = String(height);
  });
  // Like pym's parent: tell the embed when the host's width changes, and it answers with a height.
  new ResizeObserver(() =>
    iframe.contentWindow?.postMessage(pymMessage(childId, 'width', String(host.clientWidth)), origin),
  ).observe(host);
}

for (const host of document.querySelectorAll<HTMLElement>(`[${LOADER_ATTRIBUTE}]`)) mount(host);
