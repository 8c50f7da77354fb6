// content/glossary.yaml: terms and people, each entry validated on its own; citations name sources.
import { existsSync } from 'node:fs';
import { evidenceOf, localizedTexts, textProblem } from '../claims';
import { checkMessages } from '../../../i18n/messages';
import { contentPaths } from '../paths';
import { checkCitations, display, loadList, type Collector, type Known } from '../read';
import { glossaryEntrySchema } from '../schema';

export function loadGlossary(root: string, sources: Known, published: ReadonlyMap<string, string>, out: Collector) {
  const file = contentPaths(root).glossary;
  if (!existsSync(file))
    return { items: [], known: { ids: new Set<string>(), broken: new Set<string>(), unreadable: false } };
  const name = display(file);
  return loadList(
    file,
    glossaryEntrySchema,
    checkMessages().files.glossary,
    out,
    (entry, i, lineOf) => {
      checkCitations(
        entry.citations,
        sources,
        name,
        (j) => lineOf([i, 'citations', j, 'source']),
        `[${i}](${entry.id}).citations`,
        out,
      );
      // Every figure the entry states is in the words of its citations.
      const evidence = (entry.citations ?? []).map((c) => evidenceOf({ id: c.source, quote: c.quote }, (id) => published.get(id)));
      for (const { path, text } of localizedTexts(entry)) {
        const message = textProblem(text, evidence);
        if (message) out.error(name, lineOf([i, ...path]), `[${i}](${entry.id}).${path.join('.')}`, message);
      }
    },
  );
}
