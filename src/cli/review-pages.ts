/**
 * The pages a reader reviews a layout on: the front page, every article, the
 * entity index and one entity page, /claims/ and one of each of its filter pages,
 * /positions/, /compare/ and one topic's comparison, /stories/ and one story, the sources, /framing/, the timeline, the notes and a search. The layout and Lighthouse browser tests and
 * `npm run screenshots` all take their pages from here, built with routes.ts
 * from what is in the build (`dist/`).
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import {
  articlePath,
  claimsOfKindPath,
  claimsOfSourcePath,
  claimsOfStoryPath,
  claimsPath,
  comparePath,
  compareTopicPath,
  entitiesPath,
  entityPath,
  framingPath,
  homePath,
  monthPath,
  notesOfKindPath,
  notesPath,
  positionsPath,
  searchPath,
  sourcesPath,
  storiesPath,
  storyPath,
  timelinePath,
} from '../lib/routes.ts';

export type PageKind =
  | 'home'
  | 'article'
  | 'entities'
  | 'entity'
  | 'claims'
  | 'claims-filter'
  | 'positions'
  | 'compare'
  | 'compare-topic'
  | 'stories'
  | 'story'
  | 'sources'
  | 'search'
  | 'framing'
  | 'timeline'
  | 'notes';

/** The topic compared on the reviewed page, when the build has it: the one with most shared rows today. */
const PREFERRED_TOPIC = 'negotiations';

export interface ReviewPage {
  /** A file-name-safe name: `home`, `article-<slug>`, `claims-kind-event`. */
  name: string;
  kind: PageKind;
  /** Site path from routes.ts. */
  path: string;
}

/** The entity page reviewed: a person with mentions in every source, when the build has it. */
const PREFERRED_ENTITY = 'volodymyr-zelensky';
/** The query of the search page reviewed. */
export const REVIEW_QUERY = 'Istanbul talks';

const folders = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();

export function reviewPages(dist = 'dist'): ReviewPage[] {
  const slugs = folders(join(dist, 'articles'));
  const entities = folders(join(dist, 'entities'));
  const entity = entities.includes(PREFERRED_ENTITY) ? PREFERRED_ENTITY : entities[0];
  const kind = folders(join(dist, 'claims', 'kind'))[0];
  const source = folders(join(dist, 'claims', 'source'))[0];
  const topics = folders(join(dist, 'compare'));
  const topic = topics.includes(PREFERRED_TOPIC) ? PREFERRED_TOPIC : topics[0];
  const story = existsSync(join(dist, 'stories')) ? folders(join(dist, 'stories'))[0] : undefined;
  const pages: ReviewPage[] = [
    { name: 'home', kind: 'home', path: homePath() },
    ...slugs.map((slug): ReviewPage => ({ name: `article-${slug}`, kind: 'article', path: articlePath(slug) })),
    { name: 'entities', kind: 'entities', path: entitiesPath() },
    { name: 'claims', kind: 'claims', path: claimsPath() },
    { name: 'positions', kind: 'positions', path: positionsPath() },
    { name: 'compare', kind: 'compare', path: comparePath() },
    { name: 'stories', kind: 'stories', path: storiesPath() },
    { name: 'sources', kind: 'sources', path: sourcesPath() },
    { name: 'framing', kind: 'framing', path: framingPath() },
    { name: 'timeline', kind: 'timeline', path: timelinePath() },
    { name: 'notes', kind: 'notes', path: notesPath() },
    { name: 'search', kind: 'search', path: searchPath({ query: REVIEW_QUERY }) },
  ];
  if (entity) pages.push({ name: `entity-${entity}`, kind: 'entity', path: entityPath(entity) });
  const month = folders(join(dist, 'archive'))[0];
  if (month) pages.push({ name: `archive-${month}`, kind: 'home', path: monthPath(month) });
  // A second page of mentions, where some entity has one.
  const paged = entities.find((id) => existsSync(join(dist, 'entities', id, 'mentions', '2')));
  if (paged) pages.push({ name: `entity-${paged}-mentions-2`, kind: 'entity', path: entityPath(paged, 2) });
  if (kind) pages.push({ name: `claims-kind-${kind}`, kind: 'claims-filter', path: claimsOfKindPath(kind) });
  if (source) pages.push({ name: `claims-source-${source}`, kind: 'claims-filter', path: claimsOfSourcePath(source) });
  if (topic) pages.push({ name: `compare-${topic}`, kind: 'compare-topic', path: compareTopicPath(topic) });
  const noteKind = existsSync(join(dist, 'notes', 'kind')) ? folders(join(dist, 'notes', 'kind'))[0] : undefined;
  if (noteKind) pages.push({ name: `notes-${noteKind}`, kind: 'notes', path: notesOfKindPath(noteKind) });
  if (story) {
    pages.push({ name: `story-${story}`, kind: 'story', path: storyPath(story) });
    pages.push({ name: `claims-story-${story}`, kind: 'claims-filter', path: claimsOfStoryPath(story) });
  }
  return pages;
}
