// Geometry to SVG markup, as a string: the one renderer used at build time (inlined into the page)
// and in the browser (on resize, zoom and filter). Every text and attribute value is escaped.
import type { MilestoneKind } from '../content/schema';
import type { TimelineGeometry } from './layout';

const escapeText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttr = (s: string) => escapeText(s).replace(/"/g, '&quot;');

type Attrs = Record<string, string | number | undefined | false>;
function attrs(a: Attrs): string {
  return Object.entries(a)
    .filter(([, v]) => v !== undefined && v !== false)
    .map(([k, v]) => ` ${k}="${escapeAttr(String(v))}"`)
    .join('');
}
const el = (tag: string, a: Attrs, children = '') => `<${tag}${attrs(a)}>${children}</${tag}>`;
const line = (a: Attrs) => `<line${attrs(a)}/>`;

/** Mark shapes by kind, centred on 0,0: shape tells kinds apart without relying on colour. */
export function markShape(kind: MilestoneKind): string {
  switch (kind) {
    case 'progress':
      return '<circle r="5.5"/>';
    case 'regulation':
      return '<rect x="-5" y="-5" width="10" height="10"/>';
    case 'deadline':
      return '<path d="M-6,-6H6L0,5Z"/>';
    case 'enforcement':
      return '<path d="M0,-7L6.5,5H-6.5Z"/>';
    default:
      return '<path d="M0,-6.5L6.5,0L0,6.5L-6.5,0Z"/>';
  }
}

export interface SvgText {
  /** Unique among the page's ids: prefixes the title, description and clip path ids. */
  uid: string;
  title: string;
  description: string;
  highlight?: string | undefined;
}

export function renderTimelineSvg(g: TimelineGeometry, text: SvgText): string {
  const { uid } = text;
  const clip = `${uid}-clip`;
  const grid = g.progressGrid
    .map(
      (r) =>
        line({ ...r.line }) +
        el('text', { x: r.label.x, y: r.label.y, 'text-anchor': r.label.anchor }, escapeText(r.label.text)),
    )
    .join('');
  const axisLine =
    g.orientation === 'horizontal'
      ? line({
          class: 'tl-axis-line',
          x1: g.frame.x,
          y1: g.frame.y + g.frame.height,
          x2: g.frame.x + g.frame.width,
          y2: g.frame.y + g.frame.height,
        })
      : line({ class: 'tl-axis-line', x1: g.frame.x, y1: g.frame.y, x2: g.frame.x, y2: g.frame.y + g.frame.height });
  const ticks = g.timeTicks
    .map(
      (t) =>
        line({ ...t.tick }) +
        el('text', { x: t.label.x, y: t.label.y, 'text-anchor': t.label.anchor }, escapeText(t.label.text)),
    )
    .join('');
  const bands = g.bands
    .map(
      (b) =>
        `<rect${attrs({ class: 'tl-band', 'data-for': b.id, x: b.x, y: b.y, width: b.width, height: b.height })}/>`,
    )
    .join('');
  const projections = g.projections
    .map(
      (p) =>
        `<path${attrs({ class: 'tl-projection', 'data-for': p.id, d: p.path })}/><circle${attrs({ class: 'tl-projection-end', cx: p.end.x, cy: p.end.y, r: 4 })}/>`,
    )
    .join('');
  const progress = g.progressPath ? `<path${attrs({ class: 'tl-progress', d: g.progressPath })}/>` : '';
  const leaders = g.leaders.map((l) => line({ 'data-for': l.id, x1: l.x1, y1: l.y1, x2: l.x2, y2: l.y2 })).join('');
  const marks = g.marks
    .map((m) =>
      el(
        'g',
        {
          class: `tl-mark tl-kind-${m.kind}${m.estimate ? ' is-estimate' : ''}${m.id === text.highlight ? ' is-highlight' : ''}`,
          'data-id': m.id,
          transform: `translate(${m.x},${m.y})`,
        },
        `<circle class="tl-ring" r="11"/>${markShape(m.kind)}`,
      ),
    )
    .join('');
  const labels = g.labels
    .map((l) =>
      el(
        'text',
        {
          class: `tl-label${l.forecast ? ' is-forecast' : ''}${l.id === text.highlight ? ' is-highlight' : ''}`,
          'data-for': l.id,
          x: l.x,
          y: l.y,
          'text-anchor': l.anchor,
        },
        l.lines.length === 1
          ? escapeText(l.lines[0]!)
          : l.lines.map((t, i) => el('tspan', { x: l.x, dy: i ? l.lineHeight : undefined }, escapeText(t))).join(''),
      ),
    )
    .join('');
  return el(
    'svg',
    {
      xmlns: 'http://www.w3.org/2000/svg',
      class: `tl-svg tl-${g.orientation}`,
      viewBox: `0 0 ${g.width} ${g.height}`,
      width: g.width,
      height: g.height,
      role: 'img',
      'aria-labelledby': `${uid}-title ${uid}-desc`,
    },
    el('title', { id: `${uid}-title` }, escapeText(text.title)) +
      el('desc', { id: `${uid}-desc` }, escapeText(text.description)) +
      el(
        'defs',
        {},
        el(
          'clipPath',
          { id: clip },
          `<rect${attrs({ x: g.frame.x - 8, y: g.frame.y - 8, width: g.frame.width + 16, height: g.frame.height + 16 })}/>`,
        ),
      ) +
      el('g', { class: 'tl-grid' }, grid) +
      el('g', { class: 'tl-axis' }, axisLine + ticks) +
      el('g', { 'clip-path': `url(#${clip})` }, el('g', { class: 'tl-bands' }, bands) + projections + progress) +
      el('g', { class: 'tl-leaders' }, leaders) +
      el('g', { class: 'tl-marks' }, marks) +
      el('g', { class: 'tl-labels' }, labels),
  );
}
