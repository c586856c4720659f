import type { Investment } from '../model/investment';
import { poundsText } from '../model/investment';
import type { Funder } from '../model/settings';
import { ok, refuse, type Result } from '../lib/result';
import { placeInvestments, needLayerOf, investmentByDecile, investmentByNeighbourhood, type PlacedInvestment } from '../geo/investment-need';
import { readCsv, type Table } from '../io/read-csv';
import { decodeText } from '../io/decode-text';
import { readGrantRows, type GrantColumns } from '../io/read-grants';
import { threeSixtyGivingCsv, threeSixtyGivingPackage } from '../io/three-sixty-giving';
import { openReferralCsvFiles, openReferralDirectory } from '../io/open-referral';
import { rowsToCsv } from '../io/csv-rows';
import * as intents from './intents/investments';
import * as settingsIntents from './intents/settings';
import type { GrantImportResult, InvestmentDetails } from './intents/investments';
import { run, workspace } from './workspace';
import { datedFileName, downloadBlob } from './download';
import { fill, msg } from '../lib/i18n/msg';

export type { InvestmentDetails, GrantImportResult } from './intents/investments';
// What the Investment tab's forms read and show, passed through so the screens need no io or geo of their own.
export { readPounds } from '../io/grant-values';
export { orgIdFromNumber, detectGrantColumns, GRANT_FIELDS, GRANT_FIELD_LABELS, REQUIRED_GRANT_FIELDS, type GrantColumns, type GrantField } from '../io/read-grants';
export { normalisePostcode } from '../io/records-to-assets';
export type { Table } from '../io/read-csv';
export type { DecileInvestment, NeighbourhoodInvestment, NeedLayer, PlacedInvestment } from '../geo/investment-need';

/** Everything the Investment tab, its map discs and its print show, for one programme ('' for all). */
export function investmentFigures(programme: string) {
  const { investments, neighbourhoods, overlays } = workspace.state;
  const chosen = investments.value.filter((i) => !programme || i.programme === programme);
  const placed = placedInvestments(chosen);
  const layer = needLayerOf(overlays.value);
  return { chosen, placed, layer, byDecile: investmentByDecile(placed), byNeighbourhood: investmentByNeighbourhood(placed, neighbourhoods.value, layer) };
}

/** Records a grant or saves its edit, as one undoable step. */
export const saveInvestment = (details: InvestmentDetails): Promise<Result<Investment>> => run(intents.saveInvestment, details);

export const deleteInvestment = (id: string): Promise<Result<Investment>> => run(intents.deleteInvestment, { id });

/** Settings → Funder: who the 360Giving file names as the funder, and the largest grant recorded. */
export const setFunder = (input: { name: string; orgId: string; prefix: string; largestGrantPounds: number }): Promise<Result<Funder>> => run(settingsIntents.setFunder, input);

/** The workspace's grants with their places, neighbourhoods and small areas worked out. */
export function placedInvestments(investments: readonly Investment[] = workspace.state.investments.value): PlacedInvestment[] {
  const { assets, neighbourhoods, overlays } = workspace.state;
  return placeInvestments(investments, assets.value, neighbourhoods.value, needLayerOf(overlays.value));
}

/** A grants spreadsheet read into a table, before its columns are chosen. */
export async function readGrantsFile(file: File): Promise<Result<Table>> {
  if (!/\.(csv|tsv|txt)$/i.test(file.name)) return refuse(fill(msg('“{file}” is not a CSV file. Save the spreadsheet as CSV (File → Save as → CSV) and choose that.'), { file: file.name }));
  const read = readCsv(decodeText(new Uint8Array(await file.arrayBuffer())).text);
  if (!read.ok) return read;
  if (read.value.rows.length === 0) return refuse(fill(msg('“{file}” has a header but no rows.'), { file: file.name }));
  return read;
}

/**
 * Imports the rows with the chosen columns: one undoable step, the refused rows listed by number.
 * `purposeOf` describes a grant whose row gives no purpose, in the coordinator's language.
 */
export function importGrants(table: Table, columns: GrantColumns, programme: string, fileName: string, purposeOf?: (recipient: string) => string): Promise<Result<GrantImportResult>> {
  const { rows, refused } = readGrantRows(table, columns, workspace.state.settings.value.largestGrantPence);
  const postcodes = workspace.state.postcodeTable.value?.lookup ?? null;
  return run(intents.importGrants, { rows, refused, postcodes, programme, fileName, ...(purposeOf ? { purposeOf } : {}) });
}

const programmeStem = (programme: string) => (programme ? `${programme} ` : '');

/** "Export as 360Giving": the JSON package or the flat CSV, refused with a reason when it cannot be made. */
export function export360Giving(format: 'json' | 'csv', programme: string): Result<{ grants: number; fileName: string }> {
  const placed = placedInvestments(workspace.state.investments.value.filter((i) => !programme || i.programme === programme));
  const pkg = threeSixtyGivingPackage(placed, workspace.state.neighbourhoods.value, workspace.state.settings.value.funder);
  if (!pkg.ok) return pkg;
  const fileName = datedFileName(`${programmeStem(programme)}360giving`, format);
  const blob = format === 'json' ? new Blob([JSON.stringify(pkg.value, null, 1)], { type: 'application/json' }) : new Blob([threeSixtyGivingCsv(pkg.value.grants)], { type: 'text/csv;charset=utf-8' });
  downloadBlob(blob, fileName);
  return ok({ grants: pkg.value.grants.length, fileName });
}

/** "Export as Open Referral UK": the directory's CSV tables and JSON in one zip. */
export async function exportOpenReferral(includeContactNames: boolean): Promise<Result<{ services: number; fileName: string }>> {
  const { tables, services, organizations } = openReferralDirectory(workspace.state.assets.value, { includeContactNames, now: new Date().toISOString() });
  if (services.length === 0) return refuse(msg('There is no group, institution or place on the map to list in a directory.'));
  const { zipSync, strToU8 } = await import('fflate');
  const files = Object.fromEntries(Object.entries(openReferralCsvFiles(tables)).map(([name, csv]) => [name, strToU8(csv)]));
  files['services.json'] = strToU8(JSON.stringify(services, null, 1));
  files['organizations.json'] = strToU8(JSON.stringify(organizations, null, 1));
  const fileName = datedFileName('open-referral-uk', 'zip');
  downloadBlob(new Blob([zipSync(files)], { type: 'application/zip' }), fileName);
  return ok({ services: services.length, fileName });
}

/** The Investment tab's table per neighbourhood as CSV for Excel. */
export function downloadInvestmentTable(programme: string): string {
  const { neighbourhoods, overlays } = workspace.state;
  const layer = needLayerOf(overlays.value);
  const placed = placedInvestments(workspace.state.investments.value.filter((i) => !programme || i.programme === programme));
  const rows = investmentByNeighbourhood(placed, neighbourhoods.value, layer).map((r) => ({
    neighbourhood: r.neighbourhood?.name ?? 'In no neighbourhood',
    neighbourhood_code: r.neighbourhood?.code ?? '',
    awarded_gbp: poundsText(r.totalPence),
    grants: r.count,
    residents: r.population ?? '',
    gbp_per_1000_residents: r.perThousandPence === null ? '' : poundsText(r.perThousandPence),
    imd_decile: r.decile ?? '',
  }));
  const fileName = datedFileName(`${programmeStem(programme)}investment by neighbourhood`, 'csv');
  downloadBlob(new Blob([rowsToCsv(rows, 'excel')], { type: 'text/csv;charset=utf-8' }), fileName);
  return fileName;
}
