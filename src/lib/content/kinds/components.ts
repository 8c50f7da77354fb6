// The components an article uses, checked against what they name: sources, glossary entries,
// timelines and their milestones, images; and their attributes' forms.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { isLocale, locales } from '../../../i18n/locales';
import { calloutKinds, figureExtensions, LANGUAGE_TAG } from '../../mdx/components';
import { derivations } from '../../mdx/evidence';
import type { FoundComponent } from '../../mdx/safe-subset';
import { parseRange } from '../../timeline/range';
import { isRealDay, isRealMonth } from '../dates';
import { withPastedHint } from '../pasted';
import { display, isUnknown, unknownSource, type Report } from '../read';
import type { References } from './articles';

/** Checks the components used in an article body against what they refer to. */
export function checkComponents(components: readonly FoundComponent[], refs: References, report: Report) {
  for (const tag of components) {
    const { line } = tag;
    const attr = (name: string): string | undefined => tag.attrs[name];
    // An attribute that could not be read (`id={x}`) was reported already: nothing more is said about it.
    const skip = (name: string) => tag.unreadable.includes(name);
    const need = (cond: boolean, field: string, message: string) =>
      cond || skip(field.split(' ')[1] ?? '') || report(line, field, message);
    const source = (name: string) => {
      if (skip(name)) return;
      const id = attr(name);
      if (id === undefined)
        return report(line, `<${tag.name}> ${name}`, 'is required: name a source id from content/sources.yaml');
      need(
        !isUnknown(refs.sources, id),
        `<${tag.name}> ${name}`,
        unknownSource(id),
      );
    };
    // Written but empty: an error of its own, never read as "no quote".
    for (const name of ['quote', 'at'] as const)
      if (attr(name) !== undefined && !attr(name)!.trim())
        report(
          line,
          `<${tag.name}> ${name}`,
          name === 'quote'
            ? "is empty: quote the source's own words that support the sentence"
            : 'is empty: say where the words are (a paragraph, page or time), or leave at out',
        );
    switch (tag.name) {
      case 'Cite':
        source('id');
        break;
      case 'Quote':
        source('source');
        need(!!attr('by')?.trim(), '<Quote> by', 'is required: say who is quoted (name and role)');
        need(
          attr('lang') === undefined || isLocale(attr('lang')),
          '<Quote> lang',
          `is the language of the quote: ${locales.join(' or ')}; found "${attr('lang') ?? ''}"`,
        );
        break;
      case 'Stat': {
        source('source');
        const date = attr('date') ?? '';
        need(
          isRealDay(date) || isRealMonth(date),
          '<Stat> date',
          `must be a real date YYYY-MM-DD or month YYYY-MM; found "${date}"`,
        );
        need(!!attr('value'), '<Stat> value', 'is required (for example value="87%")');
        need(tag.hasChildren, '<Stat>', 'needs a label between <Stat ...> and </Stat>');
        break;
      }
      case 'Term': {
        const id = attr('id');
        if (skip('id')) break;
        if (id === undefined) {
          report(line, '<Term> id', 'is required: name an entry id from content/glossary.yaml');
          break;
        }
        if (refs.glossary.pending?.has(id)) {
          report(
            line,
            '<Term> id',
            `glossary entry "${id}" awaits its translation (translation: pending), so it is not on the site yet: link it once both languages are written`,
          );
          break;
        }
        need(
          !isUnknown(refs.glossary, id),
          '<Term> id',
          withPastedHint(`unknown glossary id "${id}": add it to content/glossary.yaml or fix the id`, id),
        );
        need(tag.hasChildren, '<Term>', `needs the words to link between <Term id="${id}"> and </Term>`);
        break;
      }
      case 'Lang': {
        const lang = attr('lang') ?? '';
        need(
          LANGUAGE_TAG.test(lang),
          '<Lang> lang',
          `is the language of the words inside, as a code like "id" or "en"; found "${lang}"`,
        );
        need(tag.hasChildren, '<Lang>', `needs the words between <Lang lang="${lang}"> and </Lang>`);
        break;
      }
      case 'Timeline': {
        if (skip('id')) break;
        const id = attr('id') ?? '';
        const timeline = refs.timelines.get(id);
        if (!timeline) {
          if (!refs.brokenTimelines.has(id))
            report(
              line,
              '<Timeline> id',
              withPastedHint(`unknown timeline "${id}": it must match a file in content/timelines/`, id),
            );
          break;
        }
        const range = attr('range');
        if (range !== undefined)
          need(
            !!parseRange(range),
            '<Timeline> range',
            `must be YYYY-MM..YYYY-MM with the first month not after the last; found "${range}"`,
          );
        const highlight = attr('highlight');
        if (highlight !== undefined)
          need(
            timeline.milestones.some((m) => m.id === highlight),
            '<Timeline> highlight',
            `timeline "${id}" has no milestone "${highlight}"`,
          );
        break;
      }
      case 'Figure': {
        need(
          !!attr('alt')?.trim(),
          '<Figure> alt',
          'is required: describe the image for readers who cannot see it (alt="" is not allowed here)',
        );
        need(
          !!attr('caption')?.trim(),
          '<Figure> caption',
          'is required: say what the image shows and where it comes from',
        );
        const src = attr('src');
        if (skip('src')) break;
        if (!src) {
          report(line, '<Figure> src', `is required: the name of an image file in ${display(refs.images)}/`);
          break;
        }
        const extension = src.split('.').pop()?.toLowerCase() ?? '';
        need(
          (figureExtensions as readonly string[]).includes(extension),
          '<Figure> src',
          `must be an image file (${figureExtensions.join(', ')}); found "${src}"`,
        );
        need(
          !src.includes('..') && !src.startsWith('/') && existsSync(join(refs.images, src)),
          '<Figure> src',
          `no image "${src}" in ${display(refs.images)}/: put the file there or fix the name`,
        );
        break;
      }
      case 'Derived': {
        const ops = derivations.filter((o) => attr(o) !== undefined);
        need(
          ops.length === 1,
          '<Derived>',
          `names how the figure is worked out, with one of ${derivations.map((o) => `${o}="…"`).join(', ')}: <Derived days="2024-04-23 to 2024-04-25">two days</Derived>`,
        );
        need(tag.hasChildren, '<Derived>', 'needs the words that state the figure between <Derived …> and </Derived>');
        break;
      }
      case 'Callout': {
        const kind = attr('kind') ?? '';
        need(
          (calloutKinds as readonly string[]).includes(kind),
          '<Callout> kind',
          `must be "note", "warning" or "discrepancy"; found "${kind}"`,
        );
        break;
      }
    }
  }
}

/** Publishing rules for an article that is not a draft: no template text, written in its folder's language. */
