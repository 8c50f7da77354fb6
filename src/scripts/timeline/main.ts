// Enhances every timeline on the page. Loaded only by pages that contain one.
import { TimelineChart } from './chart';

for (const root of document.querySelectorAll<HTMLElement>('[data-timeline]')) {
  new TimelineChart(root);
}
performance.mark('tl-interactive');
