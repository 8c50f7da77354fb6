// Adding a source to sources.yaml and a milestone to a timeline, as an editor would: in date order,
// in the right section, in the file's own style, with every comment and every other line kept as it
// was (the `yaml` library's document: parse, insert one node, write; the rest of the file comes out
// unchanged). Text is written so that it reads back exactly as typed, whatever it holds (quotes, "#",
// ": ", a leading "-", "null", "yes", a date…). Pure: the commands read and write the files.
import { Document, isMap, isNode, isScalar, isSeq, Pair, parseDocument, Scalar, visit, YAMLMap, YAMLSeq } from 'yaml';
import { isRealDay, isRealMonth, startOf } from './dates';
import type { Citation, MilestoneKind, PENDING, Qualifier } from './schema';
import { parseYaml } from './yaml';

export interface NewSource {
  id: string;
  publisher: string;
  title: string;
  url: string;
  archive?: string | undefined;
  via?: string | undefined;
  published: string;
  language: string;
  note?: { id: string; en: string } | undefined;
}

export interface NewMilestone {
  id: string;
  date: string;
  kind: MilestoneKind;
  progress?: { value: number; estimate: boolean; qualifier?: Qualifier | undefined; by?: string | undefined } | undefined;
  /** Texts in both languages, or in one with `translation: pending` (schema.ts, PENDING). */
  title: Texts;
  label: Texts;
  summary: Texts;
  citations: Citation[];
  note?: Texts | undefined;
  translation?: typeof PENDING | undefined;
}

/** A text in two languages; a milestone awaiting its translation may have one of them. */
export type Texts = { id: string; en: string } | { id: string; en?: undefined } | { id?: undefined; en: string };

/** The languages a text has, without the keys it lacks. */
const present = (texts: Texts) => Object.fromEntries(Object.entries(texts).filter(([, v]) => v !== undefined));

/** Parsed as the check parses (YAML 1.2 core schema: dates stay text), so writing it again changes nothing. */
const parse = (text: string) => parseDocument(text, { schema: 'core' });
const write = (doc: Document) => doc.toString({ lineWidth: 0 });

/**
 * True when `value` written without quotes reads back as the same text, both as the check reads it
 * (YAML 1.2) and as older YAML 1.1 readers would ("yes", "2024-03-04" and "1e3" are not text there).
 */
function readsBackPlain(value: string): boolean {
  const probe = new Document({ v: value });
  (probe.get('v', true) as Scalar).type = Scalar.PLAIN;
  const source = probe.toString({ lineWidth: 0 });
  // The library quotes what cannot be plain: then it is not.
  if (source !== `v: ${value}\n`) return false;
  return (['1.2', '1.1'] as const).every((version) => {
    const doc = parseDocument(source, { version });
    return doc.errors.length === 0 && doc.get('v') === value;
  });
}

const realDate = (v: unknown): v is string => typeof v === 'string' && (isRealDay(v) || isRealMonth(v));
const DATE_KEYS = new Set(['published', 'date']);

/** Characters single quotes cannot carry as they are (a line break would be folded). */
// eslint-disable-next-line no-control-regex
const NEEDS_ESCAPES = /[\u0000-\u001f\u007f\u0085\u2028\u2029]/;

/**
 * Sets how each text of a new node is written: dates bare (as the files write them; the check reads
 * them as text), `plain` keys (ids, addresses, fixed words) bare where that reads back, the others as
 * `text` says.
 */
function styleText(node: unknown, options: { plain: ReadonlySet<string>; text: 'plain-if-safe' | 'double' }) {
  visit(node as YAMLMap, {
    Pair(_, pair, path) {
      const parent = path[path.length - 1];
      // { id, en }: text in two languages, whatever its keys are called.
      const localized = isMap(parent) && parent.items.every((p) => isScalar(p.key) && ['id', 'en'].includes(String(p.key.value)));
      const key = isScalar(pair.key) && !localized ? String(pair.key.value) : '';
      const value = pair.value;
      if (!isScalar(value) || typeof value.value !== 'string') return;
      const text = value.value;
      if (DATE_KEYS.has(key) && realDate(text)) value.type = Scalar.PLAIN;
      else if (options.plain.has(key) && readsBackPlain(text)) value.type = Scalar.PLAIN;
      else if (options.text === 'double' || NEEDS_ESCAPES.test(text)) value.type = Scalar.QUOTE_DOUBLE;
      else value.type = readsBackPlain(text) ? Scalar.PLAIN : Scalar.QUOTE_SINGLE;
    },
  });
}


/** How much of their date two items share: 2 the month, 1 the year, 0 nothing. */
const shared = (a: string, b: string) => (a.slice(0, 7) === b.slice(0, 7) ? 2 : a.slice(0, 4) === b.slice(0, 4) ? 1 : 0);

