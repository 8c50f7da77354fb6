import type { Messages } from './types';

// What the editors' tools say, in English. The type makes a missing or extra message a compile error.
export const en: Messages = {
  cli: {
    common: {
      usage: 'Usage:',
      unknownOption: (option: string) => `unknown option ${option}`,
      missingValue: (option: string) => `option ${option} needs a value: ${option} <value>`,
      dashValue: (option: string) => `a value of ${option} that starts with a minus is written with =: ${option}=-…`,
      missingFile: (file: string) => `${file} does not exist`,
      unreadable: (file: string) => `${file} cannot be read: run npm run check:content to see what is wrong`,
      unexpected: (word: string) => `"${word}" is not understood here`,
      badLang: (found: string) => `--lang is the language of the messages: id or en; found "${found}"`,
      noRoot: (root: string) => `the content folder ${root}/ does not exist`,
      outsideRoot: (path: string, root: string) =>
        `${path} is outside ${root}/: this command writes only inside the content folder`,
      notInteractive: (missing: string) => `there is no terminal to ask in, so also give: ${missing}`,
      yesNo: '[Y/n]',
      noYes: '[y/N]',
      answerYesOrNo: 'answer y (yes) or n (no)',
      optional: 'optional: Enter to skip',
      suggested: (value: string) => `Enter for ${value}`,
      choose: (count: number) => `type a number from 1 to ${count}, or its name`,
      required: 'is required',
      tooLong: (max: number, found: number) => `at most ${max} characters; this is ${found}`,
      oneLine: 'one line only',
      cancelled: 'Cancelled: nothing was written.',
      preview: (file: string) => `To be added to ${file}:`,
      confirm: 'Write it?',
      checking: 'Checking the result as npm run check:content does…',
      refused: (count: number, file: string) =>
        `✗ Not written: the result has ${count} problem${count === 1 ? '' : 's'}, so ${file} is unchanged. Line numbers are those of the file as it would be written:`,
      written: (where: string) => `✓ Written: ${where}`,
      schemasUpdated: (files: string) => `✓ Schemas for VS Code updated: ${files}`,
    },
    source: {
      usage: `  npm run source -- find <words…>      finds sources by words of their title, publisher or id,
                                       or by date (2024, 2024-03, 2024-03-14)
  npm run source -- add [options]      adds a source; asks for what is not given
  npm run source                       asks: search first, then add

Options of add:
  --url <address>         the original publisher's address (https://…), copied from the browser
  --title <title>         the title exactly as printed
  --publisher <name>      the publisher (Kompas.com, Katadata…)
  --date <date>           publication date: YYYY-MM-DD, or YYYY-MM when only the month is known
  --language <id|en>      the source's language
  --id <id>               an id of your own (default: from publisher, date and title)
  --archive <address>     an archived copy (optional)
  --via <address>         a copy on another site, only when the original cannot be read (optional)
  --note-id <text> --note-en <text>   a note for readers, in both languages (optional)
  --yes                   writes without asking "Write it?"

For all:
  --lang <id|en>          language of the messages (default id; or EDITOR_LANG=en)
  --root <folder>         another content folder (default content)
(cari and tambah work too, as find and add.)`,
      searchPrompt: 'Find a source: words of its title, publisher or date (Enter to add a new source)',
      found: (count: number) => (count === 1 ? '1 source matches:' : `${count} sources match:`),
      more: (count: number) => `…and ${count} more: add words to narrow it down.`,
      none: (words: string) => `No source matches "${words}".`,
      addNew: 'Add a new source?',
      noWords: 'say what to look for: npm run source -- find tiktok 2024-03',
      prompts: {
        url: 'Original address (https://…)',
        title: 'Title, exactly as printed',
        publisher: 'Publisher',
        date: 'Publication date (YYYY-MM-DD, or YYYY-MM)',
        language: 'Language of the source (id or en)',
        archive: 'Archived copy (web.archive.org…)',
        id: 'Id',
      },
      noteBoth: 'a note is written in both languages: give --note-id and --note-en',
      badLanguage: (found: string) => `the source's language is id or en; found "${found}"`,
      duplicateUrl: (id: string) => `this address is already the source ${id}: cite it by that id`,
      idTaken: (id: string) => `the id "${id}" is used by another source: choose another`,
      cite: (id: string) => `Cite it in an article: <Cite id="${id}" quote="…" at="…" />`,
    },
    milestone: {
      usage: `  npm run milestone                    asks for everything it needs
  npm run milestone -- [options]       asks for what is not given

Options:
  --timeline <id>         the timeline (its file name in content/timelines/ without .yaml)
  --date <date>           YYYY-MM-DD, or YYYY-MM when only the month is known
  --kind <kind>           regulation | business | progress | deadline | enforcement
  --title-id <text> --title-en <text>       the title in both languages
  --label-id <text> --label-en <text>       the chart's label, at most 40 characters
  --summary-id <text> --summary-en <text>   the summary in both languages
  --source <id> --quote <words> [--at <where>]   a citation; may be repeated, paired in order
  --progress <0–100> [--estimate] [--qualifier about|over|almost] [--by <reporter>]
  --note-id <text> --note-en <text>         a note where sources disagree (optional)
  --pending               the translation is to follow: texts in one language are enough (translation: pending)
  --id <id>               an id of your own (default: from the Indonesian title)
  --yes                   writes without asking "Write it?"

For all:
  --lang <id|en>          language of the messages (default id; or EDITOR_LANG=en)
  --root <folder>         another content folder (default content)`,
      prompts: {
        timeline: 'Timeline',
        date: 'Date (YYYY-MM-DD, or YYYY-MM)',
        kind: 'Kind of event',
        titleId: 'Title in Indonesian',
        titleEn: 'Title in English',
        labelId: "The chart's label in Indonesian (at most 40 characters)",
        labelEn: "The chart's label in English (at most 40 characters)",
        summaryId: 'Summary in Indonesian',
        summaryEn: 'Summary in English',
        progress: 'Progress figure, 0 to 100',
        estimate: 'Is the figure hedged ("about", "more than", "almost")?',
        qualifier: 'How was it hedged',
        by: 'Who gave the figure',
        source: 'Source: its id, or words to find it',
        quote: "Quote: the source's own words, verbatim, one line",
        at: 'Where in the source (paragraph 3, headline…)',
        another: 'Add another citation?',
        id: 'Id of the event',
      },
      translationLater: 'Enter if the translation is to follow',
      pending: (target: string) =>
        `Awaiting its translation (translation: pending): the milestone is not on the site until every text has both languages. The translator runs: npm run new -- --translate ${target}`,
      noTimelines: (dir: string) =>
        `there is no timeline in ${dir}/ yet: create its file first (see content/README.md)`,
      unknownTimeline: (id: string, ids: string) => `there is no timeline "${id}"; there are: ${ids}`,
      unknownKind: (found: string) =>
        `the kind is regulation, business, progress, deadline or enforcement; found "${found}"`,
      unknownQualifier: (found: string) => `must be about, over or almost; found "${found}"`,
      unknownReporter: (found: string, ids: string) =>
        `"${found}" is not among this timeline's reporters; there are: ${ids}`,
      noReporters: 'This timeline has no reporters (reporters:) yet, so the figure has no reporter.',
      percent: 'write a number from 0 to 100, without %',
      unknownSource: (id: string) =>
        `there is no source "${id}" in sources.yaml: add it first with npm run source, or fix the id`,
      pickSource: 'Matching sources:',
      unpairedCitations: 'each --source needs its own --quote, in the same order',
      idTaken: (id: string) => `the id "${id}" is used by another event of this timeline: choose another`,
      noteBoth: 'a note is written in both languages: give --note-id and --note-en',
      qualifierNeedsEstimate: 'a qualifier words a hedged figure: add --estimate',
      shownAt: (address: string) => `Shown at ${address} (npm run dev)`,
      updated: (date: string) => `updated: ${date} (the date the timeline changed)`,
    },
    schemas: {
      usage: `  npm run schemas                 writes the JSON Schemas for VS Code to content/schemas/
  npm run schemas -- --check      only checks that they are current (exits with 1 when not)

  --lang <id|en>   language of the messages        --root <folder>   another content folder (default content)`,
      current: (dir: string) => `✓ The schemas in ${dir}/ are current`,
      stale: (file: string) => `✗ ${file} is out of date: run npm run schemas`,
      written: (file: string) => `✓ Written: ${file}`,
    },
  },

  schema: {
    files: {
      sources: {
        title: 'Sources',
        description:
          'The source registry: every fact on the site cites one of these by its id. Sorted by date; add a source with npm run source.',
      },
      glossary: {
        title: 'Glossary',
        description: 'The glossary: one entry per term, alphabetical by id.',
      },
      timeline: {
        title: 'Timeline',
        description:
          'One timeline: its milestones, each with its sources and their words. Add a milestone with npm run milestone.',
      },
    },
    fields: {
      source: {
        id: "The source's id: lowercase letters, digits and hyphens. Publisher, date and topic make a good id (kompas-2024-04-03-transisi-rampung). Articles, the glossary and timelines cite the source by this id.",
        publisher: "The publisher's name as its site writes it (Kompas.com, Katadata).",
        title: 'The title exactly as printed, in its own language.',
        url: "The original publisher's address (https:// or http://), copied from the browser's address bar; never a copy on another site.",
        archive: 'Optional: an archived copy of the original (web.archive.org, archive.today).',
        via: 'Optional: a copy on another site, only when the original cannot be read and a copy is all there is.',
        published: 'The publication date as printed: YYYY-MM-DD, or YYYY-MM when only the month is known.',
        language: "The source's language: id or en.",
        note: 'Optional, in both languages { id, en }: anything readers should know (for example "the page prints no date").',
      },
      glossaryEntry: {
        id: 'The entry\'s id: lowercase letters, digits and hyphens. It becomes the anchor on the glossary page (/en/glossary/#front-end); articles link to it with <Term id="…">.',
        kind: 'term (the default) or person (term is the name, role the role at the time).',
        term: 'The term in both languages { id, en }.',
        role: 'For a person (kind: person), required: their role at the time they are quoted, { id, en }.',
        short: 'A short definition, at most 200 characters per language: shown when readers point at the term.',
        details: 'Optional, longer: shown on the glossary page.',
        citations: "Optional: the sources that support the definition, each with the source's own words.",
        translation:
          "translation: pending when it is written in one language first and the translation is to follow: the other language's texts may be missing, and the entry is published only once both languages are there and this line is removed.",
      },
      citation: {
        source: 'A source id from content/sources.yaml.',
        quote:
          "The source's own words, copied verbatim in the source's language (typos included); one line, at most 300 characters.",
        at: 'Optional but expected: where the words are (paragraph 3, page 2, paragraph 4, headline); at most 80 characters.',
      },
      timeline: {
        title: "The timeline's title in both languages, each at most 70 characters.",
        summary: "The timeline's summary in both languages.",
        updated: 'When the timeline last changed (YYYY-MM-DD): set it to today when you add or correct a milestone.',
        next: 'Optional: the timeline that continues this one (its file name in timelines/ without .yaml), linked at its end.',
        reporters: 'Who reports progress figures. At most one has line: true.',
        milestones: "The timeline's milestones, at least one; in date order is easiest to read.",
      },
      reporter: {
        id: "The reporter's id: used by progress.by and reports[].by in this file.",
        name: "The reporter's name in both languages, with their organisation.",
        line: "true: this reporter's figures are joined by a line on the chart (one reporter only).",
      },
      milestone: {
        id: "The milestone's id: unique in this timeline, it becomes the link #id.",
        date: "The milestone's date: YYYY-MM-DD, or YYYY-MM when only the month is known.",
        kind: 'The kind of event.',
        progress: "This milestone's figure { value, estimate, qualifier, by }; required for kind: progress.",
        projection: 'Optional: a forecast (not a report) made at the time, { date, value, label }; drawn dashed.',
        title: 'The title in both languages.',
        label: "The chart's label, at most 40 characters per language.",
        summary: 'The summary in both languages.',
        citations: 'Its sources, at least one, each { source, quote, at }.',
        reports:
          'Optional: figures others gave about the same moment, each with its quote; the milestone needs its own progress.',
        note: 'Optional: where sources disagree, { id, en }.',
        translation:
          "translation: pending when it is written in one language first and the translation is to follow: the other language's texts may be missing, and the milestone is published only once both languages are there and this line is removed.",
      },
      progress: {
        value: 'A figure from 0 to 100, exactly as reported.',
        estimate: 'true for a hedged figure ("about", "more than", "almost").',
        qualifier: 'How a hedged figure was worded; needs estimate: true.',
        by: 'Who gave this figure: an id from reporters at the top of the file.',
      },
      projection: {
        date: 'The month or day forecast.',
        value: 'The figure forecast, 0 to 100.',
        label: 'What the forecast is, in both languages.',
      },
      report: {
        by: 'Who gave this figure: an id from reporters at the top of the file.',
        value: 'A figure from 0 to 100, exactly as reported.',
        estimate: 'true for a hedged figure.',
        qualifier: 'How a hedged figure was worded.',
        date: "Optional: when it was said, if not on the milestone's date.",
        citation: 'The source of this figure { source, quote, at }.',
      },
      localized: {
        id: 'In Indonesian.',
        en: 'In English.',
      },
    },
    values: {
      language: { id: 'Indonesian', en: 'English' },
      milestoneKind: {
        regulation: 'a regulation: signed, in force, changed',
        business: "a company's move",
        progress: 'a progress report, with a figure',
        deadline: 'a deadline',
        enforcement: "the government's oversight and enforcement",
      },
      qualifier: {
        about: 'about ("sekitar 75%")',
        over: 'more than ("lebih dari 70%")',
        almost: 'almost ("hampir 90%")',
      },
      glossaryKind: { term: 'a term', person: 'a person' },
    },
    errors: {
      slug: 'use lowercase letters, digits and single hyphens between them (like "my-id-2024"), at most 80 characters',
      text: 'must not be empty',
      day: 'must be a real date written YYYY-MM-DD (for example 2024-03-01)',
      dayOrMonth: 'must be a real date (YYYY-MM-DD) or month (YYYY-MM, for example 2024-04)',
      address:
        "must be a full web address starting with https:// or http://, without spaces, quotes, <, > or `: copy it from the browser's address bar",
      quote: 'one line, not empty: quote a single passage',
      progressNeeded: 'a milestone of kind progress needs a figure: progress: { value, estimate }',
      reportsNeedProgress: 'reports compare figures: the milestone needs its own progress: { value, estimate }',
      qualifierNeedsEstimate: 'a qualifier words a hedged figure: set estimate: true, or remove the qualifier',
      roleNeeded: 'a person (kind: person) needs their role at the time: role: { id, en }',
      bothLanguages:
        'write it in both languages { id, en }, or mark the entry translation: pending when the translation is to follow',
      unknownSource: 'unknown source id: add it to content/sources.yaml (npm run source) or fix the id',
      unknownReporter: 'unknown reporter: add it under reporters: at the top of the file, or fix the id',
      unknownTimeline: 'not a timeline: it must match a file name in content/timelines/ (without .yaml)',
    },
    checkOnly: {
      label: 'Checked by npm run check:content, not while you type',
      rules: {
        uniqueIds: 'the id must differ from every other id in this list',
        figureQuoted: 'a quote must state the figure (87 → "87 persen", "87%")',
        textFiguresQuoted: 'figures, amounts and dates in this text must be in the words of the sources it cites',
        reporterInFile: 'the reporter must be listed under reporters in this same file',
        oneLine: 'only one reporter has line: true',
        reportWithinWeek: "at most a week after the milestone's date",
        projectionAfter: "not before the milestone's date",
        nextOther: 'another timeline, not this one',
        addressParsed: 'the address must read as a web address with a host name, and is kept as a browser reads it',
      },
    },
  },
};
