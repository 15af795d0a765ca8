/**
 * A value that may differ by facility category, by status and by age, in any nesting: a leaf
 * (`value` with its source), or `byCategory`, `byStatus` or `byAge` holding more of the same. A
 * category or status left out of a table is a gap: list it under the version's `missing`.
 */
export interface TableNode {
  value?: string | undefined;
  /** Ratios only: whether `value` is the fund's share (支付比例) or the person's (自付比例). */
  share?: "fund" | "self" | undefined;
  source?: SourceRefValue | undefined;
  interpretation?: string | undefined;
  /** In a `byAge` list: the first age (in whole years on the visit date) of this band, and the first age past it. */
  from?: number | undefined;
  below?: number | undefined;
  byCategory?: Record<string, TableNode> | undefined;
  byStatus?: { "in-service"?: TableNode | undefined; retired?: TableNode | undefined } | undefined;
  byAge?: TableNode[] | undefined;
}
/** A source reference as `sourceRef` in the schema gives it. */
type SourceRefValue = { ref: string; quote: string };

