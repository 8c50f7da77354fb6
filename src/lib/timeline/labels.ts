// Label placement that never overlaps, and never lets a line run through a label that is not its own.
//
// - Events lane (horizontal charts): labels sit in lanes above the events axis, each joined to its
//   mark by a vertical leader. A label tries every lane, centred on its mark, then to its right, then
//   to its left; a place is taken only if the label overlaps no other label or leader and its own
//   leader crosses no other label.
// - Progress panel (horizontal charts): labels sit right next to their point (right, left, above,
//   below, then the diagonals), inside the panel, clear of every mark, label and line.
// - Vertical timelines stack labels beside their marks and push apart only what collides, keeping
//   each group of colliding labels centred on its marks (pool-adjacent-violators).
//
// Labels are placed by priority (the highlighted milestone first, then deadlines, then progress), so
// crowded stretches keep the labels that matter. A label that fits nowhere is left out and counted
// in a "+N" marker (see `moreMarkers`): the milestone is still drawn, in the list, and reachable.
import { bisectLeft, bisectRight } from 'd3-array';

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface Segment {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export function boxesOverlap(a: Box, b: Box, gap = 0): boolean {
  return (
    a.x < b.x + b.width + gap && b.x < a.x + a.width + gap && a.y < b.y + b.height + gap && b.y < a.y + a.height + gap
  );
}

/** True when the segment passes through the box (grown by `pad`): Liang–Barsky clipping. */
export function segmentHitsBox(s: Segment, b: Box, pad = 0): boolean {
  const [xmin, xmax, ymin, ymax] = [b.x - pad, b.x + b.width + pad, b.y - pad, b.y + b.height + pad];
  const dx = s.x2 - s.x1;
  const dy = s.y2 - s.y1;
  let t0 = 0;
  let t1 = 1;
  for (const [p, q] of [
    [-dx, s.x1 - xmin],
    [dx, xmax - s.x1],
    [-dy, s.y1 - ymin],
    [dy, ymax - s.y1],
  ] as const) {
    if (p === 0) {
      if (q < 0) return false;
      continue;
    }
    const r = q / p;
    if (p < 0) t0 = Math.max(t0, r);
    else t1 = Math.min(t1, r);
    if (t0 > t1) return false;
  }
  return true;
}

/** Marks are small and many, labels wide and few: each kind is searched with its own reach. */
const SMALL = 32;
/** Segments longer than this along x are few (forecast lines): they are checked one by one. */
const LONG = 64;

interface Span1D {
  left: number;
  right: number;
}

/** Items sorted by their left edge, found by binary search: those that can reach [from, to]. */
class SortedByLeft<T extends Span1D> {
  private items: T[] = [];
  private sorted = true;
  private reach = 0;
  copy(): SortedByLeft<T> {
    const c = new SortedByLeft<T>();
    c.items = [...this.items];
    c.sorted = this.sorted;
    c.reach = this.reach;
    return c;
  }
  add(item: T) {
    this.items.push(item);
    this.reach = Math.max(this.reach, item.right - item.left);
    this.sorted = false;
  }
  /** Calls `test` on every item whose extent meets [from, to]; stops at the first true. */
  some(from: number, to: number, test: (item: T) => boolean): boolean {
    if (!this.sorted) {
      this.items.sort((a, b) => a.left - b.left);
      this.sorted = true;
    }
    const items = this.items;
    let lo = 0;
    let hi = items.length;
    const start = from - this.reach;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (items[mid]!.left < start) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < items.length; i++) {
      const item = items[i]!;
      if (item.left > to) break;
      if (item.right >= from && test(item)) return true;
    }
    return false;
  }
}

type Indexed<T> = T & Span1D;
const boxSpan = ({ x, y, width, height }: Box): Indexed<Box> => ({ x, y, width, height, left: x, right: x + width });
const segmentSpan = ({ x1, y1, x2, y2 }: Segment): Indexed<Segment> => ({
  x1,
  y1,
  x2,
  y2,
  left: Math.min(x1, x2),
  right: Math.max(x1, x2),
});

