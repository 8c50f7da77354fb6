import AxeBuilder from '@axe-core/playwright';
import { axeTags, fixtureDir, onePagePerKind } from './pages';
import { expect, fixtureSite, test } from './test';

// Zero violations of WCAG 2.2 A/AA on one page of each kind (onePagePerKind: every kind the fixture
// site builds, which uses every component) in both colour schemes and both languages: the light
// scheme in Indonesian, the dark one in English (what differs by language, names and labels, is
// checked in each; what differs by scheme, contrast, in each scheme).
// `/` sends readers on at once, so it is checked as readers without JavaScript see it: its one
// script (the language redirect) is taken out of the response; axe itself needs JavaScript.
test.use({ baseURL: fixtureSite });
const langOf = (path: string) => /^\/(?:embed\/)?(id|en)\//.exec(path)?.[1];

for (const [colorScheme, lang] of [
  ['light', 'id'],
  ['dark', 'en'],
] as const) {
  test.describe(`axe, ${colorScheme} scheme`, () => {
    test.use({ colorScheme });
    for (const { kind, path } of onePagePerKind(fixtureDir).filter((k) => (langOf(k.path) ?? lang) === lang)) {
      test(`${kind} (${path})`, async ({ page }) => {
        // axe reads every node: a timeline page (every milestone with its sources) takes it more
        // than the default 30 s on a busy two-core machine.
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
