export { type IcraReceptionRequestedDetail, IcraReceptionRequestedEvent } from './events.js';
export { IcraReception } from './reception.js';

import './define.js';
