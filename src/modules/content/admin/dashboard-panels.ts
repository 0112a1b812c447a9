import type { VNode } from "preact";
import type { SignedIn } from "../../../platform/auth/session.service.js";

/**
 * A section another module adds to the workspace dashboard (content imports no other
 * module; app.ts lists the panels). It answers null when it has nothing for this person.
 */
export type DashboardPanel = (signedIn: SignedIn) => Promise<VNode | null>;
