import { IcraModeration } from './moderation.js';

if (!customElements.get('icra-moderation')) customElements.define('icra-moderation', IcraModeration);

declare global {
  interface HTMLElementTagNameMap {
    'icra-moderation': IcraModeration;
  }
}
