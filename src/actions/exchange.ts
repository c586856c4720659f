import type { CategoryId } from '../model/categories';
import { assetsToGeoJson, neighbourhoodsToGeoJson } from '../io/geojson-export';
import { assetsToCsv } from '../io/csv-export';
import { csvtFor, WGS84_PRJ } from '../io/gis-sidecars';
import { exportNames, type PrivacyReport } from '../io/asset-properties';
import { parseBackup, serialiseBackup } from '../io/backup';
import { looksProtected, protectBackup, unprotectBackup } from '../io/backup-protection';

export { MIN_PASSPHRASE_LENGTH } from '../io/backup-protection';
import { APP_VERSION } from '../lib/app-version';
import { err, ok, problemsFrom, refuse, type Result } from '../lib/result';
import { datedFileName, downloadBlob } from './download';
import { noteBackupSaved } from './intents/settings';
import { run, workspace } from './workspace';
import { recordsOf } from '../store/state';
import { copyOfRecords } from '../model/change';
import { fill, msg } from '../lib/i18n/msg';

export type ExportFormat = 'geojson' | 'csv-gis' | 'csv-excel';
export type ExportWhat = 'assets' | 'neighbourhoods' | 'both';

export interface ExportChoice {
  what: ExportWhat;
  format: ExportFormat;
  /** Only assets in this neighbourhood (and only it, for boundaries); '' for all. */
  neighbourhoodId: string;
  categories: ReadonlySet<CategoryId>;
  includePersonal: boolean;
}

/**
 * The CSV for GIS with its `.csvt` (column types) and `.prj` (EPSG:4326) in one zip, the way GDAL
 * and QGIS want them: side by side under one name. fflate is loaded only when a zip is made.
 */
async function zipForGis(csv: string, columns: readonly string[], stem: string): Promise<Blob> {
  const { zipSync, strToU8 } = await import('fflate');
  const zipped = zipSync({ [`${stem}.csv`]: strToU8(csv), [`${stem}.csvt`]: strToU8(csvtFor(columns)), [`${stem}.prj`]: strToU8(WGS84_PRJ) });
  return new Blob([zipped], { type: 'application/zip' });
}

/** Writes the chosen data as files for a GIS or a spreadsheet, and says what was left out. */
export async function exportData(choice: ExportChoice): Promise<{ files: string[]; report: PrivacyReport }> {
  const state = workspace.state;
  const areas = state.neighbourhoods.value.filter((n) => !choice.neighbourhoodId || n.id === choice.neighbourhoodId);
  const assets = state.assets.value.filter((a) => choice.categories.has(a.category) && (!choice.neighbourhoodId || a.neighbourhoodIds.includes(choice.neighbourhoodId)));
  const stem = choice.neighbourhoodId ? (areas[0]?.name ?? 'area') : 'asset-atlas';
  // Names and codes beside ids, from the whole workspace (a link may point outside the chosen area).
  const names = exportNames(state.neighbourhoods.value, state.assets.value);
  const files: string[] = [];
  let report: PrivacyReport = { peopleLeftOut: 0, fieldsLeftOut: [], columnsLeftOut: [] };
  if (choice.what !== 'neighbourhoods') {
    if (choice.format === 'geojson') {
      const out = assetsToGeoJson(assets, choice.includePersonal, names);
      report = out.report;
      files.push(datedFileName(`${stem} assets`, 'geojson'));
      downloadBlob(new Blob([JSON.stringify(out.collection)], { type: 'application/geo+json' }), files[files.length - 1] ?? 'assets.geojson');
    } else if (choice.format === 'csv-gis') {
      const out = assetsToCsv(assets, 'gis', choice.includePersonal, names);
      report = out.report;
      const name = datedFileName(`${stem} assets gis`, 'zip');
      files.push(name);
      downloadBlob(await zipForGis(out.csv, out.columns, name.replace(/\.zip$/, '')), name);
    } else {
      const out = assetsToCsv(assets, 'excel', choice.includePersonal, names);
      report = out.report;
      files.push(datedFileName(`${stem} assets excel`, 'csv'));
      downloadBlob(new Blob([out.csv], { type: 'text/csv;charset=utf-8' }), files[files.length - 1] ?? 'assets.csv');
    }
  }
  if (choice.what !== 'assets') {
    // Boundaries are polygons: GeoJSON whatever the asset format, which every GIS opens.
    files.push(datedFileName(`${stem} neighbourhoods`, 'geojson'));
    downloadBlob(new Blob([JSON.stringify(neighbourhoodsToGeoJson(areas))], { type: 'application/geo+json' }), files[files.length - 1] ?? 'neighbourhoods.geojson');
  }
  return { files, report };
}

export interface SavedBackup {
  fileName: string;
  protectedWith: 'passphrase' | 'nothing';
  /** Records about people in the file: worth a plain warning when it is not protected. */
  people: number;
}

/**
 * Saves the whole workspace (people included) as one backup file, sealed with the passphrase when
 * one is given, and remembers when.
 */
export async function exportBackup(options: { passphrase?: string } = {}): Promise<SavedBackup> {
  const s = workspace.state;
  const plain = await serialiseBackup({ ...copyOfRecords(recordsOf(s)), settings: s.settings.value }, APP_VERSION);
  const text = options.passphrase ? await protectBackup(plain, options.passphrase) : plain;
  const fileName = datedFileName(options.passphrase ? 'asset-atlas-backup-protected' : 'asset-atlas-backup', 'json');
  downloadBlob(new Blob([text], { type: 'application/json' }), fileName);
  await run(noteBackupSaved, undefined);
  return { fileName, protectedWith: options.passphrase ? 'passphrase' : 'nothing', people: s.assets.value.filter((a) => a.category === 'individuals').length };
}

/** True when a chosen backup file is sealed with a passphrase (only its first bytes are read). */
export async function isProtectedBackup(file: Blob): Promise<boolean> {
  return looksProtected(await file.slice(0, 200).text());
}

/** What a restore put in place, for the sentence that says so. */
export interface RestoredCounts {
  assets: number;
  neighbourhoods: number;
  overlays: number;
  photos: number;
}

/**
 * Checks a backup file completely (opening it with the passphrase first when it is protected), then
 * replaces the workspace with it in one transaction. Any failure writes nothing.
 */
export async function restoreBackup(file: File, passphrase = ''): Promise<Result<RestoredCounts>> {
  let text = await file.text();
  if (looksProtected(text.slice(0, 200))) {
    if (!passphrase) return refuse(fill(msg('“{file}” is protected with a passphrase: enter it to restore.'), { file: file.name }));
    const opened = await unprotectBackup(text, passphrase);
    if (!opened.ok) return opened;
    text = opened.value;
  }
  const parsed = parseBackup(text);
  if (!parsed.ok) return parsed;
  const replaced = await workspace.replaceAll(parsed.value);
  if (!replaced.ok) return err(problemsFrom([replaced.error.message, ...replaced.error.details]));
  const d = parsed.value;
  return ok({ assets: d.assets.length, neighbourhoods: d.neighbourhoods.length, overlays: d.overlays.length, photos: d.photos.length });
}
