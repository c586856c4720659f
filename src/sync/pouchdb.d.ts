/**
 * The part of PouchDB's API the app uses, typed here: DefinitelyTyped's @types/pouchdb-core
 * declares a global `Buffer` that breaks Node's own types, and its documents are `any` underneath.
 * Documents stay `unknown` until sync/incoming.ts has checked them.
 */
declare namespace Pouch {
  interface Doc {
    _id: string;
    _rev?: string;
    _deleted?: boolean;
    _conflicts?: string[];
    _attachments?: Record<string, { content_type: string; data: Blob | string; stub?: boolean; length?: number }>;
    [key: string]: unknown;
  }
  interface Written {
    ok?: boolean;
    id?: string;
    rev?: string;
    error?: string | boolean;
    status?: number;
    reason?: string;
  }
  interface ChangeRow {
    id: string;
    seq: number | string;
    deleted?: boolean;
    doc?: Doc;
    changes: { rev: string }[];
  }
  interface ChangesFeed {
    on(event: 'change', fn: (row: ChangeRow) => void): ChangesFeed;
    on(event: 'error', fn: (error: unknown) => void): ChangesFeed;
    on(event: 'complete', fn: (info: unknown) => void): ChangesFeed;
    cancel(): void;
  }
  interface ReplicationInfo {
    direction?: 'push' | 'pull';
    change?: { docs_written: number; docs_read: number; pending?: number; docs?: Doc[] };
    docs_written?: number;
    pending?: number;
    docs?: Doc[];
  }
  interface Replication extends PromiseLike<unknown> {
    on(event: 'change', fn: (info: ReplicationInfo) => void): Replication;
    on(event: 'paused', fn: (error?: unknown) => void): Replication;
    on(event: 'active', fn: () => void): Replication;
    on(event: 'denied' | 'error', fn: (error: unknown) => void): Replication;
    on(event: 'complete', fn: (info: unknown) => void): Replication;
    cancel(): void;
  }
  interface ReplicateOptions {
    live?: boolean;
    retry?: boolean;
    batch_size?: number;
    batches_limit?: number;
    checkpoint?: 'source' | 'target' | false;
    back_off_function?: (delay: number) => number;
    doc_ids?: string[];
    filter?: (doc: Doc) => boolean;
  }
  interface Database {
    name: string;
    info(): Promise<{ doc_count: number; update_seq: number | string }>;
    get(id: string, options?: { rev?: string; conflicts?: boolean; attachments?: boolean; binary?: boolean }): Promise<Doc>;
    put(doc: Doc): Promise<Written>;
    bulkDocs(docs: Doc[], options?: { new_edits?: boolean }): Promise<Written[]>;
    allDocs(options: { keys?: string[]; include_docs?: boolean; conflicts?: boolean; startkey?: string; endkey?: string; limit?: number }): Promise<{
      total_rows: number;
      rows: { id: string; key: string; value?: { rev: string; deleted?: boolean }; doc?: Doc | null; error?: string }[];
    }>;
    changes(options: { since?: number | string | 'now'; live?: boolean; include_docs?: boolean; conflicts?: boolean; batch_size?: number; attachments?: boolean; binary?: boolean }): ChangesFeed;
    replicate: { to(target: Database, options?: ReplicateOptions): Replication; from(source: Database, options?: ReplicateOptions): Replication };
    sync(remote: Database, options?: ReplicateOptions): Replication;
    destroy(): Promise<unknown>;
    close(): Promise<unknown>;
  }
  interface Constructor {
    new (name: string, options?: { skip_setup?: boolean; auto_compaction?: boolean; prefix?: string; adapter?: string; fetch?: (url: string, init?: RequestInit) => Promise<Response> }): Database;
    defaults(options: Record<string, unknown>): Constructor;
    replicate(source: Database, target: Database, options?: ReplicateOptions): Replication;
  }
}

declare module 'pouchdb-browser' {
  const PouchDB: Pouch.Constructor;
  export default PouchDB;
}

declare module 'pouchdb-node' {
  const PouchDB: Pouch.Constructor;
  export default PouchDB;
}
