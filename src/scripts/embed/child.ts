// Self-sizing for an embed in a frame. Its height goes to the parent on load and whenever the
// content changes size, in pym.js's format (for pym.Parent, AMP and our loader) and as AMP's
// `embed-size` request. Which parent sizes the frame: pym.Parent names the child in the URL
// (`childId`), AMP adds `#amp=1` to it, and our loader says so in a pym "width" message once the
// frame has loaded, naming the child. A plain iframe's parent says nothing: the embed then knows its
// frame cannot grow. Sends nothing but heights, stores nothing, talks to no other host.
import { isChildId } from '../../lib/embed/options';
import { ampSizeMessage, parsePym, pymMessage } from '../../lib/embed/pym';

/** The child id used until a parent names one: pym parents match their own ids, so none is hit. */
const UNNAMED = 'permendag31';

/** The height the frame needs: the page's content, including a card that hangs below it. */
export function contentHeight(): number {
  return Math.ceil(document.body.scrollHeight);
}

export interface SizingOptions {
  /** From the URL: pym.Parent's name for this frame. */
  childId: string | null;
  /** Called once, as soon as some parent is known to size the frame. */
  onSized(): void;
}

export function reportHeight({ childId: named, onSized }: SizingOptions) {
  if (window.parent === window) return;
  let childId: string | null = named;
  let sized = false;
  const sizedBy = () => {
    if (!sized) {
      sized = true;
      onSized();
    }
  };
  if (childId || location.hash === '#amp=1') sizedBy();

  let last = -1;
  const send = (force = false) => {
    const height = contentHeight();
    if (!force && height === last) return;
    last = height;
    window.parent.postMessage(pymMessage(childId ?? UNNAMED, 'height', String(height)), '*');
    window.parent.postMessage(ampSizeMessage(height), '*');
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
    attributeFilter: ['hidden', 'class', 'style', 'open', 'data-folded'],
  });
  addEventListener('resize', soon);
  addEventListener('load', () => send(true));
  addEventListener('message', (event) => {
    if (event.source !== window.parent) return;
    const message = parsePym(event.data);
    if (message?.type !== 'width' || !isChildId(message.childId)) return;
    // Our loader names the frame in its first message; pym.Parent repeats the URL's name.
    childId ??= message.childId;
    if (message.childId === childId) {
      sizedBy();
      send(true);
    }
  });
  send(true);
}
