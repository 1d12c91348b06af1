import { IcraSignIn } from './sign-in.js';

if (!customElements.get('icra-sign-in')) customElements.define('icra-sign-in', IcraSignIn);

declare global {
  interface HTMLElementTagNameMap {
    'icra-sign-in': IcraSignIn;
  }
}
