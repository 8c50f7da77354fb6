import { describe, expect, it } from 'vitest';
import {
  boxesOverlap,
  distanceToBox,
  moreMarkers,
  Obstacles,
  placeInLanes,
  placeNearPoints,
  segmentHitsBox,
  stackLabels,
} from '../../../src/lib/timeline/labels';

const box = { x: 10, y: 10, width: 20, height: 10 };

describe('geometry tests', () => {
  it.each([
    [{ x: 0, y: 0, x2: 40, y2: 40 }, true],
    [{ x: 0, y: 15, x2: 40, y2: 15 }, true],
    [{ x: 0, y: 0, x2: 40, y2: 0 }, false],
    [{ x: 0, y: 30, x2: 5, y2: 0 }, false],
    [{ x: 20, y: 12, x2: 22, y2: 14 }, true],
  ])('segment %j through the box: %s', (s, expected) =>
    expect(segmentHitsBox({ x1: s.x, y1: s.y, x2: s.x2, y2: s.y2 }, box)).toBe(expected),
  );
  it('grows the box by a pad', () => {
    expect(segmentHitsBox({ x1: 0, y1: 8, x2: 40, y2: 8 }, box)).toBe(false);
    expect(segmentHitsBox({ x1: 0, y1: 8, x2: 40, y2: 8 }, box, 3)).toBe(true);
  });
  it('overlap and distance', () => {
    expect(boxesOverlap(box, { x: 29, y: 19, width: 5, height: 5 })).toBe(true);
    expect(boxesOverlap(box, { x: 31, y: 10, width: 5, height: 5 })).toBe(false);
    expect(boxesOverlap(box, { x: 31, y: 10, width: 5, height: 5 }, 2)).toBe(true);
    expect(distanceToBox({ x: 15, y: 15 }, box)).toBe(0);
    expect(distanceToBox({ x: 33, y: 24 }, box)).toBe(5);
  });
});

describe('Obstacles', () => {
  it('finds boxes and segments near a box, however many there are', () => {
    const o = new Obstacles();
    for (let i = 0; i < 500; i++) o.addBox({ x: i * 20, y: 0, width: 10, height: 10 });
    o.addSegment({ x1: 5000, y1: 100, x2: 9000, y2: 100 });
    expect(o.hits({ x: 12, y: 0, width: 5, height: 5 }, 0)).toBe(false);
    expect(o.hits({ x: 12, y: 0, width: 5, height: 5 }, 4)).toBe(true);
    expect(o.hits({ x: 8000, y: 95, width: 10, height: 10 }, 0)).toBe(true);
    expect(o.crosses({ x1: 15, y1: -5, x2: 15, y2: 50 }, 0)).toBe(false);
    expect(o.crosses({ x1: 25, y1: -5, x2: 25, y2: 50 }, 0)).toBe(true);
  });
});

describe('placeInLanes', () => {
  const lanes = {
    min: 0,
    max: 400,
    lanes: 3,
    gap: 8,
    nudge: 6,
    laneTop: (l: number) => 100 - l * 20,
    height: 15,
    leaderBottom: 130,
  };

  it('centres a lone label on its mark, in the lane nearest the axis', () => {
    const placed = placeInLanes([{ id: 'a', anchor: 200, width: 60, priority: 1 }], lanes);
    expect(placed.get('a')).toEqual({ lane: 0, x0: 170, x1: 230, align: 'middle' });
  });

  it('puts neighbours in other lanes without any leader crossing a label', () => {
    const items = [0, 1, 2].map((i) => ({ id: `m${i}`, anchor: 200 + i * 40, width: 90, priority: 1 }));
    const placed = placeInLanes(items, lanes);
    const boxes = [...placed].map(([id, p]) => ({
      id,
      box: { x: p.x0, y: lanes.laneTop(p.lane), width: p.x1 - p.x0, height: 15 },
    }));
    for (const a of boxes)
      for (const item of items)
        if (item.id !== a.id && placed.has(item.id)) {
          const p = placed.get(item.id)!;
          const leader = { x1: item.anchor, y1: lanes.leaderBottom, x2: item.anchor, y2: lanes.laneTop(p.lane) + 15 };
          expect(segmentHitsBox(leader, a.box), `${item.id} × ${a.id}`).toBe(false);
        }
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++) expect(boxesOverlap(boxes[i]!.box, boxes[j]!.box)).toBe(false);
  });

  it('places the most important labels first and leaves the rest out', () => {
    const items = Array.from({ length: 20 }, (_, i) => ({
      id: `m${i}`,
      anchor: 200 + i,
      width: 120,
      priority: i === 13 ? 9 : 1,
    }));
    const placed = placeInLanes(items, lanes);
    expect(placed.has('m13')).toBe(true);
    expect(placed.size).toBeLessThan(20);
  });
});

