import type { VNode } from "preact";
import type { SignedIn } from "../../../platform/auth/session.service.js";
import type { Translator } from "../../../platform/i18n/translator.js";

/**
 * A section another module adds to the workspace dashboard (content imports no other
 * module; app.ts lists the panels). It answers null when it has nothing for this person,
 * and speaks the request's workspace language.
 */
export type DashboardPanel = (signedIn: SignedIn, t: Translator) => Promise<VNode | null>;
