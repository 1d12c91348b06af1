import { IcraPoll } from './poll.js';

if (!customElements.get('icra-poll')) customElements.define('icra-poll', IcraPoll);

declare global {
  interface HTMLElementTagNameMap {
    'icra-poll': IcraPoll;
  }
}
