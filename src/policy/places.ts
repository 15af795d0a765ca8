/**
 * Places as people type them: a city on file (by any of its names, pinyin too), or any city of
 * China from the administrative-division data.
 */
import { type Field, YibaoError, rec } from "../shared/errors.js";
import { type Division, divisionByCode, findDivision } from "./divisions.js";
import { type Registry, lookupCity } from "./registry.js";
import type { Policy } from "./schema.js";

/** A place typed by a person: a city on file (by any of its names, pinyin too) or any city of China. */
export function findPlace(registry: Registry, value: string, field: Field): Division {
  const onFile = lookupCity(registry, value);
  return (onFile === undefined ? undefined : divisionByCode(onFile.adminCode)) ?? findDivision(value, field);
}

/** The division of a city on file. */
export function divisionOf(policy: Policy): Division {
  const own = divisionByCode(policy.adminCode);
  if (own === undefined) throw new YibaoError("UNKNOWN_PLACE", { field: rec("adminCode"), value: policy.adminCode, province: false });
  return own;
}

