// `npm run build`: `astro build` into a new folder, swapped in for dist/ only when the build
// succeeds. A failed or interrupted build leaves the previous dist/ as it was (or none), never an
// empty or half-written one (see src/lib/atomic-build.ts).
//
//   npm run build [-- --outDir path] [other astro build options]
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { messages, messageLocale } from '../i18n/messages';
import { buildAtomically, stagingDir } from '../lib/atomic-build';

const m = messages(messageLocale()).cli.build;

const args = process.argv.slice(2);
const at = args.indexOf('--outDir');
const outDir = at >= 0 ? args[at + 1] : 'dist';
if (!outDir) {
  console.error(`✗ ${m.outDir}`);
  process.exit(1);
}
const rest = at >= 0 ? [...args.slice(0, at), ...args.slice(at + 2)] : args;
const astro = join(dirname(createRequire(import.meta.url).resolve('astro/package.json')), 'astro.js');

const ok = await buildAtomically({
  outDir,
  build: (dir) =>
    new Promise((done) => {
      const child = spawn(process.execPath, [astro, 'build', '--outDir', dir, ...rest], { stdio: 'inherit' });
      // Ctrl+C reaches the child through the terminal; the staging folder is removed after it exits.
      for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => child.kill(signal));
      child.on('exit', (code) => done(code === 0));
    }),
});
if (ok) console.log(m.done(outDir));
else console.error(m.failed(outDir, stagingDir(outDir)));
process.exit(ok ? 0 : 1);
