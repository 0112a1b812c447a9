import type { Translator } from "../i18n/translator.js";
import { Layout, type SiteChrome } from "./layout.js";

/** The page readers get for 400, 403, 404, 429 and 500, in the page's language. */
export function ErrorPage(props: {
  chrome: SiteChrome;
  t: Translator;
  status: 400 | 403 | 404 | 429 | 500;
  path: string;
}) {
  const { t } = props;
  const keys = {
    400: ["badRequest.title", "badRequest.body"],
    403: ["forbidden.title", "forbidden.body"],
    404: ["notFound.title", "notFound.body"],
    429: ["tooMany.title", "tooMany.body"],
    500: ["serverError.title", "serverError.body"],
  } as const;
  const [title, body] = keys[props.status];
  return (
    <Layout
      chrome={props.chrome}
      t={t}
      section="other"
      meta={{ title: t.t(title), canonicalPath: props.path, noindex: true }}
    >
      <h1 class="page-title">{t.t(title)}</h1>
      <p>{t.t(body)}</p>
      <p>
        <a href={`/${t.locale}`}>{t.t("notFound.home")}</a>
      </p>
    </Layout>
  );
}
