import { IcraParticipation } from './participation.js';

if (!customElements.get('icra-participation')) customElements.define('icra-participation', IcraParticipation);

declare global {
  interface HTMLElementTagNameMap {
    'icra-participation': IcraParticipation;
  }
}
