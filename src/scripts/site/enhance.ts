// Small enhancements on every site page, together well under 2 kB gzip: the theme switch, "copy
// link" buttons, share links that carry the page's current address (with a selected timeline
// milestone's #anchor), and the popovers of citation marks and glossary terms (./popover.ts). Without JavaScript the page is whole; these controls are not shown
// (.js-only in global.css) or fall back to plain links.
import { fillTemplate } from '../../lib/template';

const THEMES = ['light', 'dark'];

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

for (const select of document.querySelectorAll<HTMLSelectElement>('[data-theme-select]')) themeSwitch(select);
for (const button of document.querySelectorAll<HTMLButtonElement>('[data-copy-link]')) copyLink(button);
for (const link of document.querySelectorAll<HTMLAnchorElement>('[data-share]')) shareLink(link);
import './popover';
