// Geometry to SVG: the chart as layers of elements, each with its tag, attributes and (escaped)
// content. The build writes the layers out as markup (the drawings inlined into the page, the
// downloads, the social cards, the newsletter picture); the browser joins them onto the live SVG
// with d3-selection, keyed by milestone, so a zoom or a step moves the nodes it has instead of
// rebuilding them (src/scripts/timeline/render.ts). Every text and attribute value is escaped.
import {
  symbol,
  symbolCircle,
  symbolCross,
  symbolDiamond2,
  symbolSquare,
  symbolTriangle,
  type SymbolType,
} from 'd3-shape';
import { pathRound } from 'd3-path';
import type { MilestoneKind } from '../content/schema';
import { escapeAttr, escapeText } from '../escape';
import { TARGET_RADIUS, type TimelineGeometry } from './layout';

export type Attrs = Record<string, string | number | undefined | false>;

/** One element of a layer: `key` identifies it from one drawing to the next. */
export interface SvgNode {
  key: string;
  tag: string;
  attrs: Attrs;
  /** Its content as markup (escaped). */
  inner: string;
}

export interface SvgLayer {
  /** The layer group's class. */
  name: string;
  /** Drawn inside the plot's clip path. */
  clipped?: boolean;
  nodes: SvgNode[];
}

function attrs(a: Attrs): string {
  return Object.entries(a)
    .filter(([, v]) => v !== undefined && v !== false)
    .map(([k, v]) => ` ${k}="${escapeAttr(String(v))}"`)
    .join('');
}
const el = (tag: string, a: Attrs, children = '') => `<${tag}${attrs(a)}>${children}</${tag}>`;
export const markup = (n: Pick<SvgNode, 'tag' | 'attrs' | 'inner'>) => el(n.tag, n.attrs, n.inner);

/** d3-shape's triangle upside down: a deadline's mark points at its day. */
const symbolTriangleDown: SymbolType = {
  draw(context, size) {
    symbolTriangle.draw(
      {
        moveTo: (x: number, y: number) => context.moveTo(x, -y),
        lineTo: (x: number, y: number) => context.lineTo(x, -y),
        closePath: () => context.closePath(),
      } as typeof context,
      size,
    );
  },
};

/** The d3-shape symbols of the chart and the area (px²) each is drawn at. */
const SYMBOLS = {
  circle: [symbolCircle, 95],
  square: [symbolSquare, 100],
  diamond: [symbolDiamond2, 108],
  up: [symbolTriangle, 80],
  down: [symbolTriangleDown, 80],
  cross: [symbolCross, 80],
} as const satisfies Record<string, readonly [SymbolType, number]>;
type ShapeName = keyof typeof SYMBOLS;

/** Each symbol centred on 0,0 as an element (one decimal). */
const SHAPES = Object.fromEntries(
  Object.entries(SYMBOLS).map(([name, [type, area]]) => [name, `<path d="${symbol(type, area).digits(1)()}"/>`]),
) as Record<ShapeName, string>;

/**
 * Path data of many symbols, each centred on its point: d3-shape draws each one into one d3-path
 * through a context that moves it there (the symbols use moveTo, lineTo, closePath, arc and rect).
 */
export function symbolsPath(items: readonly { x: number; y: number; shape: ShapeName }[]): string {
  const out = pathRound(1);
  let x = 0;
  let y = 0;
  const context = {
    moveTo: (px: number, py: number) => out.moveTo(x + px, y + py),
    lineTo: (px: number, py: number) => out.lineTo(x + px, y + py),
    closePath: () => out.closePath(),
    arc: (px: number, py: number, r: number, a0: number, a1: number) => out.arc(x + px, y + py, r, a0, a1),
    rect: (px: number, py: number, w: number, h: number) => out.rect(x + px, y + py, w, h),
  };
  for (const item of items) {
    ({ x, y } = item);
    const [type, area] = SYMBOLS[item.shape];
    type.draw(context as unknown as Parameters<SymbolType['draw']>[0], area);
  }
  return out.toString();
}

/** Event shapes by kind, centred on 0,0: shape tells kinds apart without relying on colour. */
const markShapeName = (kind: MilestoneKind): ShapeName =>
  (({ progress: 'circle', regulation: 'square', deadline: 'down', enforcement: 'up' }) as const)[kind as 'progress'] ??
  'diamond';
export const markShape = (kind: MilestoneKind): string => SHAPES[markShapeName(kind)];

/** Figure shapes by reporter: each reporter's figures look different in shape as well as colour. */
const REPORTER_SHAPES: readonly ShapeName[] = ['circle', 'square', 'diamond', 'up', 'down', 'cross'];

/** How many reporters get a shape and colour of their own; more reuse them in turn. */
export const REPORTER_STYLES = REPORTER_SHAPES.length;

const reporterShapeName = (reporter: number): ShapeName =>
  REPORTER_SHAPES[((reporter % REPORTER_STYLES) + REPORTER_STYLES) % REPORTER_STYLES]!;
