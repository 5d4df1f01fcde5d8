/** Checks content/stories.yaml: its shape, and that ids are unique and every article named exists. Pure. */
import { describeIssues } from '../articles/schema.ts';
import { parseYaml } from '../schema-parts.ts';
import { type Story, storiesFileSchema } from './schema.ts';

/** Parses the stories file; throws one readable error naming the file, the story, the field and the value. */
export function parseStoriesFile(file: string, yamlText: string, articleSlugs: ReadonlySet<string>): Story[] {
  const data = parseYaml(file, yamlText) ?? {};
  const result = storiesFileSchema.safeParse(data);
  if (!result.success) throw new Error(`Invalid stories file\n${describeIssues(file, result.error, data)}`);
  const problems = findStoryProblems(file, result.data.stories, articleSlugs);
  if (problems.length) throw new Error(`Invalid stories file\n${problems.join('\n')}`);
  return result.data.stories;
}

export function findStoryProblems(file: string, stories: readonly Story[], articleSlugs: ReadonlySet<string>): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  stories.forEach((story, index) => {
    const where = `${file}: story "${story.id}"`;
    if (seen.has(story.id)) problems.push(`${where}: field "stories.${index}.id": duplicate id; another story already uses it`);
    seen.add(story.id);
    story.articles.forEach((slug, position) => {
      if (!articleSlugs.has(slug)) {
        problems.push(`${where}: field "stories.${index}.articles.${position}": no article "${slug}" in content/articles (${slug}.md)`);
      }
      if (story.articles.indexOf(slug) !== position) {
        problems.push(`${where}: field "stories.${index}.articles.${position}": "${slug}" is listed twice`);
      }
    });
  });
  return problems;
}
