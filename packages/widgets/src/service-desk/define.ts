import { IcraServiceDesk } from './service-desk.js';

if (!customElements.get('icra-service-desk')) customElements.define('icra-service-desk', IcraServiceDesk);

declare global {
  interface HTMLElementTagNameMap {
    'icra-service-desk': IcraServiceDesk;
  }
}
