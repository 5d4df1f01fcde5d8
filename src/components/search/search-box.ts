/**
 * The header search box before the search interface is loaded: loads it (a
 * content-hashed bundle named in the form's `data-search-ui`) on first focus of
 * the box, and makes "/" focus the box except while typing in a field. Nothing
 * else runs, so a plain read fetches no search code and no index.
 */
const input = document.getElementById('site-search-q');

if (input instanceof HTMLInputElement && input.form?.dataset.searchUi) {
  const ui = input.form.dataset.searchUi;
  let loaded = false;
  const load = () => {
    if (loaded) return;
    loaded = true;
    void import(/* @vite-ignore */ ui);
  };
  input.addEventListener('focus', load);
  if (document.activeElement === input) load();
  document.addEventListener('keydown', (event) => {
    if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented) return;
    const target = event.target;
    if (target instanceof Element && target.closest('input, textarea, select, [contenteditable]:not([contenteditable="false"])')) return;
    event.preventDefault();
    input.focus();
  });
}
