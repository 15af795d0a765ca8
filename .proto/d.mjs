import("./e.mjs")
