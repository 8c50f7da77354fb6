// Which of the precompressed encodings a request accepts, by its Accept-Encoding header and the
// weights in it (RFC 9110 §12.5.3): `br;q=0` refuses Brotli, `gzip;q=1, br;q=0.5` prefers gzip, `*`
// stands for every coding not named, and a malformed element is left out.

export const ENCODINGS = ['br', 'gzip'] as const;
export type Encoding = (typeof ENCODINGS)[number];

const ELEMENT = /^([a-z0-9!#$%&'*+.^_`|~-]+)\s*(?:;\s*q\s*=\s*([0-9.]+))?$/i;
const WEIGHT = /^(?:0(?:\.\d{0,3})?|1(?:\.0{0,3})?)$/;

/** The weight the header gives each coding it names (lowercase), `*` included. */
function weights(header: string): Map<string, number> {
  const found = new Map<string, number>();
  for (const element of header.split(',')) {
    const match = ELEMENT.exec(element.trim());
    if (!match) continue;
    const [, coding, q] = match;
    if (q !== undefined && !WEIGHT.test(q)) continue;
    found.set(coding!.toLowerCase(), q === undefined ? 1 : Number(q));
  }
  return found;
}

/**
 * The encodings to offer, best first: those the header accepts with the highest weight among them
 * (Brotli before gzip when they tie). Empty: send the file as it is.
 */
export function acceptedEncodings(header: string | undefined): Encoding[] {
  if (!header) return [];
  const q = weights(header);
  const weightOf = (coding: Encoding) =>
    q.get(coding) ?? q.get(coding === 'gzip' ? 'x-gzip' : coding) ?? q.get('*') ?? 0;
  const best = Math.max(...ENCODINGS.map(weightOf));
  return best > 0 ? ENCODINGS.filter((coding) => weightOf(coding) === best) : [];
}
