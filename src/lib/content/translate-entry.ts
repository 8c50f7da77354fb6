// `npm run new -- --translate content/timelines/<id>.yaml#<milestone>` (or glossary.yaml#<entry>):
// the other language's skeleton of an entry written in one language (`translation: pending`). Every
// text that lacks a language gets the other's words to translate in place; comments, order and the
// rest of the file stay as they were (the yaml library's document, not a re-serialisation of data).
// `translation: pending` stays until the translator is done: removing it publishes the entry.
// Pure: the CLI reads and writes the file.
import { isMap, isScalar, isSeq, parseDocument, type YAMLMap } from 'yaml';
import { locales, type Locale } from '../../i18n/locales';
import { messages, messageLocale } from '../../i18n/messages';

export type Filled =
  | { ok: true; text: string; filled: { path: string; lang: Locale }[]; line: number }
  | { ok: false; error: string };

/** The entry with this id: a top-level list item (glossary) or an item of `milestones` (timeline). */
function entryOf(doc: ReturnType<typeof parseDocument>, id: string): YAMLMap | undefined {
  const lists = [doc.contents, isMap(doc.contents) ? doc.contents.get('milestones', true) : undefined];
  for (const list of lists)
    if (isSeq(list))
      for (const item of list.items) if (isMap(item) && item.get('id') === id) return item as YAMLMap;
  return undefined;
}

export function fillTranslation(source: string, id: string): Filled {
  const doc = parseDocument(source);
  if (doc.errors.length)
    return { ok: false, error: messages(messageLocale()).cli.new.notYaml(doc.errors[0]!.message.split('\n')[0]!) };
  const entry = entryOf(doc, id);
  if (!entry) return { ok: false, error: messages(messageLocale()).cli.new.noEntry(id) };
  const filled: { path: string; lang: Locale }[] = [];
  // Edits to the text itself, so that nothing but the new lines changes (a re-serialised document
  // would respace other lines): [offset, text to insert].
  const edits: [number, string][] = [];
  const visit = (node: unknown, path: string[]) => {
    if (isSeq(node)) node.items.forEach((item, i) => visit(item, [...path, String(i)]));
    if (!isMap(node)) return;
    const keys = node.items.map((pair) => (isScalar(pair.key) ? String(pair.key.value) : ''));
    if (keys.length && keys.every((k) => (locales as readonly string[]).includes(k))) {
      for (const lang of locales) {
        const pair = node.items.find((p) => isScalar(p.key) && p.key.value !== lang && isScalar(p.value));
        if (node.has(lang) || !pair || !isScalar(pair.key) || !isScalar(pair.value) || !pair.value.range) continue;
        // The other language's words, as written (in the same quotes).
        const words = source.slice(pair.value.range[0], pair.value.range[1]);
        if (node.flow) {
          // `{ id: Judul }` → `{ id: Judul, en: Judul }`: after the last value.
          const last = node.items.at(-1)!.value as { range?: [number, number, number] };
          edits.push([last.range![1], `, ${lang}: ${words}`]);
        } else {
          const lineStart = source.lastIndexOf('\n', pair.key.range![0]) + 1;
          const indent = source.slice(lineStart, pair.key.range![0]);
          const end = source.indexOf('\n', pair.value.range[1]);
          edits.push([end < 0 ? source.length : end, `\n${indent}${lang}: ${words}`]);
        }
        filled.push({ path: path.join('.'), lang });
      }
      return;
    }
    for (const pair of node.items) visit(pair.value, [...path, isScalar(pair.key) ? String(pair.key.value) : '']);
  };
  visit(entry, []);
  if (!filled.length) return { ok: false, error: messages(messageLocale()).cli.new.complete(id) };
  let text = source;
  for (const [at, insert] of edits.sort((a, b) => b[0] - a[0])) text = text.slice(0, at) + insert + text.slice(at);
  const line = source.slice(0, entry.range?.[0] ?? 0).split('\n').length;
  return { ok: true, text, filled, line };
}
