/**
 * The seeded notifications speak only of what the cabinet can show: it shows the profile from the
 * population registry, applications and notifications, and holds no documents to download.
 */
import { describe, expect, it } from 'vitest';
import { seedNotifications } from '../src/seed/staff.js';

describe('seeded notifications', () => {
  it('promise nothing the cabinet does not have (no document to download)', () => {
    for (const notification of seedNotifications) {
      for (const text of [...Object.values(notification.title), ...Object.values(notification.body)]) {
        expect(text, notification.id).not.toMatch(/download|certificate|yüklə|arayış|скача|справк/i);
      }
    }
  });
});