/**
 * Inserts `node` into a list sorted by date: before the first item dated after it (in a list that is
 * not quite sorted, that keeps it nearest the items of its own date), else last. A list
 * with blank lines between items gets one before the new item too. Where sections are marked by a
 * comment before their first item (sources.yaml: `# --- March 2024 … ---`), the new item goes to the
 * section whose dates it shares: it takes over the next section's comment when its date is closer to
 * that section's first item (same month, or same year) than to the item before it.
 * Returns the index it was given.
 */
function insertByDate(seq: YAMLSeq, node: YAMLMap, date: string, dateKey: string): number {
  const items = seq.items as unknown[];
  const dateOf = (item: unknown) => (isMap(item) ? item.get(dateKey) : undefined);
  let index = items.findIndex((item) => {
    const d = dateOf(item);
    return realDate(d) && startOf(d) > startOf(date);
  });
  if (index === -1) index = items.length;
  const spaced = items.slice(1).some((item) => isNode(item) && item.spaceBefore);
  const next = items[index];
  const previous = items[index - 1];
  if (isNode(next)) {
    const nextDate = dateOf(next);
    const previousDate = dateOf(previous);
    const takesSection =
      index === 0 ||
      (realDate(nextDate) && realDate(previousDate) && shared(date, nextDate) > shared(date, previousDate));
    if (takesSection && next.commentBefore) {
      node.commentBefore = next.commentBefore;
      delete next.commentBefore;
    }
    if (index === 0) {
      node.spaceBefore = next.spaceBefore ?? false;
      next.spaceBefore = spaced || (next.spaceBefore ?? false);
    } else node.spaceBefore = spaced;
  } else node.spaceBefore = spaced;
  items.splice(index, 0, node);
  return index;
}

/** Adds a source to sources.yaml (a list of sources sorted by date, in sections). */
export function addSource(text: string, source: NewSource): { text: string; line: number } {
  const doc: Document = parse(text);
  // An empty registry (nothing, or only comments) gets its first source.
  if (!doc.errors.length && doc.contents === null) doc.contents = new YAMLSeq();
  if (doc.errors.length || !isSeq(doc.contents)) throw new Error('sources.yaml must be a list that can be read');
  const entry: Record<string, unknown> = {
    id: source.id,
    publisher: source.publisher,
    title: source.title,
    url: source.url,
    ...(source.archive ? { archive: source.archive } : {}),
    ...(source.via ? { via: source.via } : {}),
    published: source.published,
    language: source.language,
    ...(source.note ? { note: { id: source.note.id, en: source.note.en } } : {}),
  };
  const node = doc.createNode(entry) as YAMLMap;
  styleText(node, { plain: new Set(['id', 'published', 'language', 'url', 'archive', 'via']), text: 'plain-if-safe' });
  const index = insertByDate(doc.contents, node, source.published, 'published');
  const out = write(doc);
  return { text: out, line: parseYaml(out).lineOf([index]) };
}

/**
 * Adds a milestone to a timeline, in date order, in the timeline's style (text in double quotes, a
 * progress figure on one line), and sets `updated:` to `today` (never back to an earlier date).
 */
export function addMilestone(text: string, milestone: NewMilestone, today: string): { text: string; line: number } {
  const doc = parse(text);
  const milestones = doc.get('milestones', true);
  if (doc.errors.length || !isMap(doc.contents) || !isSeq(milestones))
    throw new Error('a timeline must be a set of fields with a list of milestones');
  const { progress, note, ...rest } = milestone;
  const entry: Record<string, unknown> = {
    id: rest.id,
    date: rest.date,
    kind: rest.kind,
    ...(rest.translation ? { translation: rest.translation } : {}),
    ...(progress
      ? {
          progress: {
            value: progress.value,
            estimate: progress.estimate,
            ...(progress.qualifier ? { qualifier: progress.qualifier } : {}),
            ...(progress.by ? { by: progress.by } : {}),
          },
        }
      : {}),
    title: present(rest.title),
    label: present(rest.label),
    summary: present(rest.summary),
    citations: rest.citations.map((c) => ({ source: c.source, quote: c.quote, ...(c.at ? { at: c.at } : {}) })),
    ...(note ? { note: present(note) } : {}),
  };
  const node = doc.createNode(entry) as YAMLMap;
  const figure = node.get('progress', true);
  if (isMap(figure)) figure.flow = true;
  styleText(node, { plain: new Set(['id', 'date', 'kind', 'translation', 'source', 'by', 'qualifier']), text: 'double' });
  const index = insertByDate(milestones, node, milestone.date, 'date');
  setUpdated(doc.contents, today);
  const out = write(doc);
  return { text: out, line: parseYaml(out).lineOf(['milestones', index]) };
}

/** `updated: today`, where it is, or after `summary` when the timeline has none yet. */
function setUpdated(timeline: YAMLMap, today: string) {
  const current = timeline.get('updated');
  if (realDate(current) && startOf(current) >= startOf(today)) return;
  if (timeline.has('updated')) {
    timeline.set('updated', today);
    return;
  }
  const after = timeline.items.findIndex((pair) => isScalar(pair.key) && pair.key.value === 'summary');
  timeline.items.splice(after + 1, 0, new Pair(new Scalar('updated'), new Scalar(today)));
}
