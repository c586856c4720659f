import { beforeAll, describe, expect, it } from 'vitest';
import { AssetSchema } from '../../../src/model/asset';
import { workspace } from '../../../src/actions/workspace';
import { deleteNeighbourhood, saveNeighbourhood } from '../../../src/actions/neighbourhoods';
import { importNeighbourhoods } from '../../../src/actions/boundary-files';
import { makeAsset } from '../factories';
import { square } from './intents/fixtures';

const inside = AssetSchema.parse(makeAsset({ name: 'Inside', geometry: { type: 'Point', coordinates: [-2.305, 53.445] } }));
const later = AssetSchema.parse(makeAsset({ name: 'Inside after the edit', geometry: { type: 'Point', coordinates: [-2.285, 53.445] } }));
const idsOf = (name: string) => workspace.state.assets.value.find((a) => a.name === name)?.neighbourhoodIds;

describe('neighbourhood actions', () => {
  beforeAll(async () => {
    await workspace.load();
    await workspace.apply({ label: 'Add', assets: { put: [inside, later] } });
  });

  it('assigns assets when a boundary is drawn, re-assigns when it is edited, and clears on delete; undo restores', async () => {
    const saved = await saveNeighbourhood(null, { name: 'Gorse Hill', code: '', notes: '' }, square(-2.31, 53.44, 0.02));
    if (!saved.ok) throw new Error(saved.error.map((p) => p.message).join());
    const id = saved.value.id;
    expect(idsOf('Inside')).toEqual([id]);
    expect(idsOf('Inside after the edit')).toEqual([]);

    const edited = await saveNeighbourhood(id, { name: 'Gorse Hill', code: 'E05000819', notes: 'widened' }, square(-2.31, 53.44, 0.03));
    expect(edited.ok).toBe(true);
    expect(idsOf('Inside after the edit')).toEqual([id]);

    expect(await deleteNeighbourhood(id)).toBe(true);
    expect(idsOf('Inside')).toEqual([]);
    await workspace.undo();
    expect(workspace.state.neighbourhoods.value.map((n) => n.notes)).toEqual(['widened']);
    expect(idsOf('Inside')).toEqual([id]);
  });

  it('refuses a neighbourhood without a name and writes nothing', async () => {
    const before = workspace.state.neighbourhoods.value.length;
    const saved = await saveNeighbourhood(null, { name: '  ', code: '', notes: '' }, square(0, 0, 1));
    expect(saved).toEqual({ ok: false, error: [{ message: 'Name: Give the neighbourhood a name', field: 'name' }] });
    expect(workspace.state.neighbourhoods.value.length).toBe(before);
  });

  it('updates neighbourhoods by code when the same boundary file is imported again', async () => {
    const areas = [{ line: 1, name: 'Ward A', code: 'E05000001', geometry: square(-2.31, 53.44, 0.02), notices: [] }];
    const first = await importNeighbourhoods('wards.geojson', areas);
    const again = await importNeighbourhoods('wards.geojson', [{ ...areas[0]!, name: 'Ward A (renamed)' }]);
    expect(first).toEqual({ ok: true, value: { added: 1, updated: 0 } });
    expect(again).toEqual({ ok: true, value: { added: 0, updated: 1 } });
    expect(workspace.state.neighbourhoods.value.filter((n) => n.code === 'E05000001').map((n) => n.name)).toEqual(['Ward A (renamed)']);
  });
});
