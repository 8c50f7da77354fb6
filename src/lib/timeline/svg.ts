// Geometry to SVG markup, as a string: the one renderer used at build time (inlined into the page,
// the downloads, the social cards) and in the browser (on resize, zoom and filter). Every text and
// attribute value is escaped.
import type { MilestoneKind } from '../content/schema';
import { escapeAttr, escapeText } from '../escape';
import type { TimelineGeometry } from './layout';

type Attrs = Record<string, string | number | undefined | false>;
function attrs(a: Attrs): string {
  return Object.entries(a)
    .filter(([, v]) => v !== undefined && v !== false)
    .map(([k, v]) => ` ${k}="${escapeAttr(String(v))}"`)
    .join('');
}
const el = (tag: string, a: Attrs, children = '') => `<${tag}${attrs(a)}>${children}</${tag}>`;
const line = (a: Attrs) => `<line${attrs(a)}/>`;

const SHAPES = {
  circle: '<circle r="5.5"/>',
  square: '<rect x="-5" y="-5" width="10" height="10"/>',
  diamond: '<path d="M0,-6.5L6.5,0L0,6.5L-6.5,0Z"/>',
  up: '<path d="M0,-7L6.5,5H-6.5Z"/>',
  down: '<path d="M-6,-6H6L0,5Z"/>',
  cross: '<path d="M-2,-6H2V-2H6V2H2V6H-2V2H-6V-2H-2Z"/>',
};

/** Event shapes by kind, centred on 0,0: shape tells kinds apart without relying on colour. */
export function markShape(kind: MilestoneKind): string {
  return SHAPES[
    ({ progress: 'circle', regulation: 'square', deadline: 'down', enforcement: 'up' } as const)[kind as 'progress'] ??
      'diamond'
  ];
}

/** Figure shapes by reporter: each reporter's figures look different in shape as well as colour. */
const REPORTER_SHAPES = [SHAPES.circle, SHAPES.square, SHAPES.diamond, SHAPES.up, SHAPES.down, SHAPES.cross];

/** How many reporters get a shape and colour of their own; more reuse them in turn. */
export const REPORTER_STYLES = REPORTER_SHAPES.length;

export const reporterShape = (reporter: number): string =>
  REPORTER_SHAPES[((reporter % REPORTER_STYLES) + REPORTER_STYLES) % REPORTER_STYLES]!;

/** The class that colours a reporter's figures (timeline.css defines REPORTER_STYLES of them). */
export const reporterClass = (reporter: number) =>
  reporter < 0 ? 'tl-reporter-none' : `tl-reporter-${reporter % REPORTER_STYLES}`;

export interface SvgText {
  /** Unique among the page's ids: prefixes the title, description and clip path ids. */
  uid: string;
  title: string;
  description: string;
  highlight?: string | undefined;
}

function renderOverview(g: TimelineGeometry): string {
  const o = g.overview;
  if (!o) return '';
  const { box, window: w } = o;
  const shade = [
    { x: box.x, width: w.x - box.x },
    { x: w.x + w.width, width: box.x + box.width - (w.x + w.width) },
  ].filter((s) => s.width > 0.5);
  return el(
    'g',
    { class: 'tl-overview', 'aria-hidden': 'true' },
    `<rect${attrs({ class: 'tl-overview-strip', x: box.x, y: box.y, width: box.width, height: box.height, rx: 3 })}/>` +
      o.events
        .map((e) =>
          line({
            class: `tl-overview-event tl-kind-${e.kind}`,
            x1: e.x,
            y1: box.y + box.height - 7,
            x2: e.x,
            y2: box.y + box.height - 1,
          }),
        )
        .join('') +
      o.figures.map((f) => `<circle${attrs({ class: 'tl-overview-figure', cx: f.x, cy: f.y, r: 1.8 })}/>`).join('') +
      shade
        .map(
          (s) =>
            `<rect${attrs({ class: 'tl-overview-shade', x: s.x, y: box.y, width: s.width, height: box.height })}/>`,
        )
        .join('') +
      `<rect${attrs({ class: 'tl-overview-window', x: w.x, y: w.y, width: w.width, height: w.height, rx: 2 })}/>` +
      o.ticks
        .map((t) => el('text', { x: t.x, y: box.y + box.height + 12, 'text-anchor': 'middle' }, escapeText(t.text)))
        .join(''),
  );
}

