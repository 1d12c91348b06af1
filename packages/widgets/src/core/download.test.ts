import { afterEach, describe, expect, it, vi } from 'vitest';
import { AttachmentDownloads, saveBlob } from './download.js';
import { formatSize } from './file-size.js';

afterEach(() => {
  vi.restoreAllMocks();
});

describe('formatSize', () => {
  it('says bytes, kB or MB with at most one decimal, in the language’s number format', () => {
    expect(formatSize(912, 'en')).toBe('912 bytes');
    expect(formatSize(912, 'ru')).toBe('912 байт');
    expect(formatSize(48_640, 'en')).toBe('47.5 kB');
    expect(formatSize(1_258_291, 'en')).toBe('1.2 MB');
    expect(formatSize(1_258_291, 'ru')).toBe('1,2 МБ');
    expect(formatSize(48_640, 'ru')).toBe('47,5 кБ');
    expect(formatSize(1_258_291, 'az')).toBe('1,2 MB');
    expect(formatSize(912, 'az')).toBe('912 bayt');
    // Just under 1 MB rounds up to it rather than to "1.024 kB".
    expect(formatSize(1023 * 1024 + 1000, 'az')).toBe('1 MB');
  });
});

describe('saveBlob', () => {
  it('clicks a temporary download link to an object URL, and revokes the URL afterwards', async () => {
    const blob = new Blob(['%PDF-1.4\n%%EOF\n'], { type: 'application/pdf' });
    const created = vi.spyOn(URL, 'createObjectURL');
    const revoked = vi.spyOn(URL, 'revokeObjectURL');
    const clicks: { href: string; download: string; connected: boolean }[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicks.push({ href: this.href, download: this.download, connected: this.isConnected });
    });
    saveBlob(blob, 'Ərizə.pdf');
    expect(created).toHaveBeenCalledWith(blob);
    const url = created.mock.results[0]?.value as string;
    expect(clicks).toEqual([{ href: url, download: 'Ərizə.pdf', connected: false }]);
    expect(revoked).not.toHaveBeenCalled();
    await vi.waitFor(() => expect(revoked).toHaveBeenCalledWith(url));
  });
});

describe('AttachmentDownloads', () => {
  it('without a signal from the widget, clear() (a sign-out) aborts the download in flight: nothing is saved or said', async () => {
    const signals: AbortSignal[] = [];
    const said: string[] = [];
    let updates = 0;
    const downloads = new AttachmentDownloads(
      { requestUpdate: () => updates++ },
      {
        get: (_application, _attachment, signal) => {
          signals.push(signal);
          return new Promise<Blob>((resolve) => {
            signal.addEventListener('abort', () => resolve(new Blob(['late'])));
          });
        },
        refused: () => false,
        say: (text) => said.push(text),
        lang: () => 'en',
      },
    );
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    const file = { id: 'f1', filename: 'plan.pdf', contentType: 'application/pdf' as const, size: 10 };
    const pending = downloads.download('a1', file);
    expect(updates).toBe(1);
    downloads.clear();
    await pending;
    expect(signals[0]!.aborted).toBe(true);
    expect(click).not.toHaveBeenCalled();
    expect(said).toEqual([]);
    // The next download has a signal of its own.
    void downloads.download('a1', file);
    expect(signals[1]!.aborted).toBe(false);
    downloads.clear();
  });
});
