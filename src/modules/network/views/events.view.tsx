import type { LocaleCode } from "../../../platform/config.js";
import { LOCALES } from "../../../platform/i18n/locales.js";
import type { Translator } from "../../../platform/i18n/translator.js";
import { Layout, type SiteChrome } from "../../../platform/ui/layout.js";
import { presentVideo, VideoFacade } from "../../content/index.js";
import { contentItemPath, networkPaths } from "../paths.js";
import type { EventEntry, EventPageData, LocalEvent } from "../site.service.js";
import { zoneOffsetMinutes } from "../time-zones.js";
import type { PageTranslation } from "../translation/network-texts.js";
import { NetworkNav, NetworkSectionPage } from "./components.js";
import { Local, langAttributes, NetworkTranslationNotice, Prose, renderProse } from "./texts.js";

/** When something happens: instants and the zone it is held in. */
export interface EventTimes {
  startsAt: string;
  endsAt: string | null;
  timeZone: string;
}

/** An event's time span in its own zone, e.g. "Thursday 30 September 2021 at 10:00 – 11:30". */
export function EventWhen(props: { t: Translator; event: EventTimes }) {
  const { t, event } = props;
  const zone = event.timeZone;
  const start = t.formatDate(event.startsAt, {
    dateStyle: "full",
    timeStyle: "short",
    timeZone: zone,
  });
  if (!event.endsAt) return <time datetime={withOffset(event.startsAt, zone)}>{start}</time>;
  const sameDay =
    t.formatDate(event.startsAt, { dateStyle: "short", timeZone: zone }) ===
    t.formatDate(event.endsAt, { dateStyle: "short", timeZone: zone });
  const end = sameDay
    ? t.formatDate(event.endsAt, { timeStyle: "short", timeZone: zone })
    : t.formatDate(event.endsAt, { dateStyle: "full", timeStyle: "short", timeZone: zone });
  return (
    <>
      <time datetime={withOffset(event.startsAt, zone)}>{start}</time>
      {" – "}
      <time datetime={withOffset(event.endsAt, zone)}>{end}</time>
    </>
  );
}

/**
 * The same span in the reader's own time zone: empty and hidden in the HTML,
 * filled in by the site's script (src/shared/site.ts) when the reader's zone
 * differs from the event's. The sentence comes from the catalog with its
 * placeholders left for the script.
 */
export function ReaderTime(props: { t: Translator; event: EventTimes }) {
  const { t, event } = props;
  return (
    <span
      class="event-reader-time"
      hidden
      data-reader-time=""
      data-starts={event.startsAt}
      data-ends={event.endsAt ?? undefined}
      data-event-zone={event.timeZone}
      data-locale={LOCALES[t.locale as LocaleCode].intl}
      data-template={t.t("network.event.readerTime", { zone: "{zone}", time: "{time}" })}
    />
  );
}

/** A list of events, network events and events published as content: date, linked title, format. */
export function EventList(props: { t: Translator; entries: EventEntry[]; empty: string }) {
  const { t } = props;
  if (props.entries.length === 0) return <p>{props.empty}</p>;
  return (
    <ul class="network-list">
      {props.entries.map((entry) =>
        entry.kind === "network" ? (
          <li>
            <a
              href={networkPaths.event(t.locale, entry.event.slug)}
              {...langAttributes(t, entry.event.title)}
            >
              {entry.event.title.text}
            </a>
            <br />
            <EventWhen t={t} event={entry.event} />
            {" · "}
            {t.t(`network.format.${entry.event.format}`)}
            <ReaderTime t={t} event={entry.event} />
          </li>
        ) : (
          <li>
            <a
              href={contentItemPath(t.locale, "event", entry.card.slug)}
              {...langAttributes(t, entry.card.title)}
            >
              {entry.card.title.text}
            </a>
            <br />
            <EventWhen t={t} event={{ ...entry.card, timeZone: entry.card.timeZone ?? "UTC" }} />
            <ReaderTime t={t} event={{ ...entry.card, timeZone: entry.card.timeZone ?? "UTC" }} />
          </li>
        ),
      )}
    </ul>
  );
}

/** The network's meetings (the committee page), as an event list. */
export function networkEntries(events: LocalEvent[]): EventEntry[] {
  return events.map((event) => ({ kind: "network", event }));
}

