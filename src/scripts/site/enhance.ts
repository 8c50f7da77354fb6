// Small enhancements on every site page, together well under 2 kB gzip: the theme switch, the
// phone menu (Escape and a tap outside close it), "/" to search, "copy link" buttons, share links
// that carry the page's current address (with a selected timeline milestone's #anchor), and the
// cards of citation marks and glossary terms (./popover.ts), links that unfold a folded section,
// and an article's "Contents" button on phones. Without JavaScript the page is whole;
// these controls are not shown
// (.js-only in global.css) or fall back to plain links.
import { fillTemplate } from '../../lib/template';
import './popover';

const THEMES = ['light', 'dark'];

const themeSelects = document.querySelectorAll<HTMLSelectElement>('[data-theme-select]');

function themeSwitch(select: HTMLSelectElement) {
  const root = document.documentElement;
  let stored: string | null = null;
  try {
    stored = localStorage.getItem('theme');
  } catch {
    return; // No storage, no remembered choice: the control would lie (it is not shown, see SiteHeader).
  }
  select.value = stored && THEMES.includes(stored) ? stored : 'system';
  select.addEventListener('change', () => {
    const theme = select.value;
    for (const other of themeSelects) other.value = theme; // the header's and the menu's
    if (THEMES.includes(theme)) {
      root.setAttribute('data-theme', theme);
      localStorage.setItem('theme', theme);
    } else {
      root.removeAttribute('data-theme');
      localStorage.removeItem('theme');
    }
  });
}

function copyLink(button: HTMLButtonElement) {
  const status = button.parentElement?.querySelector<HTMLElement>('[data-copy-status]');
  button.addEventListener('click', async () => {
    let copied = true;
    try {
      await navigator.clipboard.writeText(location.href);
    } catch {
      copied = false;
    }
    if (status) status.textContent = (copied ? button.dataset.copied : button.dataset.failed) ?? '';
  });
}

/** Share links are built at click time from the page's current address and title. */
function shareLink(link: HTMLAnchorElement) {
  link.addEventListener('click', () => {
    const template = link.dataset.share ?? '';
    link.href = fillTemplate(template, {
      url: encodeURIComponent(location.href),
      title: encodeURIComponent(document.title),
    });
  });
}

/** The phone menu (a <details>): Escape closes it and gives focus back to its button; so does a tap outside. */
function menu(details: HTMLDetailsElement) {
  const summary = details.querySelector('summary');
  details.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && details.open) {
      details.open = false;
      summary?.focus();
    }
  });
  document.addEventListener('click', (event) => {
    if (details.open && !details.contains(event.target as Node)) details.open = false;
  });
}

/** "/" focuses the visible search field (opening the menu on phones), unless the reader is typing. */
function searchShortcut() {
  document.addEventListener('keydown', (event) => {
    const target = event.target as HTMLElement;
    if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented) return;
    if (target.closest('input, textarea, select, [contenteditable]')) return;
    const field = [...document.querySelectorAll<HTMLInputElement>('[data-search-shortcut], #search-input')].find(
      (input) => {
        const details = input.closest('details');
        if (details && getComputedStyle(details).display !== 'none') details.open = true;
        return input.offsetParent !== null;
      },
    );
    if (!field) return;
    event.preventDefault();
    field.focus();
  });
}

/** A link to a folded part of the page (a <details>, or something inside one) unfolds it. */
function openLinkedDetails() {
  const open = () => {
    let id = '';
    try {
      id = decodeURIComponent(location.hash.slice(1));
    } catch {
      return; // a malformed fragment (#%) names nothing
    }
    const details = id && document.getElementById(id)?.closest('details');
    if (details) details.open = true;
  };
  open();
  addEventListener('hashchange', open);
}

/** An article's "Contents" button (phones) shows once the contents have scrolled away above. */
function tocJump(button: HTMLElement) {
  const toc = document.getElementById('toc');
  if (!toc) return;
  new IntersectionObserver(([entry]) => {
    button.hidden = !entry || entry.isIntersecting || entry.boundingClientRect.top > 0;
  }).observe(toc);
}

for (const select of themeSelects) themeSwitch(select);
openLinkedDetails();
for (const button of document.querySelectorAll<HTMLElement>('[data-toc-jump]')) tocJump(button);
for (const details of document.querySelectorAll<HTMLDetailsElement>('[data-menu]')) menu(details);
searchShortcut();
for (const button of document.querySelectorAll<HTMLButtonElement>('[data-copy-link]')) copyLink(button);
for (const link of document.querySelectorAll<HTMLAnchorElement>('[data-share]')) shareLink(link);
