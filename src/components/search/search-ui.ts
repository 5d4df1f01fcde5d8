/**
 * The search interface, bundled apart (src/lib/search/load-assets.ts) and loaded
 * on first focus of the header box, or by the search page: defines the elements
 * that enhance the box and the page. Queries run in a worker (search-client.ts).
 */
import { SearchPage } from './search-page.ts';
import { SiteSearch } from './site-search.ts';

customElements.define('site-search', SiteSearch);
customElements.define('search-page', SearchPage);
