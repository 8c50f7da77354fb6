// The site's response headers, defined once: the Content Security Policy of each kind of page, who
// may frame it, and how long each kind of file may be kept. src/integrations/headers-file.ts
// writes them into dist/_headers at build time (Cloudflare Pages' format, see ./headers-file.ts);
// `npm start` and the browser tests serve the build with that file (src/cli/serve.ts).
import { folders, paths } from '../urls';
import type { HeaderRule } from './headers-file';

/** SHA-256 (base64) of each script in src/scripts/inline/, which pages inline in a <script>. */
export interface InlineScriptHashes {
  /** theme.js: every page of the site, the 404 pages and `/`. */
  theme: string;
  /** language-redirect.js: `/` only. */
  languageRedirect: string;
  /** embed-options.js: embeds. */
  embedOptions: string;
}

export interface PolicyOptions {
  hashes: InlineScriptHashes;
  /** The search pages (`/id/search/`, …): with Pagefind's files, all that runs WebAssembly. */
  searchPages: readonly string[];
}

/** Content-hashed files (Astro's bundles): a new version has a new name, so they never change. */
export const immutable = 'public, max-age=31536000, immutable';
/** Everything else (pages, feeds, data downloads, cards): a correction reaches readers in 5 minutes. */
export const shortLived = 'public, max-age=300';
/** /embed.js, the loader newsrooms include on their pages, at an address that never changes. */
export const embedLoaderCache = 'public, max-age=3600';

interface CspOptions {
  scripts: readonly string[];
  wasm?: boolean;
  /** Who may frame the page; undefined: anyone, a sandboxed page (opaque origin) included. */
  frameAncestors?: string | undefined;
  frameSrc: string;
}

/** A policy that allows this site's own files and the given inline scripts, and nothing else. */
export function contentSecurityPolicy({ scripts, wasm = false, frameAncestors, frameSrc }: CspOptions): string {
  const scriptSrc = ["'self'", ...(wasm ? ["'wasm-unsafe-eval'"] : []), ...scripts.map((h) => `'sha256-${h}'`)];
  return [
    "default-src 'self'",
    `script-src ${scriptSrc.join(' ')}`,
    "style-src 'self'",
    "img-src 'self'",
    "connect-src 'self'",
    `frame-src ${frameSrc}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    ...(frameAncestors === undefined ? [] : [`frame-ancestors ${frameAncestors}`]),
  ].join('; ');
}

const CSP = 'Content-Security-Policy';

/**
 * The rules, general first: `/*` gives every response (pages, files, 404s, redirects) the site's
 * policy; later rules detach what they replace. Site pages may be framed by the site only (the
 * embed builder previews an embed); embeds by anyone.
 */
export function headerRules({ hashes, searchPages }: PolicyOptions): HeaderRule[] {
  const sitePolicy = ({ scripts = [], wasm = false }: { scripts?: string[]; wasm?: boolean } = {}) =>
    contentSecurityPolicy({ scripts: [hashes.theme, ...scripts], wasm, frameAncestors: "'self'", frameSrc: "'self'" });
  // Embeds may be framed by any page, a page sandboxed by its own policy too: its origin is opaque,
  // which `frame-ancestors *` does not match, so embeds carry no frame-ancestors at all. They hold
  // nothing a framing page could take: no cookies, no storage, no forms.
  const embedPolicy = contentSecurityPolicy({
    scripts: [hashes.embedOptions],
    frameSrc: "'none'",
  });
  const rule = (path: string, detach: string[], set: [string, string][]): HeaderRule => ({ path, detach, set });
  return [
    rule(
      '/*',
      [],
      [
        ['X-Content-Type-Options', 'nosniff'],
        ['Referrer-Policy', 'strict-origin-when-cross-origin'],
        ['Permissions-Policy', 'camera=(), microphone=(), geolocation=(), interest-cohort=()'],
        [CSP, sitePolicy()],
        ['X-Frame-Options', 'SAMEORIGIN'],
        ['Cache-Control', shortLived],
      ],
    ),
    ...['/', '/index.html'].map((path) =>
      rule(path, [CSP], [[CSP, sitePolicy({ scripts: [hashes.languageRedirect] })]]),
    ),
    // Search: the page, and Pagefind's files, whose worker runs under its own script's headers.
    ...[...searchPages, folders.searchIndex].map((path) =>
      rule(`${path}*`, [CSP], [[CSP, sitePolicy({ wasm: true })]]),
    ),
    rule(`${folders.embed}*`, [CSP, 'X-Frame-Options'], [[CSP, embedPolicy]]),
    // Any origin may read the bundles: an embed framed by a page sandboxed by its own policy has an
    // opaque origin, and its module scripts (always fetched with CORS) load only with this.
    rule(
      '/_astro/*',
      ['Cache-Control'],
      [
        ['Cache-Control', immutable],
        ['Access-Control-Allow-Origin', '*'],
      ],
    ),
    rule(
      paths.embedLoader(),
      ['Cache-Control'],
      [
        ['Access-Control-Allow-Origin', '*'],
        ['Cache-Control', embedLoaderCache],
      ],
    ),
    // Our copy of pym.js: one address per version, so it never changes (pasted code checks its
    // hash, which needs CORS).
    rule(
      paths.pymScript('*'),
      ['Cache-Control'],
      [
        ['Access-Control-Allow-Origin', '*'],
        ['Cache-Control', immutable],
      ],
    ),
    rule(`${folders.oembed}*`, [], [['Access-Control-Allow-Origin', '*']]),
    rule(`${folders.data}*`, [], [['Access-Control-Allow-Origin', '*']]),
  ];
}

/** The comment at the top of dist/_headers. */
export const headersFileComment = [
  'Generated at build time by src/integrations/headers-file.ts from src/lib/serving/policy.ts:',
  'edit the policy there, not this file.',
  '',
  "Cloudflare Pages' format: every matching rule applies in order; `! Name` removes a header an",
  'earlier rule set. Scripts run only from this site, plus the inline scripts in',
  "src/scripts/inline/ allowed by their SHA-256; 'wasm-unsafe-eval' (WebAssembly, never eval) only",
  "on the search pages and Pagefind's files (its worker). Site pages may be framed by the site",
  'only, embeds by anyone (no frame-ancestors, so sandboxed pages too).',
  'Content-hashed files under /_astro/ and pym.js (one address per version) are cached for a year;',
  'everything else for 5 minutes.',
];
