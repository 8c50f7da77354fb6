// Site-wide settings that are not interface text.

/** The timeline the header's "Timeline" link opens. */
export const featuredTimeline = 'tiktok-tokopedia-migration';
