import { IcraNews } from './news.js';

if (!customElements.get('icra-news')) customElements.define('icra-news', IcraNews);

declare global {
  interface HTMLElementTagNameMap {
    'icra-news': IcraNews;
  }
}
