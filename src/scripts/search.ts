// The search page: runs the query in ?q= against Pagefind's index for the page's language (Pagefind
// picks it from <html lang>) and lists the results, each linking to the section or glossary entry
// that matched best (src/lib/search/results.ts). Pagefind is loaded from /pagefind/ at run time,
// only on this page.
import { searchHit, type SearchFragment } from '../lib/search/results';
import { fillTemplate } from '../lib/template';
import { paths } from '../lib/urls';

interface PagefindResult {
  data(): Promise<SearchFragment>;
}
interface Pagefind {
  options(options: { ranking: { metaWeights: Record<string, number> } }): Promise<void>;
  search(query: string): Promise<{ results: PagefindResult[] }>;
}

const MAX_RESULTS = 20;
const form = document.querySelector<HTMLFormElement>('[data-search-form]')!;
const input = form.querySelector('input')!;
const statusLine = document.querySelector<HTMLElement>('[data-search-status]')!;
const list = document.querySelector<HTMLOListElement>('[data-search-results]')!;

const say = (template: string | undefined, query: string, count = 0) => fillTemplate(template ?? '', { query, count });

async function run(query: string) {
  list.replaceChildren();
  if (!query) return;
  statusLine.textContent = statusLine.dataset.searching ?? '';
  let pagefind: Pagefind;
  try {
    const url = paths.searchScript();
    pagefind = (await import(/* @vite-ignore */ url)) as Pagefind;
    // An article's editorial tags name what it is about: a match there counts more than the words
    // in its text (and much more than a passing mention in the glossary).
    await pagefind.options({ ranking: { metaWeights: { tags: 8 } } });
  } catch {
    statusLine.textContent = statusLine.dataset.unavailable ?? '';
    return;
  }
  const { results } = await pagefind.search(query);
  const pages = await Promise.all(results.slice(0, MAX_RESULTS).map((r) => r.data()));
  for (const hit of pages.map(searchHit)) {
    const item = document.createElement('li');
    const heading = document.createElement('h2');
    const link = document.createElement('a');
    link.href = hit.url;
    link.textContent = hit.title;
    if (hit.section) {
      const section = document.createElement('span');
      section.className = 'search-section';
      section.textContent = ` › ${hit.section}`;
      link.append(section);
    }
    heading.append(link);
    const excerpt = document.createElement('p');
    // Pagefind's excerpt is text from our own pages, escaped by Pagefind, with <mark> around matches.
    excerpt.innerHTML = hit.excerpt;
    item.append(heading, excerpt);
    list.append(item);
  }
  statusLine.textContent = results.length
    ? say(statusLine.dataset.count, query, results.length)
    : say(statusLine.dataset.none, query);
}

const query = new URLSearchParams(location.search).get('q')?.trim().slice(0, 200) ?? '';
input.value = query;
void run(query);
