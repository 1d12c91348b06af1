import { IcraCabinet } from './cabinet.js';

if (!customElements.get('icra-cabinet')) customElements.define('icra-cabinet', IcraCabinet);

declare global {
  interface HTMLElementTagNameMap {
    'icra-cabinet': IcraCabinet;
  }
}
