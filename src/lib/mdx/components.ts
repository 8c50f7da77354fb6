// The components editors may use in articles, shared by the remark plugin, `check:content` and the
// article page, so a new component is declared once.

export const mdxComponentNames = [
  'Cite',
  'Quote',
  'Stat',
  'Term',
  'Timeline',
  'Callout',
  'KeyFacts',
  'Figure',
] as const;
export type MdxComponentName = (typeof mdxComponentNames)[number];

export function isMdxComponent(name: string): name is MdxComponentName {
  return (mdxComponentNames as readonly string[]).includes(name);
}

/** Components that cite a source, and the attribute that names it: each gets a footnote number. */
export const citingAttribute = { Cite: 'id', Quote: 'source', Stat: 'source' } as const;
export type CitingComponent = keyof typeof citingAttribute;

export function isCiting(name: string): name is CitingComponent {
  return Object.hasOwn(citingAttribute, name);
}

export const calloutKinds = ['note', 'warning', 'discrepancy'] as const;
export type CalloutKind = (typeof calloutKinds)[number];

/** Image files a <Figure src="..."> may name, relative to content/images/. */
export const figureExtensions = ['avif', 'gif', 'jpeg', 'jpg', 'png', 'webp'] as const;
