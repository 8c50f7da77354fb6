// The components articles use, passed to MDX by the article page (`<Content components={...} />`),
// so editors write no imports. The names are declared in src/lib/mdx/components.ts.
import type { MdxComponentName } from '../../lib/mdx/components';
import Callout from './Callout.astro';
import Cite from './Cite.astro';
import Derived from './Derived.astro';
import Figure from './Figure.astro';
import KeyFacts from './KeyFacts.astro';
import Lang from './Lang.astro';
import Quote from './Quote.astro';
import Stat from './Stat.astro';
import Term from './Term.astro';
import Timeline from './Timeline.astro';

export const mdxComponents = {
  Callout,
  Cite,
  Derived,
  Figure,
  KeyFacts,
  Lang,
  Quote,
  Stat,
  Term,
  Timeline,
} satisfies Record<MdxComponentName, unknown>;
