// Site-wide settings that are not interface text.

/** The part of the site's name the header keeps on phones (the same in both languages). */
export const siteShortName = 'Permendag 31/2023';

/** The timeline the header's "Timeline" link opens. */
export const featuredTimeline = 'tiktok-tokopedia-migration';

/** Search engines show about 70 characters of a title: the site's name is added only when it fits. */
export const TITLE_MAX = 70;

export function documentTitle(title: string, siteName: string): string {
  const full = `${title} · ${siteName}`;
  return title === siteName || full.length > TITLE_MAX ? title : full;
}
