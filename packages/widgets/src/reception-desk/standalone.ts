/**
 * The self-contained reception officers' desk the portal serves at
 * `<api>/widgets/icra-reception-desk.js`: registers `<icra-reception-desk>` (and the sign-in control
 * it contains). With no `api` anywhere it talks to the server the script came from.
 */
import '../standalone.js';

export * from './index.js';
