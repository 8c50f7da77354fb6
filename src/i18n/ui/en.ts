import type { UiStrings } from './types';

// Interface text in English. The type makes a missing or extra key a compile error.
export const en: UiStrings = {
  siteName: 'Permendag 31/2023 Explainer',
  siteTagline: "Indonesia's online trade rules and TikTok Shop's move to Tokopedia, explained with sources.",
  languageName: 'English',
  skipToContent: 'Skip to content',
  nav: {
    label: 'Main navigation',
    home: 'Home',
    timeline: 'Timeline',
    glossary: 'Glossary',
  },
  languageSwitcher: {
    label: 'Language',
    switchTo: 'Read in English',
    switchToShort: 'English',
    noTranslation: 'This article has not been translated yet; the link leads to the other language’s home page.',
  },
  home: {
    title: 'Permendag 31/2023 and the TikTok Shop – Tokopedia migration',
    intro:
      'A sourced explainer of the electronic-commerce rule that separated social media from transactions, and of the move of TikTok Shop’s systems to Tokopedia that it set off.',
    articlesHeading: 'Articles',
    noArticles: 'No articles yet.',
    timelinesHeading: 'Timelines',
    story: {
      heading: 'The story in three numbers',
      complete: 'Complete',
      disputed: 'Sources disagree',
      by: (who: string) => `according to ${who}`,
      sparkline: (from: string, to: string) => `Small chart of the progress reported, ${from} to ${to}`,
      open: 'Open the full timeline',
    },
    updated: 'Last updated',
  },
  article: {
    published: 'Published',
    updated: 'Updated',
    asOf: 'Facts as of',
    by: 'By',
    toc: 'Contents',
    tags: 'Topics',
    readingTime: (minutes: number) => `${minutes} min read`,
    sources: 'Sources',
    sourceMarker: 'Source',
    backToCitation: (n: number, k: number, uses: number) =>
      uses > 1 ? `Back to citation of source ${n}, place ${k}` : `Back to citation of source ${n}`,
    noAddress: 'web address not known',
    updates: 'Update history',
    updatesIntro: 'Changes to this article since it was published, newest first.',
    /** The badge on a draft, which only `npm run dev` shows. */
    draft: 'Draft: shown in the preview only, not published',
    awaiting: 'Awaiting translation: not published until its translation exists',
    /** The number of entries after the update history's title, while it is folded. */
    updatesCount: (n: number) => (n === 1 ? '1 change' : `${n} changes`),
    /** The button that leads back to the contents once they have scrolled away (phones). */
    tocJump: 'Contents',
    /** Links to the articles published before and after this one. */
    around: 'More articles',
    previous: 'Previous',
    next: 'Next',
  },
  mdx: {
    keyFacts: 'Key facts',
    callout: {
      note: 'Note',
      warning: 'Caution',
      discrepancy: 'Sources disagree',
    },
    statAsOf: 'as of',
  },
  glossary: {
    /** In a term's popover in an article: the link to the full entry. */
    more: 'More in the glossary',
    title: 'Glossary',
    description:
      'The terms used on this site, from PMSE to Shop | Tokopedia, with short definitions and their sources.',
    intro:
      'Terms that appear in the articles and the timeline, in alphabetical order. Every term in an article links to its explanation here.',
    index: 'All terms and people',
    terms: 'Terms',
    people: 'People',
    sources: 'Sources',
  },
  notFound: {
    title: 'Page not found',
    body: 'This address does not exist on this site, or it has moved.',
    backHome: 'Back to the home page',
  },
  chooser: {
    title: 'Choose a language',
    body: 'This site is available in Bahasa Indonesia and in English.',
  },
  footer: {
    about: 'Every fact on this site points to a public source you can check.',
    sourcesNote: 'This site loads no third-party scripts, fonts or trackers.',
    allSources: 'All sources',
    feed: 'RSS feed',
  },
  sourcesPage: {
    title: 'All sources',
    description: 'The full list of public sources this site cites: publisher, title, date and link.',
    intro:
      'Every fact on this site points to one of these sources. Titles are given in their original language. Under each source are the places on this site that cite it, with the words quoted from it there.',
    inLanguage: { id: 'Indonesian', en: 'English' },
    uses: (n: number) => (n === 1 ? 'Cited once' : `Cited ${n} times`),
    usesSummary: (passages: number, uses: number) =>
      passages === uses
        ? uses === 1
          ? 'Cited once'
          : `Cited ${uses} times`
        : `${passages} passages, cited ${uses} times`,
    citedIn: 'Cited in',
  },
  /** The home page's list of what changed on the site's last update (src/lib/whats-new.ts). */
  whatsNew: {
    heading: 'What’s new',
    lastUpdated: 'Articles last updated',
    added: 'New article',
    updated: 'Updated',
  },
  citation: {
    quote: 'The source’s words',
    quoteIn: (language: string) => `Quoted in ${language}`,
    at: 'Where in the source',
    archive: 'archive',
    /** In a citation's popover: the link to the article's list of sources. */
    allSources: 'All of this article’s sources',
    /** A citation's popover: its accessible name. */
    popoverLabel: (n: number) => `Source ${n}`,
    archiveLabel: (publisher: string) => `Archived copy of the ${publisher} article`,
    via: 'copy at',
    languages: { id: 'Indonesian', en: 'English' },
  },
  timeline: {
    intro:
      'The chart shows when each event happened and how much of the migration was reported complete. Every event in the list below it cites its sources; where sources disagree, a note says so.',
    readIntro: 'Read the whole introduction',
    milestonesHeading: 'All events',
    kinds: {
      regulation: 'Regulation',
      business: 'Business',
      progress: 'Progress report',
      deadline: 'Deadline',
      enforcement: 'Supervision',
    },
    progress: (figure: string, estimate: boolean, by?: string) =>
      `Reported progress${by ? ` (${by})` : ''}: ${figure}${estimate ? ' (estimate)' : ''}`,
    /** A figure as it was worded: "about 75%", "more than 70%", "almost 90%". */
    figure: (value: string, qualifier?: 'about' | 'over' | 'almost') =>
      qualifier ? `${{ about: 'about', over: 'more than', almost: 'almost' }[qualifier]} ${value}` : value,
    projection: (value: string, date: string) => `Forecast: ${value} by ${date}`,
    note: 'Note on sources',
    sources: 'Sources',
    reports: 'Who reported what',
    report: (who: string, value: string, date: string) => `${who}: ${value} (${date})`,
    target: 'Deadline target',
    disagree: 'Sources disagree',
    chartLabel: (title: string) => `${title}: interactive chart`,
    /** The chart's text alternative, for the bands it has. */
    chartDescription: ({ events, panel }: { events: boolean; panel: boolean }) =>
      [
        events &&
          `Events sit on a line of their own${panel ? ' above the progress panel, which holds only reported percentages' : ''}.`,
        panel &&
          'Each reporter’s figures have their own shape and colour; the solid line joins one reporter’s figures (named in the key); hollow marks are estimates; dashed lines are forecasts or targets, not reports; shaded boxes mark where sources disagree within a few days.',
        'Notes beside some marks tell the turning points of the story. The strip along the edge shows the whole timeline and the part the chart frames. The list below the chart has every event.',
      ]
        .filter(Boolean)
        .join(' '),
    help: 'In the chart: ←/→ move between events, Home/End first/last, Enter opens, Esc closes, +/− zoom, Page Up/Page Down move the view, 0 back to the start.',
    zoomGroup: 'View',
    zoomIn: 'Zoom in',
    zoomOut: 'Zoom out',
    zoomReset: 'All',
    zoomResetLabel: 'All: show the whole timeline',
    zoomFocus: 'Focus',
    zoomFocusLabel: 'Focus: back to the opening view',
    panEarlier: 'Move the view earlier',
    panLater: 'Move the view later',
    filter: 'Filter',
    /** The menu beside the zoom buttons: the other views and the filters. */
    menu: 'More',
    menuLabel: 'More: other views and filters',
    /** A milestone dated after the axis ends, drawn at its end: "until 17 Jun 2027". */
    until: 'until {date}',
    filterKinds: 'Kinds of event',
    mode: 'Show',
    modeAll: 'All events',
    modeProgress: 'Progress reports only',
    showing: (shown: string, total: string) => `${shown} of ${total} events`,
    viewing: (from: string, to: string) => `The chart shows ${from} to ${to}.`,
    more: (n: number) => (n === 1 ? '1 label left out here' : `${n} labels left out here`),
    legend: {
      label: 'Key',
      show: 'Key to the chart',
      reported: 'Reported progress',
      estimate: 'Estimate',
      forecast: 'Forecast or target',
      deadline: 'Deadline period',
      disagree: 'Sources disagree within a few days',
      reporters: 'Reported progress, by who gave the figure',
      line: 'joined by the line',
      more: 'Labels left out for lack of room (the card and the list have them)',
      overview: 'The whole timeline; the box is the part shown',
      later: 'Dated after the chart’s end: drawn at its edge',
      annotation: 'Notes on the chart: the turning points of the story',
    },
    download: 'Download the data',
    updated: 'Updated',
    /** The pictures' source line: "Source: Permendag 31/2023 explainer, site.example". */
    source: 'Source',
    downloadImage: 'Download the chart',
    close: 'Close',
    showInList: 'See it in the list',
    highlighted: 'Highlighted',
    fullTimeline: 'See the full timeline',
    next: 'What came next',
    previous: 'What came before',
    rangeNote: (from: string, to: string) => `Showing ${from} to ${to}.`,
    showAll: (n: number | string) => `Show all ${n} events`,
    showFewer: 'Show fewer events',
    /** A long timeline's list, split by year (lib/timeline/pages.ts). */
    openingList: (n: number) => `The ${n} events the chart opens on. Every event, with its sources, year by year:`,
    yearsLabel: 'Events by year',
    yearLink: (year: string, n: number) => `${year} (${n})`,
    yearTitle: (title: string, year: string) => `${title}: ${year}`,
    yearIntro: (n: number, year: string) => `${n} events in ${year}, each with its sources.`,
    onYearPage: (year: string) => `Read it with its sources on the ${year} page`,
    backToChart: 'Back to the chart',
  },
  embed: {
    fullStory: (site: string) => `Full story on ${site}`,
    iframeTitle: (title: string) => `${title} (interactive timeline)`,
    imageAlt: (title: string) => `Chart: ${title}`,
    ampOverflow: 'Show the whole timeline',
    builder: {
      heading: 'Embed this timeline',
      pageTitle: (title: string) => `Embed the timeline: ${title}`,
      options: 'Options and preview',
      teaser: 'Put this timeline in your own article: paste this code where it should appear. It sizes itself.',
      more: 'More options, other kinds of code and a preview',
      intro:
        'Put this timeline in your own article. With our loader or pym.js the frame sizes itself to its content; a plain iframe needs no script at all.',
      language: 'Language',
      theme: 'Theme',
      themeAuto: 'Follow the reader’s device',
      themeLight: 'Light (default)',
      themeDark: 'Dark',
      from: 'From month',
      to: 'To month',
      highlight: 'Highlight an event',
      none: 'None',
      list: 'Events under the chart',
      listCompact: 'The first few, with “Show all”',
      listFull: 'All',
      listNone: 'None (chart only)',
      kind: 'Kind of code',
      kindLoader: 'Loader (sizes itself)',
      kindPym: 'pym.js (NPR)',
      kindIframe: 'Plain iframe (no script)',
      kindAmp: 'AMP (amp-iframe, for AMP pages)',
      kindImage: 'Image (newsletters)',
      notes: {
        loader:
          'An iframe already as tall as the embed on a phone; our small script then fits its height to your page’s width.',
        pym: 'Loads a copy of pym.js 1.3.2 from this site, with Subresource Integrity; messages are accepted from this site only.',
        iframe: 'No script on your page: its height fits a 375 px phone, and wider screens get some space below it.',
        amp: 'For AMP pages: needs the amp-iframe script in the <head>. The chart’s picture shows until the embed has loaded.',
        image: 'The chart as a picture linked to the timeline, for email newsletters and other places without iframes.',
      },
      code: 'Embed code',
      copy: 'Copy code',
      copied: 'Copied',
      copyFailed: 'Could not copy; select the code and copy it by hand.',
      preview: 'Preview',
      previewPhone: (screen: number, frame: number) => `Phone: a ${screen} px screen, the frame ${frame} px wide`,
      previewDesktop: 'Desktop, the width of this column',
      tall: (px: string) => `${px} px tall`,
      noScript: 'The preview and options need JavaScript; the code below embeds the whole timeline.',
      open: 'Open the embed on its own',
    },
  },
  search: {
    title: 'Search',
    label: 'Search this site',
    placeholder: 'e.g. social commerce',
    submit: 'Search',
    needsJs: 'Search needs JavaScript.',
    browse: 'Browse the list of articles',
    searching: 'Searching…',
    none: (query: string) => `No results for “${query}”.`,
    count: (count: string, query: string) => `Results for “${query}”: ${count}`,
    unavailable: 'Search could not be loaded. Try again later, or browse the list of articles.',
  },
  menu: {
    open: 'Menu',
  },
  theme: {
    label: 'Theme',
    system: 'Follow the system',
    light: 'Light',
    dark: 'Dark',
  },
  share: {
    label: 'Share',
    copy: 'Copy link',
    copied: 'Link copied',
    copyFailed: 'Could not copy the link.',
    whatsapp: 'Send on WhatsApp',
    x: 'Share on X',
    facebook: 'Share on Facebook',
    telegram: 'Send on Telegram',
    email: 'Send by email',
  },
  feed: {
    title: (site: string) => `${site}: latest articles`,
  },
};
