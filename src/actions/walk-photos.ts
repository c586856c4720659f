import type { Asset } from '../model/asset';
import type { CategoryId } from '../model/categories';
import type { WalkPhoto } from '../model/walk-photo';
import type { Result } from '../lib/result';
import * as intents from './intents/walk-photos';
import { run } from './workspace';

export type { NewWalkPhoto } from './intents/walk-photos';

/** Keeps a photo taken on a walk; the walk screen calls it once the resident has placed it. */
export const addWalkPhoto = (photo: intents.NewWalkPhoto): Promise<Result<WalkPhoto>> => run(intents.addWalkPhoto, photo);

export const linkWalkPhoto = (id: string, assetId: string): Promise<Result<Asset>> => run(intents.linkWalkPhoto, { id, assetId });

export const makeAssetFromWalkPhoto = (id: string, name: string, category: CategoryId | ''): Promise<Result<Asset>> => run(intents.makeAssetFromWalkPhoto, { id, name, category });

export const setWalkPhotoAside = (id: string, aside: boolean): Promise<Result<WalkPhoto>> => run(intents.setWalkPhotoAside, { id, aside });

export const deleteWalkPhoto = (id: string): Promise<Result<WalkPhoto>> => run(intents.deleteWalkPhoto, { id });
