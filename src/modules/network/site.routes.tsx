import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { VNode } from "preact";
import { z } from "zod";
import type { AppContext } from "../../app-context.js";
import type { LocaleCode } from "../../platform/config.js";
import { NotFoundError } from "../../platform/errors.js";
import { sendPage } from "../../platform/http/send-page.js";
import { parseInput } from "../../platform/http/validate.js";
import { getTranslator, type Translator } from "../../platform/i18n/translator.js";
import type { SiteChrome } from "../../platform/ui/layout.js";
import { renderDocument } from "../../platform/ui/render.js";
import { isSlug } from "../content/index.js";
import { MAX_CITY_SEARCH } from "./city-search.js";
import { isCountryCode } from "./countries.js";
import { findHubBySlug } from "./directory.repository.js";
import { buildCalendar, type CalendarEvent } from "./ics.js";
import { REGIONS } from "./network.table.js";
import { contentItemPath, networkPaths } from "./paths.js";
import { findPublishedItemId } from "./related.repository.js";
import { worldShapes } from "./world-map.js";
import {
  loadCitiesPage,
  loadCityPage,
  loadCommitteePage,
  loadEventPage,
  loadEventsPage,
  loadHubsPage,
  type EventPageData,
  type NetworkReader,
} from "./site.service.js";
import { CitiesPage } from "./views/cities.view.js";
import { CityPage } from "./views/city.view.js";
import { CommitteePage } from "./views/committee.view.js";
import { EventPage, EventsPage } from "./views/events.view.js";
import { HubsPage } from "./views/hubs.view.js";

const blank = <T extends z.ZodType>(schema: T) =>
  z
    .union([z.literal(""), schema])
    .optional()
    .transform((v) => (v === "" ? undefined : (v as z.output<T> | undefined)));
const citiesQuery = z.object({
  region: blank(z.enum(REGIONS)),
  hub: blank(z.string().max(120).refine(isSlug)),
  country: blank(z.string().length(2).toUpperCase().refine(isCountryCode)),
  committee: blank(z.literal("1")),
  q: z.string().max(MAX_CITY_SEARCH).optional(),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
});
type Request = FastifyRequest<{ Params: { lang: string; slug?: string } }>;
const ICS_TYPE = "text/calendar; charset=utf-8";

