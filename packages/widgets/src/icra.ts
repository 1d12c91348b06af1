/**
 * The loader the portal serves at `<api>/widgets/icra.js`: a page includes it with one script tag
 * and uses any reader widget; it loads, from `./chunks/` beside it, only the widgets the page
 * shows (see loader.ts). Widgets with no `api` anywhere talk to the server the script came from.
 */
import { watch } from './loader.js';

export { load } from './loader.js';

watch(document);