/** Boxes and segments already on the chart, indexed along x for quick look-ups. */
export class Obstacles {
  private small = new SortedByLeft<Indexed<Box>>();
  private wide = new SortedByLeft<Indexed<Box>>();
  private short = new SortedByLeft<Indexed<Segment>>();
  private long: Indexed<Segment>[] = [];

  /** An independent copy: what-if placements leave the original as it was. */
  copy(): Obstacles {
    const c = new Obstacles();
    c.small = this.small.copy();
    c.wide = this.wide.copy();
    c.short = this.short.copy();
    c.long = [...this.long];
    return c;
  }

  addBox(box: Box) {
    (box.width <= SMALL ? this.small : this.wide).add(boxSpan(box));
  }
  addSegment(s: Segment) {
    const indexed = segmentSpan(s);
    if (indexed.right - indexed.left > LONG) this.long.push(indexed);
    else this.short.add(indexed);
  }
  /** True when `box` (grown by `gap`) touches any box or segment. */
  hits(box: Box, gap: number): boolean {
    const from = box.x - gap;
    const to = box.x + box.width + gap;
    const overlaps = (b: Box) => boxesOverlap(box, b, gap);
    const crossed = (s: Segment) => segmentHitsBox(s, box, gap);
    return (
      this.small.some(from, to, overlaps) ||
      this.wide.some(from, to, overlaps) ||
      this.short.some(from, to, crossed) ||
      this.long.some((s) => s.left <= to && s.right >= from && crossed(s))
    );
  }
  /** True when the segment runs through any box (but `except`, the segment's own label). */
  crosses(s: Segment, pad: number, except?: Box): boolean {
    const from = Math.min(s.x1, s.x2) - pad;
    const to = Math.max(s.x1, s.x2) + pad;
    const same = (b: Box) =>
      !!except && b.x === except.x && b.y === except.y && b.width === except.width && b.height === except.height;
    const through = (b: Box) => !same(b) && segmentHitsBox(s, b, pad);
    return this.small.some(from, to, through) || this.wide.some(from, to, through);
  }
}

export interface LaneItem {
  id: string;
  /** The mark's position along the axis. */
  anchor: number;
  width: number;
  priority: number;
}

export interface LanePlacement {
  lane: number;
  x0: number;
  x1: number;
  /** Where the label's text is anchored relative to its box. */
  align: 'middle' | 'start' | 'end';
}

export interface LaneOptions {
  min: number;
  max: number;
  lanes: number;
  /** Horizontal room kept between labels, and between a label and a leader. */
  gap: number;
  /** How far a label placed beside its mark starts from it. */
  nudge: number;
  /** The top of lane `lane` and the label height: to test leaders against labels. */
  laneTop: (lane: number) => number;
  height: number;
  /** Where leaders start, just above the marks. */
  leaderBottom: number;
}

/** Items sorted so the ones that matter most are placed first; ties left to right. */
export const byPriority = <T extends { priority: number; anchor: number }>(items: readonly T[]): T[] =>
  [...items].sort((a, b) => b.priority - a.priority || a.anchor - b.anchor);

/**
 * Places labels in lanes above an axis, with vertical leaders down to their marks. Returns where each
 * placed label goes; the items left out are those without a placement.
 */
export function placeInLanes(items: readonly LaneItem[], o: LaneOptions): Map<string, LanePlacement> {
  // Labels that matter most first; among equals, left to right, and then right to left: near an
  // edge, the label furthest from it must take the lane by the axis, or its neighbours' leaders
  // have no way up. The order that places more labels wins (left to right on a tie).
  const rightToLeft = [...items].sort((a, b) => b.priority - a.priority || b.anchor - a.anchor);
  const first = placeInLanesInOrder(byPriority(items), items, o);
  // Many labels: the crowd, not the edges, decides what fits; once is enough.
  if (first.size === items.length || items.length > 200) return first;
  const second = placeInLanesInOrder(rightToLeft, items, o);
  return second.size > first.size ? second : first;
}

