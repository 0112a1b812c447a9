import type { Messages } from "../../catalog.js";
import type { EN_API } from "../en/api.js";

/** French strings of the api part of the workspace. */
export const FR_API = {} as const satisfies Messages<typeof EN_API>;
