/**
 * @icra/widgets — web components that put the portal's citizen services on an authority's own
 * website. Importing this module registers every element (`icra-config`, `icra-news`, …).
 */
import './cabinet/define.js';
import './config/define.js';
import './news/define.js';
import './participation/define.js';
import './poll/define.js';
import './reception/define.js';
import './service-catalog/define.js';
import './service-form/define.js';
import './sign-in/define.js';

export { IcraCabinet } from './cabinet/index.js';
export { IcraConfig } from './config/config.js';
export {
  type AuthKind,
  type AuthProblem,
  type AuthState,
  type AuthStatus,
  IcraSession,
  sessionFor,
} from './core/auth.js';
export { clientFor, resolveMediaUrl, setDefaultApi } from './core/client.js';
export type { IcraConfigValue, Theme } from './core/context.js';
export { IcraElement } from './core/element.js';
export { LANGS, normalizeLang, resolveLang } from './core/lang.js';
export { IcraNews, type IcraNewsOpenDetail, IcraNewsOpenEvent } from './news/index.js';
export {
  type IcraApplicationFiledDetail,
  IcraApplicationFiledEvent,
  IcraParticipation,
  type IcraParticipationOpenDetail,
  IcraParticipationOpenEvent,
} from './participation/index.js';
export { IcraPoll, type IcraPollVoteDetail, IcraPollVoteEvent } from './poll/index.js';
export {
  IcraReception,
  type IcraReceptionRequestedDetail,
  IcraReceptionRequestedEvent,
} from './reception/index.js';
export {
  IcraServiceCatalog,
  type IcraServiceSelectedDetail,
  IcraServiceSelectedEvent,
} from './service-catalog/index.js';
export {
  IcraServiceForm,
  type IcraServiceStartedDetail,
  IcraServiceStartedEvent,
  type IcraServiceSubmittedDetail,
  IcraServiceSubmittedEvent,
} from './service-form/index.js';
export {
  IcraSignIn,
  type IcraSignInDetail,
  IcraSignInEvent,
  type IcraSignOutDetail,
  IcraSignOutEvent,
} from './sign-in/index.js';
