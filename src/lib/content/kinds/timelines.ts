// content/timelines/<id>.yaml: one timeline per file. What a file says of itself is checked by its
// schema; here, what it says of others: the sources its citations name.
import { existsSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { evidenceOf, localizedTexts, textProblem } from '../claims';
import type { Locale } from '../../../i18n/locales';
import { checkMessages } from '../../../i18n/messages';
import { contentPaths } from '../paths';
import { asIfTranslated, isPending, pendingMessage } from '../pending';
import { fieldLabel } from '../zod-problems';
import { checkCitations, display, isFolder, isUnknown, readYaml, unknownSource, type Collector, type Known } from '../read';
import { timelineSchema, type Timeline } from '../schema';
import { SLUG } from '../../urls';

export function loadTimelines(root: string, sources: Known, published: ReadonlyMap<string, string>, out: Collector) {
  const dir = contentPaths(root).timelines;
  const timelines: Timeline[] = [];
  const broken = new Set<string>();
  if (!existsSync(dir)) return { timelines, broken };
  for (const entry of readdirSync(dir).sort()) {
    if (!/\.ya?ml$/.test(entry)) continue;
    const file = join(dir, entry);
    const name = display(file);
    if (isFolder(file)) {
      out.error(name, 1, checkMessages().fields.folder, checkMessages().timeline.folder);
      continue;
    }
    const id = basename(entry).replace(/\.ya?ml$/, '');
    broken.add(id);
    if (!SLUG.test(id)) {
      out.error(name, 1, checkMessages().fields.fileName, checkMessages().timeline.fileName);
      continue;
    }
    // Milestones awaiting their translation are checked as if they had it (./pending.ts).
    const missing = new Map<number, Locale[]>();
    const prepare = (data: unknown) => {
      const milestones = (data as { milestones?: unknown } | null)?.milestones;
      if (!Array.isArray(milestones)) return data;
      return {
        ...(data as object),
        milestones: milestones.map((m: unknown, i) => {
          if (!isPending(m)) return m;
          const waiting = asIfTranslated(m);
          missing.set(i, waiting.missing);
          return waiting.data;
        }),
      };
    };
    const read = readYaml(file, timelineSchema, out, 1, undefined, prepare);
    if (!read?.data) continue;
    const before = out.problems.length;
    const evidenceOfAll = (cs: readonly { source: string; quote: string }[]) =>
      cs.map((c) => evidenceOf({ id: c.source, quote: c.quote }, (id) => published.get(id)));
    const citationsOf = (m: (typeof read.data.milestones)[number]) => [...m.citations, ...(m.reports ?? []).map((r) => r.citation)];
    // A note compares a milestone with others, the timeline's title and summary tell all of it: they are
    // held to every citation of the timeline; a milestone's own texts to its own.
    const everything = evidenceOfAll(read.data.milestones.flatMap(citationsOf));
    const figures = (path: (string | number)[], text: string, evidence: ReturnType<typeof evidenceOfAll>) => {
      const message = textProblem(text, evidence);
      if (message) out.error(name, read.lineOf(path), fieldLabel(path, read.raw), message);
    };
    for (const { path, text } of localizedTexts(read.data, ['milestones', 'reporters'])) figures(path, text, everything);
    read.data.milestones.forEach((m, i) => {
      const own = evidenceOfAll(citationsOf(m));
      for (const { path, text } of localizedTexts(m)) figures(['milestones', i, ...path], text, path[0] === 'note' ? everything : own);
      if (m.projection)
        for (const { path, text } of localizedTexts(m.projection)) figures(['milestones', i, 'projection', ...path], text, own);
      const at = (...p: (string | number)[]) => read.lineOf(['milestones', i, ...p]);
      const field = `milestones[${i}](${m.id})`;
      checkCitations(m.citations, sources, name, (j) => at('citations', j, 'source'), `${field}.citations`, out);
      m.reports?.forEach((r, j) => {
        if (isUnknown(sources, r.citation.source))
          out.error(
            name,
            at('reports', j, 'citation', 'source'),
            `${field}.reports[${j}].citation.source`,
            unknownSource(r.citation.source),
          );
      });
    });
    if (out.problems.length > before) continue;
    broken.delete(id);
    // …and listed as pending, and left off the chart and the list until they have it.
    for (const [i, languages] of missing) {
      const m = read.data.milestones[i]!;
      out.pending(
        name,
        read.lineOf(['milestones', i, 'translation']),
        `milestones[${i}](${m.id})`,
        pendingMessage(languages, `${name}#${m.id}`),
      );
    }
    const ready = read.data.milestones.filter((_, i) => !missing.has(i));
    if (!ready.length) {
      broken.add(id);
      continue;
    }
    timelines.push({ id, ...read.data, milestones: ready });
  }
  return { timelines, broken };
}