export function renderTimelineSvg(g: TimelineGeometry, text: SvgText): string {
  const { uid, highlight } = text;
  const clip = `${uid}-clip`;
  const grid = g.progressGrid
    .map(
      (r) =>
        line({ ...r.line }) +
        el('text', { x: r.label.x, y: r.label.y, 'text-anchor': r.label.anchor }, escapeText(r.label.text)),
    )
    .join('');
  const { frame: f } = g;
  const axisLine =
    g.orientation === 'horizontal'
      ? line({ class: 'tl-axis-line', x1: f.x, y1: f.y + f.height, x2: f.x + f.width, y2: f.y + f.height })
      : line({ class: 'tl-axis-line', x1: f.x, y1: f.y, x2: f.x, y2: f.y + f.height });
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
        `<rect${attrs({ class: 'tl-band', 'data-for': b.for, x: b.x, y: b.y, width: b.width, height: b.height })}/>`,
    )
    .join('');
  const disagree = g.disagreements
    .map((d) => `<rect${attrs({ class: 'tl-disagree', x: d.x, y: d.y, width: d.width, height: d.height, rx: 6 })}/>`)
    .join('');
  const projections = g.projections
    .map(
      (p) =>
        `<path${attrs({ class: `tl-projection is-${p.kind}`, 'data-for': p.for, d: p.path })}/><circle${attrs({ class: 'tl-projection-end', cx: p.end.x, cy: p.end.y, r: 4 })}/>`,
    )
    .join('');
  const series = g.series ? `<path${attrs({ class: 'tl-progress', d: g.series })}/>` : '';
  const leaders = g.leaders.map((l) => line({ 'data-for': l.for, x1: l.x1, y1: l.y1, x2: l.x2, y2: l.y2 })).join('');
  const points = g.points
    .map((p) =>
      el(
        'g',
        {
          class: `tl-point ${reporterClass(p.reporter)}${p.estimate ? ' is-estimate' : ''}`,
          'data-for': p.for,
          transform: `translate(${p.x},${p.y})`,
        },
        reporterShape(p.reporter),
      ),
    )
    .join('');
  const marks = g.marks
    .map((m) =>
      el(
        'g',
        {
          class: `tl-mark tl-kind-${m.kind}${m.band === 'progress' ? ` ${reporterClass(m.reporter)}` : ''}${m.estimate ? ' is-estimate' : ''}${m.id === highlight ? ' is-highlight' : ''}`,
          'data-id': m.id,
          transform: `translate(${m.x},${m.y})`,
        },
        `<circle class="tl-ring" r="11"/>${m.band === 'progress' ? reporterShape(m.reporter) : markShape(m.kind)}`,
      ),
    )
    .join('');
  const labels = g.labels
    .map((l) =>
      el(
        'text',
        {
          class: `tl-label${l.role === 'milestone' ? '' : ` is-${l.role}`}${l.for === highlight && l.role === 'milestone' ? ' is-highlight' : ''}`,
          'data-for': l.for,
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
  const more = g.more
    .map((m) =>
      el(
        'g',
        { class: 'tl-more', 'data-for': m.ids[0], 'data-ids': m.ids.join(' ') },
        `<rect${attrs({ x: m.x, y: m.y, width: m.width, height: m.height, rx: 7 })}/>` +
          el('text', { x: m.x + m.width / 2, y: m.y + m.height - 4, 'text-anchor': 'middle' }, escapeText(m.text)),
      ),
    )
    .join('');
  const eventsAxis = line({ class: 'tl-events-axis', ...g.eventsAxis });
  return el(
    'svg',
    {
      xmlns: 'http://www.w3.org/2000/svg',
      class: `tl-svg tl-${g.orientation}`,
      viewBox: `0 0 ${g.width} ${g.height}`,
      // Shown at the container's width and this height; a drawing made for another width keeps its
      // proportions, at the top of its box.
      preserveAspectRatio: 'xMidYMin meet',
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
          `<rect${attrs({ x: g.clip.x - 8, y: g.clip.y - 8, width: g.clip.width + 16, height: g.clip.height + 16 })}/>`,
        ),
      ) +
      el('g', { class: 'tl-bands' }, bands + disagree) +
      el('g', { class: 'tl-grid' }, grid) +
      el('g', { class: 'tl-axis' }, axisLine + eventsAxis + ticks) +
      el('g', { 'clip-path': `url(#${clip})` }, projections + series) +
      el('g', { class: 'tl-leaders' }, leaders) +
      el('g', { class: 'tl-points' }, points) +
      el('g', { class: 'tl-marks' }, marks) +
      el('g', { class: 'tl-labels' }, labels) +
      el('g', { class: 'tl-mores' }, more) +
      renderOverview(g),
  );
}
