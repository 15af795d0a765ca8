/**
 * Places as people type them: a city on file (by any of its names, pinyin too), or any city of
 * China from the administrative-division data.
 */
import { YibaoError } from "../shared/errors.js";
import { type Division, divisionByCode, findDivision } from "./divisions.js";
import { type Registry, lookupCity } from "./registry.js";
import type { Policy } from "./schema.js";

/** A place typed by a person: a city on file (by any of its names, pinyin too) or any city of China. */
export function findPlace(registry: Registry, value: string, option: string): Division {
  const onFile = lookupCity(registry, value);
  return (onFile === undefined ? undefined : divisionByCode(onFile.adminCode)) ?? findDivision(value, option);
}

/** The division of a city on file. */
export function divisionOf(policy: Policy): Division {
  const own = divisionByCode(policy.adminCode);
  if (own === undefined) throw new YibaoError("UNKNOWN_PLACE", { option: "adminCode", value: policy.adminCode, province: false });
  return own;
}

