/**
 * Who may call the e-service routes: the citizens who apply, the service officers who process their
 * applications (with the `services:process` scope), and both for what each side reads of one.
 */
import type { AccessRule } from '../../http/auth.js';

export const CITIZENS: AccessRule = { kinds: ['citizen'] };
export const OFFICERS: AccessRule = { kinds: ['official'], roles: ['service'], scope: 'services:process' };
export const APPLICANTS_AND_OFFICERS: AccessRule = {
  kinds: ['citizen', 'official'],
  scope: 'services:process',
};
