/** Tests call renderers and words directly: load both languages' catalogues first, as the CLI loads one. */
import { loadCatalogue } from "../src/cli/i18n/index.js";

await Promise.all([loadCatalogue("zh"), loadCatalogue("en")]);
