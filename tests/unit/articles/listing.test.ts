import { describe, expect, it } from 'vitest';
import { ARTICLES_PER_PAGE, articlesByMonth, frontPage, listingPageCount, monthPage } from '../../../src/lib/articles/listing.ts';
import type { Story } from '../../../src/lib/stories/schema.ts';

/** `count` articles, newest first, two a day from 30 June 2025 back (so they span months). */
const archive = (count: number) =>
  Array.from({ length: count }, (_, index) => {
    const day = new Date(Date.UTC(2025, 5, 30) - Math.floor(index / 2) * 86_400_000).toISOString().slice(0, 10);
    return { slug: `a${index}`, entry: { data: { published: { date: index % 7 === 3 ? day.slice(0, 7) : day } } } };
  });

describe('listing pages', () => {
  it('puts the newest articles first, a page at a time, with links to every page', () => {
    const articles = archive(45);
    expect(listingPageCount(45)).toBe(3);
    const first = frontPage(articles, []);
    expect(first.articles.map((article) => article.slug)).toEqual(articles.slice(0, ARTICLES_PER_PAGE).map((article) => article.slug));
    expect(first.pagination?.pages.map((page) => page.href)).toEqual(['/', '/page/2/', '/page/3/']);
    expect(first.pagination?.previous).toBeUndefined();
    const last = frontPage(articles, [], 3);
    expect(last.articles).toHaveLength(5);
    expect(last.pagination).toMatchObject({ label: 'Page 3 of 3', previous: '/page/2/', next: undefined });
    expect(frontPage(archive(5), []).pagination).toBeUndefined();
  });

  it('groups articles by month of publication, whatever the precision of their date, newest month first', () => {
    const articles = archive(70);
    const months = articlesByMonth(articles);
    expect([...months.keys()]).toEqual(['2025-06', '2025-05']);
    expect([...months.values()].flat()).toHaveLength(70);
    const june = monthPage(articles, [], '2025-06');
    expect(june.heading).toBe('Published in June 2025');
    expect(june.articles.every((article) => article.entry.data.published.date.startsWith('2025-06'))).toBe(true);
    expect(june.pagination?.next).toBe('/archive/2025-06/2/');
    expect(june.months).toEqual([
      { label: 'June 2025', href: '/archive/2025-06/', count: '60 articles' },
      { label: 'May 2025', href: '/archive/2025-05/', count: '10 articles' },
    ]);
  });

  it('names the stories with the newest articles first', () => {
    const stories: Story[] = [
      { id: 'old', title: 'Old', summary: 'S.', articles: ['a9'] },
      { id: 'new', title: 'New', summary: 'S.', articles: ['a8', 'a1'] },
    ];
    expect(frontPage(archive(10), stories).stories.map((story) => [story.label, story.href, story.count])).toEqual([
      ['New', '/stories/new/', '2 articles'],
      ['Old', '/stories/old/', '1 article'],
    ]);
  });
});
