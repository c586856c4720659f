import type { PlacedInvestment } from '../geo/investment-need';
import { isAwarded, poundsText } from '../model/investment';
import type { Neighbourhood } from '../model/neighbourhood';
import type { Funder } from '../model/settings';
import { ok, refuse, type Result } from '../lib/result';
import type { FlatValue } from './asset-properties';
import { rowsToCsv } from './csv-rows';
import { msg } from '../lib/i18n/msg';

/**
 * Grants as the 360Giving Data Standard 1.4 writes them: the JSON package ({"grants": […]}) and the
 * flat spreadsheet form, whose column titles are the schema's own ("Recipient Org:Identifier").
 * Only money awarded is published (awarded, paid, completed); applications and withdrawn grants stay
 * on the tablet. A grant to a person carries no personal identifier and no name, and only the ward as
 * its beneficiary location.
 */

export const THREE_SIXTY_GIVING_VERSION = '1.4';

/** An ONS ward (E05…, W05…, S13…) or LSOA (E01…, W01…) code, and its 360Giving geoCodeType. */
function onsCodeType(code: string | undefined): 'WD' | 'LSOA' | null {
  if (!code) return null;
  if (/^[EW]05\d{6}$|^S13\d{6}$|^N08\d{6}$/.test(code)) return 'WD';
  if (/^[EW]01\d{6}$/.test(code)) return 'LSOA';
  return null;
}

interface GrantLocation {
  name: string;
  countryCode: 'GB';
  geoCode?: string;
  geoCodeType?: string;
}

interface Organisation {
  id: string;
  name: string;
  charityNumber?: string;
  companyNumber?: string;
}

export interface ThreeSixtyGivingGrant {
  id: string;
  title: string;
  description: string;
  currency: 'GBP';
  amountAwarded: number;
  amountDisbursed?: number;
  awardDate: string;
  recipientOrganization?: Organisation[];
  recipientIndividual?: { id: string; name: string };
  beneficiaryLocation: GrantLocation[];
  fundingOrganization: Organisation[];
  grantProgramme: { code: string; title: string }[];
  dateModified: string;
}

const slug = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60) || 'group';

/** The registered number inside an org-id: a charity's for GB-CHC/GB-SC/GB-NIC, a company's for GB-COH (leading zeros kept). */
function registeredNumbers(orgId: string): Pick<Organisation, 'charityNumber' | 'companyNumber'> {
  const [, list = '', number = ''] = /^([A-Z]{2}-[A-Z]+)-(.+)$/.exec(orgId) ?? [];
  if (list === 'GB-CHC' || list === 'GB-SC' || list === 'GB-NIC') return { charityNumber: number };
  if (list === 'GB-COH') return { companyNumber: number };
  return {};
}

/**
 * The recipient as 360Giving names it. A registered organisation by its org-id; a group with none by
 * the funder's prefix and the app's own id for it (or its name), which stays the same on every export.
 */
function recipientOrganisation(placed: PlacedInvestment, prefix: string): Organisation {
  const { recipient } = placed.investment;
  const id = recipient.orgId ?? ('assetId' in recipient ? `${prefix}-ORG-${recipient.assetId}` : `${prefix}-ORG-${slug(recipient.name)}`);
  return { id, name: placed.recipientName, ...(recipient.orgId ? registeredNumbers(recipient.orgId) : {}) };
}

function locations(placed: PlacedInvestment, neighbourhoods: ReadonlyMap<string, Neighbourhood>): GrantLocation[] {
  const out: GrantLocation[] = [];
  for (const id of placed.neighbourhoodIds) {
    const area = neighbourhoods.get(id);
    if (!area) continue;
    const type = onsCodeType(area.code);
    out.push(type === 'WD' && area.code ? { name: area.name, countryCode: 'GB', geoCode: area.code, geoCodeType: 'WD' } : { name: area.name, countryCode: 'GB' });
  }
  // A person's small area (a few hundred homes) would say too much about where they live.
  const small = placed.smallArea;
  if (small && !placed.toIndividual && onsCodeType(small.code) === 'LSOA') out.push({ name: small.name || small.code, countryCode: 'GB', geoCode: small.code, geoCodeType: 'LSOA' });
  return out;
}

/** The grants a 360Giving file holds: money awarded, oldest award first. */
export function threeSixtyGivingGrants(placed: readonly PlacedInvestment[], neighbourhoods: readonly Neighbourhood[], funder: Funder): ThreeSixtyGivingGrant[] {
  const byId = new Map(neighbourhoods.map((n) => [n.id, n]));
  return placed
    .filter((p) => isAwarded(p.investment))
    .sort((a, b) => a.investment.awardedOn.localeCompare(b.investment.awardedOn) || a.investment.id.localeCompare(b.investment.id))
    .map((p) => {
      const i = p.investment;
      const amount = Number(poundsText(i.amountPence));
      const grant: ThreeSixtyGivingGrant = {
        id: `${funder.prefix}-${i.id}`,
        title: i.purpose.length > 120 ? `${i.purpose.slice(0, 119)}…` : i.purpose,
        description: i.purpose,
        currency: 'GBP',
        amountAwarded: amount,
        ...(i.status === 'paid' || i.status === 'completed' ? { amountDisbursed: amount } : {}),
        awardDate: i.awardedOn,
        ...(p.toIndividual ? { recipientIndividual: { id: `${funder.prefix}-IND-${i.id}`, name: 'Individual Recipient' } } : { recipientOrganization: [recipientOrganisation(p, funder.prefix)] }),
        beneficiaryLocation: locations(p, byId),
        fundingOrganization: [{ id: funder.orgId, name: funder.name }],
        grantProgramme: [{ code: `${funder.prefix}-PROG-${slug(i.programme)}`, title: i.programme }],
        dateModified: i.updatedAt,
      };
      return grant;
    });
}

