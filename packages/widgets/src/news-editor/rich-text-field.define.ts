import { IcraRichText } from './rich-text-field.js';

// Internal to <icra-news-editor>: registered by the editor's module, and only there.
if (!customElements.get('icra-rich-text')) customElements.define('icra-rich-text', IcraRichText);

declare global {
  interface HTMLElementTagNameMap {
    'icra-rich-text': IcraRichText;
  }
}
