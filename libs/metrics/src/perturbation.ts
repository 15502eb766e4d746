import { PERTURBATION_TABLE } from './perturbation-table';

/** Record keys, and so cell keys, are 0..255 (METRICS.md "Record keys"). */
export const KEY_RANGE = 256;

/** Counts above this share the table's last row. */
export const PERTURBATION_CAP = PERTURBATION_TABLE.length;

/**
 * A cell's key (METRICS.md "Cell keys"): the sum of its records' keys mixed with the sum over every record of its
 * stage in the scope, both mod 256. The same records always give the same key; one record more anywhere in the stage
 * changes the stage sum, which re-draws the key of every cell of the stage, so comparing two reports does not show
 * which cell a new record went into. The mix is a fixed integer hash (Wellons' "lowbias32") of the two sums, so the
 * new keys are unrelated to the old ones. The cell's identity is not an input: the same records counted in two
 * tables (ETHNIC_MINORITY NO and ETHNICITY WHITE_BRITISH, say) get the same key and the same noise, so averaging
 * the two gains nothing.
 */
export function cellKey(cellKeySum: number, stageKeySum: number): number {
  let x = (mod(cellKeySum) << 8) | mod(stageKeySum);
  x ^= x >>> 16;
  x = Math.imul(x, 0x7feb352d);
  x ^= x >>> 15;
  x = Math.imul(x, 0x846ca68b);
  x ^= x >>> 16;
  return (x >>> 0) % KEY_RANGE;
}

/** The count shown in the protected view: the true count plus the table's entry; a true 0 stays 0. */
export function perturb(trueCount: number, key: number): number {
  if (trueCount <= 0) return 0;
  const row = PERTURBATION_TABLE[Math.min(trueCount, PERTURBATION_CAP) - 1];
  return trueCount + row[mod(key)];
}

const mod = (value: number): number => ((value % KEY_RANGE) + KEY_RANGE) % KEY_RANGE;
