import { IcraServiceForm } from './service-form.js';

if (!customElements.get('icra-service-form')) customElements.define('icra-service-form', IcraServiceForm);

declare global {
  interface HTMLElementTagNameMap {
    'icra-service-form': IcraServiceForm;
  }
}
