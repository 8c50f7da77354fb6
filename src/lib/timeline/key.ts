// The chart's key: what its shapes, lines and boxes mean, as text with a small sample of each, for
// what the chart draws and nothing else (a timeline of events only has no estimates, forecasts or
// disagreement). One list for the page's key (TimelineLegend.astro) and the pictures (image.ts).
import { t, type Locale } from '../../i18n';
import type { Drawn } from './layout';
import { markShape, reporterShape } from './svg';

export interface KeyReporter {
  name: string;
  shape: string;
  className: string;
  line: boolean;
}

export interface KeyItem {
  /** Stable among the key's items. */
  id: string;
  label: string;
  /** The sample: an SVG viewBox and its content (classes styled by timeline.css or the image's style). */
  viewBox: string;
  swatch: string;
}

export interface Key {
  /** Who reported the figures drawn: each one's shape and colour. */
  reporters: KeyItem[];
  items: KeyItem[];
}

export function chartKey(drawn: Drawn, reporters: readonly KeyReporter[], lang: Locale): Key {
  const ui = t(lang).timeline;
  const line = reporters.find((r) => r.line);
  const items: (KeyItem | false)[] = [
    drawn.estimate && {
      id: 'estimate',
      label: ui.legend.estimate,
      viewBox: '-8 -8 16 16',
      swatch: `<g class="tl-mark tl-kind-progress ${line?.className ?? 'tl-reporter-0'} is-estimate">${line?.shape ?? reporterShape(0)}</g>`,
    },
    drawn.forecast && {
      id: 'forecast',
      label: ui.legend.forecast,
      viewBox: '0 0 28 16',
      swatch: '<path class="tl-projection" d="M2,13L26,3"/>',
    },
    drawn.deadline && {
      id: 'deadline',
      label: ui.legend.deadline,
      viewBox: '0 0 16 16',
      swatch: '<rect class="tl-band" x="2" y="1" width="12" height="14"/>',
    },
    drawn.disagreement && {
      id: 'disagreement',
      label: ui.legend.disagree,
      viewBox: '0 0 20 16',
      swatch: '<rect class="tl-disagree" x="1" y="1" width="18" height="14" rx="4"/>',
    },
    ...drawn.kinds
      .filter((k) => k !== 'progress')
      .map((k) => ({
        id: `kind-${k}`,
        label: ui.kinds[k],
        viewBox: '-8 -8 16 16',
        swatch: `<g class="tl-mark tl-kind-${k}">${markShape(k)}</g>`,
      })),
    drawn.later && {
      id: 'later',
      label: ui.legend.later,
      viewBox: '0 0 24 16',
      swatch: '<path class="tl-events-axis" d="M1,8H15"/><path class="tl-later-edge" d="M17,2V14"/>',
    },
    drawn.annotation && {
      id: 'annotation',
      label: ui.legend.annotation,
      viewBox: '0 0 28 16',
      swatch: '<text class="tl-label is-annotation" x="14" y="12" text-anchor="middle">Aa</text>',
    },
    drawn.more && {
      id: 'more',
      label: ui.legend.more,
      viewBox: '0 0 24 16',
      swatch:
        '<g class="tl-more"><rect x="1" y="1" width="22" height="14" rx="7"/><text x="12" y="12" text-anchor="middle">+N</text></g>',
    },
    drawn.overview && {
      id: 'overview',
      label: ui.legend.overview,
      viewBox: '0 0 28 16',
      swatch:
        '<rect class="tl-overview-strip" x="1" y="2" width="26" height="12" rx="2"/><rect class="tl-overview-window" x="12" y="2" width="9" height="12" rx="1"/>',
    },
  ];
  return {
    reporters: reporters.map((r, i) => ({
      id: `reporter-${i}`,
      label: r.line ? `${r.name} (${ui.legend.line})` : r.name,
      viewBox: r.line ? '-14 -8 28 16' : '-8 -8 16 16',
      swatch: `${r.line ? '<path class="tl-progress" d="M-13,0H13"/>' : ''}<g class="tl-mark tl-kind-progress ${r.className}">${r.shape}</g>`,
    })),
    items: items.filter((i): i is KeyItem => !!i),
  };
}
