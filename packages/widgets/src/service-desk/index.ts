export * from './events.js';
export { IcraServiceDesk } from './service-desk.js';
export type * from './types.js';

import './define.js';
