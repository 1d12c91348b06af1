import { IcraReceptionDesk } from './reception-desk.js';

if (!customElements.get('icra-reception-desk'))
  customElements.define('icra-reception-desk', IcraReceptionDesk);

declare global {
  interface HTMLElementTagNameMap {
    'icra-reception-desk': IcraReceptionDesk;
  }
}
