export { type IcraNewsOpenDetail, IcraNewsOpenEvent } from './events.js';
export { IcraNews } from './news.js';

import './define.js';
