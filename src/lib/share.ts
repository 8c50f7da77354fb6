// Share addresses for the services readers in Indonesia use most, as plain links: no script from
// any of them is ever loaded. `{url}` and `{title}` are filled in (URL-encoded) at build time, and
// again at click time with the page's current address, so a selected milestone's #anchor is kept.
import { fillTemplate } from './template';

export type ShareService = 'whatsapp' | 'x' | 'facebook' | 'telegram' | 'email';

export const shareTemplates: Record<ShareService, string> = {
  whatsapp: 'https://wa.me/?text={title}%20{url}',
  x: 'https://twitter.com/intent/tweet?url={url}&text={title}',
  facebook: 'https://www.facebook.com/sharer/sharer.php?u={url}',
  telegram: 'https://t.me/share/url?url={url}&text={title}',
  email: 'mailto:?subject={title}&body={url}',
};

export function shareUrl(service: ShareService, url: string, title: string): string {
  return fillTemplate(shareTemplates[service], { url: encodeURIComponent(url), title: encodeURIComponent(title) });
}
