/**
 * The self-contained editor the portal serves at `<api>/widgets/icra-news-editor.js`: registers
 * `<icra-news-editor>` (and the sign-in control it contains). With no `api` anywhere it talks to
 * the server the script came from.
 */
import '../standalone.js';

export * from './index.js';
