// The components an article uses, checked against what they name: sources, glossary entries,
// timelines and their milestones, images; and their attributes' forms.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { isLocale, locales } from '../../../i18n/locales';
import { calloutKinds, figureExtensions, inlineLists, LANGUAGE_TAG } from '../../mdx/components';
import { derivations } from '../../mdx/evidence';
import type { FoundComponent } from '../../mdx/safe-subset';
import { parseRange } from '../../timeline/range';
import { isRealDay, isRealMonth } from '../dates';
import { checkMessages } from '../../../i18n/messages';
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
        return report(line, `<${tag.name}> ${name}`, checkMessages().components.sourceRequired);
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
            ? checkMessages().components.emptyQuote
            : checkMessages().components.emptyAt,
        );
    switch (tag.name) {
      case 'Cite':
        source('id');
        break;
      case 'Quote':
        source('source');
        need(!!attr('by')?.trim(), '<Quote> by', checkMessages().components.byRequired);
        need(
          attr('lang') === undefined || isLocale(attr('lang')),
          '<Quote> lang',
          checkMessages().components.quoteLang(locales.join(checkMessages().evidence.or), attr('lang') ?? ''),
        );
        break;
      case 'Stat': {
        source('source');
        const date = attr('date') ?? '';
        need(
          isRealDay(date) || isRealMonth(date),
          '<Stat> date',
          checkMessages().components.statDate(date),
        );
        need(!!attr('value'), '<Stat> value', checkMessages().components.statValue);
        need(tag.hasChildren, '<Stat>', checkMessages().components.statLabel);
        break;
      }
      case 'Term': {
        const id = attr('id');
        if (skip('id')) break;
        if (id === undefined) {
          report(line, '<Term> id', checkMessages().components.termRequired);
          break;
        }
        if (refs.glossary.pending?.has(id)) {
          report(
            line,
            '<Term> id',
            checkMessages().components.termPending(id),
          );
          break;
        }
        need(
          !isUnknown(refs.glossary, id),
          '<Term> id',
          withPastedHint(checkMessages().components.unknownTerm(id), id),
        );
        need(tag.hasChildren, '<Term>', checkMessages().components.termWords(id));
        break;
      }
      case 'Lang': {
        const lang = attr('lang') ?? '';
        need(
          LANGUAGE_TAG.test(lang),
          '<Lang> lang',
          checkMessages().components.langCode(lang),
        );
        need(tag.hasChildren, '<Lang>', checkMessages().components.langWords(lang));
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
              withPastedHint(checkMessages().components.unknownTimeline(id), id),
            );
          break;
        }
        const range = attr('range');
        if (range !== undefined)
          need(
            !!parseRange(range),
            '<Timeline> range',
            checkMessages().components.range(range),
          );
        const highlight = attr('highlight');
        if (highlight !== undefined)
          need(
            timeline.milestones.some((m) => m.id === highlight),
            '<Timeline> highlight',
            checkMessages().components.highlight(id, highlight),
          );
        const list = attr('list');
        if (list !== undefined)
          need(
            (inlineLists as readonly string[]).includes(list),
            '<Timeline> list',
            checkMessages().components.timelineList(inlineLists.map((l) => `"${l}"`).join(', '), list),
          );
        break;
      }
      case 'Figure': {
        need(
          !!attr('alt')?.trim(),
          '<Figure> alt',
          checkMessages().components.alt,
        );
        need(
          !!attr('caption')?.trim(),
          '<Figure> caption',
          checkMessages().components.caption,
        );
        const src = attr('src');
        if (skip('src')) break;
        if (!src) {
          report(line, '<Figure> src', checkMessages().components.src(display(refs.images)));
          break;
        }
        const extension = src.split('.').pop()?.toLowerCase() ?? '';
        need(
          (figureExtensions as readonly string[]).includes(extension),
          '<Figure> src',
          checkMessages().components.imageKind(figureExtensions.join(', '), src),
        );
        need(
          !src.includes('..') && !src.startsWith('/') && existsSync(join(refs.images, src)),
          '<Figure> src',
          checkMessages().components.noImage(src, display(refs.images)),
        );
        break;
      }
      case 'Derived': {
        const ops = derivations.filter((o) => attr(o) !== undefined);
        need(
          ops.length === 1,
          '<Derived>',
          checkMessages().components.derivedWay(derivations.map((o) => `${o}="…"`).join(', ')),
        );
        need(tag.hasChildren, '<Derived>', checkMessages().components.derivedWords);
        break;
      }
      case 'Callout': {
        const kind = attr('kind') ?? '';
        need(
          (calloutKinds as readonly string[]).includes(kind),
          '<Callout> kind',
          checkMessages().components.calloutKind(kind),
        );
        break;
      }
    }
  }
}

/** Publishing rules for an article that is not a draft: no template text, written in its folder's language. */
