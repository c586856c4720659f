import { ActionGroupSchema, ActionSchema, MeetingSchema } from '../../../src/model/action-plan';
import { describe, expect, it } from 'vitest';
import { parseBackup, serialiseBackup } from '../../../src/io/backup';
import { Workspace } from '../../../src/store/workspace';
import { emptyRecords } from '../../../src/model/change';
import { createAtlasState } from '../../../src/store/state';
import { AssetSchema } from '../../../src/model/asset';
import { NeighbourhoodSchema } from '../../../src/model/neighbourhood';
import { PhotoSchema } from '../../../src/model/photo';
import { makeAsset, makeNeighbourhood } from '../factories';
import { analyseCoverage } from '../../../src/geo/coverage/analyse-coverage';
import { AnalysisSchema, CoverageQuestionSchema } from '../../../src/model/coverage';
import { InvestmentSchema } from '../../../src/model/investment';
import { WalkPhotoSchema } from '../../../src/model/walk-photo';

let n = 0;
async function workspace(name = `backup-test-${Date.now()}-${n++}`) {
  const state = createAtlasState();
  const ws = new Workspace(state, name, () => undefined);
  await ws.load();
  return { ws, state, name };
}

const park = AssetSchema.parse(makeAsset({ uprn: '000012345678' }));
const photo = PhotoSchema.parse({
  id: crypto.randomUUID(),
  assetId: park.id,
  mimeType: 'image/jpeg',
  width: 2,
  height: 1,
  createdAt: park.createdAt,
  blob: new Blob([new Uint8Array([255, 216, 255, 0, 1, 2])], { type: 'image/jpeg' }),
});
const area = NeighbourhoodSchema.parse(makeNeighbourhood());
const question = CoverageQuestionSchema.parse({ distance: 400 });
const answer = analyseCoverage({ areas: [area], points: Float64Array.from(park.geometry?.type === 'Point' ? park.geometry.coordinates : []), sites: [], distance: 400 });
const analysis = AnalysisSchema.parse({ ...answer, id: crypto.randomUUID(), question, assetCount: 1, inputsStamp: 'x', createdAt: park.createdAt });
const group = ActionGroupSchema.parse({
  id: crypto.randomUUID(),
  neighbourhoodId: area.id,
  name: 'Gorse Hill action group',
  members: [{ id: crypto.randomUUID(), assetId: park.id }],
  createdAt: park.createdAt,
  updatedAt: park.createdAt,
});
const meeting = MeetingSchema.parse({
  id: crypto.randomUUID(),
  actionGroupId: group.id,
  date: '2026-12-03',
  attendeeIds: [group.members[0]?.id],
  notes: 'First meeting',
  createdAt: park.createdAt,
  updatedAt: park.createdAt,
});
const action = ActionSchema.parse({
  id: crypto.randomUUID(),
  actionGroupId: group.id,
  title: 'Picnic in the park',
  buildsOn: [park.id],
  status: 'agreed',
  nextReview: '2027-01-10',
  createdAt: park.createdAt,
  updatedAt: park.createdAt,
});
const walkPhoto = WalkPhotoSchema.parse({
  id: crypto.randomUUID(),
  walk: 'Gorse Hill photo walk, 29 November 2026',
  neighbourhoodId: area.id,
  takenAt: park.createdAt,
  caption: 'The bench where we meet',
  theme: 'Green spaces',
  at: [-2.3, 53.45],
  placedBy: 'gps',
  accuracy: 8,
  outcome: 'linked',
  assetId: park.id,
  mimeType: 'image/jpeg',
  width: 2,
  height: 1,
  blob: new Blob([new Uint8Array([255, 216, 255, 9, 9])], { type: 'image/jpeg' }),
});
const grant = InvestmentSchema.parse({
  id: crypto.randomUUID(),
  programme: 'Microgrants 2026',
  amountPence: 125_050,
  awardedOn: '2026-11-03',
  recipient: { assetId: park.id, orgId: 'GB-COH-01234567' },
  purpose: 'Benches for the park',
  status: 'paid',
  supports: [park.id],
  createdAt: park.createdAt,
  updatedAt: park.createdAt,
});
const data = {
  ...emptyRecords(),
  walkPhotos: [walkPhoto],
  investments: [grant],
  assets: [{ ...park, photos: [photo.id] }],
  neighbourhoods: [area],
  photos: [photo],
  analyses: [analysis],
  actionGroups: [group],
  meetings: [meeting],
  actions: [action],
};

describe('backup and restore', () => {
  it('round-trips a workspace, photos included, into another device', async () => {
    const text = await serialiseBackup(data, '0.1.0', new Date('2026-11-22T12:00:00Z'));
    const parsed = parseBackup(text);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const { ws, state, name } = await workspace();
    expect((await ws.replaceAll(parsed.value)).ok).toBe(true);
    expect(state.assets.value).toEqual(data.assets);
    expect(state.assets.value[0]?.uprn).toBe('000012345678');
    expect(state.neighbourhoods.value).toEqual([area]);
    const [restored] = state.photos.value;
    expect(new Uint8Array(await (restored?.blob ?? new Blob()).arrayBuffer())).toEqual(new Uint8Array([255, 216, 255, 0, 1, 2]));
    await ws.connection.close();
    const reopened = await workspace(name); // what was written, not just what the state shows
    expect(reopened.state.assets.value).toEqual(data.assets);
    expect(reopened.state.photos.value.map((p) => p.id)).toEqual([photo.id]);
    // Saved coverage analyses travel with the workspace, figures and gap outlines included.
    expect(reopened.state.analyses.value).toEqual([analysis]);
    // So does the local action plan: its group, meetings and actions.
    expect(reopened.state.actionGroups.value).toEqual([group]);
    expect(reopened.state.meetings.value).toEqual([meeting]);
    expect(reopened.state.actions.value).toEqual([action]);
    // And the photo walk's photos, their images included.
    const [walked] = reopened.state.walkPhotos.value;
    expect({ ...walked, blob: undefined }).toEqual({ ...walkPhoto, blob: undefined });
    expect(new Uint8Array(await (walked?.blob ?? new Blob()).arrayBuffer())).toEqual(new Uint8Array([255, 216, 255, 9, 9]));
    // And grants, to the penny, the company number's leading zero kept.
    expect(reopened.state.investments.value).toEqual([grant]);
  });

  it('refuses a damaged or foreign file with the reason, and changes nothing', async () => {
    const { ws, state } = await workspace();
    await ws.apply({ label: 'Add', assets: { put: [park] } });
    const good = JSON.parse(await serialiseBackup(data, '0.1.0')) as { counts: { assets: number }; schemaVersion: number };
    const cases: [string, string][] = [
      ['{"type":"FeatureCollection"', 'not valid JSON'],
      ['{"type":"FeatureCollection","features":[]}', 'This is not an Asset Atlas backup file'],
      [JSON.stringify({ ...good, counts: { ...good.counts, assets: 5 } }), 'says it holds 5 assets but 1 are there'],
      [JSON.stringify({ ...good, schemaVersion: 99 }), 'made by a newer Asset Atlas'],
    ];
    for (const [text, reason] of cases) {
      const parsed = parseBackup(text);
      expect(parsed.ok).toBe(false);
      if (!parsed.ok) expect(parsed.error.map((p) => p.message).join('\n')).toContain(reason);
    }
    expect(state.assets.value).toEqual([park]);
  });
});