/** The reader's events page: upcoming and past, and the calendar feed. */
export function EventsPage(props: {
  chrome: SiteChrome;
  t: Translator;
  upcoming: EventEntry[];
  past: EventEntry[];
  translation: PageTranslation;
}) {
  const { chrome, t } = props;
  const lang = t.locale;
  return (
    <NetworkSectionPage chrome={chrome} t={t} current="events" translation={props.translation}>
      <p>
        <a href={networkPaths.eventsFeed(lang)} type="text/calendar">
          {t.t("network.events.feed")}
        </a>
      </p>
      <section class="section" aria-labelledby="events-upcoming">
        <h2 id="events-upcoming">{t.t("network.events.upcoming")}</h2>
        <EventList t={t} entries={props.upcoming} empty={t.t("network.events.noneUpcoming")} />
      </section>
      <section class="section" aria-labelledby="events-past">
        <h2 id="events-past">{t.t("network.events.past")}</h2>
        <EventList t={t} entries={props.past} empty={t.t("network.events.nonePast")} />
      </section>
    </NetworkSectionPage>
  );
}

/** An event's page: when (in its zone), format, place, organisers, sponsors, speakers, agenda, attendance, recording, summary. */
export function EventPage(props: { chrome: SiteChrome; t: Translator; data: EventPageData }) {
  const { chrome, t, data } = props;
  const { event } = data;
  const lang = t.locale;
  const path = networkPaths.event(lang, event.slug);
  const description = renderProse(event.description);
  const video = presentVideo(event.recordingUrl);
  const sessionTime = (iso: string) =>
    t.formatDate(iso, { timeStyle: "short", timeZone: event.timeZone });
  return (
    <Layout
      chrome={chrome}
      t={t}
      section="events"
      meta={{
        title: event.title.text,
        description: description?.text.slice(0, 200) || undefined,
        canonicalPath: path,
        jsonLd: [eventJsonLd(chrome.config.baseUrl + path, data, description?.text ?? "")],
      }}
    >
      <NetworkNav t={t} current="events" />
      <article class="article">
        <NetworkTranslationNotice t={t} translation={data.translation} path={path} />
        {event.isCommitteeMeeting ? (
          <p class="card__meta">
            <a href={networkPaths.committee(lang)}>{t.t("network.event.committee")}</a>
          </p>
        ) : null}
        <h1 class="page-title" {...langAttributes(t, event.title)}>
          {event.title.text}
        </h1>
        <dl class="event-facts">
          <dt>{t.t("network.event.when")}</dt>
          <dd>
            <EventWhen t={t} event={event} />
            <br />
            {t.t("network.event.zone", { zone: t.formatTimeZone(event.timeZone, event.startsAt) })}
            <ReaderTime t={t} event={event} />
          </dd>
          <dt>{t.t("network.event.format")}</dt>
          <dd>{t.t(`network.format.${event.format}`)}</dd>
          {event.place.text ? (
            <>
              <dt>{t.t("network.event.place")}</dt>
              <dd>
                <Local t={t} value={event.place} />
              </dd>
            </>
          ) : null}
          {data.organisers.length > 0 ? (
            <>
              <dt>{t.t("network.event.organisers")}</dt>
              <dd>
                <ul class="network-sponsors">
                  {data.organisers.map((o) => (
                    <li>
                      <Local t={t} value={o.name} />
                    </li>
                  ))}
                </ul>
              </dd>
            </>
          ) : null}
          {data.sponsors.length > 0 ? (
            <>
              <dt>{t.t("network.event.sponsors")}</dt>
              <dd>
                <ul class="network-sponsors">
                  {data.sponsors.map((o) => (
                    <li>
                      <Local t={t} value={o.name} />
                    </li>
                  ))}
                </ul>
              </dd>
            </>
          ) : null}
          {event.participantCount !== null ? (
            <>
              <dt>{t.t("network.field.participantCount")}</dt>
              <dd>
                {event.countryCount !== null
                  ? t.t("network.event.participants", {
                      participants: event.participantCount,
                      countries: event.countryCount,
                    })
                  : t.t("network.event.participantsOnly", {
                      participants: event.participantCount,
                    })}
              </dd>
            </>
          ) : null}
        </dl>
        <p>
          <a href={networkPaths.eventIcs(lang, event.slug)} type="text/calendar" download>
            {t.t("network.event.ics")}
          </a>
          {event.registrationUrl ? (
            <>
              {" · "}
              <a href={event.registrationUrl} rel="noopener noreferrer">
                {t.t("network.event.register")}
              </a>
            </>
          ) : null}
        </p>
        <Prose t={t} value={event.description} />
        {data.speakers.length > 0 ? (
          <section class="section" aria-labelledby="event-speakers">
            <h2 id="event-speakers">{t.t("network.event.speakers")}</h2>
            <ul class="network-list">
              {data.speakers.map((person) => (
                <li>
                  <strong>{person.name}</strong>
                  {person.title.text ? (
                    <>
                      {", "}
                      <Local t={t} value={person.title} />
                    </>
                  ) : null}
                </li>
              ))}
            </ul>
          </section>
        ) : null}
        {data.sessions.length > 0 ? (
          <section class="section" aria-labelledby="event-agenda">
            <h2 id="event-agenda">{t.t("network.event.agenda")}</h2>
            <ol class="network-list">
              {data.sessions.map((session) => (
                <li>
                  {session.startsAt ? (
                    <time datetime={withOffset(session.startsAt, event.timeZone)}>
                      {sessionTime(session.startsAt)}
                      {session.endsAt ? `–${sessionTime(session.endsAt)}` : ""}
                    </time>
                  ) : null}
                  {session.startsAt ? " " : ""}
                  <Local t={t} value={session.title} />
                </li>
              ))}
            </ol>
          </section>
        ) : null}
        {/* The facade brings its own "Recording" heading. */}
        {video ? <VideoFacade t={t} video={video} title={event.title.text} /> : null}
        {data.summary ? (
          <p>
            <a href={contentItemPath(lang, data.summary.type, data.summary.slug)}>
              {t.t("network.event.summary", { title: data.summary.title.text })}
            </a>
          </p>
        ) : null}
      </article>
    </Layout>
  );
}

