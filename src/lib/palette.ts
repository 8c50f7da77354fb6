// The site's colours for both schemes, in one place. src/styles/global.css declares the same tokens
// as CSS custom properties (tests/unit/palette.test.ts holds the two equal, and checks contrast);
// images drawn at build time (the chart downloads, social cards) use the light scheme from here.

export interface Colour {
  light: string;
  dark: string;
}

export const palette = {
  bg: { light: '#fcfbf8', dark: '#131417' },
  surface: { light: '#f1efe9', dark: '#1e2025' },
  text: { light: '#1c1b1f', dark: '#ececf0' },
  muted: { light: '#4d4b55', dark: '#b6b5c0' },
  border: { light: '#cfcbc2', dark: '#43454d' },
  accent: { light: '#0a58a8', dark: '#8dbbff' },
  'accent-text': { light: '#ffffff', dark: '#0d1524' },
  focus: { light: '#b8400b', dark: '#ffb35c' },
  'mark-progress': { light: '#0a58a8', dark: '#8dbbff' },
  'mark-projection': { light: '#8a4b08', dark: '#f0b25e' },
  'mark-deadline': { light: '#a1261b', dark: '#ff8f80' },
  'mark-event': { light: '#4d4b55', dark: '#b6b5c0' },
  'mark-disagree': { light: '#b0306e', dark: '#ff8fc4' },
  highlight: { light: '#fff1c2', dark: '#3b3420' },
  // One colour per reporter of figures (shapes differ too, so colour is never the only cue).
  'reporter-0': { light: '#0a58a8', dark: '#8dbbff' },
  'reporter-1': { light: '#0f7a5c', dark: '#5fd3a8' },
  'reporter-2': { light: '#7b3fb0', dark: '#c9a3f5' },
  'reporter-3': { light: '#b0306e', dark: '#ff8fc4' },
  'reporter-4': { light: '#7a6200', dark: '#e8c547' },
  'reporter-5': { light: '#4b4bc4', dark: '#a9a9ff' },
} as const satisfies Record<string, Colour>;

export type Token = keyof typeof palette;

/** The light scheme, as plain colours: for images drawn outside the page. */
export const light = (token: Token) => palette[token].light;
