// The shapes of every content file, shared by Astro's collections, `npm run check:content` and the tests.
// Schemas are strict: an unknown field is an error (a typo must never be silently ignored).
import { z } from 'zod';
import { locales } from '../../i18n/locales';
import { checkMessages } from '../../i18n/messages';
import { SLUG, SLUG_MAX } from '../urls';
import { isRealDay, isRealMonth, startOf, toIsoDay } from './dates';
import { quoteStatesPercent } from './figures';
import { WEEK } from '../time';

const slug = z
  .string()
  .regex(SLUG, 'slug')
  .max(SLUG_MAX, 'slugMax');

const text = z.string().trim().min(1, 'notEmpty');

/** Titles become the page's <title> (search results show about 70 characters). */
const pageTitle = text.max(70, 'titleMax');

/** YYYY-MM-DD that exists. YAML parsers may hand over a Date, which is accepted as its UTC day. */
export const isoDay = z
  .union([z.date(), z.string()])
  .transform(toIsoDay)
  .refine(isRealDay, 'day');

/** YYYY-MM-DD or YYYY-MM (month precision). */
export const isoDayOrMonth = z
  .union([z.date(), z.string()])
  .transform(toIsoDay)
  .refine(
    (v) => isRealDay(v) || isRealMonth(v),
    'dayOrMonth',
  );

/** Text in both languages: a missing translation is an error, never a fallback. */
export const localized = z.object({ id: text, en: text }).strict();

export const lang = z.enum(locales);

/**
 * `translation: pending`: written in one language, the other to follow. Such an article, milestone
 * or glossary entry may lack the other language's text, is published in neither language until both
 * exist, and is listed by the check as pending, not as an error (./pending.ts).
 */
export const PENDING = 'pending';
const translation = z.literal(PENDING).optional();

/** The longest quote a citation may carry: a short excerpt, not a reproduction. */
export const QUOTE_MAX = 300;

/**
 * A citation: a source id and the source's own words that support the fact, verbatim and in the
 * source's language, with where they are (a paragraph, page or time) when that helps readers.
 */
export const citationSchema = z
  .object({
    source: slug,
    quote: text
      .max(QUOTE_MAX, 'quoteMax')
      .refine((v) => !/[\r\n]/.test(v), 'quoteOneLine'),
    at: text.max(80).optional(),
  })
  .strict();
export type Citation = z.infer<typeof citationSchema>;

export const articleSchema = z
  .object({
    title: pageTitle,
    description: text.max(160, 'descriptionMax'),
    lang,
    translationKey: slug,
    published: isoDay,
    updated: isoDay.optional(),
    updates: z.array(z.object({ date: isoDay, note: text }).strict()).optional(),
    /** The date the article's facts were last checked, for facts that can change: "as of …". */
    asOf: isoDay.optional(),
    authors: z.array(text).min(1, 'authors'),
    tags: z.array(text).default([]),
    draft: z.boolean().default(false),
    translation,
  })
  .strict();
export type ArticleData = z.infer<typeof articleSchema>;

/**
 * Characters a web address never carries as they are: quotes, angle brackets, backticks, spaces and
 * control characters. A browser's address bar percent-encodes them (%22, %3C, %20…); written raw in
 * a content file they are a copying mistake at best, and at worst end the attribute they are put in.
 */
