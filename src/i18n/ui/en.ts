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
    noTranslation: 'This article has not been translated yet; the link leads to the other language’s home page.',
  },
  home: {
    title: 'Permendag 31/2023 and the TikTok Shop – Tokopedia migration',
    intro:
      'A sourced explainer of the electronic-commerce rule that separated social media from transactions, and of the move of TikTok Shop’s systems to Tokopedia that it set off.',
    articlesHeading: 'Articles',
    noArticles: 'No articles yet.',
    timelinesHeading: 'Timelines',
  },
  article: {
    published: 'Published',
    updated: 'Updated',
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
    title: 'Glossary',
    description:
      'The terms used on this site, from PMSE to Shop | Tokopedia, with short definitions and their sources.',
    intro:
      'Terms that appear in the articles and the timeline, in alphabetical order. Every term in an article links to its explanation here.',
    index: 'All terms',
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
  },
  timeline: {
    intro:
      'The chart shows when each event happened and how much of the migration was reported complete. Every event in the list below it cites its sources; where sources disagree, a note says so.',
    milestonesHeading: 'All events',
    kinds: {
      regulation: 'Regulation',
      business: 'Business',
      progress: 'Progress report',
      deadline: 'Deadline',
      enforcement: 'Supervision',
    },
    progress: (value: string, estimate: boolean) =>
      `Reported progress: ${estimate ? 'about ' : ''}${value}${estimate ? ' (estimate)' : ''}`,
    projection: (value: string, date: string) => `Forecast: ${value} by ${date}`,
    note: 'Note on sources',
    sources: 'Sources',
    target: 'Deadline target',
    chartLabel: (title: string) => `${title}: interactive chart`,
    chartDescription:
      'The solid line shows reported progress; hollow circles mark estimates; dashed lines are forecasts or targets, not reports. The list below the chart has every event.',
    help: 'Select the chart, then use ← and → to move between events, Home/End for the first/last, Enter or Space to open, Esc to close, + and − to zoom in or out.',
    zoomGroup: 'Zoom',
    zoomIn: 'Zoom in',
    zoomOut: 'Zoom out',
    zoomReset: 'Show all',
    filterKinds: 'Kinds of event',
    mode: 'Show',
    modeAll: 'All events',
    modeProgress: 'Progress reports only',
    showing: (shown: number, total: number) => `Showing ${shown} of ${total} events`,
    legend: {
      label: 'Key',
      reported: 'Reported progress',
      estimate: 'Estimate',
      forecast: 'Forecast or target',
      deadline: 'Deadline period',
    },
    download: 'Download the data',
    close: 'Close',
    showInList: 'See it in the list',
    highlighted: 'Highlighted',
    fullTimeline: 'See the full timeline',
    rangeNote: (from: string, to: string) => `Showing ${from} to ${to}.`,
  },
};
