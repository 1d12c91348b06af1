export { type IcraServiceSelectedDetail, IcraServiceSelectedEvent } from './events.js';
export { IcraServiceCatalog } from './service-catalog.js';

import './define.js';
