/**
 * The one documented list of lines the ingest step removes as not part of the
 * article. Each removal is recorded in the article's `removed` frontmatter with
 * the rule's id, so nothing is lost silently. Add a rule here, never inline.
 */
export interface BoilerplateRule {
  id: string;
  /** What the rule removes and why, shown in the README and in `removed[].why`. */
  description: string;
  matches(line: string): boolean;
}

export const boilerplateRules: readonly BoilerplateRule[] = [
  {
    id: 'advertisement',
    description: 'Course and product advertisements injected between or after articles.',
    matches: (line) => /^\d+ Courses? in \d+\b/i.test(line) || /\bDiploma in Business Management\b/.test(line),
  },
  {
    id: 'platform-promo',
    description: 'The platform promoting its own live news or app ("Track Latest News Live on …").',
    matches: (line) => /^Track Latest News Live on\b/i.test(line) || /\bget news updates from\b/i.test(line),
  },
  {
    id: 'follow-prompt',
    description: 'Prompts to follow, subscribe to or upvote the author or platform.',
    matches: (line) => /\bplease follow (the author|us)\b/i.test(line) || /^(follow|subscribe to) (us|the author)\b/i.test(line),
  },
  {
    id: 'placeholder-links',
    description: 'Dangling link lists with no targets ("Related Sources:", "• Source 1 • Source 2").',
    matches: (line) => /^Related Sources:?$/i.test(line) || /^([•*-]\s*Source \d+\s*)+$/i.test(line),
  },
  {
    id: 'missing-picture-caption',
    description: 'Captions of pictures the text does not include ("Picture shows …", "Photo: …").',
    matches: (line) => /^(Picture|Photo|Image) (shows|:)/i.test(line) || /^(Photo|Image)( credit)?:/i.test(line),
  },
];

/** The first rule a line matches, if any. */
export function matchBoilerplate(line: string): BoilerplateRule | undefined {
  return boilerplateRules.find((rule) => rule.matches(line.trim()));
}
