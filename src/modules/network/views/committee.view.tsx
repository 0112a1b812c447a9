import type { Translator } from "../../../platform/i18n/translator.js";
import type { SiteChrome } from "../../../platform/ui/layout.js";
import type { CommitteeTermRow } from "../committee.repository.js";
import { countryName } from "../countries.js";
import type { LocalEvent } from "../site.service.js";
import type { PageTranslation } from "../translation/network-texts.js";
import { networkPaths } from "../paths.js";
import { formatDay, NetworkSectionPage } from "./components.js";
import { EventList, networkEntries } from "./events.view.js";

/** A committee term on one line: role, period, representative (and the city, on the committee page). */
export function TermLine(props: { t: Translator; term: CommitteeTermRow; withCity: boolean }) {
  const { t, term } = props;
  const from = formatDay(t, term.startsOn);
  return (
    <>
      {props.withCity ? (
        <>
          <a href={networkPaths.city(t.locale, term.citySlug)}>{term.cityName}</a>
          {` (${countryName(term.cityCountry, t.locale)}) — `}
        </>
      ) : null}
      <strong>{t.t(`network.role.${term.role}`)}</strong>
      {", "}
      {term.endsOn
        ? t.t("network.term.period", { from, to: formatDay(t, term.endsOn) })
        : t.t("network.term.since", { from })}
      {term.representativeName
        ? `, ${t.t("network.term.representative", { name: term.representativeName })}`
        : ""}
    </>
  );
}

/** The International Steering Committee: current members (co-chairs first), history, meetings. */
export function CommitteePage(props: {
  chrome: SiteChrome;
  t: Translator;
  current: CommitteeTermRow[];
  past: CommitteeTermRow[];
  meetings: LocalEvent[];
  rulesPath: string | undefined;
  translation: PageTranslation;
}) {
  const { chrome, t } = props;
  return (
    <NetworkSectionPage chrome={chrome} t={t} current="committee" translation={props.translation}>
      {props.rulesPath ? (
        <p>
          <a href={props.rulesPath}>{t.t("network.committee.rules")}</a>
        </p>
      ) : null}
      <section class="section" aria-labelledby="committee-current">
        <h2 id="committee-current">{t.t("network.committee.current")}</h2>
        {props.current.length === 0 ? (
          <p>{t.t("network.committee.none")}</p>
        ) : (
          <ul class="network-list">
            {props.current.map((term) => (
              <li>
                <TermLine t={t} term={term} withCity />
              </li>
            ))}
          </ul>
        )}
      </section>
      <section class="section" aria-labelledby="committee-history">
        <h2 id="committee-history">{t.t("network.committee.history")}</h2>
        {props.past.length === 0 ? (
          <p>{t.t("network.committee.none")}</p>
        ) : (
          <ul class="network-list">
            {props.past.map((term) => (
              <li>
                <TermLine t={t} term={term} withCity />
              </li>
            ))}
          </ul>
        )}
      </section>
      <section class="section" aria-labelledby="committee-meetings">
        <h2 id="committee-meetings">{t.t("network.committee.meetings")}</h2>
        <EventList
          t={t}
          entries={networkEntries(props.meetings)}
          empty={t.t("network.events.nonePast")}
        />
      </section>
    </NetworkSectionPage>
  );
}