export const reporterShape = (reporter: number): string => SHAPES[reporterShapeName(reporter)];

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

const node = (key: string, tag: string, a: Attrs, inner = ''): SvgNode => ({ key, tag, attrs: a, inner });
const text = (key: string, a: Attrs, content: string) => node(key, 'text', a, escapeText(content));
const round1 = (v: number) => Math.round(v * 10) / 10;

/**
 * Above this many marks in view, the marks the reader is not on are drawn as one path per look
 * (kind, reporter, estimate): a thousand marks as a thousand groups made every zoom step lay out and
 * paint a thousand elements. Pointers find marks by position (navigation.ts's hitTest), not by element.
 */
export const DENSE_MARKS = 120;

/** The class of a milestone's mark: its kind, reporter and state. */
function markClass(m: TimelineGeometry['marks'][number], highlight: string | undefined) {
  return `tl-mark tl-kind-${m.kind}${m.band === 'progress' ? ` ${reporterClass(m.reporter)}` : ''}${m.estimate ? ' is-estimate' : ''}${m.later ? ' is-later' : ''}${m.id === highlight ? ' is-highlight' : ''}`;
}

function marksLayer(
  g: TimelineGeometry,
  highlight: string | undefined,
  emphasis: readonly (string | null | undefined)[],
): SvgNode[] {
  const shapeOf = (m: TimelineGeometry['marks'][number]) =>
    m.band === 'progress' && g.panel ? reporterShapeName(m.reporter) : markShapeName(m.kind);
  const own = (m: TimelineGeometry['marks'][number]) =>
    node(
      m.id,
      'g',
      { class: markClass(m, highlight), 'data-id': m.id, transform: `translate(${m.x},${m.y})` },
      `<circle class="tl-ring" r="${TARGET_RADIUS}"/>${SHAPES[shapeOf(m)]}`,
    );
  if (g.marks.length <= DENSE_MARKS) return g.marks.map(own);
  const apart = new Set([highlight, ...emphasis]);
  const sets = new Map<string, TimelineGeometry['marks']>();
  for (const m of g.marks)
    if (!apart.has(m.id)) {
      const cls = markClass(m, highlight);
      if (!sets.get(cls)?.push(m)) sets.set(cls, [m]);
    }
  return [
    ...[...sets].map(([cls, marks]) =>
      // Keyed by its class, which has spaces no milestone id has.
      node(cls, 'path', {
        class: cls,
        // How many marks the path draws (a mark of its own carries data-id instead).
        'data-count': marks.length,
        d: symbolsPath(marks.map((m) => ({ x: m.x, y: m.y, shape: shapeOf(m) }))),
      }),
    ),
    ...g.marks.filter((m) => apart.has(m.id)).map(own),
  ];
}

function overviewLayer(g: TimelineGeometry): SvgNode[] {
  const o = g.overview;
  if (!o) return [];
  const { box, window: w } = o;
  const shade = [
    { x: box.x, width: w.x - box.x },
    { x: w.x + w.width, width: box.x + box.width - (w.x + w.width) },
  ];
  return [
    node('strip', 'rect', {
      class: 'tl-overview-strip',
      x: box.x,
      y: box.y,
      width: box.width,
      height: box.height,
      rx: 3,
    }),
    // One path: the strip can hold every milestone of a long timeline (lines take no kind's fill).
    ...(o.events.length
      ? [
          node('events', 'path', {
            class: 'tl-overview-event',
            d: o.events.map((e) => `M${round1(e.x)},${round1(box.y + box.height - 7)}v6`).join(''),
          }),
        ]
      : []),
    ...o.figures.map((f, i) => node(`f${i}`, 'circle', { class: 'tl-overview-figure', cx: f.x, cy: f.y, r: 1.8 })),
    ...shade.map((s, i) =>
      node(`s${i}`, 'rect', {
        class: 'tl-overview-shade',
        x: s.x,
        y: box.y,
        width: Math.max(0, s.width),
        height: box.height,
      }),
    ),
    node('window', 'rect', { class: 'tl-overview-window', x: w.x, y: w.y, width: w.width, height: w.height, rx: 2 }),
    ...o.ticks.map((t) => text(`t${t.text}`, { x: t.x, y: box.y + box.height + 12, 'text-anchor': 'middle' }, t.text)),
  ];
}

/**
 * The chart's layers, bottom to top. `emphasis`: milestones the reader is on (the active and the
 * opened one), drawn as marks of their own when the marks are many (see DENSE_MARKS).
 */
