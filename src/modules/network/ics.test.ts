import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { buildCalendar, escapeText, foldLine } from "./ics.js";
import { utcToZoned, zonedToUtc } from "./time-zones.js";

const base = {
  uid: "network-event-1@cities.example.org",
  startsAt: "2021-09-30T14:00:00.000Z",
  endsAt: "2021-09-30T15:30:00.000Z",
  updatedAt: "2021-10-01T09:00:00.000Z",
  title: "Cities, mayors; and \\ back-slashes",
  description: "Line one, with a comma;\nline two: \\n stays literal\r\nthree",
  location: "Brussels, Belgium",
  url: "https://cities.example.org/en/network/events/x",
  timeZone: "America/New_York",
};

describe("iCalendar output (RFC 5545)", () => {
  it("escapes backslashes, semicolons, commas and newlines in text, and reads back the same text", () => {
    expect(escapeText("a,b;c\\d\ne")).toBe("a\\,b\\;c\\\\d\\ne");
    const ics = buildCalendar({ name: "Feed, with; specials", events: [base] });
    const calendar = new ICAL.Component(ICAL.parse(ics));
    expect(ics).toContain("X-WR-CALNAME:Feed\\, with\\; specials\r\n");
    const event = new ICAL.Event(calendar.getFirstSubcomponent("vevent") ?? undefined);
    expect(event.summary).toBe(base.title);
    expect(event.description).toBe("Line one, with a comma;\nline two: \\n stays literal\nthree");
    expect(event.location).toBe("Brussels, Belgium");
    expect(event.uid).toBe(base.uid);
    expect(event.startDate.toJSDate().toISOString()).toBe(base.startsAt);
    expect(event.startDate.zone.tzid).toBe("UTC");
  });

  it("ends lines with CRLF and folds them at 75 octets without splitting a character", () => {
    const long = { ...base, description: "Résumé de la réunion — ".repeat(20) + "😀".repeat(30) };
    const ics = buildCalendar({ name: "x", events: [long] });
    expect(ics.endsWith("\r\n")).toBe(true);
    expect(ics.replace(/\r\n/g, "")).not.toContain("\n");
    for (const line of ics.split("\r\n")) {
      expect(Buffer.byteLength(line, "utf8")).toBeLessThanOrEqual(75);
      expect(line).not.toContain("\uFFFD");
    }
    const event = new ICAL.Event(
      new ICAL.Component(ICAL.parse(ics)).getFirstSubcomponent("vevent") ?? undefined,
    );
    expect(event.description).toBe(long.description);
    expect(foldLine("x".repeat(75))).toBe("x".repeat(75));
    expect(foldLine("x".repeat(76))).toBe(`${"x".repeat(75)}\r\n x`);
  });
});

describe("wall-clock times in a zone", () => {
  it("converts both ways across daylight-saving changes", () => {
    expect(zonedToUtc("2021-09-30T10:00", "America/New_York")?.toISOString()).toBe(
      "2021-09-30T14:00:00.000Z",
    );
    expect(zonedToUtc("2021-12-30T10:00", "America/New_York")?.toISOString()).toBe(
      "2021-12-30T15:00:00.000Z",
    );
    expect(zonedToUtc("2027-03-17T14:00", "Europe/Brussels")?.toISOString()).toBe(
      "2027-03-17T13:00:00.000Z",
    );
    expect(zonedToUtc("2021-09-22T14:00", "Asia/Kathmandu")?.toISOString()).toBe(
      "2021-09-22T08:15:00.000Z",
    );
    // 02:30 does not exist on 14 March 2021 in New York: it moves forward.
    expect(zonedToUtc("2021-03-14T02:30", "America/New_York")?.toISOString()).toBe(
      "2021-03-14T07:30:00.000Z",
    );
    // 01:30 happens twice on 7 November 2021 in New York: the first one (EDT).
    expect(zonedToUtc("2021-11-07T01:30", "America/New_York")?.toISOString()).toBe(
      "2021-11-07T05:30:00.000Z",
    );
    expect(utcToZoned("2021-09-30T14:00:00.000Z", "America/New_York")).toBe("2021-09-30T10:00");
    expect(zonedToUtc("30/09/2021 10:00", "UTC")).toBeUndefined();
  });
});