function placeInLanesInOrder(
  order: readonly LaneItem[],
  items: readonly LaneItem[],
  o: LaneOptions,
): Map<string, LanePlacement> {
  const labels = new Obstacles();
  const leaders = new Obstacles();
  const placed = new Map<string, LanePlacement>();
  // Where the neighbours are decides which way a label leans: away from the nearer one.
  const anchors = items.map((i) => i.anchor).sort((a, b) => a - b);
  const box: Box = { x: 0, y: 0, width: 0, height: o.height };
  const leader: Segment = { x1: 0, y1: o.leaderBottom, x2: 0, y2: 0 };
  for (const item of order) {
    const w = Math.min(item.width, o.max - o.min);
    const at = bisectLeft(anchors, item.anchor);
    const before = at > 0 ? item.anchor - anchors[at - 1]! : Infinity;
    const after = at < anchors.length - 1 ? anchors[at + 1]! - item.anchor : Infinity;
    const ways: [number, LanePlacement['align']][] = [
      [item.anchor - w / 2, 'middle'],
      [item.anchor - o.nudge, 'start'],
      [item.anchor + o.nudge - w, 'end'],
    ];
    // A close neighbour on the right: lean left first (and the other way round).
    if (after < w / 2 && after < before) ways.unshift(ways.splice(2, 1)[0]!);
    else if (before < w / 2) ways.unshift(ways.splice(1, 1)[0]!);
    leader.x1 = leader.x2 = item.anchor;
    box.width = w;
    // First where the label covers no other mark (their leaders need a way up), within the chart
    // as it leans, then pushed in from an edge; only then covering other marks.
    const covers = (x0: number) => bisectRight(anchors, x0 + w + o.gap / 2) - bisectLeft(anchors, x0 - o.gap / 2) > 1;
    search: for (const [inside, clear] of [
      [true, true],
      [false, true],
      [true, false],
      [false, false],
    ])
      // A label clear of its neighbours' marks takes the lowest lane it can; one that covers
      // marks to come takes the highest, so theirs go below it (a staircase) and their leaders
      // find their way up.
      for (let k = 0; k < o.lanes; k++) {
        const lane = clear ? k : o.lanes - 1 - k;
        const top = o.laneTop(lane);
        leader.y2 = top + o.height;
        if (labels.crosses(leader, 1)) {
          if (clear) break; // a higher lane would cross the same label
          continue;
        }
        box.y = top;
        for (const [start, align] of ways) {
          if (inside && (start < o.min || start + w > o.max)) continue;
          const x0 = Math.max(o.min, Math.min(start, o.max - w));
          if (clear && covers(x0)) continue;
          box.x = x0;
          // Apart from labels by `gap` across, and from the lanes above and below by their spacing only.
          const room = { x: x0 - o.gap, y: box.y + 1, width: w + 2 * o.gap, height: o.height - 2 };
          if (labels.hits(room, 0) || leaders.hits(box, o.gap / 2)) continue;
          labels.addBox(box);
          leaders.addSegment(leader);
          placed.set(item.id, { lane, x0: box.x, x1: box.x + w, align });
          break search;
        }
      }
  }
  return placed;
}

/** How far along x to count marks around a point, and how many make it crowded. */
const CROWD_REACH = 40;
const CROWDED = 10;

export interface PointItem {
  id: string;
  x: number;
  y: number;
  width: number;
  height: number;
  /** Radius of the obstacle the label's own mark makes. */
  radius: number;
  priority: number;
  /** Width of a shorter text ("87%") to place where the full label fits nowhere. */
  shortWidth?: number;
}

