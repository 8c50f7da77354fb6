// `npm run schemas`: writes the JSON Schemas of the content's data files to content/schemas/, for
// VS Code's YAML extension (each data file names its schema on its first line). `npm run
// check:content`, `npm run dev` and the commands that add content rewrite them by themselves when the
// ids they enumerate change; this is for a new content folder, or to see that they are current.
//
//   npm run schemas [-- --check] [--root path/to/content] [--lang en]
import { pathToFileURL } from 'node:url';
import { refreshSchemas, schemasFolder, staleSchemaFiles } from '../lib/content/schema-files';
import { readCommandLine, shown, terminalIo, type Io } from './editor-cli';

const options = { check: { type: 'boolean' } } as const;

export function schemasCommand(argv: readonly string[], io: Io): number {
  const cli = readCommandLine(argv, io, options, (t) => t.cli.schemas.usage);
  if ('exit' in cli) return cli.exit;
  const { t, root, values, positionals } = cli;
  if (positionals.length) {
    io.err(`✗ ${t.cli.common.unexpected(positionals[0]!)}\n\n${t.cli.common.usage}\n${t.cli.schemas.usage}`);
    return 1;
  }
  if (values.check) {
    const stale = staleSchemaFiles(root);
    for (const file of stale) io.err(t.cli.schemas.stale(shown(file)));
    if (!stale.length) io.out(t.cli.schemas.current(shown(schemasFolder(root))));
    return stale.length ? 1 : 0;
  }
  const written = refreshSchemas(root, { create: true });
  for (const file of written) io.out(t.cli.schemas.written(shown(file)));
  if (!written.length) io.out(t.cli.schemas.current(shown(schemasFolder(root))));
  return 0;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href)
  process.exit(schemasCommand(process.argv.slice(2), terminalIo()));
