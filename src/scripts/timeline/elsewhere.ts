// A long timeline's milestones that its page does not list (lib/timeline/pages.ts): for the card
// and the live region, an item of the milestone's year and label that leads to its year's page, where it is
// listed with its sources. Loaded by the site's pages only (embeds list every milestone).
import { dom, selector } from '../../lib/timeline/dom';
import type { ChartMilestone } from '../../lib/timeline/model';

/** Items for milestones listed on another page, or undefined when this timeline lists them all. */
export function listedElsewhere(root: HTMLElement) {
  const { yearHref, onYearPage } = root.querySelector<HTMLElement>(selector(dom.card))!.dataset;
  if (!yearHref) return undefined;
  let item: HTMLLIElement | undefined;
  return (m: ChartMilestone | undefined) => {
    if (!m) return undefined;
    if (item?.id !== m.id) {
      const year = `${new Date(m.time).getUTCFullYear()}`;
      item = document.createElement('li');
      item.id = m.id;
      item.innerHTML = '<p class="tl-item-meta"><time></time></p><p class="tl-item-title"></p>';
      item.firstChild!.firstChild!.textContent = year;
      item.lastChild!.textContent = m.label;
      item.dataset.href = `${yearHref.replace('{year}', year)}#${m.id}`;
      item.dataset.linkText = onYearPage?.replace('{year}', year);
    }
    return item;
  };
}
