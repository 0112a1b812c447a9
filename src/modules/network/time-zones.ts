/** Every IANA zone the runtime knows (for the editor's select), UTC included. */
export function listTimeZones(): string[] {
  const zones = Intl.supportedValuesOf("timeZone");
  return zones.includes("UTC") ? zones : ["UTC", ...zones];
}

/** The offset of a zone from UTC at an instant, in minutes (New York in September: -240). */
export function zoneOffsetMinutes(instant: Date, zone: string): number {
  const parts = formatterFor(zone).formatToParts(instant);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  const asUtc = Date.UTC(
    get("year"),
    get("month") - 1,
    get("day"),
    get("hour") % 24,
    get("minute"),
    get("second"),
  );
  return Math.round((asUtc - Math.floor(instant.getTime() / 1000) * 1000) / 60_000);
}

/**
 * The UTC instant of a wall-clock time ("2021-09-30T10:00") in a zone; a time
 * skipped by a DST change moves forward, an ambiguous one takes the earlier instant.
 */
export function zonedToUtc(local: string, zone: string): Date | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(local);
  if (!match) return undefined;
  const [y = 0, mo = 1, d = 1, h = 0, mi = 0, s = 0] = match.slice(1).map((v) => Number(v ?? 0));
  const wall = Date.UTC(y, mo - 1, d, h, mi, s);
  if (Number.isNaN(wall)) return undefined;
  const first = wall - zoneOffsetMinutes(new Date(wall), zone) * 60_000;
  const second = wall - zoneOffsetMinutes(new Date(first), zone) * 60_000;
  const fits = [first, second].filter(
    (t) => t + zoneOffsetMinutes(new Date(t), zone) * 60_000 === wall,
  );
  // Both fit: an hour that happens twice (take the first). Neither: an hour skipped (move forward).
  return new Date(fits.length > 0 ? Math.min(...fits) : Math.max(first, second));
}

/** The wall-clock time of an instant in a zone, "YYYY-MM-DDTHH:MM" (for datetime-local inputs). */
export function utcToZoned(iso: string, zone: string): string {
  const instant = new Date(iso);
  const shifted = new Date(instant.getTime() + zoneOffsetMinutes(instant, zone) * 60_000);
  return shifted.toISOString().slice(0, 16);
}

const formatters = new Map<string, Intl.DateTimeFormat>();
function formatterFor(zone: string): Intl.DateTimeFormat {
  let format = formatters.get(zone);
  if (!format) {
    format = new Intl.DateTimeFormat("en-US", {
      timeZone: zone,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
    });
    formatters.set(zone, format);
  }
  return format;
}
