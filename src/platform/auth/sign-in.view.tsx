import type { Translator } from "../i18n/translator.js";
import { AdminLayout } from "../ui/admin-layout.js";
import type { SiteChrome } from "../ui/layout.js";

/** The sign-in form; the error never says whether the account exists. */
export function SignInPage(props: {
  chrome: SiteChrome;
  t: Translator;
  csrfToken: string;
  next: string;
  email?: string;
  error?: string;
}) {
  const { t } = props;
  return (
    <AdminLayout chrome={props.chrome} t={t} title={t.t("signIn.title")}>
      <h1 class="page-title">{t.t("signIn.title")}</h1>
      {props.error ? (
        <p class="notice" role="alert" id="sign-in-error">
          {props.error}
        </p>
      ) : null}
      <form class="stack-form" method="post" action="/admin/sign-in">
        <input type="hidden" name="_csrf" value={props.csrfToken} />
        <input type="hidden" name="next" value={props.next} />
        <label for="email">{t.t("signIn.email")}</label>
        <input
          id="email"
          name="email"
          type="email"
          autocomplete="username"
          required
          maxLength={320}
          value={props.email ?? ""}
          aria-describedby={props.error ? "sign-in-error" : undefined}
        />
        <label for="password">{t.t("signIn.password")}</label>
        <input
          id="password"
          name="password"
          type="password"
          autocomplete="current-password"
          required
          maxLength={1024}
        />
        <button type="submit">{t.t("signIn.submit")}</button>
      </form>
    </AdminLayout>
  );
}
