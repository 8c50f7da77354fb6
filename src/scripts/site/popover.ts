// Popovers for citation marks and glossary terms in articles. The mark is a link (to the article's
// list of sources, or to the glossary entry) and the card beside it is a `popover` element the
// browser keeps hidden (global.css hides it where popovers are unknown). Here, a click, a tap or
// Enter on the link opens the card next to it instead of following the link; Esc, a tap outside
// or a second tap close it (the browser's light dismiss), and focus goes into the card and back.
// Without JavaScript, or without popover support, the link leads to the full entry.

const GAP = 6;
const MARGIN = 8;

function place(card: HTMLElement, mark: HTMLElement) {
  const r = mark.getBoundingClientRect();
  // The page's width without a scroll bar's (innerWidth counts it).
  const room = document.documentElement.clientWidth;
  const width = Math.min(card.offsetWidth, room - 2 * MARGIN);
  const left = Math.min(Math.max(MARGIN, r.left), room - width - MARGIN);
  // Below the line when it fits in the window, above it otherwise.
  const below = r.bottom + GAP + card.offsetHeight <= innerHeight || r.top < card.offsetHeight + GAP;
  const top = below ? r.bottom + GAP : r.top - GAP - card.offsetHeight;
  card.style.left = `${left + scrollX}px`;
  card.style.top = `${top + scrollY}px`;
}

if ('showPopover' in HTMLElement.prototype) {
  /** Set when a link inside an open card is followed: focus goes where the link leads, not back. */
  let following = false;
  document.addEventListener('click', (event) => {
    const inCard = (event.target as Element | null)?.closest?.('.popover:popover-open');
    if (inCard instanceof HTMLElement && (event.target as Element).closest('a')) {
      following = true;
      inCard.hidePopover();
      return;
    }
    const mark = (event.target as Element | null)?.closest?.<HTMLAnchorElement>('a[data-popover]');
    if (!mark || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    const card = document.getElementById(mark.dataset.popover ?? '');
    if (!card) return;
    event.preventDefault();
    card.showPopover();
    place(card, mark);
    mark.setAttribute('aria-expanded', 'true');
    card.focus({ preventScroll: true });
    const closed = (e: Event) => {
      if ((e as ToggleEvent).newState !== 'closed') return;
      card.removeEventListener('toggle', closed);
      mark.setAttribute('aria-expanded', 'false');
      // Back to the mark when the card closes with focus inside it (Esc) or nowhere.
      const active = document.activeElement;
      if (!following && (!active || active === document.body || card.contains(active)))
        mark.focus({ preventScroll: true });
      following = false;
    };
    card.addEventListener('toggle', closed);
  });
}
