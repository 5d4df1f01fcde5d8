/**
 * How a sidebar element finds the article body it acts on: the element names the
 * body's id in `data-controls` (the marks it highlights are in the text, outside
 * the sidebar).
 */
export function controlledBody(element: HTMLElement): HTMLElement | null {
  const id = element.dataset.controls;
  return id ? document.getElementById(id) : null;
}
