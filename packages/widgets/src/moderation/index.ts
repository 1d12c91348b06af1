export * from './events.js';
export { IcraModeration } from './moderation.js';
export type * from './types.js';

import './define.js';
