/** The authorities feature: what other modules may use of it. */
export { authoritySlugs, findAuthority, listAuthorities, registeredOrigins } from './queries.js';
export { registerAuthorityRoutes } from './routes.js';
export { type Authority, type AuthorityPage, AuthorityPathSchema, AuthoritySlugSchema } from './schemas.js';
