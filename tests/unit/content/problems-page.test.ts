import { describe, expect, it } from 'vitest';
import { contentProblemsPage } from '../../../src/lib/content/problems-page';

describe('contentProblemsPage', () => {
  it('lists each error as text, never as markup', () => {
    const html = contentProblemsPage([
      { file: 'a.mdx', line: 3, field: 'body', message: 'a literal <script> & "quotes"', severity: 'error' },
      { file: 'b.yaml', line: 1, field: 'x', message: 'only a warning', severity: 'warning' },
    ]);
    expect(html).toContain('a literal &lt;script&gt; &amp; "quotes"');
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('only a warning');
  });
});
