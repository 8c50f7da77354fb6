import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/lib/content/load';
import { formatProblem } from '../../src/lib/content/problems';

// The editors' guide lists every message an editor can see, with its fix ("When something goes
// wrong" in content/README.md). This holds it to the real messages, both ways: each line it shows
// is exactly what the check prints for a fixture (with the fixture's folder shown as content/), and
// each error message the fixtures produce is in the guide.
const fixtures = 'tests/fixtures/content';
const guide = readFileSync('content/README.md', 'utf8');
const section = guide.slice(guide.indexOf('## When something goes wrong'));
const shown = [...section.matchAll(/```text\n([\s\S]*?)```/g)].flatMap((m) => m[1]!.trim().split('\n'));

const real = readdirSync(fixtures).flatMap((name) =>
  loadContent(`${fixtures}/${name}`).problems.map((p) => ({
    severity: p.severity,
    message: p.message.replaceAll(`${fixtures}/${name}`, 'content'),
    line: formatProblem(p).replaceAll(`${fixtures}/${name}`, 'content'),
  })),
);

describe('the guide’s "When something goes wrong"', () => {
  it('shows real lines', () => {
    expect(shown.length).toBeGreaterThan(40);
    const lines = new Set(real.map((r) => r.line));
    expect(shown.filter((line) => !lines.has(line))).toEqual([]);
  });

  it('shows every error message the fixtures produce', () => {
    const missing = real.filter((r) => r.severity === 'error' && !shown.some((line) => line.endsWith(r.message)));
    expect(missing.map((r) => r.line)).toEqual([]);
  });
});
