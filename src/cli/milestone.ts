// `npm run milestone`: adds a milestone to a timeline in content/timelines/, with its citations and
// their quotes, from questions or options, without writing YAML by hand.
//
//   npm run milestone                              asks for everything
//   npm run milestone -- --timeline <id> --date … --kind … --title-id … --title-en … \
//     --label-id … --label-en … --summary-id … --summary-en … --source <id> --quote "…" [--at "…"]
//
// Each answer is checked as it is typed (the schema's rules: real dates, known kinds, labels of at
// most 40 characters, one-line quotes, sources that exist). Then the whole content folder is checked
// with the new milestone as `npm run check:content` does (a quote must state the figure, a reporter
// must exist…), and the milestone is written only when that finds nothing new: in date order, in the
// timeline's style, with `updated:` set to today. Writes only inside the content folder.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { addMilestone, type NewMilestone, type Texts } from '../lib/content/edit-yaml';
import { findSources, searchWords, type FoundSource } from '../lib/content/find-sources';
import { isInside } from '../lib/content/inside';
import { contentPaths } from '../lib/content/paths';
import { isSlug, newMilestoneId } from '../lib/content/new-ids';
import { formatProblem } from '../lib/content/problems';
import {
  citationSchema,
  isoDayOrMonth,
  milestoneKinds,
  milestoneSchema,
  PENDING,
  qualifiers,
  QUOTE_MAX,
  type Citation,
  type MilestoneKind,
  type Qualifier,
} from '../lib/content/schema';
import { dataFiles, refreshSchemas } from '../lib/content/schema-files';
import { parseYaml } from '../lib/content/yaml';
import { milestonePath } from '../lib/timeline/pages';
import { SLUG } from '../lib/urls';
import { problemsOfEdit } from './check-edit';
import {
  Cancelled,
  checkOptions,
  itemLines,
  Prompter,
  readCommandLine,
  shown,
  terminalIo,
  type Io,
} from './editor-cli';

const options = {
  timeline: { type: 'string' },
  date: { type: 'string' },
  kind: { type: 'string' },
  id: { type: 'string' },
  'title-id': { type: 'string' },
  'title-en': { type: 'string' },
  'label-id': { type: 'string' },
  'label-en': { type: 'string' },
  'summary-id': { type: 'string' },
  'summary-en': { type: 'string' },
  source: { type: 'string', multiple: true },
  quote: { type: 'string', multiple: true },
  at: { type: 'string', multiple: true },
  progress: { type: 'string' },
  estimate: { type: 'boolean' },
  qualifier: { type: 'string' },
  by: { type: 'string' },
  'note-id': { type: 'string' },
  'note-en': { type: 'string' },
  pending: { type: 'boolean' },
  yes: { type: 'boolean' },
} as const;

/** The longest label on the chart, and the longest `at`, as the schema says. */
const LABEL_MAX = milestoneSchema.shape.label.shape.id.maxLength!;
const AT_MAX = citationSchema.shape.at.unwrap().maxLength!;

const withId = (v: unknown): v is FoundSource & { name?: unknown } =>
  typeof v === 'object' && v !== null && typeof (v as { id?: unknown }).id === 'string';
const str = (v: unknown) => (typeof v === 'string' ? v : '');
/** Today in the editor's own time zone, YYYY-MM-DD. */
const localToday = () => new Date().toLocaleDateString('sv-SE');

