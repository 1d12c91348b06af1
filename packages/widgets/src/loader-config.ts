// `<icra-config>` for the loader: a chunk of its own that only imports the shared chunk (which
// defines it), so that the loader's import() of it needs no module namespace object from the
// shared chunk — and no bundler runtime chunk with it.
import './loader-shared.js';