/** The network's public pages: cities (map and list), a city, hubs, the committee, events, their iCalendar files. */
export function registerNetworkSiteRoutes(app: FastifyInstance, ctx: AppContext): void {
  const chrome: SiteChrome = { config: ctx.config, assets: ctx.assets };
  const readerFor = (t: Translator): NetworkReader => ({
    db: ctx.db,
    config: ctx.config,
    lang: t.locale,
    localizer: ctx.localizer,
    canTranslate: (from, to) => app.civitas.translation.canTranslate(from, to),
  });
  const page =
    (
      handler: (
        request: Request,
        t: Translator,
      ) => Promise<VNode | { tree: VNode; query: Record<string, unknown> }>,
    ) =>
    async (request: Request, reply: FastifyReply) => {
      const version = ctx.pageCache.version;
      const t = translatorFor(ctx, request.params.lang);
      const result = await handler(request, t);
      const { tree, query } = "tree" in result ? result : { tree: result, query: undefined };
      return sendPage(
        request,
        reply,
        ctx.pageCache,
        { body: renderDocument(tree), query },
        version,
      );
    };
  const slugOf = (value: string) => {
    if (!isSlug(value)) throw new NotFoundError();
    return value;
  };

  app.get(
    "/:lang/network",
    page(async (request, t) => {
      const query = parseInput(citiesQuery, request.query);
      const hub = query.hub ? await findHubBySlug(ctx.db, query.hub) : undefined;
      if (query.hub && !hub) throw new NotFoundError();
      const search = query.q?.trim() ?? "";
      const data = await loadCitiesPage(readerFor(t), {
        filter: {
          region: query.region,
          hubId: hub?.id,
          country: query.country,
          committeeOn: query.committee ? today(ctx) : undefined,
        },
        search,
        page: query.page,
      });
      // Past the last page there is nothing to show; page 1 always answers (with "none").
      if (!data) throw new NotFoundError();
      return {
        tree: (
          <CitiesPage
            chrome={chrome}
            t={t}
            data={data}
            search={search}
            committee={!!query.committee}
            hubSlug={query.hub}
          />
        ),
        query,
      };
    }),
  );

  // The map's land, the same for every page and language: named by its hash, kept by browsers for good.
  app.get(
    "/network/maps/:file",
    async (request: FastifyRequest<{ Params: { file: string } }>, reply) => {
      const { image } = worldShapes();
      if (`/network/maps/${request.params.file}` !== image.path) throw new NotFoundError();
      return reply
        .type("image/svg+xml; charset=utf-8")
        .header("cache-control", "public, max-age=31536000, immutable")
        .send(image.svg);
    },
  );

  app.get(
    "/:lang/network/cities/:slug",
    page(async (request, t) => {
      const data = await loadCityPage(readerFor(t), slugOf(request.params.slug ?? ""));
      if (!data) throw new NotFoundError();
      return <CityPage chrome={chrome} t={t} data={data} />;
    }),
  );

  app.get(
    "/:lang/network/hubs",
    page(async (_request, t) => (
      <HubsPage chrome={chrome} t={t} {...await loadHubsPage(readerFor(t))} />
    )),
  );

  app.get(
    "/:lang/network/committee",
    page(async (_request, t) => {
      const data = await loadCommitteePage(readerFor(t), today(ctx));
      // The committee's role and rules are a content page, when the site has one.
      const rulesId = await findPublishedItemId(ctx.db, "page", "international-steering-committee");
      const rulesPath =
        rulesId === undefined
          ? undefined
          : contentItemPath(t.locale, "page", "international-steering-committee");
      return <CommitteePage chrome={chrome} t={t} {...data} rulesPath={rulesPath} />;
    }),
  );

  app.get(
    "/:lang/network/events",
    page(async (_request, t) => (
      <EventsPage chrome={chrome} t={t} {...await loadEventsPage(readerFor(t), ctx.now())} />
    )),
  );

  app.get(
    "/:lang/network/events/:slug",
    page(async (request, t) => {
      const data = await loadEventPage(readerFor(t), slugOf(request.params.slug ?? ""));
      if (!data) throw new NotFoundError();
      return <EventPage chrome={chrome} t={t} data={data} />;
    }),
  );

  app.get("/:lang/network/events/:slug/calendar.ics", async (request: Request, reply) => {
    const version = ctx.pageCache.version;
    const t = translatorFor(ctx, request.params.lang);
    const data = await loadEventPage(readerFor(t), slugOf(request.params.slug ?? ""));
    if (!data) throw new NotFoundError();
    const body = buildCalendar({
      name: data.event.title.text,
      events: [calendarEvent(ctx, t, data)],
    });
    reply.header("content-disposition", `attachment; filename="${data.event.slug}.ics"`);
    return sendPage(request, reply, ctx.pageCache, { body, contentType: ICS_TYPE }, version);
  });

  app.get("/:lang/network/events.ics", async (request: Request, reply) => {
    const version = ctx.pageCache.version;
    const t = translatorFor(ctx, request.params.lang);
    const { upcoming } = await loadEventsPage(readerFor(t), ctx.now());
    const events = [];
    // The feed carries the network's events: they have the structured facts a calendar needs.
    for (const entry of upcoming) {
      if (entry.kind !== "network") continue;
      const data = await loadEventPage(readerFor(t), entry.event.slug);
      if (data) events.push(calendarEvent(ctx, t, data));
    }
    const body = buildCalendar({
      name: t.t("network.events.calendarName", { siteName: ctx.config.siteName }),
      events,
    });
    return sendPage(request, reply, ctx.pageCache, { body, contentType: ICS_TYPE }, version);
  });
}

/** The translator for a served language; any other language segment is a 404. */
function translatorFor(ctx: AppContext, lang: string): Translator {
  if (!(ctx.config.languages as readonly string[]).includes(lang)) throw new NotFoundError();
  return getTranslator(lang as LocaleCode);
}

function today(ctx: AppContext): string {
  return ctx.now().toISOString().slice(0, 10);
}

function calendarEvent(ctx: AppContext, t: Translator, data: EventPageData): CalendarEvent {
  const { event } = data;
  const url = ctx.config.baseUrl + networkPaths.event(t.locale, event.slug);
  const host = new URL(ctx.config.baseUrl).hostname;
  const lines = [
    t.t("network.event.zoneNote", { zone: t.formatTimeZone(event.timeZone, event.startsAt) }),
    ...(data.sponsors.length > 0
      ? [`${t.t("network.event.sponsors")}: ${data.sponsors.map((s) => s.name.text).join(", ")}`]
      : []),
    "",
    event.description.text,
    "",
    url,
  ];
  return {
    uid: `network-event-${event.id}@${host}`,
    startsAt: event.startsAt,
    endsAt: event.endsAt,
    updatedAt: event.updatedAt,
    title: event.title.text,
    description: lines.join("\n").trim(),
    location: event.place.text || (event.format === "virtual" ? url : ""),
    url,
    timeZone: event.timeZone,
  };
}
