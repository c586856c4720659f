import { describe, expect, it } from 'vitest';
import type { SymbolLayerSpecification } from 'maplibre-gl';
import { needsShaping, shapedLabelId, withShapedTwin } from '../../../src/map/shaped-labels';
import { assetPoint, investmentFeatures, neighbourhoodFeatures } from '../../../src/map/features';
import { AssetSchema } from '../../../src/model/asset';
import { NeighbourhoodSchema } from '../../../src/model/neighbourhood';
import { makeAsset, makeNeighbourhood } from '../factories';

describe('names MapLibre cannot set', () => {
  it('are those in right-to-left and complex scripts; Latin with accents is set by MapLibre', () => {
    expect(['مسجد نور', 'ਗੁਰਦੁਆਰਾ ਸਾਹਿਬ', 'বাংলা স্কুল', 'हिन्दी', 'שלום'].map(needsShaping)).toEqual([true, true, true, true, true]);
    expect(['Oak Hall', 'Świetlica Źródło', 'Café Müller', 'Ελληνικά', '123'].map(needsShaping)).toEqual([false, false, false, false, false]);
  });

  it('are marked on the features that carry them', () => {
    const urdu = assetPoint(AssetSchema.parse(makeAsset({ name: 'مسجد نور' })));
    const latin = assetPoint(AssetSchema.parse(makeAsset({ name: 'Oak Hall' })));
    expect(urdu?.properties.shaped).toBe(true);
    expect(latin?.properties.shaped).toBeUndefined();
  });

  it('split a label layer in two: SDF text for the rest, a browser-drawn image at the same place for them', () => {
    const layer: SymbolLayerSpecification = {
      id: 'asset-labels',
      type: 'symbol',
      source: 'assets',
      minzoom: 15,
      filter: ['!', ['has', 'point_count']],
      layout: { 'text-field': ['get', 'name'], 'text-size': 12, 'text-offset': [0, 1.4], 'text-anchor': 'top' },
    };
    const [text, image] = withShapedTwin(layer, 'asset');
    expect(text?.filter).toEqual(['all', ['!', ['has', 'point_count']], ['!', ['to-boolean', ['get', 'shaped']]]]);
    expect(image).toMatchObject({
      id: 'asset-labels-shaped',
      source: 'assets',
      minzoom: 15,
      filter: ['all', ['!', ['has', 'point_count']], ['to-boolean', ['get', 'shaped']]],
      layout: { 'icon-image': ['concat', 'label|asset|', ['get', 'name']], 'icon-anchor': 'top' },
    });
    // The text's offset of 1.4 em at 12 px is kept in pixels.
    expect((image?.layout?.['icon-offset'] as number[])[1]).toBeCloseTo(16.8);
    expect(shapedLabelId('asset', 'مسجد نور')).toBe('label|asset|مسجد نور');
  });

  it('in a neighbourhood’s name too', () => {
    const features = neighbourhoodFeatures([NeighbourhoodSchema.parse(makeNeighbourhood({ name: 'ਸਾਊਥਫੀਲਡ' }))]);
    expect(features.features[0]?.properties.shaped).toBe(true);
  });

  it('in the Investment tab’s disc labels, which follow the chosen language', () => {
    const disc = (label: string) => investmentFeatures([{ id: 'a', at: [-2.3, 53.4], label, radius: 10 }]).features[0]?.properties.shaped;
    expect(disc('£6,400\n6 گرانٹس')).toBe(true);
    expect(disc('6 400 £\n6 grantów')).toBeUndefined();
  });
});
