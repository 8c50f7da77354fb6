// The messages between an embed and the page around it. Heights go out in NPR's pym.js format, so
// a newsroom's `pym.Parent` (and AMP, which reads it too) can size the embed, and as AMP's own
// `embed-size` request; our loader speaks pym's format. Parsing never throws.
const DELIMITER = 'xPYMx';

/** "pymxPYMx<childId>xPYMx<type>xPYMx<message>" */
export function pymMessage(childId: string, type: string, message: string): string {
  return ['pym', childId, type, message].join(DELIMITER);
}

/** The child id, type and message of any pym message, or null for anything else. */
export function parsePym(data: unknown): { childId: string; type: string; message: string } | null {
  if (typeof data !== 'string' || data.length > 1000) return null;
  const [pym, childId, type, ...rest] = data.split(DELIMITER);
  if (pym !== 'pym' || !childId || !type || rest.length !== 1) return null;
  return { childId, type, message: rest[0]! };
}

/** The type and message of a pym message meant for `childId`, or null for anything else. */
export function parsePymMessage(data: unknown, childId: string): { type: string; message: string } | null {
  const parsed = parsePym(data);
  return parsed && parsed.childId === childId ? { type: parsed.type, message: parsed.message } : null;
}

/** A height in whole pixels, or null when the message is not a sane height. */
export function parseHeight(message: string): number | null {
  if (!/^\d{1,6}(\.\d+)?$/.test(message)) return null;
  const height = Math.ceil(Number(message));
  return height > 0 && height <= 100_000 ? height : null;
}

/** AMP's resize request from inside an amp-iframe (amp-iframe.md, "Iframe resizing"). */
export function ampSizeMessage(height: number) {
  return { sentinel: 'amp', type: 'embed-size', height };
}
