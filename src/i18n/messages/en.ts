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
        `there is no timeline in ${dir}/ yet: create its file first (see content/README.en.md)`,
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
    /** npm run new (src/cli/new-article.ts, src/lib/new-article.ts, src/lib/content/translate-entry.ts). */
    new: {
      usage:
        'npm run new -- --lang id --slug my-article [--title "Judul"] [--translation my-article-en]\n  npm run new -- --translate content/articles/en/my-article.mdx [--slug artikel-saya]\n  npm run new -- --translate content/timelines/<id>.yaml#<milestone-id>\n  npm run new -- --translate content/glossary.yaml#<entry-id>',
      badLang: (found: string) => `--lang must be id or en; found "${found}"`,
      badSlug: (found: string) => `--slug becomes the URL: use lowercase letters, digits and hyphens; found "${found}"`,
      badTranslation: "--translation is the other language's slug: lowercase letters, digits and hyphens",
      tooLong: (option: string, max: number, length: number, start: string) =>
        `${option} becomes the URL and the file name: at most ${max} characters; found ${length} ("${start}…")`,
      translated: (key: string, file: string) =>
        `"${key}" is already translated: ${file} (edit that file; nothing was written)`,
      taken: (files: string, many: boolean) =>
        `${files} already exist${many ? '' : 's'}: nothing was written (choose another --slug, or edit the file)`,
      and: ' and ',
      whichArticle: 'say which article to start: --lang and --slug, or --translate <file>',
      noFile: (file: string) => `${file} does not exist`,
      notEntries: (file: string) => `${file}: only a timeline or the glossary has entries to translate by id`,
      notArticleFolder: (path: string) => `${path} is not in content/articles/id/ or content/articles/en/`,
      unreadable: (path: string, problems: string) => `${path} cannot be read as an article:\n${problems}`,
      notUnder: (root: string) => `(not under ${root})`,
      created: (path: string) => `✓ created ${path}`,
      running: (urls: string) =>
        `\nDrafts (draft: true) show in \`npm run dev\` and are left out of the built site. Your preview is running:\n${urls}`,
      notRunning: (urls: string) =>
        `\nDrafts (draft: true) show in \`npm run dev\` and are left out of the built site. Start the preview with \`npm run dev\`, then open:\n${urls}\n(or the address it prints, if that port is taken)`,
      filled: (file: string, id: string, languages: string, paths: string) =>
        `✓ ${file}: "${id}" has its ${languages} texts (${paths}) filled with the words to translate.\nTranslate them in place, then delete the line translation: pending to publish it in both languages.`,
      notYaml: (message: string) => `the file cannot be read as YAML: ${message}`,
      noEntry: (id: string) => `no entry or milestone with id "${id}" in this file`,
      complete: (id: string) => `"${id}" has both languages already: nothing to fill in`,
    },
    /** npm run build (src/cli/build.ts). */
    build: {
      outDir: '--outDir needs a folder',
      done: (dir: string) => `✓ the site is in ${dir}/`,
      failed: (dir: string, staging: string) =>
        `✗ the build failed: ${dir}/ is unchanged (the partial build in ${staging}/ was removed)`,
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
        asOf: 'Optional: the day the timeline\'s facts were last checked (YYYY-MM-DD; the build day if left out). The chart\'s axis ends at the last milestone up to that day; a later one is drawn at its end, "until <date>".',
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
        annotation:
          'Optional, at most 90 characters per language: one of the few moments the story turns on, written on the chart beside its mark, { id, en }.',
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
  /** What check:content, the build and the preview say about content (src/lib/content/, src/lib/mdx/). */
  check: {
    /** Where a problem is when it is not one field: shown in place of the field. */
    fields: {
      file: '(file)',
      folder: '(folder)',
      fileName: '(file name)',
      frontmatter: '(frontmatter)',
      text: '(text)',
      figure: 'figure',
      link: 'link',
      image: 'image',
      heading: 'heading',
      paragraph: 'paragraph',
      unsafe: '(unsafe)',
    },
    severity: { warning: 'warning', pending: 'pending' },
    /** The line that heads the list, and what happens next. */
    outcome: {
      count: (n: number) => `Invalid content: ${n} problem${n === 1 ? '' : 's'}.`,
      build: 'Nothing was built.',
      dev: 'Every page shows this list until they are fixed.',
      counted: (articles: number, timelines: number, sources: number, glossary: number) =>
        [
          `${articles} article${articles === 1 ? '' : 's'}`,
          `${timelines} timeline${timelines === 1 ? '' : 's'}`,
          `${sources} source${sources === 1 ? '' : 's'}`,
          `${glossary} glossary ${glossary === 1 ? 'entry' : 'entries'}`,
        ].join(', '),
      plural: (n: number, one: 'error' | 'warning' | 'translation') => `${n} ${one}${n === 1 ? '' : 's'}`,
      pendingCount: (list: string) => `, ${list} pending`,
      valid: (root: string, warnings: string, pending: string, counted: string, took: string) =>
        `✓ ${root}/ is valid${warnings ? ` with ${warnings}` : ''}${pending} (${counted}; ${took})`,
      invalid: (root: string, errors: string, warnings: string, pending: string, counted: string, took: string) =>
        `✗ ${errors}, ${warnings}${pending} in ${root}/ (${counted}; ${took})`,
      pageTitle: 'Content problems',
      pageExplain:
        'Each line is <code>file:line: field: what is wrong and what to do</code>. "When something goes wrong" in content/README.en.md explains every message.',
    },
    /** What the preview says in the terminal as content changes. */
    dev: {
      stillToFix: (n: number) => `content store updated; ${n} problem${n === 1 ? '' : 's'} still to fix (listed above)`,
      upToDate: (counted: string) => `content is valid and up to date (${counted})`,
      fixed: 'content problems fixed',
    },
    /** The shapes of the files (src/lib/content/schema.ts and what zod reports). */
    schema: {
      required: 'is required: add it',
      missingLanguage: (language: 'id' | 'en') =>
        `is missing its ${language === 'id' ? 'Indonesian (id)' : 'English (en)'} text: add it`,
      wrongType: (expected: string, received: string) => `must be ${expected}, not ${received}`,
      types: {
        array: 'a list (lines starting with "- ")',
        object: 'a set of fields (name: value)',
        string: 'text',
        number: 'a number',
        boolean: 'true or false',
        date: 'a date',
        null: 'empty',
      } as Record<string, string>,
      otherType: (value: string) => `has the wrong type (${value})`,
      oneOf: (options: string, received: string) => `must be one of ${options}, not ${received}`,
      length: (length: number, rule: string) => `is ${length} characters long; ${rule}`,
      limit: (max: number) => `the limit is ${max}`,
      found: (message: string, value: string) => `${message}; found ${value}`,
      unknownField: 'is not a known field: remove it or fix its spelling',
      slug: 'use lowercase letters, digits and single hyphens (like "my-id-2024")',
      slugMax: (max: number) => `must be at most ${max} characters (it becomes part of an address)`,
      notEmpty: 'must not be empty',
      titleMax: 'must be at most 70 characters (search results show about that many)',
      descriptionMax: 'must be at most 160 characters (search results and social cards cut it there)',
      day: 'must be a real date written YYYY-MM-DD (for example 2024-03-01)',
      dayOrMonth: 'must be a real date written YYYY-MM-DD, or a month written YYYY-MM (for example 2024-04)',
      quoteMax: (max: number) => `must be at most ${max} characters: quote only the words that carry the fact`,
      quoteOneLine: 'must be one line: quote a single passage (use > or a plain string)',
      authors: 'needs at least one author',
      percent: 'must be between 0 and 100',
      citations: 'needs at least one citation: { source, quote }',
      milestones: 'needs at least one milestone',
      personRole: 'a person needs their role at the time: role: { id, en }',
      address: 'must be a full web address starting with https:// or http://',
      addressChar: (shown: string, encoded: string) =>
        `must not contain ${shown}: copy the address from the browser's address bar, which writes it as ${encoded}`,
      aSpace: 'a space',
      aControl: 'a control character',
    },
    /** What a timeline says of itself (its schema's own rules). */
    timeline: {
      duplicate: (what: 'reporter' | 'milestone', id: string, first: number) =>
        `duplicate ${what} id "${id}": it is already used by item [${first}]; ids must be unique`,
      oneLine: (first: string) =>
        `only one reporter's figures are joined by a line, and "${first}" already is: remove line: true here`,
      unknownReporter: (by: string) =>
        `unknown reporter "${by}": add it under reporters: at the top of the file, or fix the id`,
      qualifier: (qualifier: string) =>
        `"${qualifier}" words a hedged figure: set estimate: true, or remove the qualifier`,
      progressNotQuoted: (value: number) =>
        `no citation's quote states ${value}%: quote the words that give the figure (for example "${value} persen")`,
      reportNotQuoted: (value: number) =>
        `the citation's quote does not state ${value}%: quote the words that give the figure`,
      reportLate: (date: string, milestone: string) =>
        `a report belongs to the milestone it contradicts or confirms: ${date} is more than a week after ${milestone}; make it a milestone of its own`,
      reportsNeedProgress: 'reports compare figures: the milestone needs its own progress: { value, estimate }',
      projectionBefore: (date: string) =>
        `a projection looks forward: it must not be before the milestone's own date ${date}`,
      progressNeeded: 'a milestone of kind "progress" needs a progress value: add progress: { value, estimate }',
      next: (next: string) => `"${next}" is not another timeline: it must match a file in content/timelines/`,
      folder: 'is a folder, not a timeline file: rename it (a timeline is one <id>.yaml file)',
      fileName: 'timeline file names become URLs: use lowercase letters, digits and hyphens',
    },
    /** Files and lists of entries (sources.yaml, glossary.yaml). */
    files: {
      empty: 'is empty: see content/README.en.md for what it holds',
      emptyList: (entry: string, example: string) =>
        `is empty: list at least one ${entry}, each starting with "- id:" (${example})`,
      notList: (entry: string, example: string) =>
        `must be a list of ${entry}s, each starting with "- id:" (${example}), not a set of fields`,
      duplicate: (what: string, id: string, first: number) =>
        `duplicate ${what} id "${id}": it is already used by item [${first}]; ids must be unique`,
      noSources: 'the source registry is missing: create it with at least one source',
      source: { entry: 'source', example: 'see "Adding a source" in content/README.en.md' },
      glossary: { entry: 'glossary entry', example: 'see "Adding a term" in content/README.en.md' },
      unknownSource: (id: string) => `unknown source id "${id}": add it to content/sources.yaml or fix the id`,
    },
    /** An article's file, frontmatter and readiness to publish. */
    articles: {
      outside: (langs: string) =>
        `articles live in content/articles/<lang>/ where lang is ${langs}: move this file there`,
      notLocale: (langs: string) => `articles live in content/articles/<lang>/ where lang is ${langs}`,
      folder: 'is a folder, not an article: rename it (only article files end in .mdx)',
      fileName: 'the file name becomes the URL: use lowercase letters, digits and hyphens',
      fileNameLong: (max: number, found: number) =>
        `the file name becomes the URL: at most ${max} characters; found ${found}`,
      frontmatter: 'the file must start with frontmatter between two --- lines',
      misplaced: (lang: string, folder: string) =>
        `is "${lang}" but the file is in content/articles/${folder}/: set lang: ${folder} or move the file`,
      placeholder: (value: string) =>
        `is still the placeholder from npm run new ("${value}"): write your own, or keep draft: true`,
      note: 'the note from npm run new is still here: translate the text, then delete the note (or keep draft: true)',
      placeholderText: (text: string) =>
        `still has the placeholder text from npm run new ("${text}…"): write the article, or keep draft: true`,
      languages: { id: 'Indonesian', en: 'English' },
      readsAs: (lang: string, guessed: string, guessedCount: number, ownCount: number, own: string) =>
        `is "${lang}" but the text reads as ${guessed} (${guessedCount} common ${guessed} words, ${ownCount} ${own}): translate it, or keep draft: true until it is`,
      keyTaken: (key: string, file: string) =>
        `"${key}" is already used by ${file}: each language has one article per key`,
      untranslated: (key: string, language: string, lang: string, file: string) =>
        `"${key}" has no ${language} translation yet: readers of /${lang}/ will not find it (start one with: npm run new -- --translate ${file})`,
      headingIsMilestone: (slug: string, timeline: string, line: number) =>
        `its anchor #${slug} is also a milestone's id in <Timeline id="${timeline}"> (line ${line}): reword the heading`,
      tooLong: (length: number, max: number) =>
        `is ${length.toLocaleString('en')} characters long; the most an article may have is ${max.toLocaleString('en')}: split it into two articles`,
      blockTooLong: (length: number, max: number) =>
        `is ${length.toLocaleString('en')} characters long; the most is ${max.toLocaleString('en')}: split it into paragraphs readers can take in`,
    },
    /** The components an article uses (src/lib/content/kinds/components.ts). */
    components: {
      sourceRequired: 'is required: name a source id from content/sources.yaml',
      emptyQuote: "is empty: quote the source's own words that support the sentence",
      emptyAt: 'is empty: say where the words are (a paragraph, page or time), or leave at out',
      byRequired: 'is required: say who is quoted (name and role)',
      quoteLang: (langs: string, found: string) => `is the language of the quote: ${langs}; found "${found}"`,
      statDate: (found: string) => `must be a real date YYYY-MM-DD or month YYYY-MM; found "${found}"`,
      statValue: 'is required (for example value="87%")',
      statLabel: 'needs a label between <Stat ...> and </Stat>',
      termRequired: 'is required: name an entry id from content/glossary.yaml',
      termPending: (id: string) =>
        `glossary entry "${id}" awaits its translation (translation: pending), so it is not on the site yet: link it once both languages are written`,
      unknownTerm: (id: string) => `unknown glossary id "${id}": add it to content/glossary.yaml or fix the id`,
      termWords: (id: string) => `needs the words to link between <Term id="${id}"> and </Term>`,
      langCode: (found: string) => `is the language of the words inside, as a code like "id" or "en"; found "${found}"`,
      langWords: (lang: string) => `needs the words between <Lang lang="${lang}"> and </Lang>`,
      unknownTimeline: (id: string) => `unknown timeline "${id}": it must match a file in content/timelines/`,
      range: (found: string) => `must be YYYY-MM..YYYY-MM with the first month not after the last; found "${found}"`,
      highlight: (timeline: string, milestone: string) => `timeline "${timeline}" has no milestone "${milestone}"`,
      timelineList: (lists: string, found: string) =>
        `is one of ${lists} (the events under the chart); found "${found}"`,
      alt: 'is required: describe the image for readers who cannot see it (alt="" is not allowed here)',
      caption: 'is required: say what the image shows and where it comes from',
      src: (folder: string) => `is required: the name of an image file in ${folder}/`,
      imageKind: (kinds: string, found: string) => `must be an image file (${kinds}); found "${found}"`,
      noImage: (src: string, folder: string) => `no image "${src}" in ${folder}/: put the file there or fix the name`,
      derivedWay: (ways: string) =>
        `names how the figure is worked out, with one of ${ways}: <Derived days="2024-04-23 to 2024-04-25">two days</Derived>`,
      derivedWords: 'needs the words that state the figure between <Derived …> and </Derived>',
      calloutKind: (found: string) => `must be "note", "warning" or "discrepancy"; found "${found}"`,
    },
    /** What MDX articles may contain, and what its parser's errors mean (src/lib/mdx/safe-subset.ts). */
    mdx: {
      capital: (component: string) => `components start with a capital letter: write <${component}>`,
      spanLang: 'to mark words in another language write <Lang lang="id">…</Lang> (HTML is not allowed in articles)',
      html: 'is HTML, which articles cannot contain (it could run code or send readers elsewhere): use Markdown or a component (see content/README.en.md)',
      attributeCode: (code: string) =>
        `"${code}" is code, which articles cannot run: write each attribute as name="value"`,
      notAnAttribute: (component: string, allowed: string) =>
        `is not an attribute of <${component}>: it takes ${allowed}`,
      noAttributes: (component: string) => `<${component}> takes no attributes: remove it`,
      valueNeeded: (name: string) => `needs a value in quotes: ${name}="…"`,
      valueInBraces: (name: string) =>
        `is written in quotes, ${name}="…": a value in { } is code, which articles cannot run`,
      importLine: 'articles cannot import anything: components work without an import, so remove this line',
      exportLine: 'articles cannot export code: remove this line (the article’s data goes in the frontmatter)',
      expression: (code: string) =>
        `"{${code}}" is code, which articles cannot run: remove it (literal braces are written \\{ and \\}; a note to editors is written {/* note */})`,
      fragment: 'fragments (<>…</>) are not used in articles: remove <> and </>',
      notComponent: (list: string) =>
        `is not a component articles can use: use one of ${list} (see content/README.en.md)`,
      otherHost: (url: string) =>
        `"${url}" leads to another site without saying how: write the whole address, https://…`,
      unsafeLink: (url: string) =>
        `"${url}" is not an address readers can follow: use https://…, a page of this site (/id/…) or #a-heading`,
      unclosed: (name: string) =>
        `is not closed: add </${name}> where it ends (on a line of its own, after an empty line, when it wraps paragraphs)`,
      mismatch: (open: string, line: string) =>
        `comes before <${open}> (line ${line}) is closed: close it first with </${open}>`,
      neverOpened: 'closes a tag that was never opened: remove it, or add the opening tag',
      comment: 'HTML comments do not work in articles: write a note as {/* note */}',
      autolink: 'links are written [text](https://…), not <https://…>',
      braces:
        'curly braces hold code in MDX, which articles cannot run: write a literal brace as \\{ and \\}, or use ( )',
      curlyQuotes: (pair: string) =>
        `the value is in curly quotes (${pair}), as Word and Google Docs write them: type straight quotes, name="value"`,
      unquoted: 'attribute values are written in quotes: name="value"',
      noClosingQuote: 'an attribute value has no closing quote: write name="value"',
      lessThan: (start: string) =>
        `a literal < in text is written &lt; (here "<${start}" is read as the start of a tag)`,
      other: (reason: string) => `${reason} (see "When something goes wrong" in content/README.en.md)`,
      unsafe: (why: string) =>
        `${why} is not allowed in an article and was stopped before publishing; npm run check:content explains how to fix it`,
      notNumbered: 'is not in the content registry’s numbering: run npm run check:content',
    },
    /** Evidence: figures in their quotes, derivations, one mark per source (src/lib/content/claims.ts). */
    evidence: {
      statQuote: (value: string) => `is required: quote the source's words that give ${value || 'the figure'}`,
      statMissing: (numbers: string, value: string) =>
        `does not contain ${numbers} of value="${value}": quote the words that give the figure, or correct the value`,
      uncited: (sentence: string, figures: string) =>
        `${sentence} states ${figures} but cites no source: add <Cite id="…" quote="…" /> with the source's words that give it`,
      unquoted: (sentence: string, figures: string) =>
        `${sentence} states ${figures}, which its citation does not quote: add quote="…" with the source's words that give it`,
      notGiven: (sentence: string, figures: string, quotes: string) =>
        `${sentence} states ${figures}, which no quote it cites gives (${quotes}): quote the words that give it, or correct the figure`,
      more: (n: number) => `${n} more`,
      twice: (id: string, line: number) =>
        `cites "${id}" again in the same sentence (line ${line}): one mark per source per sentence, so give both passages in one quote (joined by …) or split the sentence`,
      derivedForm: (example: string, found: string) =>
        `must name the cited figures it comes from, like ${example}; found "${found}"`,
      dateNotCited: (date: string) =>
        `${date} is in no quote the article cites, nor a cited source's date: cite it first, then work from it`,
      notOneFigure: (part: string, example: string) => `"${part}" is not one percentage or amount of money: ${example}`,
      mixed: (from: string) => `adds or subtracts figures of different kinds or currencies: "${from}"`,
      figureNotCited: (figure: string) =>
        `“${figure}” is in no quote the article cites: cite it first, then work from it`,
      wrong: (from: string, result: string, words: string, stated: string) =>
        `${from} gives ${result}; the words “${words}” state ${stated}: correct one of them`,
      noSuchFigure: 'no such figure',
      or: ' or ',
    },
    /** Links in articles (src/lib/content/links.ts). */
    links: {
      notAddress: (url: string, lang: string) =>
        `"${url}" is not an address: write https://…, a page of this site (/${lang}/…) or #a-heading`,
      notWeb: (url: string) =>
        `"${url}" is not a web address: links lead to https://… or http://… (write an e-mail address as text)`,
      noPage: (url: string, lang: string) =>
        `"${url}" leads to no page of this site: check the address (an article's is /${lang}/articles/<its file name>/), or link to the page it moved to`,
      otherLanguage: (url: string, target: string, own: string, lang: string) =>
        `"${url}" leads to the ${target} page from an ${own} article: link the ${own} page (/${lang}/…); the language switch is on every page`,
      noAnchor: (url: string, page: string, anchor: string) =>
        `"${url}": ${page} has no #${anchor}: link a heading's anchor (its words in lowercase, joined by hyphens) or leave #… out`,
      thisArticle: 'this article',
      languages: { id: 'Indonesian', en: 'English' },
    },
    /** One language first (src/lib/content/pending.ts). */
    pending: {
      entry: (language: string, translate: string) =>
        `awaits its ${language} text (translation: pending): it is published in neither language until every text has it and the line translation: pending is removed (npm run new -- --translate ${translate} copies the text to translate in)`,
      done: 'has both languages but is still marked translation: pending: remove that line to publish it',
      article: (language: string, file: string) =>
        `awaits its ${language} translation (translation: pending): it is published in neither language until the ${language} article exists (npm run new -- --translate ${file} starts it)`,
      languages: { id: 'Indonesian', en: 'English' },
      and: ' and ',
    },
    /** Characters pasted from a document (src/lib/content/pasted.ts). */
    pasted: {
      holds: (message: string, hint: string) => `${message}; it holds ${hint}`,
      curly: 'curly quotes (“ ” ‘ ’), as Word and Google Docs write them: type straight quotes (" or \'), or none',
      nbsp: 'a non-breaking space, copied from a web page or a document: type an ordinary space',
      invisible:
        'an invisible character (a zero-width space or soft hyphen), copied with the text: type the value again',
      dash: 'a dash (– —) where a hyphen (-) belongs: type the hyphen key',
    },
    /** What a YAML syntax error means (src/lib/content/yaml.ts). */
    yaml: {
      singleQuote:
        "text in single quotes ends at the next ': write an apostrophe inside it twice ('TikTok''s move') or use double quotes (\"TikTok's move\")",
      doubleQuote: 'text in double quotes ends at the next ": write a " inside it as \\" or use single quotes',
      colon: `text that contains ": " must be in quotes: title: 'Apa itu: aturan baru'`,
      tab: 'indent with spaces, not tabs',
      duplicateKey: (first: string) => `${first}: each field is written once`,
      indent: (first: string) => `${first}: check the indentation (two spaces per level) and quotes on this line`,
      other: (first: string) => `${first} (check the quotes and indentation on this line)`,
      aliases:
        'uses YAML aliases (*name) that cannot be expanded (too many, or to an unknown &anchor): write the values out instead',
    },
  },
};
