import type { Announcer } from './announcer.js';

/**
 * Says `words.loading` in `announcer` while a staff desk's queue loads, nothing once it has, and
 * what went wrong if it fails (`words.forbidden` for a 403, `words.loadError` else; a 401 is the
 * sign-in's to say); gives `page` back as it settles. Nothing is said for a request that was
 * aborted. Apart from the Announcer, which every widget's page loads, as only the desks use it.
 */
export function announceLoading<T>(
  announcer: Announcer,
  page: Promise<T>,
  signal: AbortSignal,
  words: { loading: string; forbidden: string; loadError: string },
): Promise<T> {
  announcer.say(words.loading);
  return page.then(
    (loaded) => {
      if (!signal.aborted) announcer.say('');
      return loaded;
    },
    (error: unknown) => {
      const status = (error as { status?: unknown } | null)?.status;
      if (!signal.aborted && status !== 401)
        announcer.say(status === 403 ? words.forbidden : words.loadError);
      throw error;
    },
  );
}
