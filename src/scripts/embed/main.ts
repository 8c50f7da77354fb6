// The embed page: the timeline with the options in its URL (each validated, see
// src/lib/embed/options.ts), its compact list, and height reports when it is framed.
import { parseEmbedOptions } from '../../lib/embed/options';
import { embedHooks as hooks } from '../../lib/timeline/dom';
import { rangeSpan } from '../../lib/timeline/range';
import { TimelineChart } from '../timeline/chart';
import { CompactList } from '../timeline/fold';
import { reportHeight } from './child';

const root = document.querySelector<HTMLElement>(hooks.root)!;
const items = [...root.querySelectorAll<HTMLElement>(hooks.item)];
const options = parseEmbedOptions(location.search, {
  ids: new Set(items.map((li) => li.id)),
  dates: items.map((li) => li.querySelector('time')?.dateTime ?? ''),
});
const list = new CompactList(root, { mode: options.list, highlight: options.highlight });
new TimelineChart(root, {
  highlight: options.highlight,
  span: options.range ? rangeSpan(options.range) : null,
  onRender: () => list.update(),
  // A plain iframe keeps the height of its code: the chart fills what the frame has to spare.
  fill: document.documentElement.classList.contains('embed-fill'),
});
// Not framed, the page grows as it likes; framed, only when a parent sizes the frame.
if (window.parent === window) list.expandable();
reportHeight({ childId: options.childId, onSized: () => list.expandable() });
performance.mark('tl-interactive');
