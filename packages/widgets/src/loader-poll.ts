// `<icra-poll>` for the loader: see loader-config.ts.
import './poll/define.js';
