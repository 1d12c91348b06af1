/**
 * The part of the loader's chunks that every widget chunk imports, so it runs before any widget
 * is defined: `<icra-config>` (tiny; defined first, so a config around widgets configures them
 * whatever order their chunks arrive in) and the default API.
 */
import './config/define.js';
import { setDefaultApi } from './core/client.js';

// The loader is served at `<api>/widgets/icra.js` and its chunks at `<api>/widgets/chunks/` (see
// vite.config.ts), so the API is two levels up from this module: one up from icra.js.
setDefaultApi(new URL(/* @vite-ignore */ '../..', import.meta.url).href);
