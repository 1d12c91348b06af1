declare module 'vitest/browser' {
  interface BrowserCommands {
    /** Emulates `prefers-color-scheme` / `prefers-reduced-motion` for the test page (Playwright). */
    emulateMedia(media: {
      colorScheme?: 'light' | 'dark';
      reducedMotion?: 'reduce' | 'no-preference';
    }): Promise<void>;
  }
}

declare module 'vitest' {
  interface ProvidedContext {
    /** Base URL of the real @icra/server the global setup started, seeded, on a free port. */
    apiUrl: string;
  }
}

export {};