export interface PointPlacement {
  box: Box;
  /** The text anchor point: left edge, centre or right edge, on the first line's baseline. */
  anchor: 'start' | 'middle' | 'end';
  /** The short text was placed (the long one fitted nowhere). */
  short: boolean;
  /** A line from the mark to a label placed a little way off (none when the label is adjacent). */
  leader?: Segment;
}

/**
 * Places each label right next to its point, inside `bounds`, clear of every obstacle (marks, lines,
 * labels placed before). Obstacles grow as labels are placed.
 */
export function placeNearPoints(
  items: readonly PointItem[],
  obstacles: Obstacles,
  bounds: Box,
  gap: number,
  marks: readonly { x: number; y: number }[] = items,
): Map<string, PointPlacement> {
  const placed = new Map<string, PointPlacement>();
  const inside = (b: Box) =>
    b.x >= bounds.x &&
    b.y >= bounds.y &&
    b.x + b.width <= bounds.x + bounds.width &&
    b.y + b.height <= bounds.y + bounds.height;
  const candidatesFor = (item: PointItem, w: number): Omit<PointPlacement, 'short'>[] => {
    const { x, y, height: h, radius } = item;
    // Far enough that the label clears its own mark, which is an obstacle like any other.
    const d = radius + gap + 1;
    // Beside, above and below, then above and below reaching out to either side, then the corners.
    return [
      { box: { x: x + d, y: y - h / 2, width: w, height: h }, anchor: 'start' },
      { box: { x: x - d - w, y: y - h / 2, width: w, height: h }, anchor: 'end' },
      { box: { x: x - w / 2, y: y - d - h, width: w, height: h }, anchor: 'middle' },
      { box: { x: x - w / 2, y: y + d, width: w, height: h }, anchor: 'middle' },
      { box: { x: x - radius, y: y - d - h, width: w, height: h }, anchor: 'start' },
      { box: { x: x + radius - w, y: y - d - h, width: w, height: h }, anchor: 'end' },
      { box: { x: x - radius, y: y + d, width: w, height: h }, anchor: 'start' },
      { box: { x: x + radius - w, y: y + d, width: w, height: h }, anchor: 'end' },
      { box: { x: x + d, y: y - d - h + 4, width: w, height: h }, anchor: 'start' },
      { box: { x: x - d - w, y: y - d - h + 4, width: w, height: h }, anchor: 'end' },
      { box: { x: x + d, y: y + d - 4, width: w, height: h }, anchor: 'start' },
      { box: { x: x - d - w, y: y + d - 4, width: w, height: h }, anchor: 'end' },
    ];
  };
  // A label must sit nearer its own mark than any other, so no reader pairs it with the wrong one.
  const byX = [...marks].sort((a, b) => a.x - b.x);
  const nearest = (item: PointItem, box: Box) => {
    const own = distanceToBox(item, box);
    let lo = 0;
    let hi = byX.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (byX[mid]!.x < box.x - own) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < byX.length && byX[i]!.x <= box.x + box.width + own; i++) {
      const m = byX[i]!;
      if (!(m.x === item.x && m.y === item.y) && distanceToBox(m, box) <= own) return false;
    }
    return true;
  };
  const fits = (item: PointItem) => (c: { box: Box }) =>
    inside(c.box) && !obstacles.hits(c.box, gap) && nearest(item, c.box);
  /** A little way off, joined by a leader that crosses no label or mark: for crowded points. */
  const offset = (item: PointItem, w: number): PointPlacement | undefined => {
    const { x, y, height: h, radius } = item;
    const d = radius + gap + 16;
    const directions: [number, number][] = [
      [1, -1],
      [-1, -1],
      [1, 1],
      [-1, 1],
      [0, -1],
      [0, 1],
      [1, 0],
      [-1, 0],
    ];
    for (const [dx, dy] of directions) {
      const cx = x + dx * d;
      const cy = y + dy * d;
      const box = {
        x: dx > 0 ? cx : dx < 0 ? cx - w : cx - w / 2,
        y: dy > 0 ? cy : dy < 0 ? cy - h : cy - h / 2,
        width: w,
        height: h,
      };
      if (!inside(box) || obstacles.hits(box, gap)) continue;
      // From the mark's edge to the nearest point of the box.
      const tx = Math.max(box.x, Math.min(x, box.x + box.width));
      const ty = Math.max(box.y, Math.min(y, box.y + box.height));
      const length = Math.hypot(tx - x, ty - y);
      const leader = {
        x1: x + ((tx - x) / length) * (radius * Math.SQRT2 + 2),
        y1: y + ((ty - y) / length) * (radius * Math.SQRT2 + 2),
        x2: tx - ((tx - x) / length) * 2,
        y2: ty - ((ty - y) / length) * 2,
      };
      if (obstacles.crosses(leader, 1)) continue;
      return { box, anchor: dx > 0 ? 'start' : dx < 0 ? 'end' : 'middle', short: false, leader };
    }
    return undefined;
  };
  /** Marks within `CROWD_REACH` px along x: where there are many, only the short text can fit. */
  const crowd = (item: PointItem) => {
    let lo = 0;
    let hi = byX.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (byX[mid]!.x < item.x - CROWD_REACH) lo = mid + 1;
      else hi = mid;
    }
    let n = 0;
    for (let i = lo; i < byX.length && byX[i]!.x <= item.x + CROWD_REACH; i++) n++;
    return n;
  };
  for (const item of [...items].sort((a, b) => b.priority - a.priority || a.x - b.x)) {
    const shortWidth = item.shortWidth;
    const crowded = shortWidth !== undefined && crowd(item) > CROWDED;
    const long = crowded ? undefined : candidatesFor(item, item.width).find(fits(item));
    const found: PointPlacement | undefined = long
      ? { ...long, short: false }
      : (() => {
          const short = shortWidth === undefined ? undefined : candidatesFor(item, shortWidth).find(fits(item));
          if (short) return { ...short, short: true };
          if (crowded) return undefined;
          const away = offset(item, shortWidth ?? item.width);
          return away && { ...away, short: shortWidth !== undefined };
        })();
    if (!found) continue;
    obstacles.addBox(found.box);
    if (found.leader) obstacles.addSegment(found.leader);
    placed.set(item.id, found);
  }
  return placed;
}

