/**
 * The baseline of the team-sync benchmark, bundled for the page by the bench script: a bare PouchDB
 * replication of the team's database into an empty local database, with the same batch size as the
 * app, and nothing else (no checks, no store, no map).
 */
import PouchDB from 'pouchdb-browser';

let run = 0;

export async function baseline(remoteUrl: string): Promise<number> {
  const local = new PouchDB(`bare-baseline-${run++}-${Date.now()}`);
  const remote = new PouchDB(remoteUrl, { skip_setup: true });
  const start = performance.now();
  await new Promise<void>((resolve, reject) => {
    PouchDB.replicate(remote, local, { batch_size: 250 })
      .on('complete', () => resolve())
      .on('error', (error) => reject(error));
  });
  const elapsed = performance.now() - start;
  await local.destroy();
  return elapsed;
}
