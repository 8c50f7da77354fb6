// A compact list (embeds, articles): the first few events the chart shows (its range and filters apply),
// the highlighted one too, and the rest folded behind "Show all N events". Without JavaScript that
// control is a link to the timeline's page; here it becomes a button that unfolds the list in
// place, but only where the frame can grow (a parent sizes it, or the page is not framed): in a
// fixed plain iframe the link stays, as the list would only scroll inside the frame.
import { fillTemplate } from '../../lib/template';
import type { EmbedList } from '../../lib/embed/options';
import { embedHooks as hooks } from '../../lib/timeline/dom';
import { fragmentId } from './chart';

export interface CompactListOptions {
  mode: EmbedList;
  highlight: string | null;
}

export class CompactList {
  private readonly items: HTMLElement[];
  private readonly control: HTMLElement | null;
  private readonly link: HTMLAnchorElement | null;
  private button: HTMLButtonElement | null = null;
  private readonly keep: number;
  private expanded: boolean;

  constructor(
    root: HTMLElement,
    private readonly options: CompactListOptions,
  ) {
    this.items = [...root.querySelectorAll<HTMLElement>(hooks.item)];
    this.control = root.querySelector<HTMLElement>(`[${hooks.more}]`);
    // How many stay unfolded: as many as fit a phone, decided at build time (compactCount).
    const keep = this.control?.getAttribute(hooks.more);
    this.keep = keep ? Number(keep) : this.items.length;
    this.link = this.control?.querySelector('a') ?? null;
    this.expanded = options.mode !== 'compact';
    // A link to an event in the list unfolds it, whether typed into the address or followed.
    addEventListener('hashchange', () => this.reveal(fragmentId(location.hash)));
    this.reveal(fragmentId(location.hash));
  }

  /** The frame can grow: "Show all" unfolds in place instead of opening the timeline's page. */
  expandable() {
    if (this.button || !this.link) return;
    const list = this.items[0]?.parentElement;
    this.button = document.createElement('button');
    this.button.type = 'button';
    if (list?.id) this.button.setAttribute('aria-controls', list.id);
    this.button.addEventListener('click', () => {
      this.expanded = !this.expanded;
      this.update();
    });
    this.link.replaceWith(this.button);
    this.update();
  }

  /** Folds and labels the list again; the chart calls it after every change of range or filter. */
  update() {
    const shown = this.items.filter((li) => !li.hidden);
    const first = new Set(shown.slice(0, this.keep));
    for (const li of this.items)
      li.toggleAttribute(
        hooks.folded,
        !this.expanded && !li.hidden && !first.has(li) && li.id !== this.options.highlight,
      );
    if (!this.control || !this.link) return;
    const folding = this.options.mode === 'compact' && shown.length > this.keep;
    this.control.hidden = !folding;
    const label = fillTemplate(this.link.dataset.showAll ?? '', { n: shown.length });
    this.link.textContent = label;
    if (this.button) {
      this.button.textContent = this.expanded ? (this.link.dataset.showFewer ?? '') : label;
      this.button.setAttribute('aria-expanded', String(this.expanded));
    }
  }

  private reveal(id: string | null) {
    const li = id ? this.items.find((item) => item.id === id) : undefined;
    if (!li?.hasAttribute(hooks.folded)) return;
    this.expanded = true;
    this.update();
    li.scrollIntoView({ block: 'center' });
  }
}
