import type { PreparedCandidate, PreparedOpening } from './prepare';
import type { ResolvedSettings } from './settings';

const EARTH_KM = 6371;
const RAD = Math.PI / 180;

/** The one-way travel time in minutes, or -1 when it cannot be estimated. */
export function travelMinutes(c: PreparedCandidate, o: PreparedOpening, s: ResolvedSettings): number {
  if (s.travelMinutes !== undefined) {
    const m = s.travelMinutes(c.source, o.source);
    return m === undefined || !Number.isFinite(m) || m < 0 ? -1 : m;
  }
  if (!Number.isNaN(c.lat) && !Number.isNaN(o.lat)) {
    // Equirectangular distance: accurate to well under 1 % at commuting distances.
    const dy = (o.lat - c.lat) * RAD;
    const dx = (o.lon - c.lon) * RAD * 0.5 * (c.cosLat + o.cosLat);
    const km = EARTH_KM * Math.sqrt(dx * dx + dy * dy);
    return s.baseTravelMinutes + km * s.minutesPerKm;
  }
  if (
    c.district !== '' &&
    c.district === o.district &&
    (c.municipality === '' || o.municipality === '' || c.municipality === o.municipality)
  ) {
    return s.sameDistrictMinutes;
  }
  return -1;
}
