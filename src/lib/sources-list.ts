// The sources list at the end of an article: the cited ids (in citation order, from the remark
// plugin) joined with the registry.
import type { Source } from './content/schema';
import type { CitedSource } from './mdx/citations';

export interface SourceListItem {
  n: number;
  uses: number;
  source: Source;
}

export function sourceListItems(
  citations: readonly CitedSource[],
  sources: ReadonlyMap<string, Source>,
): SourceListItem[] {
  return citations.map((c, i) => {
    const source = sources.get(c.id);
    if (!source) throw new Error(`unknown source id "${c.id}": add it to content/sources.yaml or fix the id`);
    return { n: i + 1, uses: c.uses, source };
  });
}