export function timelineLayers(
  g: TimelineGeometry,
  highlight?: string,
  emphasis: readonly (string | null | undefined)[] = [],
): SvgLayer[] {
  const line = (key: string, a: Attrs) => node(key, 'line', a);
  const axisLine = line('axis', { class: 'tl-axis-line', ...g.timeAxis });
  const eventsAxis =
    g.eventsAxis && g.eventsAxis.y1 !== g.timeAxis.y1
      ? [line('events', { class: 'tl-events-axis', ...g.eventsAxis })]
      : [];
  return [
    {
      name: 'tl-bands',
      nodes: [
        ...g.bands.map((b) =>
          node(`band:${b.for}`, 'rect', {
            class: 'tl-band',
            'data-for': b.for,
            x: b.x,
            y: b.y,
            width: b.width,
            height: b.height,
          }),
        ),
        ...g.disagreements.map((d) =>
          node(`disagree:${d.ids.join(' ')}`, 'rect', {
            class: 'tl-disagree',
            x: d.x,
            y: d.y,
            width: d.width,
            height: d.height,
            rx: 6,
          }),
        ),
      ],
    },
    {
      name: 'tl-grid',
      nodes: g.progressGrid.flatMap((r, i) => [
        ...(r.tick ? [line(`l${i}`, { ...r.tick })] : []),
        ...(r.label.text
          ? [text(`t${i}`, { x: r.label.x, y: r.label.y, 'text-anchor': r.label.anchor }, r.label.text)]
          : []),
      ]),
    },
    {
      name: 'tl-axis',
      nodes: [
        axisLine,
        ...eventsAxis,
        ...g.timeTicks.flatMap((t) => [
          ...(t.tick ? [line(`l${t.label.text}`, { ...t.tick })] : []),
          text(`t${t.label.text}`, { x: t.label.x, y: t.label.y, 'text-anchor': t.label.anchor }, t.label.text),
        ]),
      ],
    },
    {
      name: 'tl-lines',
      clipped: true,
      nodes: [
        ...g.projections.flatMap((p) => [
          node(`p:${p.key}`, 'path', { class: `tl-projection is-${p.kind}`, 'data-for': p.for, d: p.path }),
          node(`e:${p.key}`, 'circle', { class: 'tl-projection-end', cx: p.end.x, cy: p.end.y, r: 4 }),
        ]),
        ...(g.series ? [node('series', 'path', { class: 'tl-progress', d: g.series })] : []),
      ],
    },
    {
      name: 'tl-leaders',
      nodes: g.leaders.map((l, i) =>
        line(`${l.for}:${i}`, { 'data-for': l.for, x1: l.x1, y1: l.y1, x2: l.x2, y2: l.y2 }),
      ),
    },
    {
      name: 'tl-points',
      nodes: g.points.map((p, i) =>
        node(
          `${p.for}:${i}`,
          'g',
          {
            class: `tl-point ${reporterClass(p.reporter)}${p.estimate ? ' is-estimate' : ''}`,
            'data-for': p.for,
            transform: `translate(${p.x},${p.y})`,
          },
          reporterShape(p.reporter),
        ),
      ),
    },
    { name: 'tl-marks', nodes: marksLayer(g, highlight, emphasis) },
    {
      name: 'tl-labels',
      nodes: g.labels.map((l) =>
        node(
          l.key,
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
      ),
    },
    {
      name: 'tl-mores',
      nodes: g.more.map((m) =>
        node(
          m.ids.join(' '),
          'g',
          { class: 'tl-more', 'data-for': m.ids[0], 'data-ids': m.ids.join(' ') },
          `<rect${attrs({ x: m.x, y: m.y, width: m.width, height: m.height, rx: 7 })}/>` +
            el('text', { x: m.x + m.width / 2, y: m.y + m.height - 4, 'text-anchor': 'middle' }, escapeText(m.text)),
        ),
      ),
    },
    { name: 'tl-overview', nodes: overviewLayer(g) },
  ];
}

/** The root element's attributes: the drawing's size, at the container's width. */
export function svgRootAttrs(g: TimelineGeometry, uid: string): Attrs {
  return {
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
  };
}

/** The clip path's rectangle: the plot, with room for a mark's half at its edges. */
export function clipAttrs(g: TimelineGeometry): Attrs {
  return { x: g.clip.x - 8, y: g.clip.y - 8, width: g.clip.width + 16, height: g.clip.height + 16 };
}

export function renderTimelineSvg(g: TimelineGeometry, t: SvgText): string {
  const { uid, highlight } = t;
  const clip = `${uid}-clip`;
  return el(
    'svg',
    svgRootAttrs(g, uid),
    el('title', { id: `${uid}-title` }, escapeText(t.title)) +
      el('desc', { id: `${uid}-desc` }, escapeText(t.description)) +
      el('defs', {}, el('clipPath', { id: clip }, `<rect${attrs(clipAttrs(g))}/>`)) +
      timelineLayers(g, highlight)
        .map((layer) =>
          el(
            'g',
            {
              class: layer.name,
              'clip-path': layer.clipped ? `url(#${clip})` : undefined,
              'aria-hidden': layer.name === 'tl-overview' ? 'true' : undefined,
            },
            layer.nodes.map(markup).join(''),
          ),
        )
        .join(''),
  );
}
