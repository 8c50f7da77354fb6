// The card beside a milestone: its date, headline, progress and sources, copied from the list so
// the page holds each text once. Hover and focus show it; opening pins it with a close button.
import { dom, selector } from '../../lib/timeline/dom';
import type { ChartMark, TimelineGeometry } from '../../lib/timeline/layout';

export class Card {
  private shownFor: HTMLElement | null = null;
  private pinned = false;

  constructor(
    private readonly el: HTMLElement,
    root: HTMLElement,
    onClose: () => void,
  ) {
    el.addEventListener('click', (event) => {
      if ((event.target as Element).closest('.tl-card-close')) onClose();
    });
    el.addEventListener('keydown', (event) => {
      if (event.key === 'Escape') {
        onClose();
        root.querySelector<HTMLElement>(selector(dom.chart))?.focus();
      }
    });
  }

  contains(node: Node | null): boolean {
    return !!node && this.el.contains(node);
  }

  show(item: HTMLElement, mark: ChartMark, g: TimelineGeometry, pinned: boolean) {
    if (this.shownFor !== item || this.pinned !== pinned) {
      this.shownFor = item;
      this.pinned = pinned;
      this.el.replaceChildren();
      if (pinned) {
        const close = document.createElement('button');
        close.type = 'button';
        close.className = 'tl-card-close';
        close.textContent = '×';
        close.setAttribute('aria-label', this.el.dataset.close ?? 'Close');
        this.el.append(close);
      }
      for (const part of item.querySelectorAll(
        '.tl-item-meta, .tl-item-title, .tl-item-progress, .tl-item-summary, .tl-item-reports, .tl-item-projection, .tl-item-sources',
      )) {
        const copy = part.cloneNode(true) as HTMLElement;
        // One heading per milestone on the page: the card's copy is plain text.
        if (/^H\d$/.test(copy.tagName)) {
          const p = document.createElement('p');
          p.className = copy.className;
          p.textContent = copy.textContent;
          this.el.append(p);
        } else this.el.append(copy);
      }
      const link = document.createElement('a');
      // An item of a milestone listed on another page (a long timeline's year) says where.
      link.href = item.dataset.href ?? `#${item.id}`;
      link.textContent = item.dataset.linkText ?? this.el.dataset.showInList ?? '';
      this.el.append(link);
    }
    this.el.hidden = false;
    this.place(mark, g);
  }

  /**
   * Horizontal chart: beside the mark (to its right, or its left near the right edge), from the top
   * of the chart, so it never covers the mark it describes and stays in view with the chart.
   * Vertical timeline: just under the mark, across the labels (on phones the card is opened by a
   * tap and closed with its button).
   */
  private place(mark: ChartMark, g: TimelineGeometry) {
    const width = this.el.offsetWidth;
    const gap = 18;
    const horizontal = g.orientation === 'horizontal';
    const right = mark.x + gap;
    const left = horizontal ? (right + width <= g.width ? right : Math.max(0, mark.x - gap - width)) : 8;
    const top = horizontal ? 0 : mark.y + gap;
    this.el.style.left = `${Math.round(left)}px`;
    this.el.style.top = `${Math.round(top)}px`;
  }

  /** Calls `fn` when the pointer comes onto the card. */
  onEnter(fn: () => void) {
    this.el.addEventListener('pointerenter', fn);
  }

  hide() {
    this.el.hidden = true;
    this.shownFor = null;
  }
}
