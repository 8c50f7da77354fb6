// The components editors may use in articles, and the attributes each takes: shared by the safe
// subset check (src/lib/mdx/safe-subset.ts), the remark plugin, `check:content` and the article page,
// so a new component or attribute is declared once.

/** Each component and the attributes an editor may write on it, all plain strings in quotes. */
export const componentAttributes = {
  Cite: ['id', 'quote', 'at'],
  Quote: ['by', 'source', 'lang', 'quote', 'at'],
  Stat: ['value', 'date', 'source', 'quote', 'at'],
  Term: ['id'],
  Timeline: ['id', 'range', 'highlight', 'list'],
  Callout: ['kind'],
  KeyFacts: [],
  Figure: ['src', 'alt', 'caption', 'credit'],
  Lang: ['lang'],
  Derived: ['days', 'months', 'sum', 'difference'],
} as const satisfies Record<string, readonly string[]>;

export type MdxComponentName = keyof typeof componentAttributes;
export const mdxComponentNames = Object.keys(componentAttributes) as MdxComponentName[];

export function isMdxComponent(name: string): name is MdxComponentName {
  return Object.hasOwn(componentAttributes, name);
}

/** The component a lowercase or misspelt-case name was meant to be: "cite" → "Cite", "keyfacts" → "KeyFacts". */
export function componentNamed(name: string): MdxComponentName | undefined {
  return mdxComponentNames.find((n) => n.toLowerCase() === name.toLowerCase());
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

/** A language tag for <Lang lang="…"> and <Quote lang="…">: "id", "en", "zh", "jv", "zh-Hant"… */
export const LANGUAGE_TAG = /^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/;

/** What an article's <Timeline list> may be: the events under the chart. */
export const inlineLists = ['none', 'compact', 'full'] as const;
