/** The identity feature (sign-in, tokens, the population registry, the cabinet): what other modules may use of it. */
export { rotateSigningKey, SIGNING_KEYS_TABLE, SigningKeyStore } from './keys.js';
export { registerOAuthRoutes } from './oauth.js';
export { OidcProvider, type OidcSettings } from './oidc.js';
export { escapeHtml, languageNav, PAGE_HEADERS, renderPage } from './pages.js';
export {
  DemoPopulationRegistry,
  type FamilyMember,
  familyOf,
  fullNameOf,
  type Person,
  type PopulationRegistry,
} from './registry.js';
export { registerIdentityRoutes } from './routes.js';
export type { Me, Notification, NotificationPage } from './schemas.js';
export { TokenService } from './tokens.js';
