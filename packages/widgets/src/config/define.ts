import { IcraConfig } from './config.js';

if (!customElements.get('icra-config')) customElements.define('icra-config', IcraConfig);

declare global {
  interface HTMLElementTagNameMap {
    'icra-config': IcraConfig;
  }
}
