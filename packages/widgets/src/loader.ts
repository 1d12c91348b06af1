/**
 * What `icra.js` does: finds the `icra-*` elements of the document, now and whenever a script adds
 * one, and imports the chunks that define them — a page that shows news loads no cabinet. Nothing
 * here imports a widget statically, so icra.js stays small (about 1.6 kB gzipped, most of it the
 * bundler's helper that fetches a chunk's imports together with it).
 */

type Chunk = () => Promise<unknown>;

// Each widget's chunk imports the shared chunk (Lit, the SDK, core/, `<icra-config>`, the API
// default) and the chunks of the elements it contains (the cabinet's sign-in control, …); the
// build has each import() here fetch those together with the widget's chunk, in parallel.
// `<icra-config>`, `<icra-sign-in>` and `<icra-poll>` live in chunks that others import too, so
// they come through loader-*.ts, tiny chunks of one import each: an import() straight into a
// shared chunk needs a module namespace object, and the bundler would then put its runtime in a
// chunk of its own, one more file for every page.
const CHUNKS: Record<string, Chunk> = {
  'icra-config': () => import('./loader-config.js'),
  'icra-news': () => import('./news/define.js'),
  'icra-sign-in': () => import('./loader-sign-in.js'),
  'icra-cabinet': () => import('./cabinet/define.js'),
  'icra-poll': () => import('./loader-poll.js'),
  'icra-participation': () => import('./participation/define.js'),
  'icra-service-catalog': () => import('./service-catalog/define.js'),
  'icra-service-form': () => import('./service-form/define.js'),
  'icra-reception': () => import('./reception/define.js'),
};

/** The elements the loader knows, as a selector for those not yet defined. */
const UNDEFINED = Object.keys(CHUNKS)
  .map((tag) => `${tag}:not(:defined)`)
  .join(',');

const loading = new Map<string, Promise<void>>();

/**
 * Defines the element `tag` (say `icra-poll`) and what it needs; resolves once it is defined.
 * icra.js does this by itself for the elements it finds in the document. Call it for elements
 * that it cannot see: those a page creates inside its own shadow roots. Tags that are not icra
 * reader widgets are ignored. Rejects when a chunk fails to load; a later call tries again.
 */
export function load(tag: string): Promise<void> {
  const name = String(tag).toLowerCase();
  const chunk = Object.hasOwn(CHUNKS, name) ? CHUNKS[name] : undefined;
  if (!chunk) return Promise.resolve();
  let done = loading.get(name);
  if (!done) {
    done = chunk().then(
      () => undefined,
      (error: unknown) => {
        loading.delete(name);
        throw error;
      },
    );
    loading.set(name, done);
  }
  return done;
}

function loadFound(elements: Iterable<Element>): void {
  for (const element of elements) {
    const tag = element.localName;
    if (loading.has(tag)) continue;
    load(tag).catch((error: unknown) => console.error(`icra: could not load <${tag}>`, error));
  }
}

/**
 * Loads the widgets in `root` and those added to it later (in the light DOM; widgets load what
 * they render in their shadow roots themselves).
 */
export function watch(root: Document | Element): void {
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) {
        if (node.nodeType !== Node.ELEMENT_NODE) continue;
        const element = node as Element;
        if (element.matches(UNDEFINED)) loadFound([element]);
        if (element.firstElementChild) loadFound(element.querySelectorAll(UNDEFINED));
      }
    }
    // Once every widget is loading there is nothing left to watch for.
    if (loading.size === Object.keys(CHUNKS).length) observer.disconnect();
  });
  observer.observe(root, { childList: true, subtree: true });
  loadFound(root.querySelectorAll(UNDEFINED));
}
