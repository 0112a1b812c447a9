import type { Translator } from "../../../platform/i18n/translator.js";
import { Layout, type SiteChrome } from "../../../platform/ui/layout.js";
import { renderMarkdown } from "../../content/markdown/render-markdown.js";
import { presentVideo } from "../../content/media.presenter.js";
import { VideoFacade } from "../../content/views/components.js";
import type { EventDetails } from "../event.repository.js";
import type { NetworkEvent } from "../network.table.js";
import { contentItemPath, networkPaths } from "../paths.js";
import { zoneOffsetMinutes } from "../time-zones.js";
import { NetworkNav } from "./components.js";

/** An event's time span in its own zone, e.g. "Thursday 30 September 2021 at 10:00 – 11:30". */
export function EventWhen(props: { t: Translator; event: NetworkEvent }) {
  const { t, event } = props;
  const zone = event.timeZone;
  const start = t.formatDate(event.startsAt, {
    dateStyle: "full",
    timeStyle: "short",
    timeZone: zone,
  });
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

/** A list of events: date, linked title, format. */
export function EventList(props: { t: Translator; events: NetworkEvent[]; empty: string }) {
  const { t } = props;
  if (props.events.length === 0) return <p>{props.empty}</p>;
  return (
    <ul class="network-list">
      {props.events.map((event) => (
        <li>
          <a href={networkPaths.event(t.locale, event.slug)}>{event.title}</a>
          <br />
          <EventWhen t={t} event={event} />
          {" · "}
          {t.t(`network.format.${event.format}`)}
        </li>
      ))}
    </ul>
  );
}

/** Upcoming and past events, and the calendar feed. */
export function EventsPage(props: {
  chrome: SiteChrome;
  t: Translator;
  upcoming: NetworkEvent[];
  past: NetworkEvent[];
}) {
  const { chrome, t } = props;
  const lang = t.locale;
  return (
    <Layout
      chrome={chrome}
      t={t}
      section="network"
      meta={{ title: t.t("network.events.title"), canonicalPath: networkPaths.events(lang) }}
    >
      <h1 class="page-title">{t.t("network.events.title")}</h1>
      <NetworkNav t={t} current="events" />
      <p>
        <a href={networkPaths.eventsFeed(lang)} type="text/calendar">
          {t.t("network.events.feed")}
        </a>
      </p>
      <section class="section" aria-labelledby="events-upcoming">
        <h2 id="events-upcoming">{t.t("network.events.upcoming")}</h2>
        <EventList t={t} events={props.upcoming} empty={t.t("network.events.noneUpcoming")} />
      </section>
      <section class="section" aria-labelledby="events-past">
        <h2 id="events-past">{t.t("network.events.past")}</h2>
        <EventList t={t} events={props.past} empty={t.t("network.events.nonePast")} />
      </section>
    </Layout>
  );
}

/** An event's page: when (in its zone), format, place, organisers, sponsors, speakers, agenda, attendance, recording, summary. */
export function EventPage(props: { chrome: SiteChrome; t: Translator; data: EventDetails }) {
  const { chrome, t, data } = props;
  const { event } = data;
  const lang = t.locale;
  const path = networkPaths.event(lang, event.slug);
  const description = event.description ? renderMarkdown(event.description) : undefined;
  const video = presentVideo(event.recordingUrl);
  const sessionTime = (iso: string) =>
    t.formatDate(iso, { timeStyle: "short", timeZone: event.timeZone });
  return (
    <Layout
      chrome={chrome}
      t={t}
      section="network"
      meta={{
        title: event.title,
        description: description?.text.slice(0, 200) || undefined,
        canonicalPath: path,
        jsonLd: [eventJsonLd(chrome.config.baseUrl + path, data, description?.text ?? "")],
      }}
    >
      <NetworkNav t={t} current="events" />
      <article class="article">
        {event.isCommitteeMeeting ? (
          <p class="card__meta">
            <a href={networkPaths.committee(lang)}>{t.t("network.event.committee")}</a>
          </p>
        ) : null}
        <h1 class="page-title">{event.title}</h1>
        <dl class="event-facts">
          <dt>{t.t("network.event.when")}</dt>
          <dd>
            <EventWhen t={t} event={event} />
            <br />
            {t.t("network.event.zone", { zone: event.timeZone })}
          </dd>
          <dt>{t.t("network.event.format")}</dt>
          <dd>{t.t(`network.format.${event.format}`)}</dd>
          {event.place ? (
            <>
              <dt>{t.t("network.event.place")}</dt>
              <dd>{event.place}</dd>
            </>
          ) : null}
          {data.organisers.length > 0 ? (
            <>
              <dt>{t.t("network.event.organisers")}</dt>
              <dd>{data.organisers.map((o) => o.name).join("; ")}</dd>
            </>
          ) : null}
          {data.sponsors.length > 0 ? (
            <>
              <dt>{t.t("network.event.sponsors")}</dt>
              <dd>
                <ul class="network-sponsors">
                  {data.sponsors.map((o) => (
                    <li>{o.name}</li>
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
        {/* Sanitized by the content module's Markdown pipeline. */}
        {description ? (
          <div class="prose" dangerouslySetInnerHTML={{ __html: description.html }} />
        ) : null}
        {data.speakers.length > 0 ? (
          <section class="section" aria-labelledby="event-speakers">
            <h2 id="event-speakers">{t.t("network.event.speakers")}</h2>
            <ul class="network-list">
              {data.speakers.map((person) => (
                <li>
                  <strong>{person.name}</strong>
                  {person.title ? `, ${person.title}` : ""}
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
                  {session.title}
                </li>
              ))}
            </ol>
          </section>
        ) : null}
        {/* The facade brings its own "Recording" heading. */}
        {video ? <VideoFacade t={t} video={video} title={event.title} /> : null}
        {data.summary ? (
          <p>
            <a href={contentItemPath(lang, data.summary.type, data.summary.slug)}>
              {t.t("network.event.summary", { title: data.summary.title })}
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
function eventJsonLd(url: string, data: EventDetails, text: string): object {
  const { event } = data;
  const virtual = { "@type": "VirtualLocation", url: event.registrationUrl ?? url };
  const place = { "@type": "Place", name: event.place, address: event.place };
  const org = (o: { name: string; website: string | null }) => ({
    "@type": "Organization",
    name: o.name,
    ...(o.website ? { url: o.website } : {}),
  });
  return {
    "@context": "https://schema.org",
    "@type": "Event",
    name: event.title,
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
            ...(p.title ? { jobTitle: p.title } : {}),
          })),
        }
      : {}),
    ...(event.recordingUrl
      ? {
          recordedIn: { "@type": "VideoObject", name: event.title, contentUrl: event.recordingUrl },
        }
      : {}),
  };
}