/** The JSON package, refused with a reason when the funder is not set up or nothing was awarded. */
export function threeSixtyGivingPackage(
  placed: readonly PlacedInvestment[],
  neighbourhoods: readonly Neighbourhood[],
  funder: Funder | undefined,
): Result<{ grants: ThreeSixtyGivingGrant[]; version: string }> {
  if (!funder) return refuse(msg('Set up the funder first (Settings → Funder: name, organisation identifier and 360Giving prefix): every 360Giving grant names its funder.'));
  const grants = threeSixtyGivingGrants(placed, neighbourhoods, funder);
  if (grants.length === 0) return refuse(msg('There is no grant awarded to publish: applications and withdrawn grants are not in a 360Giving file.'));
  return ok({ grants, version: THREE_SIXTY_GIVING_VERSION });
}

/** The flat form's columns, titled as the standard's spreadsheet template titles them. */
export const THREE_SIXTY_GIVING_COLUMNS = [
  'Identifier',
  'Title',
  'Description',
  'Currency',
  'Amount Awarded',
  'Amount Disbursed',
  'Award Date',
  'Recipient Org:Identifier',
  'Recipient Org:Name',
  'Recipient Org:Charity Number',
  'Recipient Org:Company Number',
  'Recipient Ind:Identifier',
  'Recipient Ind:Name',
  'Beneficiary Location:0:Name',
  'Beneficiary Location:0:Country Code',
  'Beneficiary Location:0:Geographic Code',
  'Beneficiary Location:0:Geographic Code Type',
  'Beneficiary Location:1:Name',
  'Beneficiary Location:1:Country Code',
  'Beneficiary Location:1:Geographic Code',
  'Beneficiary Location:1:Geographic Code Type',
  'Funding Org:Identifier',
  'Funding Org:Name',
  'Grant Programme:Code',
  'Grant Programme:Title',
  'Last Modified',
] as const;

/** The flat form's four cells of the nth beneficiary location (blank when the grant has fewer). */
function locationCells(locations: readonly GrantLocation[], n: 0 | 1): Record<string, FlatValue> {
  const l = locations[n];
  return {
    [`Beneficiary Location:${n}:Name`]: l?.name ?? '',
    [`Beneficiary Location:${n}:Country Code`]: l?.countryCode ?? '',
    [`Beneficiary Location:${n}:Geographic Code`]: l?.geoCode ?? '',
    [`Beneficiary Location:${n}:Geographic Code Type`]: l?.geoCodeType ?? '',
  };
}

/**
 * The flat form as CSV for Excel (formula-safe, with a BOM): one row per grant, amounts as plain
 * numbers with two decimals, up to two beneficiary locations (the neighbourhood, then the LSOA).
 */
export function threeSixtyGivingCsv(grants: readonly ThreeSixtyGivingGrant[]): string {
  const rows = grants.map((g) => {
    const org = g.recipientOrganization?.[0];
    const cells: Record<string, FlatValue> = {
      Identifier: g.id,
      Title: g.title,
      Description: g.description,
      Currency: g.currency,
      'Amount Awarded': g.amountAwarded.toFixed(2),
      'Amount Disbursed': g.amountDisbursed === undefined ? '' : g.amountDisbursed.toFixed(2),
      'Award Date': g.awardDate,
      'Recipient Org:Identifier': org?.id ?? '',
      'Recipient Org:Name': org?.name ?? '',
      'Recipient Org:Charity Number': org?.charityNumber ?? '',
      'Recipient Org:Company Number': org?.companyNumber ?? '',
      'Recipient Ind:Identifier': g.recipientIndividual?.id ?? '',
      'Recipient Ind:Name': g.recipientIndividual?.name ?? '',
      ...locationCells(g.beneficiaryLocation, 0),
      ...locationCells(g.beneficiaryLocation, 1),
      'Funding Org:Identifier': g.fundingOrganization[0]?.id ?? '',
      'Funding Org:Name': g.fundingOrganization[0]?.name ?? '',
      'Grant Programme:Code': g.grantProgramme[0]?.code ?? '',
      'Grant Programme:Title': g.grantProgramme[0]?.title ?? '',
      'Last Modified': g.dateModified,
    };
    // In the template's column order, whatever order the cells were written in.
    return Object.fromEntries(THREE_SIXTY_GIVING_COLUMNS.map((c) => [c, cells[c] ?? '']));
  });
  return rowsToCsv(rows, 'excel');
}
