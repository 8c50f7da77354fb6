// The live chart: one <svg> made once, its layers joined to each new geometry with d3-selection's
// data join, keyed by milestone (src/lib/timeline/svg.ts makes the layers, the same ones the build
// writes out as markup). A zoom or a step moves and relabels the nodes already there; only marks
// coming into view are created and only those leaving are removed, and an attribute is written
// only when it changed.
import { select } from 'd3-selection';
import type { TimelineGeometry } from '../../lib/timeline/layout';
import { clipAttrs, svgRootAttrs, timelineLayers, type Attrs, type SvgNode } from '../../lib/timeline/svg';

const NS = 'http://www.w3.org/2000/svg';

type Drawn = SVGElement & { __drawn?: SvgNode };

function setAttrs(el: Element, next: Attrs, previous: Attrs | undefined) {
  for (const [name, value] of Object.entries(next)) {
    if (previous && previous[name] === value) continue;
    if (value === undefined || value === false) el.removeAttribute(name);
    else el.setAttribute(name, String(value));
  }
  if (previous) for (const name of Object.keys(previous)) if (!(name in next)) el.removeAttribute(name);
}

/** Brings an element to what its node says, touching only what changed. */
function apply(el: Drawn, node: SvgNode) {
  const previous = el.__drawn;
  setAttrs(el, node.attrs, previous?.attrs);
  if (previous?.inner !== node.inner) el.innerHTML = node.inner;
  el.__drawn = node;
}

export class LiveSvg {
  readonly svg: SVGSVGElement;
  private readonly clipRect: SVGRectElement;
  private readonly groups = new Map<string, SVGGElement>();
  private rootAttrs: Attrs | undefined;

  constructor(
    container: HTMLElement,
    private readonly uid: string,
    title: string,
    description: string,
  ) {
    this.svg = document.createElementNS(NS, 'svg');
    const titleEl = document.createElementNS(NS, 'title');
    titleEl.id = `${uid}-title`;
    titleEl.textContent = title;
    const desc = document.createElementNS(NS, 'desc');
    desc.id = `${uid}-desc`;
    desc.textContent = description;
    const defs = document.createElementNS(NS, 'defs');
    const clip = document.createElementNS(NS, 'clipPath');
    clip.id = `${uid}-clip`;
    this.clipRect = document.createElementNS(NS, 'rect');
    clip.append(this.clipRect);
    defs.append(clip);
    this.svg.append(titleEl, desc, defs);
    container.append(this.svg);
  }

  /**
   * Draws a geometry: every layer joined by key. `emphasis`: the milestones the reader is on, drawn
   * as marks of their own (svg.ts's DENSE_MARKS).
   */
  update(g: TimelineGeometry, highlight: string | undefined, emphasis: readonly (string | null)[]) {
    const root = svgRootAttrs(g, this.uid);
    setAttrs(this.svg, root, this.rootAttrs);
    this.rootAttrs = root;
    setAttrs(this.clipRect, clipAttrs(g), undefined);
    for (const layer of timelineLayers(g, highlight, emphasis)) {
      let group = this.groups.get(layer.name);
      if (!group) {
        group = document.createElementNS(NS, 'g');
        group.setAttribute('class', layer.name);
        if (layer.clipped) group.setAttribute('clip-path', `url(#${this.uid}-clip)`);
        if (layer.name === 'tl-overview') group.setAttribute('aria-hidden', 'true');
        this.svg.append(group);
        this.groups.set(layer.name, group);
      }
      select(group)
        .selectChildren<Drawn, SvgNode>()
        .data(layer.nodes, (d) => d.key)
        .join((enter) => enter.append((d) => document.createElementNS(NS, d.tag) as Drawn))
        .each(function (d) {
          apply(this, d);
        })
        .order();
    }
  }
}
