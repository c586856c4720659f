import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AtlasMap } from '../../../src/map/atlas-map';
import { followState } from '../../../src/ui/map-sync';
import { investmentSymbols, mode, panelTab, send, showInvestmentOnMap } from '../../../src/ui/ui-state';
import { startDerivedLists } from '../../../src/ui/ui-state';
import { appState } from '../../../src/store/state';
import { DEFAULT_SETTINGS } from '../../../src/model/settings';
import { asset } from '../actions/intents/fixtures';

/** A map that records what it was asked to show: enough to test the UI's side of the boundary. */
function recordingMap() {
  const calls: [string, unknown[]][] = [];
  const record =
    (name: string) =>
    (...args: unknown[]) =>
      void calls.push([name, args]);
  const methods = [
    'setAssets',
    'setNeighbourhoods',
    'setOverlays',
    'setCoverage',
    'setHighlightedNeighbourhood',
    'setBoundaryDraft',
    'setSelectedAsset',
    'setPlanAssets',
    'setConnections',
    'setWalkPhotos',
    'setInvestment',
    'setPendingLocation',
    'showPlace',
    'setPlacing',
    'fitTo',
    'setOnlineBasemap',
    'setBasemapFile',
    'setTileSource',
    'setDataAttribution',
    'resize',
    'destroy',
  ] as const;
  const map = Object.fromEntries(methods.map((m) => [m, record(m)])) as unknown as AtlasMap;
  const last = (name: string) => calls.filter(([n]) => n === name).at(-1)?.[1];
  return { map, calls, last };
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 5));

describe('the map follows the app\u2019s state', () => {
  let stop = () => {};
  let stopLists = () => {};
  beforeEach(() => {
    appState.assets.value = [];
    appState.neighbourhoods.value = [];
    appState.settings.value = DEFAULT_SETTINGS;
    appState.selectedAssetId.value = null;
    mode.value = { kind: 'browse' };
    stopLists = startDerivedLists();
  });
  afterEach(() => (stop(), stopLists()));

  it('hands over the assets, frames them the first time only, and credits the demo data while it is there', async () => {
    const { map, calls, last } = recordingMap();
    stop = followState(map);
    const demo = asset({ name: 'Demo hall', source: 'Millbrook demo workspace' });
    appState.assets.value = [demo];
    await tick();
    expect(last('setAssets')).toEqual([[demo], [demo]]);
    expect(calls.filter(([n]) => n === 'fitTo')).toHaveLength(1);
    expect(last('setDataAttribution')).toEqual(['Millbrook demo data is fictional']);
    appState.assets.value = [asset({ name: 'Own hall', source: 'survey' })];
    await tick();
    expect(calls.filter(([n]) => n === 'fitTo')).toHaveLength(1);
    expect(last('setDataAttribution')).toEqual(['']);
  });

  it('shows the selected asset and where a new one will go, and draws a boundary as it is drawn', async () => {
    const { map, last } = recordingMap();
    const park = asset({ name: 'Park', geometry: { type: 'Point', coordinates: [-2.3, 53.45] } });
    appState.assets.value = [park];
    stop = followState(map);
    appState.selectedAssetId.value = park.id;
    expect(last('setSelectedAsset')).toEqual([park]);
    expect(last('showPlace')).toEqual([[-2.3, 53.45], true]);
    send({ type: 'add-asset' });
    expect(last('setPlacing')).toEqual([true]);
    send({ type: 'map-tapped', at: [-2.31, 53.44] });
    expect(last('setPendingLocation')).toEqual([[-2.31, 53.44]]);
    send({ type: 'draw-neighbourhood' });
    for (const at of [
      [0, 0],
      [0.01, 0],
      [0, 0.01],
    ] as [number, number][])
      send({ type: 'map-tapped', at });
    expect(last('setBoundaryDraft')).toMatchObject([{ closed: true, selected: null, crossings: [] }]);
    expect(last('setPendingLocation')).toEqual([null]);
    send({ type: 'cancel' });
    expect(last('setBoundaryDraft')).toEqual([null]);
    expect(last('setPlacing')).toEqual([false]);
  });

  it('keeps the zoom when a save selects what was saved, and moves nothing when the selected asset is edited', async () => {
    const { map, calls } = recordingMap();
    const hall = asset({ name: 'Hall', geometry: { type: 'Point', coordinates: [-2.3, 53.45] } });
    stop = followState(map);
    send({ type: 'add-asset' });
    send({ type: 'map-tapped', at: [-2.3, 53.45] });
    // What saving does: the asset lands, is selected while the form is still open, then the form closes.
    appState.assets.value = [hall];
    appState.selectedAssetId.value = hall.id;
    send({ type: 'done' });
    appState.assets.value = [{ ...hall, name: 'Hall (renamed)' }];
    await tick();
    // Centred at the zoom the user chose; not framed (the first data), not zoomed in.
    expect(calls.filter(([n]) => n === 'showPlace' || n === 'fitTo')).toEqual([['showPlace', [[-2.3, 53.45], false]]]);
    appState.selectedAssetId.value = null;
    appState.selectedAssetId.value = hall.id; // chosen again from the list
    expect(calls.filter(([n]) => n === 'showPlace').at(-1)).toEqual(['showPlace', [[-2.3, 53.45], true]]);
  });

  it('draws money per neighbourhood only while the Investment tab is open and it is wanted', () => {
    const { map, last } = recordingMap();
    const disc = { id: 'n1', at: [-2.3, 53.45], label: '£2,500\n3 grants', radius: 20 };
    investmentSymbols.value = [disc];
    panelTab.value = 'assets';
    stop = followState(map);
    expect(last('setInvestment')).toEqual([[]]);
    panelTab.value = 'investment';
    expect(last('setInvestment')).toEqual([[disc]]);
    showInvestmentOnMap.value = false;
    expect(last('setInvestment')).toEqual([[]]);
    showInvestmentOnMap.value = true;
    panelTab.value = 'assets';
    investmentSymbols.value = [];
  });

  it('switches the online basemap with the setting', () => {
    const { map, last } = recordingMap();
    stop = followState(map);
    expect(last('setOnlineBasemap')).toEqual([false]);
    appState.settings.value = { ...DEFAULT_SETTINGS, onlineBasemap: true };
    expect(last('setOnlineBasemap')).toEqual([true]);
  });
});
