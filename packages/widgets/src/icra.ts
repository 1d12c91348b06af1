/**
 * The self-contained bundle the portal serves at `<api>/widgets/icra.js`: registers every widget.
 * Widgets with no `api` anywhere talk to the server the script came from.
 */
import './standalone.js';

export * from './index.js';
