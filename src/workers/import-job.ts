import type { Asset } from '../model/asset';
import type { Neighbourhood } from '../model/neighbourhood';
import type { ImportRecord } from '../io/read-geojson';
import { recordsToAssets, type ImportMapping } from '../io/records-to-assets';
import { neighbourhoodLocator } from '../geo/assign-neighbourhoods';
import { newId } from '../lib/id';

/** What the import needs besides the file: the coordinator's choices and the workspace's context. */
export interface ImportSettings {
  mapping: ImportMapping;
  neighbourhoods: Neighbourhood[];
  /** Postcode → [lon, lat], when a postcode table is loaded. */
  postcodes?: [string, [number, number]][];
  now: string;
  batchSize: number;
}

/** One batch of converted assets, ready to be written in one transaction. */
export interface ImportBatch {
  added: Asset[];
  updated: Asset[];
  /** Records read so far, and in all, for the progress bar. */
  done: number;
  total: number;
}

export interface ImportTally {
  unchanged: number;
  problems: { line: number; reason: string }[];
  notes: { line: number; reason: string }[];
}

/**
 * The work of one import, kept where the file was parsed (the import worker): which rows update
 * existing assets, and the conversion in batches, each asset placed in its neighbourhoods.
 */
export class ImportJob {
  constructor(readonly records: readonly ImportRecord[]) {}

  /** The ids in the file's id column that name assets already in the workspace. */
  matchingIds(idColumn: string | undefined, known: ReadonlySet<string>): string[] {
    if (!idColumn) return [];
    const found: string[] = [];
    for (const r of this.records) {
      const id = r.values[idColumn]?.trim();
      if (id && known.has(id)) found.push(id);
    }
    return found;
  }

  /** Converts the records batch by batch; the caller writes each batch before asking for the next. */
  *run(settings: ImportSettings, existing: ReadonlyMap<string, Asset>): Generator<ImportBatch, ImportTally> {
    const locate = neighbourhoodLocator(settings.neighbourhoods);
    const postcodes = settings.postcodes ? new Map(settings.postcodes) : undefined;
    const tally: ImportTally = { unchanged: 0, problems: [], notes: [] };
    const total = this.records.length;
    for (let start = 0; start < total; start += settings.batchSize) {
      const slice = this.records.slice(start, start + settings.batchSize);
      const out = recordsToAssets(slice, settings.mapping, { newId, now: settings.now, existing, ...(postcodes ? { postcodes } : {}) });
      tally.unchanged += out.unchanged;
      tally.problems.push(...out.problems);
      tally.notes.push(...out.notes);
      const place = (a: Asset): Asset => ({ ...a, neighbourhoodIds: locate(a.geometry) });
      yield { added: out.added.map(place), updated: out.updated.map(place), done: Math.min(total, start + slice.length), total };
    }
    return tally;
  }
}
