import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadBasemapFile, removeBasemapFile, saveBasemapFile, RESERVE_BYTES } from '../../../src/store/basemap-files';
import { makeTraffordBasemap } from '../../../scripts/basemap/make-fixture';
import { sentences } from '../../../src/lib/result';

const bytes = makeTraffordBasemap(9, 10);
const details = {
  fileName: 'trafford.pmtiles',
  size: bytes.length,
  tileType: 'png' as const,
  minZoom: 9,
  maxZoom: 10,
  bounds: [-2.48, 53.35, -2.25, 53.49] as [number, number, number, number],
  attribution: '',
};

describe('basemap files on the device', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('stores a basemap apart from the records (IndexedDB where there is no OPFS), reads it back byte for byte, and frees it', async () => {
    const saved = await saveBasemapFile(new Blob([bytes as Uint8Array<ArrayBuffer>]), details);
    expect(saved.ok && saved.value.storage).toBe('indexeddb');
    const loaded = await loadBasemapFile();
    expect(loaded?.info.fileName).toBe('trafford.pmtiles');
    expect(new Uint8Array(await loaded!.file.arrayBuffer())).toEqual(bytes);
    await removeBasemapFile();
    expect(await loadBasemapFile()).toBeNull();
  });

  it('refuses a basemap that would leave too little room for records, and keeps the one there', async () => {
    await saveBasemapFile(new Blob([bytes as Uint8Array<ArrayBuffer>]), details);
    vi.stubGlobal('navigator', { storage: { estimate: async () => ({ quota: RESERVE_BYTES + 1000, usage: 500 }) } });
    const refused = await saveBasemapFile(new Blob([new Uint8Array(2000)]), { ...details, fileName: 'big.pmtiles', size: 2000 });
    expect(refused.ok).toBe(false);
    expect(!refused.ok && sentences(refused.error)).toContain('would leave too little room for your records');
    vi.unstubAllGlobals();
    expect((await loadBasemapFile())?.info.fileName).toBe('trafford.pmtiles');
  });
});
