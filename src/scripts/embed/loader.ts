// /embed.js: the loader a host page includes once for any number of embeds. The code we give out
// is an iframe already as tall as the embed on a phone, marked for the loader:
//   <iframe src="https://site/embed/id/timeline/x/" data-permendag31-embed …></iframe>
//   <script async src="https://site/embed.js"></script>
// (older code: <div data-permendag31-embed="https://site/embed/…"> becomes such an iframe).
// Each iframe is then sized from its own embed's height messages, accepted only from that
// iframe's window and its page's origin. Once the embed has spoken (so the frame has loaded) the
// loader names it in a pym "width" message, sent to the origin of the iframe's own src; the embed
// then knows its frame grows. Only this site's /embed/ pages are sized or created. Prints nothing.
// Embeds anywhere on the page are found, before or after the script, however early it runs.
import { parseHeight, parsePym, pymMessage } from '../../lib/embed/pym';
import { LOADER_ATTRIBUTE, withLoaderMark } from '../../lib/embed/snippets';
import { folders } from '../../lib/urls';

const script = document.currentScript as HTMLScriptElement | null;
const site = new URL(script?.src || location.href).origin;
/** Marks a frame this or another copy of the loader already sizes (the code pasted twice). */
const SIZED = 'data-permendag31-sized';

/** An address of one of this site's embed pages, or null. */
function embedUrl(value: string | null): URL | null {
  try {
    const url = new URL(value ?? '', site);
    return url.origin === site && url.pathname.startsWith(folders.embed) ? url : null;
  } catch {
    return null;
  }
}

/** A frame as wide as its column, without the border and the gap below an inline box. */
function fit(iframe: HTMLIFrameElement) {
  // Through the CSSOM, which a host page's `style-src 'self'` allows (a style attribute it refuses).
  iframe.style.display = 'block';
  iframe.style.width = '100%';
  iframe.style.border = '0';
}

function size(iframe: HTMLIFrameElement) {
  const url = embedUrl(iframe.getAttribute('src'));
  if (!url || iframe.hasAttribute(SIZED)) return;
  iframe.setAttribute(SIZED, '');
  fit(iframe);
  const origin = url.origin;
  const childId = `permendag31-${Math.random().toString(36).slice(2, 10)}`;
  addEventListener('message', (event) => {
    const frame = iframe.contentWindow;
    if (!frame || event.source !== frame || event.origin !== origin) return;
    const message = parsePym(event.data);
    const height = message?.type === 'height' ? parseHeight(message.message) : null;
    if (!height) return;
    iframe.height = String(height);
    // A message from the embed means its page has loaded; until it uses the name, (re)name it.
    if (message!.childId !== childId)
      frame.postMessage(pymMessage(childId, 'width', String(iframe.clientWidth)), origin);
  });
}

/** Older code: a div holding the embed's address becomes the iframe. */
function mount(host: HTMLElement) {
  const url = embedUrl(host.getAttribute(LOADER_ATTRIBUTE));
  if (!url) return;
  const iframe = document.createElement('iframe');
  iframe.src = withLoaderMark(url.href);
  iframe.title = host.dataset.title || host.textContent?.trim() || 'Timeline';
  iframe.loading = 'lazy';
  iframe.width = '100%';
  iframe.height = '600';
  host.replaceChildren(iframe);
  size(iframe);
}

function scan() {
  for (const el of document.querySelectorAll<HTMLElement>(`[${LOADER_ATTRIBUTE}]`)) {
    if (el instanceof HTMLIFrameElement) size(el);
    else if (!el.querySelector('iframe')) mount(el);
  }
}

// The script is async: it may run while the page is still being parsed (the sooner when it is
// cached, or included once near the top), before the embeds further down exist. Those are taken
// once the page is parsed; the ones already there are sized now, and none twice (SIZED).
scan();
if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', scan);
