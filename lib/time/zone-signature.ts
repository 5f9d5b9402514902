// Mid-January, the weeks when US and EU clocks differ (March and late October), mid-July.
const PROBES = [Date.UTC(2026, 0, 15), Date.UTC(2026, 2, 20), Date.UTC(2026, 6, 15), Date.UTC(2026, 9, 30)].map((t) => new Date(t));

/**
 * The system time zone's offsets at four moments of a year: cheap to read (no Intl object), and
 * different for every zone a person could move between, so anything made for one zone (a date
 * formatter, an expanded schedule) can tell that it is stale when the system's zone changes.
 */
export const zoneSignature = (): string => PROBES.map((d) => d.getTimezoneOffset()).join(',');
