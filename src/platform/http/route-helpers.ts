import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { VNode } from "preact";
import { z } from "zod";
import type { Action } from "../auth/policy.js";
import type { SignedIn } from "../auth/session.service.js";
import { authorize, verifyCsrf } from "./auth.js";
import { parseInput } from "./validate.js";
import { renderDocument } from "../ui/render.js";

const idParams = z.object({ id: z.coerce.number().int().positive().max(2_147_483_647) });

/** The item id of a `/admin/content/:id/...` route; anything else is a 400. */
export function itemIdOf(request: FastifyRequest): number {
  return parseInput(idParams, request.params).id;
}

/** Checks the role (401/403) and, for a state-changing request, the CSRF token (403): every write route's first lines. */
export async function guardWrite(request: FastifyRequest, action: Action): Promise<SignedIn> {
  const signedIn = authorize(request, action);
  await verifyCsrf(request);
  return signedIn;
}

/** Sends a workspace page: HTML, never cached. */
export function sendHtml(reply: FastifyReply, status: number, tree: VNode): FastifyReply {
  return reply
    .code(status)
    .type("text/html; charset=utf-8")
    .header("cache-control", "no-store")
    .send(renderDocument(tree, reply.request.url.split("?")[0]));
}

/** Drops this process's cached pages at once after a write (other processes notice on their next poll). */
export async function refreshPages(app: FastifyInstance): Promise<void> {
  await app.civitas.refreshContentVersion();
}
