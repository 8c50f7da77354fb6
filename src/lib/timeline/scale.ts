// A linear scale: maps a domain interval onto a range interval and back. This is the part of
// d3-scale's scaleLinear the timeline needs; d3-scale itself would add ~11 kB gzip to the page
// (it bundles d3-interpolate and d3-format for features the timeline does not use).

export interface LinearScale {
  (value: number): number;
  invert(position: number): number;
  domain: readonly [number, number];
  range: readonly [number, number];
}

export function scaleLinear(domain: readonly [number, number], range: readonly [number, number]): LinearScale {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  const k = d1 === d0 ? 0 : (r1 - r0) / (d1 - d0);
  const scale = ((value: number) => r0 + (value - d0) * k) as LinearScale;
  scale.invert = (position: number) => (k === 0 ? d0 : d0 + (position - r0) / k);
  scale.domain = domain;
  scale.range = range;
  return scale;
}
