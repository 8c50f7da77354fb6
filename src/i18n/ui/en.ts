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
};
