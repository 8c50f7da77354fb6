/// <reference types="vitest/config" />
import { availableParallelism } from 'node:os';
import { getViteConfig } from 'astro/config';

// Five projects on Astro's Vite setup (so `.astro` files and `astro:content` resolve):
// - unit: pure functions, schemas, fixtures, component HTML (tests/unit/, tests/components/): seconds;
// - server: the static server and the build's delivery steps over real sockets and files
//   (tests/server/), apart because they start servers and child processes;
// - integration: real `astro build` and `astro dev` processes (tests/integration/): minutes, one
//   file at a time since they share .astro/;
// - content: the editorial content itself (tests/content/): content/ is valid, its schemas are
//   current, the editors' guide says what the check prints. The only tests that read content/: the
//   others default CONTENT_ROOT to a fixture, so an editor's change never fails a test of code;
// - static: checks of a built site that need no browser (tests/static/): the fixture site
//   (dist-fixtures/, `npm run build:fixtures`), its files, headers, byte budgets and links.
// The dev toolbar is off so component HTML carries no data-astro-source-* attributes.
export default getViteConfig(
  {
    test: {
      // Every core: vitest's default leaves one to the main process, which on a 2-core machine halves
      // the run (measured: the content, unit and server tests in 55 s instead of 85 s).
      maxWorkers: Math.max(2, availableParallelism()),
      // Messages in English unless a test asks for Indonesian (the editors' default): the tests read them.
      env: { TZ: 'Asia/Jakarta', EDITOR_LANG: 'en', CONTENT_ROOT: 'tests/fixtures/content/valid' },
      projects: [
        {
          extends: true,
          test: { name: 'unit', include: ['tests/unit/**/*.test.ts', 'tests/components/**/*.test.ts'] },
        },
        { extends: true, test: { name: 'server', include: ['tests/server/**/*.test.ts'] } },
        {
          extends: true,
          test: {
            name: 'static',
            include: ['tests/static/**/*.test.ts'],
            // The site under test is the fixture site (tests/e2e/pages.ts reads DIST).
            env: { DIST: process.env.FIXTURE_DIST || 'dist-fixtures' },
            testTimeout: 60_000,
          },
        },
        {
          extends: true,
          test: {
            name: 'integration',
            include: ['tests/integration/**/*.test.ts'],
            // One file at a time, in one process: builds and dev servers share .astro/.
            pool: 'forks',
            poolOptions: { forks: { singleFork: true } },
            testTimeout: 300_000,
            hookTimeout: 300_000,
          },
        },
        {
          extends: true,
          test: {
            name: 'content',
            include: ['tests/content/**/*.test.ts'],
            env: { CONTENT_ROOT: 'content' },
            testTimeout: 120_000,
          },
        },
      ],
    },
  },
  { devToolbar: { enabled: false } },
);
