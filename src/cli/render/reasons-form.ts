/** How a batch result line gives its reasons (`--reasons`): codes with values and references, or words with quotes. */
export type ReasonsForm = "codes" | "full";
export const REASONS_FORMS: readonly ReasonsForm[] = ["codes", "full"];
