// A table of contents from an article's headings: h2 entries with their h3 children.
export interface Heading {
  depth: number;
  slug: string;
  text: string;
}
export interface TocItem extends Heading {
  children: Heading[];
}

export function tocTree(headings: readonly Heading[]): TocItem[] {
  const tree: TocItem[] = [];
  for (const h of headings) {
    if (h.depth === 2) tree.push({ ...h, children: [] });
    else if (h.depth === 3) tree.at(-1)?.children.push(h);
  }
  return tree;
}
