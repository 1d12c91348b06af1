export {
  type IcraSignInDetail,
  IcraSignInEvent,
  type IcraSignOutDetail,
  IcraSignOutEvent,
} from './events.js';
export { IcraSignIn } from './sign-in.js';

import './define.js';
