// Enhances every timeline on the page. Loaded only by pages that contain one. An article's
// timeline shows its first events and "Show all N events", which unfolds the list in place.
import { embedHooks as hooks } from '../../lib/timeline/dom';
import { TimelineChart } from './chart';
import { listedElsewhere } from './elsewhere';
import { CompactList } from './fold';

for (const root of document.querySelectorAll<HTMLElement>('[data-timeline]')) {
  const list = root.querySelector(`[${hooks.more}]`)
    ? new CompactList(root, { mode: 'compact', highlight: null })
    : null;
  new TimelineChart(root, { onRender: () => list?.update(), elsewhere: listedElsewhere(root) });
  list?.expandable();
}
performance.mark('tl-interactive');
