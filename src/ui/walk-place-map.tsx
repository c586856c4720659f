import { useEffect, useRef, useState } from 'preact/hooks';
import { MapView } from '../map/map-view';
import type { Neighbourhood } from '../model/neighbourhood';
import type { WalkPhoto } from '../model/walk-photo';
import type { Position } from '../model/geometry';
import { followStreetMap } from './map-sync';
import { t } from '../lib/i18n';

interface Props {
  area: Neighbourhood;
  /** This walk's photos so far: the resident sees where they have been. */
  photos: readonly WalkPhoto[];
  /** Where the photo being described was taken, once known. */
  picked: Position | null;
  onTap: (at: [number, number]) => void;
}

/**
 * The photo walk's own small map: the street map, the neighbourhood's outline and the walk's photos,
 * and nothing else of the workspace (no assets, no people). A tap places the photo.
 */
export function WalkPlaceMap({ area, photos, picked, onTap }: Props) {
  const container = useRef<HTMLDivElement>(null);
  const [view, setView] = useState<MapView | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  // Settled: drawn and still after framing the neighbourhood, so a tap lands where it is aimed.
  const [settled, setSettled] = useState(false);
  const tap = useRef(onTap);
  tap.current = onTap;
  useEffect(() => {
    const element = container.current;
    if (!element) return;
    let created: MapView | null = null;
    let disposed = false;
    const stops: (() => void)[] = [];
    MapView.create(element, { onMapTap: (at) => tap.current(at), onDrawn: () => setSettled(true) })
      .then((map) => {
        if (disposed) return map.destroy();
        created = map;
        map.setPlacing(true);
        map.setNeighbourhoods([area]);
        map.fitTo([area], 24);
        stops.push(...followStreetMap(map));
        const observer = new ResizeObserver(() => map.resize());
        observer.observe(element);
        stops.push(() => observer.disconnect());
        setView(map);
      })
      .catch((error: unknown) => setFailure(error instanceof Error ? error.message : String(error)));
    return () => {
      disposed = true;
      for (const stop of stops) stop();
      created?.destroy();
    };
  }, [area]);
  useEffect(() => view?.setWalkPhotos(photos), [view, photos]);
  useEffect(() => {
    view?.setPendingLocation(picked ? [picked[0], picked[1]] : null);
    if (picked) view?.showPlace([picked[0], picked[1]], false);
  }, [view, picked]);
  return (
    <div class="walk-map-wrap">
      <div ref={container} class="walk-map" role="region" aria-label={t('Map of the walk')} data-ready={view && settled ? 'true' : undefined} />
      {failure && (
        <p class="warning" role="alert">
          {t('The map could not start ({failure}). Use the tablet’s location instead.', { failure })}
        </p>
      )}
    </div>
  );
}
