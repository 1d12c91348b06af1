export * from './events.js';
export { IcraReceptionDesk } from './reception-desk.js';
export type * from './types.js';

import './define.js';
