import { can } from "../../../platform/auth/policy.js";
import type { SignedIn } from "../../../platform/auth/session.service.js";
import type { Db } from "../../../database.js";
import type { Translator } from "../../../platform/i18n/translator.js";
import type { DashboardPanel } from "../../content/index.js";
import { countOpenAssignments } from "./assignment.repository.js";

/** The translator's dashboard section: how many translations are assigned to them, how many overdue. */
export function myTranslationsPanel(db: Db, now: () => Date): DashboardPanel {
  return async (signedIn: SignedIn, t: Translator) => {
    if (!can(signedIn.user, "translations.review")) return null;
    const { open, overdue } = await countOpenAssignments(db, {
      assigneeId: signedIn.user.id,
      now: now().toISOString(),
    });
    if (open === 0) return null;
    return (
      <section class="section" aria-labelledby="my-translations">
        <h2 id="my-translations">{t.t("myQueue.title")}</h2>
        <p>
          <a href="/admin/my-translations" data-queue-count={String(open)}>
            {t.t("myQueue.dashboard", { count: open })}
          </a>
          {overdue > 0 ? (
            <>
              {" "}
              <strong>{t.t("myQueue.dashboardOverdue", { count: overdue })}</strong>
            </>
          ) : null}
        </p>
      </section>
    );
  };
}
