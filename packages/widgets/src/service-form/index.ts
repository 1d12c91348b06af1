export {
  type IcraServiceStartedDetail,
  IcraServiceStartedEvent,
  type IcraServiceSubmittedDetail,
  IcraServiceSubmittedEvent,
} from './events.js';
export { IcraServiceForm } from './service-form.js';

import './define.js';
