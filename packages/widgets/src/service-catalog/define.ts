import { IcraServiceCatalog } from './service-catalog.js';

if (!customElements.get('icra-service-catalog'))
  customElements.define('icra-service-catalog', IcraServiceCatalog);

declare global {
  interface HTMLElementTagNameMap {
    'icra-service-catalog': IcraServiceCatalog;
  }
}
