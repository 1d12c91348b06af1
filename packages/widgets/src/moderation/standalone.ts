/**
 * The self-contained moderation desk the portal serves at `<api>/widgets/icra-moderation.js`:
 * registers `<icra-moderation>` (and the sign-in control it contains). With no `api` anywhere it
 * talks to the server the script came from.
 */
import '../standalone.js';

export * from './index.js';
