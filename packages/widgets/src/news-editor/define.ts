import { IcraNewsEditor } from './news-editor.js';

if (!customElements.get('icra-news-editor')) customElements.define('icra-news-editor', IcraNewsEditor);

declare global {
  interface HTMLElementTagNameMap {
    'icra-news-editor': IcraNewsEditor;
  }
}