export async function milestoneCommand(argv: readonly string[], io: Io, today: string = localToday()): Promise<number> {
  const cli = readCommandLine(argv, io, options, (t) => t.cli.milestone.usage);
  if ('exit' in cli) return cli.exit;
  const { t, lang, root, values, positionals } = cli;
  const c = t.cli.common;
  const m = t.cli.milestone;
  if (positionals.length) return fail(io, `${c.unexpected(positionals[0]!)}\n\n${c.usage}\n${m.usage}`);

  const dir = contentPaths(root).timelines;
  const timelines = dataFiles(root)
    .filter((f) => f.kind === 'timeline' && f.file.endsWith('.yaml'))
    .map((f) => basename(f.file, '.yaml'))
    .filter((id) => SLUG.test(id))
    .sort();
  if (!timelines.length) return fail(io, m.noTimelines(shown(dir)));
  const sourcesFile = contentPaths(root).sources;
  const sourcesData = existsSync(sourcesFile) ? parseYaml(readFileSync(sourcesFile, 'utf8')) : undefined;
  const sources = Array.isArray(sourcesData?.data) ? sourcesData.data.filter(withId) : [];
  const sourceIds = new Set(sources.map((s) => s.id));

  // What is wrong with an answer: the schema's rules, in the editor's words.
  const text = (v: string) => (v.trim() ? undefined : c.required);
  const label = (v: string) => (v.length > LABEL_MAX ? c.tooLong(LABEL_MAX, v.length) : undefined);
  const checks = {
    timeline: (v: string) => (timelines.includes(v) ? undefined : m.unknownTimeline(v, timelines.join(', '))),
    date: (v: string) => (isoDayOrMonth.safeParse(v).success ? undefined : t.schema.errors.dayOrMonth),
    kind: (v: string) => ((milestoneKinds as readonly string[]).includes(v) ? undefined : m.unknownKind(v)),
    'title-id': text,
    'title-en': text,
    'label-id': label,
    'label-en': label,
    'summary-id': text,
    'summary-en': text,
    progress: (v: string) => (percent(v) === undefined ? m.percent : undefined),
    qualifier: (v: string) => ((qualifiers as readonly string[]).includes(v) ? undefined : m.unknownQualifier(v)),
    'note-id': text,
    'note-en': text,
  } as const;
  const citationChecks = {
    source: (v: string) => (sourceIds.has(v) ? undefined : m.unknownSource(v)),
    quote: (v: string) =>
      /[\r\n]/.test(v) ? c.oneLine : v.length > QUOTE_MAX ? c.tooLong(QUOTE_MAX, v.length) : undefined,
    at: (v: string) => (v.length > AT_MAX ? c.tooLong(AT_MAX, v.length) : undefined),
  };
  type Field = keyof typeof checks;

  // The options: each checked, all problems said at once.
  const { given, problems } = checkOptions<Field>(checks, values, c.required);
  const pairs = (values.source ?? []).map((source, i) => ({
    source: source.trim(),
    quote: values.quote?.[i]?.trim(),
    at: values.at?.[i]?.trim(),
  }));
  if ((values.quote ?? []).length !== pairs.length || (values.at ?? []).length > pairs.length)
    problems.push(`--source, --quote, --at: ${m.unpairedCitations}`);
  const givenCitations: Citation[] = [];
  pairs.forEach((p, i) => {
    const n = pairs.length > 1 ? ` (${i + 1})` : '';
    const problem = (field: keyof typeof citationChecks, v: string | undefined) => {
      if (v === undefined) return undefined;
      const found = v ? citationChecks[field](v) : c.required;
      if (found) problems.push(`--${field}${n}: ${found}`);
      return found;
    };
    const bad = [problem('source', p.source), problem('quote', p.quote), problem('at', p.at)];
    if (!bad.some(Boolean) && p.quote)
      givenCitations.push({ source: p.source, quote: p.quote, ...(p.at ? { at: p.at } : {}) });
  });
  // One language first (--pending): each text needs one language, not both.
  const pending = values.pending === true;
  if (!given['note-id'] !== !given['note-en'] && !pending && !problems.length)
    problems.push(`--note-id, --note-en: ${m.noteBoth}`);
  if (given.qualifier && !values.estimate && !problems.length)
    problems.push(`--qualifier: ${m.qualifierNeedsEstimate}`);
  if (problems.length) return fail(io, problems.join('\n'));

  const prompter = new Prompter(io, t);
  const texts = ['title', 'label', 'summary'] as const;
  const missing: string[] = (['timeline', 'date', 'kind'] as const)
    .filter((f) => given[f] === undefined)
    .map((f) => `--${f}`);
  for (const text of texts) {
    const has = { id: given[`${text}-id`] !== undefined, en: given[`${text}-en`] !== undefined };
    for (const lang of ['id', 'en'] as const)
      if (!has[lang] && !(pending && has[lang === 'id' ? 'en' : 'id'])) missing.push(`--${text}-${lang}`);
  }
  if (!pairs.length) missing.push('--source', '--quote');
  if (given.kind === 'progress' && given.progress === undefined) missing.push('--progress');
  if (missing.length && !prompter.interactive) return fail(io, c.notInteractive(missing.join(' ')));

  try {
    const ask = async (field: Field, question: string, more: Parameters<Prompter['required']>[1] = {}) =>
      given[field] ?? (await prompter.required(question, { check: checks[field], ...more }));

    /** A timeline's title in the editor's language, to choose by. */
    const titleOf = (id: string) => {
      const title = (parseYaml(readFileSync(join(dir, `${id}.yaml`), 'utf8')).data as { title?: unknown } | null)
        ?.title;
      return str((title as Record<string, unknown> | undefined)?.[lang]);
    };
    const timeline =
      given.timeline ??
      (await prompter.choose(
        m.prompts.timeline,
        timelines.map((id) => ({ value: id, text: titleOf(id) })),
      ));
    const file = join(dir, `${timeline}.yaml`);
    if (!isInside(root, file)) return fail(io, c.outsideRoot(shown(file), shown(root)));
    const timelineText = readFileSync(file, 'utf8');
    const parsed = parseYaml(timelineText);
    const data = parsed.data as { milestones?: unknown; reporters?: unknown } | null;
    if (parsed.errors.length || !data || !Array.isArray(data.milestones)) return fail(io, c.unreadable(shown(file)));
    const reporters = Array.isArray(data.reporters) ? data.reporters.filter(withId) : [];
    const reporterIds = reporters.map((r) => r.id);
    if (given.timeline && values.by !== undefined && !reporterIds.includes(values.by.trim()))
      return fail(io, `--by: ${m.unknownReporter(values.by.trim(), reporterIds.join(', ') || '-')}`);
    const taken = new Set(data.milestones.filter(withId).map((ms) => ms.id));
    if (values.id !== undefined) {
      const id = values.id.trim();
      if (!isSlug(id)) return fail(io, `--id: ${t.schema.errors.slug}`);
      if (taken.has(id)) return fail(io, `--id: ${m.idTaken(id)}`);
    }

    const date = await ask('date', m.prompts.date);
    const kind = (given.kind ??
      (await prompter.choose(
        m.prompts.kind,
        milestoneKinds.map((k) => ({ value: k, text: t.schema.values.milestoneKind[k] })),
      ))) as MilestoneKind;

    // The figure: asked for a progress report, given by options for any other kind.
    let progress: NewMilestone['progress'];
    const value = given.progress ?? (kind === 'progress' ? await ask('progress', m.prompts.progress) : undefined);
    if (value !== undefined) {
      const estimate =
        values.estimate ?? (given.progress === undefined ? await prompter.yesNo(m.prompts.estimate, false) : false);
      const qualifier = (given.qualifier ??
        (estimate && given.progress === undefined
          ? await prompter.choose(
              m.prompts.qualifier,
              qualifiers.map((q) => ({ value: q, text: t.schema.values.qualifier[q] })),
            )
          : undefined)) as Qualifier | undefined;
      let by = values.by?.trim();
      if (by === undefined && given.progress === undefined) {
        if (!reporters.length) io.out(m.noReporters);
        else {
          reporters.forEach((r) => io.out(`  - ${r.id}: ${str((r.name as { id?: unknown } | undefined)?.id)}`));
          by = await prompter.text(m.prompts.by, {
            optional: true,
            completions: reporterIds,
            check: (v) => (reporterIds.includes(v) ? undefined : m.unknownReporter(v, reporterIds.join(', '))),
          });
        }
      }
      progress = { value: percent(value)!, estimate, qualifier, by };
    }

    /**
     * A text in both languages. Asked, the Indonesian is required (unless the English was given) and
     * the English may follow later (Enter): the milestone is then marked translation: pending.
     */
    const fits = (v: string | undefined) => (v !== undefined && v.length <= LABEL_MAX ? v : undefined);
    const textOf = async (
      text: (typeof texts)[number],
      suggested: { id?: string | undefined; en?: string | undefined } = {},
    ) => {
      const [fieldId, fieldEn] = [`${text}-id`, `${text}-en`] as const;
      const question = { id: m.prompts[`${text}Id`], en: m.prompts[`${text}En`] };
      let id = given[fieldId];
      let en = given[fieldEn];
      if (prompter.interactive && id === undefined)
        id =
          en === undefined
            ? await prompter.required(question.id, { check: checks[fieldId], suggested: suggested.id })
            : await prompter.text(`${question.id} (${m.translationLater})`, {
                check: checks[fieldId],
                optional: true,
                saysEnter: true,
              });
      if (prompter.interactive && en === undefined)
        en = suggested.en
          ? await prompter.required(question.en, { check: checks[fieldEn], suggested: suggested.en })
          : await prompter.text(`${question.en} (${m.translationLater})`, {
              check: checks[fieldEn],
              optional: true,
              saysEnter: true,
            });
      return (id === undefined ? { en: en! } : en === undefined ? { id } : { id, en }) as Texts;
    };
    const title = await textOf('title');
    const label = await textOf('label', { id: fits(title.id), en: fits(title.en) });
    const summary = await textOf('summary');

    const citations = [...givenCitations];
    if (!citations.length)
      do {
        const source = await askSource();
        const quote = await prompter.required(m.prompts.quote, { check: citationChecks.quote });
        const at = await prompter.text(m.prompts.at, { optional: true, check: citationChecks.at });
        citations.push({ source, quote, ...(at ? { at } : {}) });
      } while (await prompter.yesNo(m.prompts.another, false));

    const asking = prompter.interactive && missing.length > 0;
    const suggested = newMilestoneId(title.id ?? title.en ?? '', date, taken);
    const id =
      values.id?.trim() ??
      (asking
        ? await prompter.required(m.prompts.id, {
            suggested,
            check: (v) => (!isSlug(v) ? t.schema.errors.slug : taken.has(v) ? m.idTaken(v) : undefined),
          })
        : suggested);

    const milestone: NewMilestone = {
      id,
      date,
      kind,
      progress,
      title,
      label,
      summary,
      citations,
      note:
        (given['note-id'] ?? given['note-en']) ? ({ id: given['note-id'], en: given['note-en'] } as Texts) : undefined,
    };
    // Marked only when a text lacks a language: a milestone with both is published as it is.
    const lacking = [title, label, summary, milestone.note].some(
      (x) => x && (x.id === undefined || x.en === undefined),
    );
    if (lacking) milestone.translation = PENDING;
    const edit = addMilestone(timelineText, milestone, today);
    if (prompter.interactive) io.out(c.checking);
    const found = problemsOfEdit(root, file, edit.text);
    if (found.length) {
      io.err(c.refused(found.length, shown(file)));
      for (const p of found) io.err(formatProblem(p));
      return 1;
    }
    if (prompter.interactive && !values.yes) {
      io.out(`\n${c.preview(shown(file))}\n${itemLines(edit.text, edit.line)}\n  ${m.updated(today)}\n`);
      if (!(await prompter.yesNo(c.confirm, true))) {
        io.out(c.cancelled);
        return 0;
      }
    }
    if (!isInside(root, file)) return fail(io, c.outsideRoot(shown(file), shown(root)));
    writeFileSync(file, edit.text);
    io.out(c.written(`${shown(file)}:${edit.line}`));
    const schemas = refreshSchemas(root);
    if (schemas.length) io.out(c.schemasUpdated(schemas.map(shown).join(', ')));
    io.out(
      lacking
        ? m.pending(`${shown(file)}#${id}`)
        : m.shownAt(milestonePath(lang, timeline, data.milestones.length + 1, { id, date })),
    );
    return 0;
  } catch (e) {
    if (!(e instanceof Cancelled)) throw e;
    io.err(c.cancelled);
    return 1;
  }

  /** A source by its id, or found by words of its title, publisher or date and chosen from a list. */
  async function askSource(): Promise<string> {
    for (;;) {
      const answer = await prompter.required(m.prompts.source, { completions: [...sourceIds] });
      if (sourceIds.has(answer)) return answer;
      const found = findSources(sources, searchWords(answer)).slice(0, 9);
      if (!found.length) {
        io.err(`  ✗ ${t.cli.source.none(answer)}`);
        continue;
      }
      io.out(m.pickSource);
      return prompter.choose(
        m.prompts.source,
        found.map((s) => ({ value: s.id, text: [str(s.published), str(s.publisher), str(s.title)].join(' · ') })),
      );
    }
  }
}

/** A figure from 0 to 100 as typed ("87", "87.5", "87%"), or undefined. */
function percent(v: string): number | undefined {
  const match = /^(\d{1,3}(?:[.,]\d+)?)\s*%?$/.exec(v.trim());
  const value = match ? Number(match[1]!.replace(',', '.')) : NaN;
  return value >= 0 && value <= 100 ? value : undefined;
}

function fail(io: Io, message: string): number {
  io.err(`✗ ${message}`);
  return 1;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const io = terminalIo();
  milestoneCommand(process.argv.slice(2), io).then((code) => {
    io.close();
    process.exit(code);
  });
}
