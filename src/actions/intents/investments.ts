import { InvestmentSchema, formatPounds, type Investment, type InvestmentStatus, type Recipient } from '../../model/investment';
import type { Asset } from '../../model/asset';
import type { Position } from '../../model/geometry';
import { parseWith } from '../../model/problems';
import { ok, refuse, type Result } from '../../lib/result';
import { orgIdFromNumber, type GrantRow, type RefusedRow } from '../../io/read-grants';
import { normalisePostcode } from '../../io/records-to-assets';
import type { Intent, WorkspaceView } from './intent';
import { CHANGE_LABELS, changeLabel } from '../../model/change-labels';
import { fill, msg } from '../../lib/i18n/msg';

/** What the grant form holds; amounts already in pence. */
export interface InvestmentDetails {
  id: string | null;
  programme: string;
  amountPence: number;
  awardedOn: string;
  recipient: Recipient;
  purpose: string;
  status: InvestmentStatus;
  outcome: string;
  supports: readonly string[];
}

function checkRecipient(view: WorkspaceView, recipient: Recipient): Result<Asset | null> {
  if (!('assetId' in recipient)) return ok(null);
  const asset = view.assets.find((a) => a.id === recipient.assetId);
  if (!asset) return refuse(msg('That recipient is no longer on the map. Choose another.'), { field: 'recipient' });
  if (asset.category === 'individuals' && asset.person?.consent.status !== 'given')
    return refuse(fill(msg('“{name}” has not given consent to be recorded, so a grant to them cannot name them.'), { name: asset.name }), { field: 'recipient' });
  return ok(asset);
}

/** Records a grant (or saves its edit); the amount must be under the team's largest grant. */
export const saveInvestment: Intent<InvestmentDetails, Investment> = (view, input, { now, newId }) => {
  const existing = input.id ? view.investments.find((i) => i.id === input.id) : undefined;
  if (input.id && !existing) return refuse(msg('That grant is no longer in the workspace.'));
  const recipient = checkRecipient(view, input.recipient);
  if (!recipient.ok) return recipient;
  if (input.amountPence > view.settings.largestGrantPence)
    return refuse(
      fill(msg('{amount} is more than the largest grant the team records ({largest}). Check the amount, or raise the limit in Settings → Funder.'), {
        amount: formatPounds(input.amountPence),
        largest: formatPounds(view.settings.largestGrantPence),
      }),
      {
        field: 'amount',
      },
    );
  const known = new Set(view.assets.map((a) => a.id));
  const parsed = parseWith(InvestmentSchema, {
    id: existing?.id ?? newId(),
    programme: input.programme,
    amountPence: input.amountPence,
    awardedOn: input.awardedOn,
    recipient: input.recipient,
    purpose: input.purpose,
    status: input.status,
    outcome: input.outcome,
    supports: [...new Set(input.supports)].filter((id) => known.has(id)),
    createdAt: existing?.createdAt ?? now,
    updatedAt: now,
  });
  if (!parsed.ok) return parsed;
  const name = recipient.value?.name ?? ('name' in input.recipient ? input.recipient.name : '');
  const label = changeLabel(existing ? CHANGE_LABELS.editGrant : CHANGE_LABELS.recordGrant, { amount: formatPounds(parsed.value.amountPence), name });
  return ok({ change: { label, investments: { put: [parsed.value] } }, value: parsed.value });
};

export const deleteInvestment: Intent<{ id: string }, Investment> = (view, { id }) => {
  const investment = view.investments.find((i) => i.id === id);
  if (!investment) return refuse(msg('That grant is no longer in the workspace.'));
  return ok({ change: { label: changeLabel(CHANGE_LABELS.deleteGrant, { amount: formatPounds(investment.amountPence) }), investments: { remove: [id] } }, value: investment });
};

