export {
  type IcraApplicationFiledDetail,
  IcraApplicationFiledEvent,
  type IcraParticipationOpenDetail,
  IcraParticipationOpenEvent,
} from './events.js';
export { IcraParticipation } from './participation.js';

import './define.js';