/** An instant written in a zone's local time with its offset ("2021-09-30T10:00:00-04:00"). */
export function withOffset(iso: string, zone: string): string {
  const instant = new Date(iso);
  const offset = zoneOffsetMinutes(instant, zone);
  const local = new Date(instant.getTime() + offset * 60_000).toISOString().slice(0, 19);
  const sign = offset < 0 ? "-" : "+";
  const abs = Math.abs(offset);
  return `${local}${sign}${String(Math.floor(abs / 60)).padStart(2, "0")}:${String(abs % 60).padStart(2, "0")}`;
}

const ATTENDANCE = {
  virtual: "https://schema.org/OnlineEventAttendanceMode",
  "in-person": "https://schema.org/OfflineEventAttendanceMode",
  hybrid: "https://schema.org/MixedEventAttendanceMode",
} as const;

/** schema.org Event for search engines. */
function eventJsonLd(url: string, data: EventPageData, text: string): object {
  const { event } = data;
  const virtual = { "@type": "VirtualLocation", url: event.registrationUrl ?? url };
  const place = { "@type": "Place", name: event.place.text, address: event.place.text };
  const org = (o: { name: { text: string }; website: string | null }) => ({
    "@type": "Organization",
    name: o.name.text,
    ...(o.website ? { url: o.website } : {}),
  });
  return {
    "@context": "https://schema.org",
    "@type": "Event",
    name: event.title.text,
    url,
    ...(text ? { description: text.slice(0, 500) } : {}),
    startDate: withOffset(event.startsAt, event.timeZone),
    endDate: withOffset(event.endsAt, event.timeZone),
    eventStatus: "https://schema.org/EventScheduled",
    eventAttendanceMode: ATTENDANCE[event.format],
    location:
      event.format === "virtual"
        ? virtual
        : event.format === "in-person"
          ? place
          : [place, virtual],
    ...(data.organisers.length > 0 ? { organizer: data.organisers.map(org) } : {}),
    ...(data.sponsors.length > 0 ? { sponsor: data.sponsors.map(org) } : {}),
    ...(data.speakers.length > 0
      ? {
          performer: data.speakers.map((p) => ({
            "@type": "Person",
            name: p.name,
            ...(p.title.text ? { jobTitle: p.title.text } : {}),
          })),
        }
      : {}),
    ...(event.recordingUrl
      ? {
          recordedIn: {
            "@type": "VideoObject",
            name: event.title.text,
            contentUrl: event.recordingUrl,
          },
        }
      : {}),
  };
}
