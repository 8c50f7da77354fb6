// Self-sizing for an embed loaded by pym.js's Parent or by our loader: reports the content's height
// in pym's message format on load, whenever the content changes size, and when the parent says
// its width changed. Sends nothing else, stores nothing, talks to no other host.
import { parsePymMessage, pymMessage } from '../../lib/embed/pym';

/** The height the frame needs: the page's content, including a card that hangs below it. */
export function contentHeight(): number {
  return Math.ceil(document.body.scrollHeight);
}

export function reportHeight(childId: string) {
  let last = -1;
  const send = (force = false) => {
    const height = contentHeight();
    if (!force && height === last) return;
    last = height;
    window.parent.postMessage(pymMessage(childId, 'height', String(height)), '*');
  };
  let frame = 0;
  const soon = () => {
    cancelAnimationFrame(frame);
    frame = requestAnimationFrame(() => send());
  };
  new ResizeObserver(soon).observe(document.body);
  new MutationObserver(soon).observe(document.body, {
    subtree: true,
    childList: true,
    attributes: true,
    attributeFilter: ['hidden', 'class', 'style'],
  });
  addEventListener('resize', soon);
  addEventListener('load', () => send(true));
  addEventListener('message', (event) => {
    if (event.source !== window.parent) return;
    const message = parsePymMessage(event.data, childId);
    if (message?.type === 'width') send(true);
  });
  send(true);
}
