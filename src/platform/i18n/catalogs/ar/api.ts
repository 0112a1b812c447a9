import type { Messages } from "../../catalog.js";
import type { EN_API } from "../en/api.js";

/** Arabic strings of the api part of the workspace. */
export const AR_API = {} as const satisfies Messages<typeof EN_API>;
