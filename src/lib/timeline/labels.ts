// Label placement that never overlaps, for both orientations.
//
// Horizontal charts put labels in lanes above the plot: each label tries every lane, centred on
// its mark, then to the right, then to the left of it; a label that fits nowhere is left out (its
// milestone is still drawn, listed and reachable by keyboard). Labels are placed by priority
// (the highlighted milestone first, then progress reports and deadlines), so clusters keep the
// labels that matter.
//
// Vertical timelines stack labels beside their marks and push apart only what collides, keeping
// each group of colliding labels centred on its marks (pool-adjacent-violators).

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export function boxesOverlap(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

export interface LaneItem {
  id: string;
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

/** Sorted, non-overlapping intervals of one lane. */
class Lane {
  private starts: number[] = [];
  private ends: number[] = [];
  fits(x0: number, x1: number, gap: number): boolean {
    // Index of the first interval starting at or after x0.
    let lo = 0;
    let hi = this.starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.starts[mid]! < x0) lo = mid + 1;
      else hi = mid;
    }
    const before = lo - 1;
    if (before >= 0 && this.ends[before]! + gap > x0) return false;
    if (lo < this.starts.length && this.starts[lo]! < x1 + gap) return false;
    return true;
  }
  add(x0: number, x1: number) {
    let i = 0;
    while (i < this.starts.length && this.starts[i]! < x0) i++;
    this.starts.splice(i, 0, x0);
    this.ends.splice(i, 0, x1);
  }
}

export function placeInLanes(
  items: readonly LaneItem[],
  options: { min: number; max: number; lanes: number; gap: number; nudge: number },
): Map<string, LanePlacement> {
  const { min, max, lanes: laneCount, gap, nudge } = options;
  const lanes = Array.from({ length: laneCount }, () => new Lane());
  const order = [...items].sort((a, b) => b.priority - a.priority || a.anchor - b.anchor);
  const placed = new Map<string, LanePlacement>();
  for (const item of order) {
    const w = Math.min(item.width, max - min);
    const candidates: [number, LanePlacement['align']][] = [
      [item.anchor - w / 2, 'middle'],
      [item.anchor - nudge, 'start'],
      [item.anchor + nudge - w, 'end'],
    ];
    search: for (let lane = 0; lane < laneCount; lane++) {
      for (const [start, align] of candidates) {
        const x0 = Math.max(min, Math.min(start, max - w));
        const x1 = x0 + w;
        if (lanes[lane]!.fits(x0, x1, gap)) {
          lanes[lane]!.add(x0, x1);
          placed.set(item.id, { lane, x0, x1, align });
          break search;
        }
      }
    }
  }
  return placed;
}

export interface StackItem {
  id: string;
  /** Where the label's centre would ideally be. */
  desired: number;
  height: number;
}

/** Top edges for labels stacked along one axis, in the order given (sorted by `desired`). */
export function stackLabels(items: readonly StackItem[], options: { min: number; gap: number }): Map<string, number> {
  const { min, gap } = options;
  interface Block {
    items: StackItem[];
    top: number;
    size: number;
    /** Sum over items of (desired top − offset inside the block), for the mean. */
    sum: number;
  }
  const blocks: Block[] = [];
  for (const item of items) {
    let block: Block = { items: [item], top: 0, size: item.height, sum: item.desired - item.height / 2 };
    block.top = Math.max(min, block.sum);
    // Merge with the previous block while they collide; the merged block sits at the mean of its
    // members' ideal tops, which keeps each group centred on its marks.
    for (let prev = blocks.at(-1); prev && prev.top + prev.size + gap > block.top; prev = blocks.at(-1)) {
      blocks.pop();
      const offset = prev.size + gap;
      const merged: Block = {
        items: [...prev.items, ...block.items],
        top: 0,
        size: prev.size + gap + block.size,
        sum: prev.sum + block.sum - offset * block.items.length,
      };
      merged.top = Math.max(min, merged.sum / merged.items.length);
      block = merged;
    }
    blocks.push(block);
  }
  const tops = new Map<string, number>();
  for (const block of blocks) {
    let y = block.top;
    for (const item of block.items) {
      tops.set(item.id, y);
      y += item.height + gap;
    }
  }
  return tops;
}
