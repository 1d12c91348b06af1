// `<icra-sign-in>` for the loader: see loader-config.ts.
import './sign-in/define.js';
