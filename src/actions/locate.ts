import { ok, refuse, type Result } from '../lib/result';
import { round7 } from '../lib/round';
import { msg } from '../lib/i18n/msg';

/** Worse than this, the form warns that the place may be wrong. */
export const POOR_ACCURACY_METRES = 50;

export interface DeviceLocation {
  lngLat: [number, number];
  /** Radius of 68% confidence, in metres, as the device reports it. */
  accuracy: number;
}

/** Asks the device where it is (GPS on a tablet), with a sentence for each way it can fail. */
export function locateDevice(timeoutMs = 15_000): Promise<Result<DeviceLocation>> {
  if (!('geolocation' in navigator)) return Promise.resolve(refuse(msg('This device cannot report its location. Tap the map instead.')));
  return new Promise((resolve) => {
    navigator.geolocation.getCurrentPosition(
      (position) => {
        const { longitude, latitude, accuracy } = position.coords;
        resolve(ok({ lngLat: [round7(longitude), round7(latitude)], accuracy: Math.round(accuracy) }));
      },
      (error) => {
        const reasons: Record<number, string> = {
          1: msg('Location permission was refused. Allow it in the browser settings, or tap the map instead.'),
          2: msg('The device could not find its location (no GPS fix). Try again outdoors, or tap the map instead.'),
          3: msg('Finding the location took too long. Try again, or tap the map instead.'),
        };
        resolve(refuse(reasons[error.code] ?? msg('The location could not be found. Tap the map instead.')));
      },
      // maximumAge 0: asking again (say, after walking to the door) must not return the old fix.
      { enableHighAccuracy: true, timeout: timeoutMs, maximumAge: 0 },
    );
  });
}
