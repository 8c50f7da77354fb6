// The shapes of every content file, shared by Astro's collections, `npm run check:content` and the tests.
// Schemas are strict: an unknown field is an error (a typo must never be silently ignored).
import { z } from 'zod';
import { locales } from '../../i18n/locales';
import { isRealDay, isRealMonth, toIsoDay } from './dates';

const slug = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'use lowercase letters, digits and single hyphens (like "my-id-2024")');

const text = z.string().trim().min(1, 'must not be empty');

/** YYYY-MM-DD that exists. YAML parsers may hand over a Date, which is accepted as its UTC day. */
export const isoDay = z
  .union([z.date(), z.string()])
  .transform(toIsoDay)
  .refine(isRealDay, 'must be a real date written YYYY-MM-DD (for example 2024-03-01)');

/** YYYY-MM-DD or YYYY-MM (month precision). */
export const isoDayOrMonth = z
  .union([z.date(), z.string()])
  .transform(toIsoDay)
  .refine(
    (v) => isRealDay(v) || isRealMonth(v),
    'must be a real date written YYYY-MM-DD, or a month written YYYY-MM (for example 2024-04)',
  );

/** Text in both languages: a missing translation is an error, never a fallback. */
export const localized = z.object({ id: text, en: text }).strict();

export const lang = z.enum(locales);

export const articleSchema = z
  .object({
    title: text.max(70, 'must be at most 70 characters (search results show about that many)'),
    description: text.max(160, 'must be at most 160 characters (search results and social cards cut it there)'),
    lang,
    translationKey: slug,
    published: isoDay,
    updated: isoDay.optional(),
    updates: z.array(z.object({ date: isoDay, note: text }).strict()).optional(),
    authors: z.array(text).min(1, 'needs at least one author'),
    tags: z.array(text).default([]),
    draft: z.boolean().default(false),
  })
  .strict();
export type ArticleData = z.infer<typeof articleSchema>;

export const sourceSchema = z
  .object({
    id: slug,
    publisher: text,
    title: text,
    url: z.string().url('must be a full address starting with https:// or http://').optional(),
    published: isoDayOrMonth,
    language: lang,
    note: localized.optional(),
  })
  .strict();
export const sourcesFileSchema = z.array(sourceSchema).min(1, 'needs at least one source');
export type Source = z.infer<typeof sourceSchema>;

export const glossaryEntrySchema = z
  .object({
    id: slug,
    term: localized,
    short: z.object({ id: text.max(200), en: text.max(200) }).strict(),
    details: localized.optional(),
    sources: z.array(slug).optional(),
  })
  .strict();
export const glossaryFileSchema = z.array(glossaryEntrySchema);
export type GlossaryEntry = z.infer<typeof glossaryEntrySchema>;

export const milestoneKinds = ['regulation', 'business', 'progress', 'deadline', 'enforcement'] as const;
export type MilestoneKind = (typeof milestoneKinds)[number];

const percent = z.number().min(0, 'must be between 0 and 100').max(100, 'must be between 0 and 100');

export const milestoneSchema = z
  .object({
    id: slug,
    date: isoDayOrMonth,
    kind: z.enum(milestoneKinds),
    progress: z.object({ value: percent, estimate: z.boolean() }).strict().optional(),
    projection: z.object({ date: isoDayOrMonth, value: percent, label: localized }).strict().optional(),
    title: localized,
    label: z.object({ id: text.max(40), en: text.max(40) }).strict(),
    summary: localized,
    sources: z.array(slug).min(1, 'needs at least one source id from content/sources.yaml'),
    note: localized.optional(),
  })
  .strict();
export type Milestone = z.infer<typeof milestoneSchema>;

export const timelineSchema = z
  .object({
    title: localized,
    summary: localized,
    milestones: z.array(milestoneSchema).min(1, 'needs at least one milestone'),
  })
  .strict();
export type TimelineData = z.infer<typeof timelineSchema>;
export type Timeline = TimelineData & { id: string };