// eslint-disable-next-line no-control-regex
const UNSAFE_IN_ADDRESS = /["'<>`\s\u0000-\u001f\u007f]/;
const percentEncoded = (c: string) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`;

/**
 * An address readers can open: only http: and https: (never javascript:, data: or file:), without
 * characters an address never carries raw, and normalised as browsers read it (`new URL(v).href`:
 * host in lowercase, default port dropped, anything else unusual percent-encoded).
 */
export const webAddress = z
  .string()
  .trim()
  .superRefine((v, ctx) => {
    const issue = (message: string) => ctx.addIssue({ code: z.ZodIssueCode.custom, message });
    const url = URL.canParse(v) ? new URL(v) : undefined;
    if (url && !((url.protocol === 'https:' || url.protocol === 'http:') && url.hostname))
      return issue(checkMessages().schema.address);
    const bad = UNSAFE_IN_ADDRESS.exec(v)?.[0];
    if (bad !== undefined) {
      const m = checkMessages().schema;
      const shown = /\s/.test(bad) ? m.aSpace : /[\u0000-\u001f\u007f]/.test(bad) ? m.aControl : bad;
      return issue(m.addressChar(shown, percentEncoded(bad)));
    }
    if (!url) issue(checkMessages().schema.address);
  })
  .transform((v) => (URL.canParse(v) ? new URL(v).href : v));

export const sourceSchema = z
  .object({
    id: slug,
    publisher: text,
    title: text,
    /** The original publisher's address. */
    url: webAddress,
    /** An archived copy of the original (web.archive.org, archive.today), where one is known. */
    archive: webAddress.optional(),
    /** A copy on another site, only when the original cannot be reached and a copy is all there is. */
    via: webAddress.optional(),
    published: isoDayOrMonth,
    language: lang,
    note: localized.optional(),
  })
  .strict();
export type Source = z.infer<typeof sourceSchema>;

export const glossaryKinds = ['term', 'person'] as const;

/**
 * A glossary entry: a term, or a person (`kind: person`), whose `term` is the name, `role` the role
 * at the time they are quoted, and `details` what they said.
 */
export const glossaryEntrySchema = z
  .object({
    id: slug,
    kind: z.enum(glossaryKinds).default('term'),
    term: localized,
    role: localized.optional(),
    short: z.object({ id: text.max(200), en: text.max(200) }).strict(),
    details: localized.optional(),
    citations: z.array(citationSchema).optional(),
    translation,
  })
  .strict()
  .refine((e) => e.kind !== 'person' || e.role, {
    message: 'personRole',
    path: ['role'],
  });
export type GlossaryEntry = z.infer<typeof glossaryEntrySchema>;

export const milestoneKinds = ['regulation', 'business', 'progress', 'deadline', 'enforcement'] as const;
export type MilestoneKind = (typeof milestoneKinds)[number];

const percent = z.number().min(0, 'percent').max(100, 'percent');

/** How a hedged figure was worded: "about 75%", "more than 70%", "almost 90%". */
export const qualifiers = ['about', 'over', 'almost'] as const;
export type Qualifier = (typeof qualifiers)[number];
const qualifier = z.enum(qualifiers);

/** A figure someone reported: who (a reporter of the timeline), the value, when, and the evidence. */
export const reportSchema = z
  .object({
    by: slug,
    value: percent,
    estimate: z.boolean().default(false),
    qualifier: qualifier.optional(),
    /** When it was said, if not on the milestone's date. */
    date: isoDayOrMonth.optional(),
    citation: citationSchema,
  })
  .strict();
export type Report = z.infer<typeof reportSchema>;

/** The longest annotation: three short lines on a phone's chart. */
export const ANNOTATION_MAX = 90;

export const milestoneSchema = z
  .object({
    id: slug,
    date: isoDayOrMonth,
    kind: z.enum(milestoneKinds),
    /** The milestone's own figure: `by` names the reporter whose figure it is. */
    progress: z
      .object({ value: percent, estimate: z.boolean(), qualifier: qualifier.optional(), by: slug.optional() })
      .strict()
      .optional(),
    projection: z.object({ date: isoDayOrMonth, value: percent, label: localized }).strict().optional(),
    title: localized,
    label: z.object({ id: text.max(40), en: text.max(40) }).strict(),
    summary: localized,
    citations: z.array(citationSchema).min(1, 'citations'),
    /** Other figures reported about the same moment, by others: sources disagree. */
    reports: z.array(reportSchema).optional(),
    note: localized.optional(),
    translation,
    /**
     * A sentence drawn on the chart next to the milestone: one of the story's beats ("87% while
     * outlets already said complete"), so readers get the story without opening a card.
     */
    annotation: z
      .object({
        id: text.max(ANNOTATION_MAX, `must be at most ${ANNOTATION_MAX} characters: it is drawn on the chart`),
        en: text.max(ANNOTATION_MAX, `must be at most ${ANNOTATION_MAX} characters: it is drawn on the chart`),
      })
      .strict()
      .optional(),
  })
  .strict();
export type Milestone = z.infer<typeof milestoneSchema>;

/** Who reports figures in a timeline. One reporter's figures may be joined by a line (`line: true`). */
export const reporterSchema = z
  .object({
    id: slug,
    name: localized,
    line: z.boolean().default(false),
  })
  .strict();
export type Reporter = z.infer<typeof reporterSchema>;

/** A rule of a data file's own, worded whole, on the field it is about (and, if other, the line of `at`). */
type Rule = (path: (string | number)[], message: string, at?: (string | number)[]) => void;
const ruleOf =
  (ctx: z.RefinementCtx): Rule =>
  (path, message, at) =>
    ctx.addIssue({ code: z.ZodIssueCode.custom, path, message, params: { found: false, ...(at ? { at } : {}) } });

/**
 * Ids used twice in a list: the second and later are reported, naming the first. (An entry left
 * out, `undefined`, is one that failed its own schema or waits for its translation.)
 */
function duplicates(
  items: readonly ({ id: string } | undefined)[],
  report: (index: number, id: string, first: number) => void,
) {
  const seen = new Map<string, number>();
  items.forEach((item, index) => {
    if (!item) return;
    const first = seen.get(item.id);
    if (first === undefined) seen.set(item.id, index);
    else report(index, item.id, first);
  });
}

/**
 * A list file (sources.yaml, glossary.yaml) as a whole, once each entry has passed its own schema
 * (the entries that did not, or wait for a translation, as `undefined`): no id twice.
 */
export const uniqueIds = (what: string) =>
  z.array(z.object({ id: z.string() }).passthrough().optional()).superRefine((items, ctx) => {
    const rule = ruleOf(ctx);
    duplicates(items, (index, id, first) => rule([index, 'id'], checkMessages().files.duplicate(what, id, first)));
  });

/**
 * What a timeline file says of itself (the sources its citations name are checked with the other
 * files): ids are unique, one reporter's figures are joined by a line, reporters exist, figures are
 * in their quotes, reports sit with the milestone they contradict or confirm, projections look
 * forward, a progress milestone has its figure.
 */
function timelineRules(t: { reporters: Reporter[]; milestones: Milestone[] }, ctx: z.RefinementCtx) {
  const rule = ruleOf(ctx);
  const msg = checkMessages().timeline;
  const unique = (what: 'reporter' | 'milestone', list: 'reporters' | 'milestones') =>
    duplicates(t[list], (index, id, first) => rule([list, index, 'id'], msg.duplicate(what, id, first)));
  unique('reporter', 'reporters');
  const lines = t.reporters.filter((r) => r.line);
  if (lines.length > 1)
    rule(
      ['reporters', t.reporters.indexOf(lines[1]!), 'line'],
      msg.oneLine(lines[0]!.id),
    );
  unique('milestone', 'milestones');
  const reporters = new Set(t.reporters.map((r) => r.id));
  t.milestones.forEach((m, i) => {
    const at = (...p: (string | number)[]) => ['milestones', i, ...p];
    const reporter = (by: string | undefined, path: (string | number)[]) => {
      if (by !== undefined && !reporters.has(by))
        rule(at(...path), msg.unknownReporter(by));
    };
    reporter(m.progress?.by, ['progress', 'by']);
    if (m.progress?.qualifier && !m.progress.estimate)
      rule(
        at('progress', 'qualifier'),
        msg.qualifier(m.progress.qualifier),
      );
    // (Without citations, or with a figure out of range, that is the one problem to report.)
    const inRange = (v: number) => v >= 0 && v <= 100;
    if (
      m.progress &&
      m.citations.length &&
      inRange(m.progress.value) &&
      !m.citations.some((c) => quoteStatesPercent(c.quote, m.progress!.value))
    )
      rule(
        at('progress', 'value'),
        msg.progressNotQuoted(m.progress.value),
      );
    m.reports?.forEach((r, j) => {
      reporter(r.by, ['reports', j, 'by']);
      if (inRange(r.value) && !quoteStatesPercent(r.citation.quote, r.value))
        rule(at('reports', j, 'value'), msg.reportNotQuoted(r.value));
      if (r.date && startOf(r.date) > startOf(m.date) + WEEK)
        rule(
          at('reports', j, 'date'),
          msg.reportLate(r.date, m.date),
        );
    });
    if (m.reports?.length && !m.progress)
      rule(at('reports'), msg.reportsNeedProgress);
    if (m.projection && startOf(m.projection.date) < startOf(m.date))
      rule(
        at('projection', 'date'),
        msg.projectionBefore(m.date),
      );
    if (m.kind === 'progress' && !m.progress)
      rule(
        at('progress'),
        msg.progressNeeded,
        at('kind'),
      );
  });
}

const timelineFields = z
  .object({
    title: z.object({ id: pageTitle, en: pageTitle }).strict(),
    summary: localized,
    /** When the timeline last changed (a milestone added or corrected): shown as "Updated …". */
    updated: isoDay.optional(),
    /**
     * The day the timeline's facts were last checked: its axis ends at the last milestone up to this
     * day (later ones, such as a deadline to come, are drawn at the axis' end), and "Updated" is
     * never later. Without it, the day the site is built.
     */
    asOf: isoDay.optional(),
    /** The timeline that continues this one (its id): linked at this one's end. */
    next: slug.optional(),
    reporters: z.array(reporterSchema).default([]),
    milestones: z.array(milestoneSchema).min(1, 'milestones'),
  })
  .strict();
export const timelineSchema = timelineFields.superRefine(timelineRules);
/** A timeline as the collection stores it, with its id (the file's name). */
export const timelineEntrySchema = timelineFields.extend({ id: z.string() }).superRefine(timelineRules);
export type TimelineData = z.infer<typeof timelineSchema>;
export type Timeline = TimelineData & { id: string };
