/** Site-wide names, shared by the layout, the feed and structured data. */
export const SITE = {
  name: 'Crossread',
  tagline: 'Five sources on the 2025 Russia–Ukraine peace talks, read side by side',
  description:
    'A reader for news analysis: five articles on the 2025 Russia–Ukraine peace talks from very different outlets and translation chains, kept verbatim, with provenance, editorial notes and a link to every passage.',
} as const;
