/**
 * rehype-entity-mentions: marks every mention of a registry entity in an article's
 * passages and hands the mentions, with their passage ids, to the page. The text
 * itself is never changed: a mention is wrapped, not rewritten. Runs after
 * rehype-passage-ids (it needs passage ids) and before the notes and part headers,
 * which are our words, not the source's.
 *
 * The registry is read from content/entities.yaml here, through the same schema
 * and checks as the `entities` collection, because Markdown plugins run before
 * and outside astro:content; reading the file (cached until it changes) keeps the
 * plugin list in src/plugins/index.ts free of build-time I/O and lets tests pass
 * their own registry.
 */
import type { Element, ElementContent, Root, Text } from 'hast';
import { toString } from 'hast-util-to-string';
import type { VFile } from 'vfile';
import { compileMatcher, type EntityMatcher, findMentions } from '../lib/entities/matcher.ts';
import { REGISTRY_FILE, loadRegistryFile } from '../lib/entities/load-registry.ts';
import type { EntityRegistry } from '../lib/entities/schema.ts';
import { collectPassageElements } from './rehype-passage-ids.ts';
import { exposeToPage, fileLabel, rawFrontmatter } from './page-data.ts';
import { type EntityMention } from '../lib/entities/mentions.ts';
import { hasClass, passagesOf } from './plugin-helpers.ts';
import { editorialNoteSchema } from '../lib/articles/schema.ts';
import { type SlipSpan, slipOf, slipSpans } from '../lib/articles/notes.ts';
import { entityPath } from '../lib/routes.ts';

export interface RehypeEntityMentionsOptions {
  /** The registry to match. Default: read from `registryFile`. */
  registry?: EntityRegistry;
  /** Registry file, relative to the project. Default `'content/entities.yaml'`. */
  registryFile?: string;
  /**
   * Which mentions become links to the entity page: `'first'` (the first of each
   * entity in the article, as in print; the rest are marked spans), `'every'` or
   * `'none'`. Default `'first'`, so the text is not a thicket of tab stops.
   */
  link?: 'first' | 'every' | 'none';
  /** The link of an entity's page. Default: `entityPath` of src/lib/routes.ts. */
  href?: (entityId: string) => string;
}

/** Elements whose text is never searched: links (no nesting), code, and our own controls. */
const SKIPPED_TAGS = new Set(['a', 'code', 'pre', 'kbd', 'samp', 'script', 'style', 'button']);
const SKIPPED_CLASSES = new Set(['passage-tools', 'editorial-note', 'part-header', 'mention']);

function isSkipped(element: Element): boolean {
  return SKIPPED_TAGS.has(element.tagName) || [...SKIPPED_CLASSES].some((name) => hasClass(element, name));
}

const matchers = new WeakMap<EntityRegistry, EntityMatcher>();

function matcherFor(registry: EntityRegistry): EntityMatcher {
  let matcher = matchers.get(registry);
  if (!matcher) {
    matcher = compileMatcher(registry.entities);
    matchers.set(registry, matcher);
  }
  return matcher;
}

