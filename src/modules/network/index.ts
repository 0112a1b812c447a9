/**
 * The network’s public entry: what other modules (search) may use of cities, hubs, people and events
 * (src/modules/network/README.md). Other modules import the network only from here (civitas/layers).
 */
export { type Region } from "./network.table.js";
export { networkPaths } from "./paths.js";
export { loadNetworkTexts, type LocalText } from "./translation/network-texts.js";
