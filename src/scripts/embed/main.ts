// The embed page: the timeline with the options in its URL (each validated, see
// src/lib/embed/options.ts), and height reports when a parent page asked for them.
import { parseEmbedOptions } from '../../lib/embed/options';
import { rangeSpan } from '../../lib/timeline/range';
import { TimelineChart } from '../timeline/chart';
import { reportHeight } from './child';

const root = document.querySelector<HTMLElement>('[data-timeline]')!;
const ids = new Set([...root.querySelectorAll('.tl-item')].map((li) => li.id));
const options = parseEmbedOptions(location.search, ids);
new TimelineChart(root, { highlight: options.highlight, span: options.range ? rangeSpan(options.range) : null });
if (options.childId) reportHeight(options.childId);
performance.mark('tl-interactive');
