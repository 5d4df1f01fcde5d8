/** URLs of a passage, from the article page's own URL (any query or fragment is dropped). */
function articleUrl(pageUrl: string): URL {
  const url = new URL(pageUrl);
  url.search = '';
  url.hash = '';
  return url;
}

/** The permalink: the article URL plus `#id`. */
export function passageUrl(pageUrl: string, passageId: string): string {
  const url = articleUrl(pageUrl);
  url.hash = passageId;
  return url.href;
}

/** The share page, `…/articles/<slug>/p/<id>/`: it shows a preview card when pasted and redirects to the permalink. */
export function passageShareUrl(pageUrl: string, passageId: string): string {
  return new URL(`p/${encodeURIComponent(passageId)}/`, articleUrl(pageUrl)).href;
}
