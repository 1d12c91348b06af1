/**
 * The portal's closed lists of values — directions, statuses, roles, languages… — with their types,
 * generated from the named string enums of its OpenAPI document (`@icra/sdk/enums`, also exported
 * by `@icra/sdk`). A module of its own: these few arrays, without the client or the operation table.
 *
 * ```ts
 * import { participationDirectionValues, type ParticipationDirection } from '@icra/sdk/enums';
 * ```
 */
export * from './generated/enums.js';