/** How far a point lies from a box (0 inside it). */
export function distanceToBox(p: { x: number; y: number }, b: Box): number {
  const dx = Math.max(b.x - p.x, 0, p.x - (b.x + b.width));
  const dy = Math.max(b.y - p.y, 0, p.y - (b.y + b.height));
  return Math.hypot(dx, dy);
}

export interface StackItem {
  id: string;
  /** Where the label's centre would ideally be. */
  desired: number;
  height: number;
}

/**
 * Top edges for labels stacked along one axis, in the order given (sorted by `desired`). Colliding
 * labels form blocks of consecutive items; a block sits at the mean of its members' ideal tops.
 */
export function stackLabels(items: readonly StackItem[], options: { min: number; gap: number }): Map<string, number> {
  const { min, gap } = options;
  interface Block {
    /** Items first..last (inclusive) of `items`. */
    first: number;
    last: number;
    top: number;
    size: number;
    /** Sum over items of (desired top − offset inside the block), for the mean. */
    sum: number;
  }
  const blocks: Block[] = [];
  items.forEach((item, i) => {
    let block: Block = { first: i, last: i, top: 0, size: item.height, sum: item.desired - item.height / 2 };
    block.top = Math.max(min, block.sum);
    // Merge with the previous block while they collide.
    for (let prev = blocks.at(-1); prev && prev.top + prev.size + gap > block.top; prev = blocks.at(-1)) {
      blocks.pop();
      const offset = prev.size + gap;
      const count = block.last - block.first + 1;
      const merged: Block = {
        first: prev.first,
        last: block.last,
        top: 0,
        size: prev.size + gap + block.size,
        sum: prev.sum + block.sum - offset * count,
      };
      merged.top = Math.max(min, merged.sum / (merged.last - merged.first + 1));
      block = merged;
    }
    blocks.push(block);
  });
  const tops = new Map<string, number>();
  for (const block of blocks) {
    let y = block.top;
    for (let i = block.first; i <= block.last; i++) {
      tops.set(items[i]!.id, y);
      y += items[i]!.height + gap;
    }
  }
  return tops;
}

