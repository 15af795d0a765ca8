/**
 * How money and ratios are written for people, apart from the rest of the vocabulary (`model.ts`
 * exports the same two): the catalogues need only these, and a command that writes no amount
 * (`--help`, `--version`) then initialises none of the engine.
 */
export { formatPercent, formatYuan } from "../core/money.js";
