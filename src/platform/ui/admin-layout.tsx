import type { ComponentChildren } from "preact";
import { can } from "../auth/policy.js";
import type { SignedIn } from "../auth/session.service.js";
import { LOCALES } from "../i18n/locales.js";
import type { Translator } from "../i18n/translator.js";
import { CurrentPath, currentSection } from "./current-path.js";
import type { SiteChrome } from "./layout.js";

/** The frame of every workspace page: never indexed, a skip link, the menu and who is signed in. */
export function AdminLayout(props: {
  chrome: SiteChrome;
  t: Translator;
  title: string;
  signedIn?: SignedIn;
  children: ComponentChildren;
}) {
  const { chrome, t, signedIn } = props;
  const mayReview = signedIn !== undefined && can(signedIn.user, "translations.review");
  // The workspace's sections; the page's own is marked (aria-current), underlined by site.css.
  const links: { href: string; label: string }[] = [
    { href: "/admin", label: t.t("admin.dashboard") },
    { href: "/admin/content", label: t.t("contentAdmin.nav") },
    { href: "/admin/media", label: t.t("media.nav") },
    { href: "/admin/network", label: t.t("network.admin.nav") },
    { href: "/admin/translations", label: t.t("translationAdmin.nav") },
    ...(mayReview
      ? [
          { href: "/admin/review", label: t.t("review.title") },
          { href: "/admin/my-translations", label: t.t("myQueue.title") },
        ]
      : []),
    ...(signedIn && can(signedIn.user, "audit.read")
      ? [{ href: "/admin/audit", label: t.t("audit.title") }]
      : []),
    { href: "/admin/account", label: t.t("account.title") },
  ];
  return (
    <html lang={t.locale} dir={LOCALES[t.locale].dir}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="robots" content="noindex, nofollow" />
        <title>{`${props.title} | ${t.t("admin.title")} | ${chrome.config.siteName}`}</title>
        <link rel="icon" href={chrome.assets.url("favicon.svg")} type="image/svg+xml" />
        <link rel="stylesheet" href={chrome.assets.url("site.css")} />
        <script src={chrome.assets.url("admin.js")} defer />
      </head>
      <body class="admin">
        <a class="skip-link" href="#main">
          {t.t("site.skipLink")}
        </a>
        <header class="site-header">
          <div class="container site-header__bar">
            <a class="site-header__brand" href="/admin">
              <img src={chrome.assets.url("favicon.svg")} alt="" width={36} height={36} />
              <span>{t.t("admin.title")}</span>
            </a>
            {signedIn ? (
              // On a phone, admin.js folds this behind a Menu button (without JavaScript it stays open).
              <div class="admin-menu" id="admin-menu" data-menu-label={t.t("admin.menu")}>
                <nav class="site-nav" aria-label={t.t("admin.nav")}>
                  <CurrentPath.Consumer>
                    {(path) => {
                      const current = currentSection(
                        links.map((link) => link.href),
                        path,
                      );
                      return (
                        <ul>
                          {links.map((link) => (
                            <li key={link.href}>
                              <a
                                href={link.href}
                                aria-current={link.href === current ? "page" : undefined}
                              >
                                {link.label}
                              </a>
                            </li>
                          ))}
                          <li>
                            <a href={`/${chrome.config.sourceLanguage}`}>{t.t("admin.viewSite")}</a>
                          </li>
                        </ul>
                      );
                    }}
                  </CurrentPath.Consumer>
                </nav>
                <form class="admin-session" method="post" action="/admin/sign-out">
                  <span>
                    {t.t("admin.signedInAs", {
                      name: signedIn.user.displayName,
                      role: t.t(`role.${signedIn.user.role}`),
                    })}
                  </span>
                  <input type="hidden" name="_csrf" value={signedIn.csrfToken} />
                  <button type="submit">{t.t("admin.signOut")}</button>
                </form>
              </div>
            ) : null}
          </div>
        </header>
        <main id="main" tabindex={-1}>
          <div class="container">{props.children}</div>
        </main>
      </body>
    </html>
  );
}