describe('placeNearPoints', () => {
  const bounds = { x: 0, y: 0, width: 400, height: 200 };
  const item = (id: string, x: number, y: number, width = 50) => ({
    id,
    x,
    y,
    width,
    height: 15,
    radius: 7,
    priority: 1,
  });

  it('puts a label beside its point, clear of its own mark', () => {
    const o = new Obstacles();
    o.addBox({ x: 93, y: 93, width: 14, height: 14 });
    const placed = placeNearPoints([item('a', 100, 100)], o, bounds, 2);
    expect(placed.get('a')).toMatchObject({ anchor: 'start', short: false, box: { x: 110 } });
  });

  it('goes round a line through the point and keeps the label nearer its own point than any other', () => {
    const o = new Obstacles();
    o.addSegment({ x1: 0, y1: 100, x2: 400, y2: 100 });
    const marks = [
      { x: 100, y: 100 },
      { x: 100, y: 75 },
    ];
    for (const m of marks) o.addBox({ x: m.x - 7, y: m.y - 7, width: 14, height: 14 });
    const placed = placeNearPoints([item('a', 100, 100)], o, bounds, 2, marks).get('a')!;
    expect(segmentHitsBox({ x1: 0, y1: 100, x2: 400, y2: 100 }, placed.box, 2)).toBe(false);
    expect(distanceToBox(marks[0]!, placed.box)).toBeLessThan(distanceToBox(marks[1]!, placed.box));
  });

  it('falls back to the short text, then to a spot a little way off with a leader', () => {
    const o = new Obstacles();
    for (const [x, y] of [
      [100, 100],
      [100, 80],
      [100, 120],
      [78, 100],
      [122, 100],
    ] as const)
      o.addBox({ x: x - 7, y: y - 7, width: 14, height: 14 });
    const long = { ...item('a', 100, 100, 160), shortWidth: 24 };
    const placed = placeNearPoints([long], o, bounds, 2).get('a')!;
    expect(placed.short).toBe(true);
    expect(placed.leader).toBeDefined();
  });

  it('gives up rather than overlap', () => {
    const o = new Obstacles();
    o.addBox(bounds);
    expect(placeNearPoints([item('a', 100, 100)], o, bounds, 2).size).toBe(0);
  });
});

describe('stackLabels', () => {
  it('keeps labels at their marks when they do not collide', () => {
    const tops = stackLabels(
      [
        { id: 'a', desired: 50, height: 10 },
        { id: 'b', desired: 100, height: 10 },
      ],
      { min: 0, gap: 4 },
    );
    expect([...tops.values()]).toEqual([45, 95]);
  });
  it('pushes colliding labels apart around their mean', () => {
    const tops = stackLabels(
      [
        { id: 'a', desired: 100, height: 10 },
        { id: 'b', desired: 100, height: 10 },
      ],
      { min: 0, gap: 4 },
    );
    expect(tops.get('b')! - tops.get('a')!).toBe(14);
    expect((tops.get('a')! + tops.get('b')! + 10) / 2).toBeCloseTo(100);
  });
  it('never starts above the minimum', () => {
    const tops = stackLabels([{ id: 'a', desired: 0, height: 20 }], { min: 5, gap: 4 });
    expect(tops.get('a')).toBe(5);
  });
});

describe('moreMarkers', () => {
  const row = { y: 50, height: 15, min: 0, max: 500 };
  const width = (t: string) => t.length * 7;
  it('counts dropped labels near each other in one marker', () => {
    const markers = moreMarkers(
      [
        { id: 'a', anchor: 100 },
        { id: 'b', anchor: 110 },
        { id: 'c', anchor: 300 },
      ],
      row,
      width,
    );
    expect(markers.map((m) => [m.text, m.ids])).toEqual([
      ['+2', ['a', 'b']],
      ['+1', ['c']],
    ]);
  });
  it('merges markers that would touch, and keeps them on the row', () => {
    const markers = moreMarkers(
      [
        { id: 'a', anchor: 100 },
        { id: 'b', anchor: 135 },
        { id: 'c', anchor: 498 },
      ],
      row,
      (t) => t.length * 15,
    );
    expect(markers[0]!.ids).toEqual(['a', 'b']);
    for (const m of markers) expect(m.x + m.width).toBeLessThanOrEqual(500);
  });
});
