// The components an article uses, checked against what they name: sources, glossary entries,
// timelines and their milestones, images; and their attributes' forms.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { isLocale, locales } from '../../../i18n/locales';
import {
  componentSpecs,
  figureExtensions,
  isMdxComponent,
  LANGUAGE_TAG,
  type AttributeName,
  type MdxComponentName,
} from '../../mdx/components';
import { derivations } from '../../mdx/evidence';
import type { FoundComponent } from '../../mdx/safe-subset';
import { parseRange } from '../../timeline/range';
import { isRealDay, isRealMonth } from '../dates';
import { checkMessages } from '../../../i18n/messages';
import { withPastedHint } from '../pasted';
import { display, isUnknown, unknownSource, type Report } from '../read';
import type { References } from './articles';

/** What one component's check is given: its tag, and how to read and report on it. */
interface Tag<N extends MdxComponentName> {
  line: number;
  hasChildren: boolean;
  /** An attribute as written, or undefined. */
  attr: (name: AttributeName<N>) => string | undefined;
  /** An attribute that could not be read (`id={x}`) was reported already: nothing more is said about it. */
  skip: (name: AttributeName<N>) => boolean;
  /** Reports `message` on `<N> attribute` (on the tag itself without one) unless `cond` holds. */
  need: (cond: boolean, attribute: AttributeName<N> | null, message: string) => void;
  report: (attribute: AttributeName<N> | null, message: string) => void;
  /** The source an attribute names: required, and known. */
  source: (name: AttributeName<N>) => void;
  refs: References;
}

/**
 * Each component's own rules, one entry per component declared in src/lib/mdx/components.ts (the
 * type holds the two together: a component added there needs its check here, and an attribute
 * name checked here must be declared there). What the page's component may then take for granted
 * is its Props type, `ComponentProps`.
 */
const checks: { [N in MdxComponentName]: (tag: Tag<N>) => void } = {
  Cite: ({ source }) => source('id'),
  Quote: ({ attr, need, source }) => {
    source('source');
    need(!!attr('by')?.trim(), 'by', checkMessages().components.byRequired);
    need(
      attr('lang') === undefined || isLocale(attr('lang')),
      'lang',
      checkMessages().components.quoteLang(locales.join(checkMessages().evidence.or), attr('lang') ?? ''),
    );
  },
  Stat: ({ attr, need, source, hasChildren }) => {
    source('source');
    const date = attr('date') ?? '';
    need(isRealDay(date) || isRealMonth(date), 'date', checkMessages().components.statDate(date));
    need(!!attr('value'), 'value', checkMessages().components.statValue);
    need(hasChildren, null, checkMessages().components.statLabel);
  },
  Term: ({ attr, skip, need, report, refs, hasChildren }) => {
    const id = attr('id');
    if (skip('id')) return;
    if (id === undefined) return report('id', checkMessages().components.termRequired);
    if (refs.glossary.pending?.has(id)) return report('id', checkMessages().components.termPending(id));
    need(!isUnknown(refs.glossary, id), 'id', withPastedHint(checkMessages().components.unknownTerm(id), id));
    need(hasChildren, null, checkMessages().components.termWords(id));
  },
  Lang: ({ attr, need, hasChildren }) => {
    const lang = attr('lang') ?? '';
    need(LANGUAGE_TAG.test(lang), 'lang', checkMessages().components.langCode(lang));
    need(hasChildren, null, checkMessages().components.langWords(lang));
  },
  Timeline: ({ attr, skip, need, report, refs }) => {
    if (skip('id')) return;
    const id = attr('id') ?? '';
    const timeline = refs.timelines.get(id);
    if (!timeline) {
      if (!refs.brokenTimelines.has(id))
        report('id', withPastedHint(checkMessages().components.unknownTimeline(id), id));
      return;
    }
    const range = attr('range');
    if (range !== undefined) need(!!parseRange(range), 'range', checkMessages().components.range(range));
    const highlight = attr('highlight');
    if (highlight !== undefined)
      need(
        timeline.milestones.some((m) => m.id === highlight),
        'highlight',
        checkMessages().components.highlight(id, highlight),
      );
    const list = attr('list');
    const lists = componentSpecs.Timeline.list.values;
    if (list !== undefined)
      need(
        (lists as readonly string[]).includes(list),
        'list',
        checkMessages().components.timelineList(lists.map((l) => `"${l}"`).join(', '), list),
      );
  },
  Figure: ({ attr, skip, need, report, refs }) => {
    need(!!attr('alt')?.trim(), 'alt', checkMessages().components.alt);
    need(!!attr('caption')?.trim(), 'caption', checkMessages().components.caption);
    const src = attr('src');
    if (skip('src')) return;
    if (!src) return report('src', checkMessages().components.src(display(refs.images)));
    const extension = src.split('.').pop()?.toLowerCase() ?? '';
    need(
      (figureExtensions as readonly string[]).includes(extension),
      'src',
      checkMessages().components.imageKind(figureExtensions.join(', '), src),
    );
    need(
      !src.includes('..') && !src.startsWith('/') && existsSync(join(refs.images, src)),
      'src',
      checkMessages().components.noImage(src, display(refs.images)),
    );
  },
  Derived: ({ attr, need, hasChildren }) => {
    const ops = derivations.filter((o) => attr(o) !== undefined);
    need(
      ops.length === 1,
      null,
      checkMessages().components.derivedWay(derivations.map((o) => `${o}="…"`).join(', ')),
    );
    need(hasChildren, null, checkMessages().components.derivedWords);
  },
  Callout: ({ attr, need }) => {
    const kind = attr('kind') ?? '';
    need(
      (componentSpecs.Callout.kind.values as readonly string[]).includes(kind),
      'kind',
      checkMessages().components.calloutKind(kind),
    );
  },
  KeyFacts: () => {},
};

/** Checks the components used in an article body against what they refer to. */
export function checkComponents(components: readonly FoundComponent[], refs: References, report: Report) {
  for (const found of components) {
    const { name, line } = found;
    const field = (attribute: string | null) => (attribute ? `<${name}> ${attribute}` : `<${name}>`);
    const attr = (attribute: string): string | undefined => found.attrs[attribute];
    const skip = (attribute: string) => found.unreadable.includes(attribute);
    const say = (attribute: string | null, message: string) => report(line, field(attribute), message);
    const need = (cond: boolean, attribute: string | null, message: string) =>
      cond || (attribute !== null && skip(attribute)) || say(attribute, message);
    const source = (attribute: string) => {
      if (skip(attribute)) return;
      const id = attr(attribute);
      if (id === undefined) return say(attribute, checkMessages().components.sourceRequired);
      need(!isUnknown(refs.sources, id), attribute, unknownSource(id));
    };
    // Written but empty: an error of its own, never read as "no quote".
    for (const attribute of ['quote', 'at'])
      if (attr(attribute) !== undefined && !attr(attribute)!.trim())
        say(
          attribute,
          attribute === 'quote' ? checkMessages().components.emptyQuote : checkMessages().components.emptyAt,
        );
    if (!isMdxComponent(name)) continue; // (reported by the safe subset check)
    const tag: Tag<MdxComponentName> = { line, hasChildren: found.hasChildren, attr, skip, need, report: say, source, refs };
    (checks[name] as (tag: Tag<MdxComponentName>) => void)(tag);
  }
}

