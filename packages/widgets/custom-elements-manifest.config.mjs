/**
 * Configuration of `@custom-elements-manifest/analyzer` for `npm run manifest`, which writes
 * custom-elements.json from the doc comments (`@event`, `@csspart`, `@cssprop`, `@slot`) and the
 * Lit decorators of every element under src/. test/manifest.node.test.ts runs the same analysis
 * and fails when the committed file differs.
 */

/**
 * Public API only, and each event once: the analyzer also records `this.dispatchEvent(new
 * SomeEvent(…))` as a nameless event of type `SomeEvent`; when the doc comment already names an
 * event of that type (`@event {SomeEvent} some-name - …`), the nameless copy is dropped.
 */
function publicApiOnly() {
  return {
    name: 'icra-public-api-only',
    packageLinkPhase({ customElementsManifest }) {
      // The analyzer lists modules in the order its file walk happens to finish, which varies from
      // run to run: sorted by path, the file is the same every time (the drift test compares text).
      customElementsManifest.modules.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          if (declaration.kind !== 'class') continue;
          if (declaration.members) {
            declaration.members = declaration.members.filter(
              (member) => member.privacy !== 'private' && member.privacy !== 'protected' && !member.static,
            );
          }
          if (declaration.events) {
            const named = new Set(
              declaration.events.filter((event) => event.name && event.type).map((event) => event.type.text),
            );
            declaration.events = declaration.events.filter(
              (event) => event.name || !named.has(event.type?.text),
            );
          }
        }
      }
    },
  };
}

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.stories.ts', 'src/**/fixtures.ts'],
  outdir: '.',
  litelement: true,
  packagejson: false,
  plugins: [publicApiOnly()],
};
