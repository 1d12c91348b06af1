import { setDefaultApi } from './core/client.js';

// The bundle is served at `<api>/widgets/icra.js`, so the API is one level up from this module.
setDefaultApi(new URL(/* @vite-ignore */ '..', import.meta.url).href);
