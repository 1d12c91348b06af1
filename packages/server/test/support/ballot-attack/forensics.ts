/**
 * What a thief of the database gets, taken as a thief takes it: every table of the database read
 * whole (in physical order, with each row's ctid, xmin and xmax), and, as a superuser would, every
 * heap page of every table through pageinspect: every tuple on the page, live or dead, with its
 * xmin/xmax and its attributes' raw bytes, plus the pages' raw bytes (free space included). On
 * PostgreSQL also the text of a real pg_dump.
 *
 * Nothing here knows the implementation's tables: they are found in information_schema.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

export interface Sql {
  query<T = Record<string, unknown>>(text: string, params?: unknown[]): Promise<T[]>;
}

export interface Column {
  name: string;
  /** information_schema's data_type, e.g. integer, bytea, text, uuid, timestamp with time zone. */
  type: string;
}

export interface LiveRow {
  ctid: [number, number];
  xmin: number;
  values: Record<string, unknown>;
}

export interface HeapTuple {
  page: number;
  lp: number;
  xmin: number;
  xmax: number;
  /** Decoded attributes by column name (null for SQL NULL or an undecodable value). */
  values: Record<string, unknown>;
}

export interface Table {
  name: string;
  columns: Column[];
  rows: LiveRow[];
  /** Every tuple of every heap page, live or dead. */
  tuples: HeapTuple[];
  /** The raw bytes of every heap page. */
  pages: Buffer[];
}

export interface Snapshot {
  tables: Table[];
  /** pg_dump's output (PostgreSQL only). */
  dump?: string;
}

const tid = (text: string): [number, number] => {
  const [page, item] = text.replace(/[()]/g, '').split(',');
  return [Number(page), Number(item)];
};

const quoted = (schema: string, name: string) =>
  `"${schema.replaceAll('"', '""')}"."${name.replaceAll('"', '""')}"`;

export async function takeSnapshot(sql: Sql, options: { pgDumpUrl?: string } = {}): Promise<Snapshot> {
  await sql.query('create extension if not exists pageinspect');
  const blockSize = Number(
    (await sql.query<{ b: string }>("select current_setting('block_size') as b"))[0]!.b,
  );
  const names = await sql.query<{ s: string; t: string }>(
    `select table_schema as s, table_name as t from information_schema.tables
      where table_type = 'BASE TABLE' and table_schema not in ('pg_catalog', 'information_schema')
      order by 1, 2`,
  );
  const tables: Table[] = [];
  for (const { s, t } of names) {
    const name = quoted(s, t);
    const columns = (
      await sql.query<{ name: string; type: string }>(
        `select column_name as name, data_type as type from information_schema.columns
          where table_schema = $1 and table_name = $2 order by ordinal_position`,
        [s, t],
      )
    ).map((c) => ({ name: c.name, type: c.type }));
    const live = await sql.query<Record<string, unknown>>(
      `select ctid::text as "__ctid", xmin::text as "__xmin", * from ${name} order by ctid`,
    );
    const rows = live.map(({ __ctid, __xmin, ...values }) => ({
      ctid: tid(String(__ctid)),
      xmin: Number(__xmin),
      values,
    }));
    const size = Number(
      (await sql.query<{ n: string }>(`select pg_relation_size('${name}')::text as n`))[0]!.n,
    );
    const pageCount = Math.ceil(size / blockSize);
    const raw = await sql.query<{ p: number; hex: string }>(
      `select p, encode(get_raw_page($1, p), 'hex') as hex from generate_series(0, $2::int - 1) as p order by p`,
      [name, pageCount],
    );
    const pages = raw.map((r) => Buffer.from(r.hex, 'hex'));
    const items = await sql.query<{ p: number; lp: number; xmin: string; xmax: string; attrs: string[] }>(
      `select p, lp, t_xmin::text as xmin, t_xmax::text as xmax,
              (select array_agg(coalesce(encode(a, 'hex'), 'null') order by n)
                 from unnest(tuple_data_split($1::regclass::oid, t_data, t_infomask, t_infomask2, t_bits))
                      with ordinality as u(a, n)) as attrs
         from generate_series(0, $2::int - 1) as p, heap_page_items(get_raw_page($1, p))
        where lp_flags = 1 and t_data is not null
        order by p, lp`,
      [name, pageCount],
    );
    const tuples: HeapTuple[] = items.map((item) => {
      const values: Record<string, unknown> = {};
      columns.forEach((column, i) => {
        const hex = item.attrs?.[i];
        values[column.name] =
          hex === undefined || hex === 'null' ? null : decode(column.type, Buffer.from(hex, 'hex'));
      });
      return { page: item.p, lp: item.lp, xmin: Number(item.xmin), xmax: Number(item.xmax), values };
    });
    tables.push({ name: s === 'public' ? t : `${s}.${t}`, columns, rows, tuples, pages });
  }
  const snapshot: Snapshot = { tables };
  if (options.pgDumpUrl) snapshot.dump = await pgDump(options.pgDumpUrl);
  return snapshot;
}

const PG_DUMP = process.env.ICRA_PG_DUMP ?? '/usr/lib/postgresql/15/bin/pg_dump';

async function pgDump(url: string): Promise<string> {
  const { stdout } = await promisify(execFile)(PG_DUMP, ['--no-owner', url], {
    maxBuffer: 256 * 1024 * 1024,
  });
  return stdout;
}

/** The value of an attribute from its on-page bytes (enough for the types a ballot could hide in). */
function decode(type: string, bytes: Buffer): unknown {
  switch (type) {
    case 'smallint':
      return bytes.length >= 2 ? bytes.readInt16LE(0) : null;
    case 'integer':
      return bytes.length >= 4 ? bytes.readInt32LE(0) : null;
    case 'bigint':
      return bytes.length >= 8 ? Number(bytes.readBigInt64LE(0)) : null;
    case 'boolean':
      return bytes[0] === 1;
    case 'uuid':
      return bytes.length === 16 ? formatUuid(bytes) : null;
    case 'timestamp with time zone':
    case 'timestamp without time zone':
      // Microseconds since 2000-01-01.
      return bytes.length >= 8 ? new Date(Number(bytes.readBigInt64LE(0) / 1000n) + 946_684_800_000) : null;
    case 'bytea':
      return varlena(bytes);
    case 'text':
    case 'character varying':
    case 'character':
      return varlena(bytes)?.toString('utf8') ?? null;
    default:
      return varlena(bytes);
  }
}

/** The payload of an inline, uncompressed varlena (1-byte or 4-byte header); null otherwise. */
function varlena(bytes: Buffer): Buffer | null {
  if (bytes.length === 0) return null;
  const first = bytes[0]!;
  if ((first & 0x01) === 1) {
    if (first === 0x01) return null; // a TOAST pointer
    return bytes.subarray(1, first >> 1);
  }
  if (bytes.length < 4) return null;
  const header = bytes.readUInt32LE(0);
  if ((header & 0x03) === 0x02) return null; // compressed inline
  return bytes.subarray(4, header >>> 2);
}

function formatUuid(bytes: Buffer): string {
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
