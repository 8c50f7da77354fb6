// The components editors may use in articles, each declared once: the attributes an editor writes
// on it (all plain strings in quotes), which are required and which take one of a few values, and
// what the remark plugin adds to them. The safe subset check (src/lib/mdx/safe-subset.ts), the
// content check (src/lib/content/kinds/components.ts, one check per component, typed by this), the
// remark plugin and the components' own Props (src/components/mdx/*.astro: `ComponentProps<'Cite'>`)
// all read this, so a new component or attribute is written here and nowhere else.

export const calloutKinds = ['note', 'warning', 'discrepancy'] as const;
export type CalloutKind = (typeof calloutKinds)[number];

/** What an article's <Timeline list> may be: the events under the chart. */
export const inlineLists = ['none', 'compact', 'full'] as const;

/** An attribute an editor must write. */
const required = { required: true } as const;
/** An attribute an editor may write. */
const optional = { required: false } as const;
/** An attribute that takes one of these values. */
const oneOf = <V extends readonly string[], R extends boolean>(values: V, isRequired: R) =>
  ({ required: isRequired, values }) as const;

interface AttributeSpec {
  readonly required: boolean;
  readonly values?: readonly string[];
}

/** Each component and the attributes an editor may write on it. */
export const componentSpecs = {
  Cite: { id: required, quote: optional, at: optional },
  Quote: { by: required, source: required, lang: optional, quote: optional, at: optional },
  Stat: { value: required, date: required, source: required, quote: optional, at: optional },
  Term: { id: required },
  Timeline: { id: required, range: optional, highlight: optional, list: oneOf(inlineLists, false) },
  Callout: { kind: oneOf(calloutKinds, true) },
  KeyFacts: {},
  Figure: { src: required, alt: required, caption: required, credit: optional },
  Lang: { lang: required },
  Derived: { days: optional, months: optional, sum: optional, difference: optional },
} as const satisfies Record<string, Record<string, AttributeSpec>>;

export type MdxComponentName = keyof typeof componentSpecs;
export const mdxComponentNames = Object.keys(componentSpecs) as MdxComponentName[];
/** The attributes an editor may write on a component. */
export type AttributeName<N extends MdxComponentName> = keyof (typeof componentSpecs)[N] & string;

/** Each component's attribute names (the safe subset allows only these). */
export const componentAttributes = Object.fromEntries(
  mdxComponentNames.map((name) => [name, Object.keys(componentSpecs[name])]),
) as unknown as { [N in MdxComponentName]: readonly AttributeName<N>[] };

export function isMdxComponent(name: string): name is MdxComponentName {
  return Object.hasOwn(componentSpecs, name);
}

/** The component a lowercase or misspelt-case name was meant to be: "cite" → "Cite", "keyfacts" → "KeyFacts". */
export function componentNamed(name: string): MdxComponentName | undefined {
  return mdxComponentNames.find((n) => n.toLowerCase() === name.toLowerCase());
}

/** Components that cite a source, and the attribute that names it: each gets a footnote number. */
export const citingAttribute = { Cite: 'id', Quote: 'source', Stat: 'source' } as const satisfies {
  [N in MdxComponentName]?: AttributeName<N>;
};
export type CitingComponent = keyof typeof citingAttribute;

export function isCiting(name: string): name is CitingComponent {
  return Object.hasOwn(citingAttribute, name);
}

/** Components the remark plugin numbers in the article (`n`), for unique element ids. */
export const numberedComponents = ['Term', 'KeyFacts'] as const satisfies readonly MdxComponentName[];
type NumberedComponent = (typeof numberedComponents)[number];

type Spec<N extends MdxComponentName> = (typeof componentSpecs)[N];
type ValueOf<S> = S extends { values: readonly (infer V)[] } ? V : string;
type RequiredNames<N extends MdxComponentName> = {
  [A in AttributeName<N>]: Spec<N>[A] extends { required: true } ? A : never;
}[AttributeName<N>];

/**
 * What an editor wrote, as the content check guarantees it before a page renders: required
 * attributes present, and an attribute with a few values one of them.
 */
export type WrittenAttributes<N extends MdxComponentName> = {
  [A in RequiredNames<N>]: ValueOf<Spec<N>[A]>;
} & {
  [A in Exclude<AttributeName<N>, RequiredNames<N>>]?: ValueOf<Spec<N>[A]> | undefined;
};

/**
 * What the remark plugin adds (src/lib/mdx/remark-article.ts): the page's language on every
 * component; a citation's footnote number `n` and which use of its source it is `k`; `n` on a
 * numbered component; a timeline's heading level. Attribute values are strings in MDX; a test may
 * pass numbers.
 */
export type AddedProps<N extends MdxComponentName> = { pageLang?: string | undefined } & (N extends CitingComponent
  ? { n?: number | string | undefined; k?: number | string | undefined }
  : N extends NumberedComponent
    ? { n?: number | string | undefined }
    : N extends 'Timeline'
      ? { headingLevel?: number | string | undefined }
      : unknown);

/** A component's props: what the editor wrote and what the remark plugin added. */
export type ComponentProps<N extends MdxComponentName> = WrittenAttributes<N> & AddedProps<N>;

/** Image files a <Figure src="..."> may name, relative to content/images/. */
export const figureExtensions = ['avif', 'gif', 'jpeg', 'jpg', 'png', 'webp'] as const;

/** A language tag for <Lang lang="…"> and <Quote lang="…">: "id", "en", "zh", "jv", "zh-Hant"… */
export const LANGUAGE_TAG = /^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/;
