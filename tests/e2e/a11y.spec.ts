import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { axeTags, builtPages } from './pages';

// Zero violations of WCAG 2.2 A/AA on every built page, in both colour schemes.
// `/` sends readers on at once, so it is checked as readers without JavaScript see it: its one
// script (the language redirect) is taken out of the response; axe itself needs JavaScript.
for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`axe, ${colorScheme} scheme`, () => {
    test.use({ colorScheme });
    for (const path of builtPages()) {
      test(path, async ({ page }) => {
        // axe reads every node: the sources page (every source with its quotes) and the longest
        // articles take it more than the default 30 s on a busy two-core machine.
        test.setTimeout(120_000);
        if (path === '/') {
          await page.route('/', async (route) => {
            const response = await route.fetch();
            const body = (await response.text()).replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, '');
            await route.fulfill({ response, body });
          });
        }
        await page.goto(path);
        await expect(page).toHaveURL(path);
        const results = await new AxeBuilder({ page }).withTags(axeTags).analyze();
        const summary = results.violations.map(
          (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
        );
        expect(summary).toEqual([]);
      });
    }
  });
}
