/** The words of the renderers: table rows, headings, footers, chart legends (one entry per label). */
export interface Labels {}
