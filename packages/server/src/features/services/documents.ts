/**
 * Where the bytes of service documents are kept. The portal keeps only their description in
 * `service_documents`; the bytes go to a `DocumentStorage` under the document's id. The default
 * keeps them in the database (`service_document_blobs`), so any number of instances on one database
 * serve them, and a document and its bytes are written and removed in one transaction.
 *
 * An S3-compatible store is an adapter away: `put` writes the object `documents/<id>` (before the
 * row's transaction commits, so a crash can leave an object without a row, never a row without its
 * object: sweep objects whose id has no row), `get` reads it, and `remove` deletes the objects of
 * rows the portal deleted (after the commit). Pass it as `documents` to createApp.
 */
import { eq, inArray } from 'drizzle-orm';
import type { Db, Executor } from '../../db/database.js';
import { serviceDocumentBlobs } from '../../db/schema.js';

export interface DocumentStorage {
  /**
   * Keeps `bytes` as the document `id`; `tx` is the transaction that writes the document's row (a
   * store in the database writes there, so both commit or neither; another store ignores it).
   */
  put(id: string, bytes: Buffer, tx: Executor): Promise<void>;
  /**
   * The bytes of document `id`; undefined when there are none. `tx`: read inside that transaction
   * (a store in the database must, when the caller holds one; another store ignores it).
   */
  get(id: string, tx?: Executor): Promise<Buffer | undefined>;
  /** Forgets the bytes of documents whose rows were deleted. */
  remove(ids: readonly string[]): Promise<void>;
}

/** The default storage: a bytea row per document, deleted with the document's row (foreign key). */
export class DatabaseDocumentStorage implements DocumentStorage {
  constructor(private readonly db: () => Db) {}

  async put(id: string, bytes: Buffer, tx: Executor): Promise<void> {
    await tx.insert(serviceDocumentBlobs).values({ documentId: id, bytes });
  }

  async get(id: string, tx?: Executor): Promise<Buffer | undefined> {
    const [row] = await (tx ?? this.db())
      .select({ bytes: serviceDocumentBlobs.bytes })
      .from(serviceDocumentBlobs)
      .where(eq(serviceDocumentBlobs.documentId, id));
    return row?.bytes;
  }

  async remove(ids: readonly string[]): Promise<void> {
    // The rows went with their documents (ON DELETE CASCADE); this only covers a caller that
    // removes bytes of documents it did not delete through the portal.
    if (ids.length > 0) {
      await this.db()
        .delete(serviceDocumentBlobs)
        .where(inArray(serviceDocumentBlobs.documentId, [...ids]));
    }
  }
}
