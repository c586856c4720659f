import { AssetSchema, type Asset, type AssetInput } from '../../../../src/model/asset';
import { NeighbourhoodSchema, type Neighbourhood, type NeighbourhoodInput } from '../../../../src/model/neighbourhood';
import { DEFAULT_SETTINGS } from '../../../../src/model/settings';
import { emptyRecords } from '../../../../src/model/change';
import type { IntentContext, WorkspaceView } from '../../../../src/actions/intents/intent';
import { makeAsset, makeNeighbourhood } from '../../factories';

/** A fixed clock and counted ids: an intent's plan is then the same on every run. */
export function fixedContext(now = '2026-11-29T09:00:00.000Z'): IntentContext {
  let n = 0;
  return { now, newId: () => `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}` };
}

export const asset = (overrides: Partial<AssetInput> = {}): Asset => AssetSchema.parse(makeAsset(overrides));
export const area = (overrides: Partial<NeighbourhoodInput> = {}): Neighbourhood => NeighbourhoodSchema.parse(makeNeighbourhood(overrides));

/** A workspace as plain data: what an intent reads, with no database behind it. */
export function viewWith(records: Partial<WorkspaceView> = {}): WorkspaceView {
  return { ...emptyRecords(), settings: DEFAULT_SETTINGS, ...records };
}

export const square = (x0: number, y0: number, size: number) => ({
  type: 'Polygon' as const,
  coordinates: [
    [
      [x0, y0],
      [x0 + size, y0],
      [x0 + size, y0 + size],
      [x0, y0 + size],
      [x0, y0],
    ],
  ] as [number, number][][],
});
