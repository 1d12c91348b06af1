export { type IcraPollVoteDetail, IcraPollVoteEvent } from './events.js';
export { IcraPoll } from './poll.js';

import './define.js';
