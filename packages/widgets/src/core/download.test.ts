import { afterEach, describe, expect, it, vi } from 'vitest';
import { saveBlob } from './download.js';
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