export interface MoreMarker extends Box {
  /** "+3": how many labels near here were left out. */
  text: string;
  /** The milestones whose labels were left out, in time order. */
  ids: string[];
}

/**
 * "+N" markers for labels that could not be placed, on a row of their own (so they never cover a
 * label or mark): dropped labels whose marks are close together share one marker, and markers that
 * would touch merge.
 */
export function moreMarkers(
  dropped: readonly { id: string; anchor: number }[],
  row: { y: number; height: number; min: number; max: number },
  widthOf: (text: string) => number,
): MoreMarker[] {
  const markers: MoreMarker[] = [];
  let group: { ids: string[]; anchors: number[] } | null = null;
  const flush = () => {
    if (!group) return;
    const text = `+${group.ids.length}`;
    const width = widthOf(text) + 8;
    const centre = group.anchors.reduce((a, b) => a + b, 0) / group.anchors.length;
    const x = Math.max(row.min, Math.min(centre - width / 2, row.max - width));
    const prev = markers.at(-1);
    if (prev && prev.x + prev.width + 4 > x) {
      markers.pop();
      group = { ids: [...prev.ids, ...group.ids], anchors: [prev.x + prev.width / 2, ...group.anchors] };
      return flush();
    }
    markers.push({ x, y: row.y, width, height: row.height, text, ids: group.ids });
    group = null;
  };
  for (const d of [...dropped].sort((a, b) => a.anchor - b.anchor)) {
    if (group && d.anchor - group.anchors.at(-1)! > 30) flush();
    group ??= { ids: [], anchors: [] };
    group.ids.push(d.id);
    group.anchors.push(d.anchor);
  }
  flush();
  return markers;
}

export interface CalloutItem {
  id: string;
  /** The mark the callout speaks of. */
  x: number;
  y: number;
  /** Radius of the mark: the connector starts at its edge. */
  radius: number;
  width: number;
  height: number;
  priority: number;
  /** The mark's own label, if it has one: the callout goes right under or over it first. */
  attach?: Box | undefined;
}

export interface CalloutPlacement {
  box: Box;
  anchor: 'start' | 'end';
  /** From the mark's edge to the callout's nearest corner or edge; none when it continues the label. */
  leader: Segment | null;
}

/** How far from its mark a callout may go, nearest first (pixels between the mark and the box). */
const CALLOUT_DISTANCES = [8, 18, 30, 44, 60, 78, 98, 120, 144, 170];

/**
 * Callouts (annotations: a sentence or two about a mark) placed near their mark: first continuing
 * its own label, then below it or above, straight or reaching out to either side, as close as they
 * fit inside `bounds`, clear of every obstacle, and joined to the mark by a connector that runs
 * through no label (but its own) or mark. Placed by priority; each becomes an obstacle for the
 * next. A callout that fits nowhere is left out.
 */
