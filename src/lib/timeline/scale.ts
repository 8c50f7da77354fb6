// A linear map between a domain (time in ms, or a percentage) and pixels, both ways. It is the part
// of d3-scale's scaleLinear the chart needs, named differently because its API is smaller: d3-scale
// itself would add ~11 kB gzip to the page (it bundles d3-interpolate and d3-format for features
// the chart does not use).

export interface LinearScale {
  (value: number): number;
  invert(position: number): number;
  readonly domain: readonly [number, number];
  readonly range: readonly [number, number];
}

export function linearScale(domain: readonly [number, number], range: readonly [number, number]): LinearScale {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  const k = d1 === d0 ? 0 : (r1 - r0) / (d1 - d0);
  return Object.assign((value: number) => r0 + (value - d0) * k, {
    invert: (position: number) => (k === 0 ? d0 : d0 + (position - r0) / k),
    domain,
    range,
  });
}
