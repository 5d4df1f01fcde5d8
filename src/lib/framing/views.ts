/**
 * Shapes the framing lexicon and its matches for pages: `/framing/` (per concept,
 * each source's wordings side by side, counted, with links to every passage
 * holding them) and an article's "Wording" section (its distinctive wordings
 * against the others'). Pure.
 */
import { framingPath, passagePath } from '../routes.ts';
import type { WordingUse } from './match.ts';
import type { Concept, FramingCategory, FramingLexicon } from './schema.ts';

export interface FramingSource {
  slug: string;
  /** The outlet's name. */
  sourceName: string;
  title: string;
  url: string;
  /** Passage ids in reading order, for the ¶ numbers. */
  passageIds: string[];
}

export interface FramingLibrary {
  lexicon: FramingLexicon;
  /** Newest first, as everywhere. */
  sources: FramingSource[];
  uses: WordingUse[];
}

export const categoryLabels: Record<FramingCategory, { label: string; meaning: string }> = {
  naming: { label: 'Naming', meaning: 'What a thing is called: each name takes a view of it.' },
  spelling: { label: 'Spelling', meaning: 'How a name is spelled: a transliteration from Russian or from Ukrainian.' },
  'loaded-word': { label: 'Loaded word', meaning: 'A word that judges as it describes.' },
  distancing: { label: 'Distancing', meaning: 'Another’s term kept at arm’s length (“what the Kremlin calls”), or taken up as one’s own.' },
  hedging: { label: 'Hedging', meaning: 'How sure the text is: stated as fact, attributed to someone, or hedged.' },
  voice: { label: 'Voice', meaning: 'Who speaks: an author writing as one of a side (“we”, “our”).' },
};

export interface PassageLink {
  href: string;
  /** "¶ 12": the passage's place in its article. */
  label: string;
  /** The words as written in that passage (its first use there). */
  text: string;
}

export interface SourceWording {
  text: string;
  note?: string;
  count: number;
  passages: PassageLink[];
}

export interface ConceptSource {
  slug: string;
  sourceName: string;
  title: string;
  url: string;
  /** Most used first; empty when the source never names the concept. */
  wordings: SourceWording[];
}

export interface ConceptView {
  id: string;
  name: string;
  category: string;
  description: string;
  sources: ConceptSource[];
  /** Wordings of the lexicon no source uses ("Donbas"). */
  unused: string[];
}

function sourceWordings(concept: Concept, source: FramingSource, uses: readonly WordingUse[]): SourceWording[] {
  const mine = uses.filter((use) => use.slug === source.slug && use.conceptId === concept.id);
  return concept.wordings
    .map((wording, order) => {
      const held = mine.filter((use) => use.wording === wording.text);
      const passages = [...new Map(held.map((use) => [use.passageId, use])).values()].map((use): PassageLink => ({
        href: passagePath(source.slug, use.passageId),
        label: `¶ ${source.passageIds.indexOf(use.passageId) + 1}`,
        text: use.text,
      }));
      return { order, wording: { text: wording.text, note: wording.note, count: held.length, passages } };
    })
    .filter(({ wording }) => wording.count > 0)
    .sort((a, b) => b.wording.count - a.wording.count || a.order - b.order)
    .map(({ wording }) => wording);
}

/** `/framing/`: every concept in lexicon order, with each source's wordings. */
export function framingPage(library: FramingLibrary): { concepts: ConceptView[]; categories: { label: string; meaning: string }[] } {
  const concepts = library.lexicon.concepts.map((concept): ConceptView => {
    const sources = library.sources.map((source) => ({
      slug: source.slug,
      sourceName: source.sourceName,
      title: source.title,
      url: source.url,
      wordings: sourceWordings(concept, source, library.uses),
    }));
    const used = new Set(library.uses.filter((use) => use.conceptId === concept.id).map((use) => use.wording));
    return {
      id: concept.id,
      name: concept.name,
      category: categoryLabels[concept.category].label,
      description: concept.description,
      sources,
      unused: concept.wordings.filter((wording) => !used.has(wording.text)).map((wording) => wording.text),
    };
  });
  return { concepts, categories: Object.values(categoryLabels) };
}

export interface ArticleWordingItem {
  href: string;
  concept: string;
  /** This article's wordings no other source uses. */
  mine: string[];
  /** The other sources' wordings of the concept, most used first (none: no other source names it). */
  others: string[];
}

/** Items an article's "Wording" section shows at most; the rest are on `/framing/`. */
export const ARTICLE_WORDING_ITEMS = 5;

/** An article's distinctive wordings, concept by concept: those it uses and no other source does. */
export function articleWording(library: FramingLibrary, slug: string): { items: ArticleWordingItem[]; more: number; href: string } {
  const items = library.lexicon.concepts.flatMap((concept): ArticleWordingItem[] => {
    const uses = library.uses.filter((use) => use.conceptId === concept.id);
    const theirs = uses.filter((use) => use.slug !== slug);
    const shared = new Set(theirs.map((use) => use.wording));
    const mine = [...new Set(uses.filter((use) => use.slug === slug && !shared.has(use.wording)).map((use) => use.wording))];
    if (!mine.length) return [];
    const counts = new Map<string, number>();
    for (const use of theirs) counts.set(use.wording, (counts.get(use.wording) ?? 0) + 1);
    // Most used first; of equal counts the shortest, so the section stays short.
    const others = [...counts].sort((a, b) => b[1] - a[1] || a[0].length - b[0].length).map(([wording]) => wording);
    return [{ href: framingPath(concept.id), concept: concept.name, mine, others: others.slice(0, 2) }];
  });
  return { items: items.slice(0, ARTICLE_WORDING_ITEMS), more: Math.max(0, items.length - ARTICLE_WORDING_ITEMS), href: framingPath() };
}
