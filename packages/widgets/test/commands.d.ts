declare module 'vitest/browser' {
  interface BrowserCommands {
    /** Emulates `prefers-color-scheme` / `prefers-reduced-motion` for the test page (Playwright). */
    emulateMedia(media: {
      colorScheme?: 'light' | 'dark';
      reducedMotion?: 'reduce' | 'no-preference';
    }): Promise<void>;
    /**
     * Finds the popup whose URL starts with `url` (another origin than the test page); returns its
     * URL, `lang`, title and text, or with `click` presses the button whose name contains that text.
     */
    popup(options: {
      url: string;
      click?: string;
    }): Promise<{ url: string; lang: string; title: string; text: string }>;
    /**
     * Holds the test page's requests whose URL contains `url` (of `method`, when given) until
     * `releaseRequests` with the same key.
     */
    holdRequests(options: { key: string; url: string; method?: string }): Promise<void>;
    /** Lets the held requests go on, and stops holding. */
    releaseRequests(options: { key: string }): Promise<void>;
  }
}

declare module 'vitest' {
  interface ProvidedContext {
    /** Base URL of the real @icra/server the global setup started, seeded, on a free port. */
    apiUrl: string;
  }
}

export {};
