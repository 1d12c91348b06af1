import type { Decorator, Preview } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../packages/widgets/src/index.js';

/**
 * Language and theme from the toolbar reach every widget through an enclosing <icra-config>,
 * exactly as on an authority's page; a story that sets `lang` or `theme` on the element wins.
 */
const withConfig: Decorator = (story, context) => {
  const lang = context.globals.lang as string;
  const theme = context.globals.theme as string;
  const dark = theme === 'dark' || (theme === 'auto' && matchMedia('(prefers-color-scheme: dark)').matches);
  document.documentElement.lang = lang === 'page' ? 'az' : lang;
  document.body.style.background = dark ? '#14181d' : '';
  return html`<icra-config lang=${lang === 'page' ? nothing : lang} theme=${theme === 'auto' ? nothing : theme}>
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
      description: 'Colour scheme (through <icra-config theme>)',
      toolbar: {
        title: 'Theme',
        icon: 'contrast',
        items: [
          { value: 'auto', title: 'Reader preference' },
          { value: 'light', title: 'Light' },
          { value: 'dark', title: 'Dark' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { lang: 'page', theme: 'auto' },
  parameters: {
    layout: 'padded',
    a11y: { test: 'error', options: { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } },
    controls: { expanded: true },
  },
};

export default preview;
