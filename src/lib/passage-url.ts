/** The shareable URL of a passage: the page's URL without query or fragment, plus `#id`. */
export function passageUrl(pageUrl: string, passageId: string): string {
  const url = new URL(pageUrl);
  url.search = '';
  url.hash = passageId;
  return url.href;
}