/** Names compared as people write them: case, punctuation, "&" for "and" and a leading "The" aside. */
export const sameName = (name: string): string =>
  name
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[\u2018\u2019'`]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .replace(/^the /, '')
    .trim();

export interface GrantImport {
  rows: readonly GrantRow[];
  /** Rows already refused by their values (from io/read-grants). */
  refused: readonly RefusedRow[];
  /** The postcode table (normalised postcode → place), to place groups not on the map. */
  postcodes: ReadonlyMap<string, readonly [number, number]> | null;
  /** For rows with no programme column or an empty cell. */
  programme: string;
  fileName: string;
  /** A grant's purpose where its row gives none, in the coordinator's language; English without it. */
  purposeOf?: (recipient: string) => string;
}

const grantTo = (recipient: string) => `Grant to ${recipient}`;

export interface GrantImportResult {
  imported: number;
  /** To assets on the map. */
  matched: number;
  /** To groups not on the map, placed by their postcode. */
  byPostcode: number;
  refused: RefusedRow[];
}

/** The asset a grant row names: by name (groups and places, never a person), the postcode deciding between namesakes. */
function matchRecipient(row: GrantRow, byName: ReadonlyMap<string, readonly Asset[]>): Result<Asset | null> {
  const candidates = byName.get(sameName(row.recipient)) ?? [];
  if (candidates.length <= 1) return ok(candidates[0] ?? null);
  const postcode = normalisePostcode(row.postcode);
  const here = postcode ? candidates.filter((a) => a.postcode && normalisePostcode(a.postcode) === postcode) : [];
  if (here.length === 1) return ok(here[0] ?? null);
  return refuse(fill(msg('“{name}” matches {count} assets on the map; give the recipient’s postcode to tell them apart'), { name: row.recipient, count: candidates.length }));
}

/**
 * Imports a grants spreadsheet's rows as one undoable change. Each recipient is matched to an asset
 * on the map by name (and postcode between namesakes), or recorded as a group not on the map placed
 * by its postcode from the postcode table. A row whose recipient can be neither is refused with its
 * number and reason; the others are imported.
 */
export const importGrants: Intent<GrantImport, GrantImportResult> = (view, input, { now, newId }) => {
  const byName = new Map<string, Asset[]>();
  for (const asset of view.assets) {
    if (asset.category === 'individuals') continue;
    const key = sameName(asset.name);
    byName.set(key, [...(byName.get(key) ?? []), asset]);
  }
  const refused: RefusedRow[] = [...input.refused];
  const put: Investment[] = [];
  let matched = 0;
  let byPostcode = 0;
  for (const row of input.rows) {
    const match = matchRecipient(row, byName);
    if (!match.ok) {
      refused.push({ row: row.row, reason: match.error.map((p) => p.message).join('; ') });
      continue;
    }
    const orgId = orgIdFromNumber(row.orgNumber) ?? undefined;
    if (row.orgNumber && !orgId) {
      refused.push({ row: row.row, reason: fill(msg('“{value}” is not a charity or company number (e.g. 1234567, 01234567 or GB-CHC-1234567)'), { value: row.orgNumber }) });
      continue;
    }
    let recipient: Recipient;
    if (match.value) {
      recipient = { assetId: match.value.id, ...(orgId ? { orgId } : {}) };
    } else {
      const postcode = normalisePostcode(row.postcode);
      const at = postcode ? input.postcodes?.get(postcode) : undefined;
      if (!at) {
        const reason = !postcode
          ? fill(msg('the recipient “{name}” is not on the map, and the row has no postcode to place it by'), { name: row.recipient })
          : input.postcodes
            ? fill(msg('the recipient “{name}” is not on the map, and its postcode “{postcode}” is not in the postcode table'), { name: row.recipient, postcode: row.postcode })
            : fill(msg('the recipient “{name}” is not on the map, and no postcode table is loaded to place it by its postcode'), { name: row.recipient });
        refused.push({ row: row.row, reason });
        continue;
      }
      recipient = { name: row.recipient, ...(orgId ? { orgId } : {}), at: [at[0], at[1]] as Position };
    }
    const parsed = InvestmentSchema.safeParse({
      id: newId(),
      programme: row.programme || input.programme,
      amountPence: row.amountPence,
      awardedOn: row.awardedOn,
      recipient,
      purpose: row.purpose || (input.purposeOf ?? grantTo)(row.recipient),
      status: row.status,
      outcome: row.outcome,
      supports: [],
      createdAt: now,
      updatedAt: now,
    });
    if (!parsed.success) {
      refused.push({ row: row.row, reason: parsed.error.issues.map((i) => i.message).join('; ') });
      continue;
    }
    put.push(parsed.data);
    if (match.value) matched += 1;
    else byPostcode += 1;
  }
  refused.sort((a, b) => a.row - b.row);
  if (put.length === 0)
    return refuse(fill(refused.length > 0 ? msg('No grant could be imported from “{file}”: every row was refused.') : msg('“{file}” has no grants in it.'), { file: input.fileName }));
  const value = { imported: put.length, matched, byPostcode, refused };
  return ok({ change: { label: changeLabel(CHANGE_LABELS.importGrants, { count: put.length, file: input.fileName }), investments: { put } }, value });
};
