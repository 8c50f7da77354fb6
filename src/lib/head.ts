// The <head> of every page as data: a list of tags that the layouts build and one component
// renders (src/components/HeadTags.astro), after Starlight's utils/head.ts. Each layout starts from
// the tags all pages share (pageHead) and adds or replaces its own with mergeHead, so a tag is
// written once and a page never ends up with two titles, two canonicals or two descriptions.

export interface HeadTag {
  tag: 'meta' | 'link' | 'title' | 'script';
  attrs?: Record<string, string | undefined>;
  /** A title's text, or an inline script's code (rendered as is: only our own code goes here). */
  content?: string;
}

/** What makes two tags the same tag, so that the later one replaces the earlier; none for the rest. */
function identity({ tag, attrs = {} }: HeadTag): string | undefined {
  if (tag === 'title') return 'title';
  if (tag === 'meta') {
    if (attrs.charset !== undefined) return 'meta charset';
    if (attrs.name) return `meta name=${attrs.name}`;
    if (attrs.property) return `meta property=${attrs.property}`;
    return undefined;
  }
  if (tag === 'link' && (attrs.rel === 'canonical' || attrs.rel === 'icon')) return `link ${attrs.rel}`;
  if (tag === 'link' && attrs.rel === 'alternate' && attrs.hreflang) return `link alternate ${attrs.hreflang}`;
  return undefined;
}

/** The groups' tags in order; a tag that has the identity of an earlier one takes its place. */
export function mergeHead(...groups: readonly (readonly HeadTag[])[]): HeadTag[] {
  const merged: HeadTag[] = [];
  const at = new Map<string, number>();
  for (const tag of groups.flat()) {
    const key = identity(tag);
    const index = key === undefined ? undefined : at.get(key);
    if (index !== undefined) merged[index] = tag;
    else {
      if (key !== undefined) at.set(key, merged.length);
      merged.push(tag);
    }
  }
  return merged;
}

export interface PageHeadInput {
  title: string;
  description: string;
  /** The page's canonical address; none for pages that are not indexed as themselves. */
  canonical?: string | undefined;
  indexable?: boolean;
  /** "light dark" for the site's pages; embeds are light unless their address asks otherwise. */
  colorScheme?: string;
  /** Code run first, before anything is painted (the stored theme, an embed's options). */
  firstScript?: string;
}

/** The tags every page has, in the order they belong: charset and viewport first, then title,
 *  description, canonical, robots, the colour scheme, the script that must run before the first
 *  paint, and the icon. */
export function pageHead(page: PageHeadInput): HeadTag[] {
  const tags: (HeadTag | false)[] = [
    { tag: 'meta', attrs: { charset: 'utf-8' } },
    { tag: 'meta', attrs: { name: 'viewport', content: 'width=device-width, initial-scale=1' } },
    { tag: 'title', content: page.title },
    { tag: 'meta', attrs: { name: 'description', content: page.description } },
    page.canonical !== undefined && { tag: 'link', attrs: { rel: 'canonical', href: page.canonical } },
    page.indexable === false && { tag: 'meta', attrs: { name: 'robots', content: 'noindex' } },
    { tag: 'meta', attrs: { name: 'color-scheme', content: page.colorScheme ?? 'light dark' } },
    // After the scheme's meta, which an embed's options may change; before any stylesheet.
    page.firstScript !== undefined && { tag: 'script', content: page.firstScript },
    { tag: 'link', attrs: { rel: 'icon', href: '/favicon.svg', type: 'image/svg+xml' } },
  ];
  return tags.filter((t): t is HeadTag => t !== false);
}

/** The same page in each language (absolute addresses), and the language chooser for the rest. */
export function languageAlternates(byLanguage: Record<string, string>, chooser: string): HeadTag[] {
  return [
    ...Object.entries(byLanguage).map(([hreflang, href]) => ({
      tag: 'link' as const,
      attrs: { rel: 'alternate', hreflang, href },
    })),
    { tag: 'link', attrs: { rel: 'alternate', hreflang: 'x-default', href: chooser } },
  ];
}

/** Rendering waits until the element with this id has arrived (see BaseLayout). */
export const renderAfter = (id: string): HeadTag => ({
  tag: 'link',
  attrs: { rel: 'expect', href: `#${id}`, blocking: 'render' },
});