export default function rehypeEntityMentions(options: RehypeEntityMentionsOptions = {}) {
  const { registryFile = REGISTRY_FILE, link = 'first', href = entityPath } = options;
  return function transform(tree: Root, file: VFile): void {
    const slips = notedSlips(file, passagesOf(file, 'rehype-entity-mentions'));
    const usedSlips = new Set<string>();
    const isSlip = slipChecker(slips, usedSlips);
    const matcher = matcherFor(options.registry ?? loadRegistryFile(registryFile));
    const linked = new Set<string>();
    const mentions: EntityMention[] = [];

    // Offsets are kept in the passage's text (whitespace collapsed, as rehype-passage-ids made it), so pages
    // need not match again: `seen` is the raw text of the passage read so far.
    let seen = '';
    const offsetIn = (raw: string) => raw.replace(/\s+/g, ' ').replace(/^ /, '').length;

    const markText = (node: Text, passageId: string): ElementContent[] => {
      const found = findMentions(matcher, node.value);
      const before = seen;
      seen += node.value;
      if (!found.length) return [node];
      const pieces: ElementContent[] = [];
      let cursor = 0;
      for (const mention of found) {
        const start = offsetIn(before + node.value.slice(0, mention.start));
        const end = start + mention.text.replace(/\s+/g, ' ').length;
        // Words an editorial note marks as a slip name nothing ("Helsinki (France)" does not speak of France).
        if (isSlip({ passageId, entityId: mention.entityId, start, end })) continue;
        mentions.push({ entityId: mention.entityId, passageId, text: mention.text, form: mention.form, start, end });
        // Demonyms are counted, not marked: "Russian" is not a mention of Russia.
        if (mention.form !== 'name') continue;
        if (mention.start > cursor) pieces.push({ type: 'text', value: node.value.slice(cursor, mention.start) });
        const asLink = link === 'every' || (link === 'first' && !linked.has(mention.entityId));
        if (asLink) linked.add(mention.entityId);
        pieces.push(mentionElement(mention, asLink ? href(mention.entityId) : undefined));
        cursor = mention.end;
      }
      if (cursor < node.value.length) pieces.push({ type: 'text', value: node.value.slice(cursor) });
      return pieces;
    };

    const walk = (parent: Element, passageId: string): void => {
      parent.children = parent.children.flatMap((child) => {
        if (child.type === 'text') return markText(child, passageId);
        if (child.type === 'element' && !isSkipped(child)) walk(child, passageId);
        // The passage's text holds skipped elements' words too, but not the permalink controls added after it.
        else if (child.type === 'element' && !hasClass(child, 'passage-tools')) seen += toString(child);
        return [child];
      });
    };

    for (const passage of collectPassageElements(tree)) {
      seen = '';
      walk(passage, String(passage.properties.id));
    }
    checkSlipsUsed(file, slips, usedSlips);
    exposeToPage(file, 'entityMentions', mentions);
  };
}

/** Whether a mention lies in words a note marks as a slip for its entity; records the slips that skipped something. */
function slipChecker(slips: readonly SlipSpan[], used: Set<string>) {
  return (mention: Parameters<typeof slipOf>[1]): boolean => {
    const slip = slipOf(slips, mention);
    if (slip) used.add(`${slip.note}:${mention.entityId}`);
    return Boolean(slip);
  };
}

/** A mention's element: a link to the entity's page (`href`), or a marked span. */
function mentionElement(mention: { entityId: string; text: string }, href: string | undefined): Element {
  return {
    type: 'element',
    tagName: href ? 'a' : 'span',
    properties: href
      ? { className: ['mention'], href, dataEntity: mention.entityId }
      : { className: ['mention'], dataEntity: mention.entityId },
    children: [{ type: 'text', value: mention.text }],
  };
}

/** The spans editorial notes mark as slips (`notMentions`); notes that do not parse are left to the notes plugin and the schema. */
function notedSlips(file: VFile, passages: Parameters<typeof slipSpans>[1]): SlipSpan[] {
  const parsed = editorialNoteSchema.array().safeParse(rawFrontmatter(file).notes ?? []);
  return parsed.success ? slipSpans(parsed.data, passages) : [];
}

/** A `notMentions` entry that skips nothing is stale or misspelled: fail, naming file, field and value. */
function checkSlipsUsed(file: VFile, slips: readonly SlipSpan[], used: ReadonlySet<string>): void {
  for (const slip of slips) {
    for (const entityId of slip.entityIds) {
      if (used.has(`${slip.note}:${entityId}`)) continue;
      throw new Error(
        `${fileLabel(file)}: field "notes.${slip.note}.notMentions": "${entityId}" names no entity the quoted words mention; list only entities whose names there are a slip`,
      );
    }
  }
}
