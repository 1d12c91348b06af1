import type { Lang, Schemas } from '@icra/sdk';
import { css, html, nothing, type ReactiveElement, type TemplateResult } from 'lit';
import { formatSize } from './file-size.js';
import { defineMessages } from './messages.js';

/** A file attached to an e-participation application. */
export type Attachment = Schemas['ParticipationApplicationAttachment'];

/** What the attachments list says, shared by every widget that shows one. */
export const downloadMessages = defineMessages({
  az: {
    attachments: 'Əlavə edilmiş fayllar',
    download: 'Yüklə:',
    downloading: 'Yüklənir:',
    downloadError: (name: string) => `«${name}» faylını yükləmək mümkün olmadı.`,
  },
  en: {
    attachments: 'Attachments',
    download: 'Download',
    downloading: 'Downloading',
    downloadError: (name: string) => `Could not download “${name}”.`,
  },
  ru: {
    attachments: 'Приложенные файлы',
    download: 'Скачать',
    downloading: 'Скачивается',
    downloadError: (name: string) => `Не удалось скачать файл «${name}».`,
  },
});

/** Hands `blob` to the browser as a download named `filename`, through a temporary object URL. */
export function saveBlob(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.click();
  // The download has its URL once the click is handled.
  setTimeout(() => URL.revokeObjectURL(url));
}

/** What a widget gives the attachments list. */
export interface AttachmentSource {
  /** Fetches a file with the signed-in client (a plain link could not send the token). */
  get(applicationId: string, attachmentId: string, signal: AbortSignal): Promise<Blob> | undefined;
  /**
   * The widget's current signal, aborted on sign-out. Without it, `clear()` (which the widget
   * calls on sign-out) aborts the downloads in flight.
   */
  signal?(): AbortSignal;
  /** True when the error was a 401 and the widget signed out (a session controller's `refused`). */
  refused(error: unknown): boolean;
  /** Says `text` in the widget's live region (an `Announcer`'s `say`). */
  say(text: string): void;
  lang(): Lang;
}

/** Layout of the attachments list (parts `attachments`, `attachment`). */
export const attachmentStyles = css`
  .attachments {
    display: grid;
    gap: 0.5rem;
    padding: 0;
    list-style: none;
  }
  .attachments .button {
    justify-content: start;
    max-width: 100%;
    text-align: start;
    overflow-wrap: anywhere;
  }
`;

/**
 * An application's attachments as download buttons: each fetches the file with the widget's
 * signed-in client and saves it; busy (aria-disabled, still focusable) while it loads, an inline
 * error (also said) when it fails. File names are the citizen's text: rendered as text only.
 */
export class AttachmentDownloads {
  private busy = new Set<string>();
  private failed = new Set<string>();
  private controller = new AbortController();

  constructor(
    /** The widget: re-rendered when a download starts, ends or fails. */
    private host: Pick<ReactiveElement, 'requestUpdate'>,
    private source: AttachmentSource,
  ) {}

  /** Forgets busy and failed downloads (signed out), aborting those in flight. */
  clear(): void {
    this.controller.abort();
    this.controller = new AbortController();
    this.busy = new Set();
    this.failed = new Set();
    this.host.requestUpdate();
  }

  async download(applicationId: string, { id, filename }: Attachment): Promise<void> {
    const signal = this.source.signal?.() ?? this.controller.signal;
    if (this.busy.has(id)) return;
    this.busy.add(id);
    this.failed.delete(id);
    this.host.requestUpdate();
    try {
      const blob = await this.source.get(applicationId, id, signal);
      if (blob && !signal.aborted) saveBlob(blob, filename);
    } catch (error) {
      if (signal.aborted || this.source.refused(error)) return;
      this.failed.add(id);
      this.source.say(downloadMessages(this.source.lang()).downloadError(filename));
    } finally {
      this.busy.delete(id);
      this.host.requestUpdate();
    }
  }

  /** The heading (made by `heading`, at the widget's level) and the list; nothing without files. */
  render(
    applicationId: string,
    attachments: Attachment[] | undefined,
    lang: Lang,
    heading: (text: string) => unknown,
  ): TemplateResult | typeof nothing {
    if (!attachments?.length) return nothing;
    const messages = downloadMessages(lang);
    // Compact markup: this ships in icra.js, which every reader loads.
    return html`${heading(messages.attachments)}<ul class="attachments" part="attachments">${attachments.map(
      (file) =>
        html`<li part="attachment"><button type="button" class="button secondary" aria-disabled=${
          this.busy.has(file.id) ? 'true' : 'false'
        } @click=${() => this.download(applicationId, file)}>${
          this.busy.has(file.id) ? messages.downloading : messages.download
        } ${file.filename}, ${file.contentType.split('/')[1]?.toUpperCase()}, ${formatSize(file.size, lang)}</button>${
          this.failed.has(file.id)
            ? html`<p class="inline-error">${messages.downloadError(file.filename)}</p>`
            : nothing
        }</li>`,
    )}</ul>`;
  }
}
