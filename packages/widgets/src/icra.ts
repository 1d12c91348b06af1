/**
 * The loader the portal serves at `<api>/widgets/icra.js`: a page includes it with one script tag
 * and uses any reader widget; it loads, from `./chunks/` beside it, only the widgets the page
 * shows (see loader.ts). Widgets with no `api` anywhere talk to the server the script came from.
 *
 * Besides `load`, it exports types only (erased from the bundle, which imports no widget
 * statically): the classes of the elements the loader defines, so that importing
 * `@icra/widgets/icra.js` in TypeScript also brings their `HTMLElementTagNameMap` and event map
 * entries (`querySelector('icra-poll')` is an `IcraPoll`). custom-elements.json lists them as the
 * elements icra.js defines; its test checks that they are the loader's tags.
 */
import { watch } from './loader.js';

export type { IcraCabinet } from './cabinet/index.js';
export type { IcraConfig } from './config/index.js';
export { load } from './loader.js';
export type { IcraNews } from './news/index.js';
export type { IcraParticipation } from './participation/index.js';
export type { IcraPoll } from './poll/index.js';
export type { IcraReception } from './reception/index.js';
export type { IcraServiceCatalog } from './service-catalog/index.js';
export type { IcraServiceForm } from './service-form/index.js';
export type { IcraSignIn } from './sign-in/index.js';

watch(document);
