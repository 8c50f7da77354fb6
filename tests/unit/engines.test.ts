// `npm ci` on the Node versions the project declares (package.json "engines") installs nothing that
// asks for a newer Node: every package in the lock file whose own "engines" names Node admits the
// oldest version we declare and the one this machine runs, so no EBADENGINE warning is printed.
import { readFileSync } from 'node:fs';
import semver from 'semver';
import { describe, expect, it } from 'vitest';

const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { engines: { node: string } };
const lock = JSON.parse(readFileSync('package-lock.json', 'utf8')) as {
  packages: Record<string, { version?: string; engines?: { node?: string } | string[] }>;
};

describe('dependencies run on the declared Node versions', () => {
  const oldest = semver.minVersion(pkg.engines.node)!.version;
  it.each([oldest, process.versions.node])('every package admits Node %s', (version) => {
    const refusing = Object.entries(lock.packages)
      .filter(([path, p]) => path && !Array.isArray(p.engines) && p.engines?.node)
      .filter(([, p]) => !semver.satisfies(version, (p.engines as { node: string }).node, { includePrerelease: true }))
      .map(
        ([path, p]) =>
          `${path.replace(/^.*node_modules\//, '')}@${p.version}: node ${(p.engines as { node: string }).node}`,
      );
    expect(refusing).toEqual([]);
  });
});
