import { IcraReception } from './reception.js';

if (!customElements.get('icra-reception')) customElements.define('icra-reception', IcraReception);

declare global {
  interface HTMLElementTagNameMap {
    'icra-reception': IcraReception;
  }
}
