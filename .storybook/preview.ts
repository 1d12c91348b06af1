import { type Decorator, type Preview, setCustomElementsManifest } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import manifest from '../packages/widgets/custom-elements.json';
import '../packages/widgets/src/index.js';

// The props, events, slots, parts and custom properties tables of the docs pages come from the
// generated manifest (`npm run manifest -w @icra/widgets`), i.e. from the elements' doc comments.
setCustomElementsManifest(manifest);

/** The page's background in each scheme: the widgets' own surface colours. */
const PAGE_BACKGROUND = 'light-dark(#ffffff, #14181d)';

/**
 * Language and theme from the toolbar reach every widget through an enclosing <icra-config>,
 * exactly as on an authority's page; a story that sets `lang` or `theme` on the element wins.
 * The theme toolbar also plays the page: one that declares no `color-scheme` (the widgets stay
 * light) or one that declares `color-scheme: light dark` (they follow the reader's preference).
 */
const withConfig: Decorator = (story, context) => {
  const lang = context.globals.lang as string;
  const theme = context.globals.theme as string;
  const forced = theme === 'light' || theme === 'dark' ? theme : undefined;
  document.documentElement.lang = lang === 'page' ? 'az' : lang;
  document.documentElement.style.colorScheme = theme === 'page' ? 'light dark' : (forced ?? '');
  document.body.style.background = PAGE_BACKGROUND;
  return html`<icra-config lang=${lang === 'page' ? nothing : lang} theme=${forced ?? nothing}>
    ${story()}
  </icra-config>`;
};

const preview: Preview = {
  decorators: [withConfig],
  globalTypes: {
    lang: {
      description: 'Widget language (through <icra-config lang>)',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        items: [
          { value: 'page', title: 'From <html lang>' },
          { value: 'az', title: 'Azərbaycanca' },
          { value: 'en', title: 'English' },
          { value: 'ru', title: 'Русский' },
        ],
        dynamicTitle: true,
      },
    },
    theme: {
      description: "Colour scheme: the page's own color-scheme, or forced through <icra-config theme>",
      toolbar: {
        title: 'Theme',
        icon: 'contrast',
        items: [
          { value: 'page', title: 'Page: color-scheme light dark (reader preference)' },
          { value: 'light-page', title: 'Page: no color-scheme (light)' },
          { value: 'light', title: 'Forced light (theme="light")' },
          { value: 'dark', title: 'Forced dark (theme="dark")' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { lang: 'page', theme: 'page' },
  parameters: {
    layout: 'padded',
    a11y: { test: 'error', options: { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } },
    controls: { expanded: true },
  },
};

export default preview;
