// Builds the browser tests' fixture site (tests/fixtures/browser-site/README.md) into
// dist-fixtures/ (or FIXTURE_DIST): the chart fixtures' timelines (the migration one also under the
// featured timeline's id, for the header's link and the home page's lead), a generated one of 1,000
// milestones, and the fixture's articles and glossary. `npm run build:fixtures` runs it (before the
// static checks and the browser tests); it builds again only when the site's code or the fixtures
// changed since the last build (a hash of them is kept with the build). The content folder it
// assembles is kept beside the build (dist-fixtures-content/, or FIXTURE_CONTENT) for the static
// checks and the browser tests to compare the pages with.
//
//   npx tsx tests/e2e/fixture-site.ts [--force]
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { stringify } from 'yaml';
import { filesUnder } from '../../src/lib/files';
import { featuredTimeline } from '../../src/lib/site';
import { generateTimeline } from '../bench/generate';

export const fixtureDist = process.env.FIXTURE_DIST || 'dist-fixtures';
/** The content folder the fixture site is built from, as assembled for its last build. */
export const fixtureContent = process.env.FIXTURE_CONTENT || `${fixtureDist}-content`;
const chart = 'tests/fixtures/content/chart';
const site = 'tests/fixtures/browser-site';
/** The generated timeline's id: /<lang>/timeline/thousand/. */
export const thousandId = 'thousand';

/** What the fixture build depends on. */
function inputsHash(): string {
  const hash = createHash('sha256');
  const folders = ['src', 'public', chart, site].flatMap(filesUnder);
  for (const file of [...folders, 'tests/bench/generate.ts', 'astro.config.mjs', 'package-lock.json'])
    hash.update(`${relative('.', file)}\n`).update(readFileSync(file));
  return hash.digest('hex');
}

export function buildFixtureSite(force = false) {
  const stamp = join(fixtureDist, '.inputs');
  const hash = inputsHash();
  if (!force && existsSync(stamp) && existsSync(fixtureContent) && readFileSync(stamp, 'utf8') === hash) {
    console.log(`✓ ${fixtureDist}/ is up to date`);
    return;
  }
  const root = fixtureContent;
  rmSync(root, { recursive: true, force: true });
  cpSync(site, root, { recursive: true });
  cpSync(join(chart, 'sources.yaml'), join(root, 'sources.yaml'));
  cpSync(join(chart, 'timelines'), join(root, 'timelines'), { recursive: true });
  // The site links its featured timeline from every page's header and leads its home pages with it.
  cpSync(join(chart, 'timelines', 'migration.yaml'), join(root, 'timelines', `${featuredTimeline}.yaml`));
  const sources = (readFileSync(join(chart, 'sources.yaml'), 'utf8').match(/^- id: (.+)$/gm) ?? []).map((l) =>
    l.slice(6).trim(),
  );
  writeFileSync(
    join(root, 'timelines', `${thousandId}.yaml`),
    stringify(generateTimeline(1000, sources), { lineWidth: 0 }),
  );
  const result = spawnSync(
    process.execPath,
    ['node_modules/tsx/dist/cli.mjs', 'src/cli/build.ts', '--outDir', fixtureDist],
    {
      stdio: 'inherit',
      env: { ...process.env, CONTENT_ROOT: root, ASTRO_TELEMETRY_DISABLED: '1' },
    },
  );
  if (result.status !== 0) throw new Error('the fixture site did not build');
  writeFileSync(stamp, hash);
}

if (import.meta.url === `file://${process.argv[1]}`) buildFixtureSite(process.argv.includes('--force'));
