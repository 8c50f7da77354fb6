// NPR's pym.js message format, so a newsroom's existing `new pym.Parent(...)` can size our embed:
// "pymxPYMx<childId>xPYMx<type>xPYMx<message>".
const DELIMITER = 'xPYMx';

export function pymMessage(childId: string, type: string, message: string): string {
  return ['pym', childId, type, message].join(DELIMITER);
}

/** The type and message of a pym message meant for `childId`, or null for anything else. */
export function parsePymMessage(data: unknown, childId: string): { type: string; message: string } | null {
  if (typeof data !== 'string' || data.length > 1000) return null;
  const prefix = `pym${DELIMITER}${childId}${DELIMITER}`;
  if (!data.startsWith(prefix)) return null;
  const rest = data.slice(prefix.length);
  const at = rest.indexOf(DELIMITER);
  if (at <= 0) return null;
  return { type: rest.slice(0, at), message: rest.slice(at + DELIMITER.length) };
}

/** A height in whole pixels, or null when the message is not a sane height. */
export function parseHeight(message: string): number | null {
  if (!/^\d{1,6}(\.\d+)?$/.test(message)) return null;
  const height = Math.ceil(Number(message));
  return height > 0 && height <= 100_000 ? height : null;
}
