import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { beforeAll, describe, expect, it } from 'vitest';
import WhatsNew from '../../src/components/WhatsNew.astro';

let container: AstroContainer;
beforeAll(async () => {
  container = await AstroContainer.create();
});

describe('WhatsNew', () => {
  it('says the date and lists new, then updated articles, each label apart from its title', async () => {
    const html = await container.renderToString(WhatsNew, {
      props: {
        lang: 'en',
        news: {
          date: '2024-05-01',
          added: [{ title: 'A new one', path: '/en/articles/a/' }],
          updated: [{ title: 'An old one', path: '/en/articles/b/', note: 'Fixed.' }],
        },
      },
    });
    // A space inside each label: the reader sees "New article: A new one", never "article:A".
    expect(html).toMatch(/Articles last updated: <time datetime="2024-05-01">1 May 2024<\/time>/);
    expect(html).toMatch(/New article: <\/span><a href="\/en\/articles\/a\/"[^>]*>A new one<\/a>/);
    expect(html).toMatch(/Updated: <\/span><a href="\/en\/articles\/b\/"[^>]*>An old one<\/a>/);
    expect(html.indexOf('A new one')).toBeLessThan(html.indexOf('An old one'));
    expect(html).toContain('href="/en/articles/a/"');
    expect(html).toContain('href="/en/articles/b/"');
  });
  it('is left out when there is nothing to say', async () => {
    const html = await container.renderToString(WhatsNew, {
      props: { lang: 'id', news: { date: undefined, added: [], updated: [] } },
    });
    expect(html.trim()).toBe('');
  });
});