export function placeCallouts(
  items: readonly CalloutItem[],
  obstacles: Obstacles,
  bounds: Box,
  gap: number,
): Map<string, CalloutPlacement> {
  const sorted = [...items].sort((a, b) => b.priority - a.priority || a.x - b.x);
  const inside = (b: Box) =>
    b.x >= bounds.x &&
    b.y >= bounds.y &&
    b.x + b.width <= bounds.x + bounds.width &&
    b.y + b.height <= bounds.y + bounds.height;
  // A few callouts (a story's beats): each one's best few places are tried against the others'
  // (a place taken early can block a later callout's only one); many: each takes its best in turn.
  const tries = sorted.length <= 4 ? CALLOUT_TRIES : 1;
  const search = (i: number, taken: Obstacles): Map<string, CalloutPlacement> => {
    if (i === sorted.length) return new Map();
    const item = sorted[i]!;
    let best: Map<string, CalloutPlacement> | undefined;
    for (const c of calloutCandidates(item, taken, inside, gap, tries)) {
      const next = taken.copy();
      next.addBox(c.box);
      if (c.leader) next.addSegment(c.leader);
      const rest = search(i + 1, next);
      rest.set(item.id, c);
      if (!best || rest.size > best.size) best = rest;
      if (best.size === sorted.length - i) return best;
    }
    const without = search(i + 1, taken);
    return best && best.size >= without.size ? best : without;
  };
  const placed = search(0, obstacles);
  for (const p of placed.values()) {
    obstacles.addBox(p.box);
    if (p.leader) obstacles.addSegment(p.leader);
  }
  return placed;
}

/** How many places of each callout are tried against the others'. */
const CALLOUT_TRIES = 8;

/** Up to `limit` places for a callout, the nearest and most natural first. */
function calloutCandidates(
  item: CalloutItem,
  obstacles: Obstacles,
  inside: (b: Box) => boolean,
  gap: number,
  limit: number,
): CalloutPlacement[] {
  const { x, y, width: w, height: h, attach: a } = item;
  const found: CalloutPlacement[] = [];
  // Continuing the mark's own label, under it or over it, aligned with it.
  if (a)
    for (const below of [true, false])
      for (const anchor of ['start', 'end'] as const) {
        const box = {
          x: anchor === 'start' ? a.x : a.x + a.width - w,
          y: below ? a.y + a.height + 1 : a.y - h - 1,
          width: w,
          height: h,
        };
        if (inside(box) && !obstacles.hits(box, 0)) found.push({ box, anchor, leader: null });
        if (found.length >= limit) return found;
      }
  // Beside the mark's x, then reaching out to either side.
  const lefts: [number, 'start' | 'end'][] = [0, 28, 0.34 * w, 0.67 * w, w].flatMap((reach) => [
    [x - 4 + reach, 'start'],
    [x + 4 - w - reach, 'end'],
  ]);
  // For each side and reach, the nearest place that fits: the candidates differ from each other,
  // so trying a few of them against the other callouts' explores the chart, not one corner of it.
  const options: (CalloutPlacement & { d: number })[] = [];
  for (const below of [true, false])
    for (const [left, anchor] of lefts)
      for (const d of CALLOUT_DISTANCES) {
        const box = { x: left, y: below ? y + item.radius + d : y - item.radius - d - h, width: w, height: h };
        if (!inside(box) || obstacles.hits(box, gap)) continue;
        const tx = Math.max(box.x + 2, Math.min(x, box.x + box.width - 2));
        const ty = below ? box.y : box.y + box.height;
        const length = Math.hypot(tx - x, ty - y) || 1;
        const leader = {
          x1: x + ((tx - x) / length) * ((item.radius + 1) * Math.SQRT2 + 1),
          y1: y + ((ty - y) / length) * ((item.radius + 1) * Math.SQRT2 + 1),
          x2: tx,
          y2: ty + (below ? -2 : 2),
        };
        if (obstacles.crosses(leader, 1, a)) continue;
        options.push({ box, anchor, leader, d: length });
        break;
      }
  options.sort((p, q) => p.d - q.d);
  for (const { d: _, ...o } of options) {
    if (found.length >= limit) break;
    found.push(o);
  }
  return found;
}
