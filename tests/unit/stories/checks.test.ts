import { describe, expect, it } from 'vitest';
import { parseStoriesFile } from '../../../src/lib/stories/checks.ts';
import { loadStories } from '../../../src/lib/stories/load.ts';
import { articleFileSlugs } from '../../../src/lib/articles/load-checks.ts';

const slugs = new Set(['alpha', 'beta']);

describe('parseStoriesFile', () => {
  it('reads stories that name existing articles', () => {
    const yaml = 'stories:\n  - { id: round, title: T, summary: S, articles: [alpha, beta] }\n';
    expect(parseStoriesFile('stories.yaml', yaml, slugs)).toEqual([{ id: 'round', title: 'T', summary: 'S', articles: ['alpha', 'beta'] }]);
  });
  it('names the file, story, field and value of an unknown article, a repeat and a duplicate id', () => {
    const yaml =
      'stories:\n  - { id: round, title: T, summary: S, articles: [alpha, gamma, alpha] }\n  - { id: round, title: T, summary: S, articles: [beta] }\n';
    const message = (() => {
      try {
        parseStoriesFile('content/stories.yaml', yaml, slugs);
      } catch (error) {
        return (error as Error).message;
      }
      return '';
    })();
    expect(message).toMatch(/content\/stories\.yaml: story "round": field "stories\.0\.articles\.1": no article "gamma"/);
    expect(message).toMatch(/field "stories\.0\.articles\.2": "alpha" is listed twice/);
    expect(message).toMatch(/field "stories\.1\.id": duplicate id/);
  });
  it('refuses a story with no articles or an unknown field', () => {
    expect(() => parseStoriesFile('s.yaml', 'stories:\n  - { id: a, title: T, summary: S, articles: [] }\n', slugs)).toThrow(
      /field "stories\.0\.articles": needs at least one article/,
    );
    expect(() =>
      parseStoriesFile('s.yaml', 'stories:\n  - { id: a, title: T, summary: S, articles: [alpha], colour: red }\n', slugs),
    ).toThrow(/"colour"/);
  });
});

describe('the committed stories file', () => {
  it('groups every article into at least one story', () => {
    const stories = loadStories();
    const covered = new Set(stories.flatMap((story) => story.articles));
    expect([...covered].sort()).toEqual(articleFileSlugs());
  });
});
