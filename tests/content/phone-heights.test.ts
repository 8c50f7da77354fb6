// The real timelines inline in an article on a phone: the compact form within PHONE_BUDGET.inline,
// as the build's own estimate computes it (the estimate is held to the real page in Chromium by
// tests/e2e/chart.spec.ts on the fixture site, where it errs tall by at most a tenth). A content
// test: a timeline whose chart and first events outgrow the budget fails here, by name.
import { describe, expect, it } from 'vitest';
import { compactCount, inlineHeight, PHONE_BUDGET } from '../../src/lib/embed/height';
import { loadContent } from '../../src/lib/content/load';
import { contentRoot } from '../../src/lib/content/paths';
import { buildDay } from '../../src/lib/timeline/updated';
import { timelineView } from '../../src/lib/timeline/view';

const { content } = loadContent(contentRoot());
const sources = new Map(content.sources.map((s) => [s.id, s]));

describe.each(content.timelines.map((t) => [t.id, t] as const))('%s in an article on a phone', (_id, timeline) => {
  for (const lang of ['id', 'en'] as const) {
    it(`${lang}: the compact timeline is at most ${PHONE_BUDGET.inline} px`, () => {
      const view = timelineView(timeline, sources, lang, { uid: 'u', today: buildDay(), compact: true });
      expect(inlineHeight(view, lang, compactCount(view, lang, 'inline'))).toBeLessThanOrEqual(PHONE_BUDGET.inline);
    });
  }
});
