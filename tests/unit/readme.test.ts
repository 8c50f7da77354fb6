// The README's pictures and relative links lead to files of the project (the pictures are made by
// `npm run screenshots:readme`; renaming one without the README would leave a broken image).
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const readme = readFileSync('README.md', 'utf8');
const targets = [...readme.matchAll(/\]\(([^)#\s]+)(?:#[^)]*)?\)/g)]
  .map((m) => m[1]!)
  .filter((target) => !/^[a-z]+:/i.test(target));

describe('README', () => {
  it('shows the pages on a phone, light and dark, and on a desktop', () => {
    const pictures = targets.filter((t) => t.startsWith('docs/screenshots/'));
    for (const page of ['home', 'timeline', 'article'])
      for (const shot of ['375.light', '375.dark', '1280.light'])
        expect(pictures).toContain(`docs/screenshots/${page}.${shot}.jpg`);
  });

  it('links only to files that exist', () => {
    expect(targets.filter((t) => !existsSync(t))).toEqual([]);
  });
});
