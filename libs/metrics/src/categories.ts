import { EmploymentStatus } from '@app/catalogue';
import { WARD_SEED } from '@app/reference';
import { Ethnicity, Gender, YesNoPreferNot } from '@app/residents';
import { Dimension, SnapshotColumn } from './metrics.types';

/** METRICS.md "Dimensions and categories": one vocabulary for the tallies, the reports and the open data. */

export const NOT_KNOWN = 'NOT_KNOWN';

/**
 * The ward value brokerage stores for a resident living outside the city. Written out rather than imported from
 * @app/brokerage so that this pure vocabulary does not pull in the brokerage services and module.
 */
export const WARD_OUTSIDE_MANCHESTER = 'OUTSIDE_MANCHESTER';

export const DIMENSIONS: readonly Dimension[] = Object.values(Dimension);

/** The 19 Census 2021 categories, in the Ethnicity enum's (ONS) order. */
const ETHNICITIES: readonly Ethnicity[] = Object.values(Ethnicity).filter((e) => e !== Ethnicity.PREFER_NOT_TO_SAY);

/** GSS high-level groups: Arab and "any other" make up OTHER. Explicit, so a new category cannot slip in unmapped. */
const ETHNIC_GROUP_OF: Readonly<Record<string, string>> = {
  [Ethnicity.WHITE_BRITISH]: 'WHITE',
  [Ethnicity.WHITE_IRISH]: 'WHITE',
  [Ethnicity.WHITE_GYPSY_OR_IRISH_TRAVELLER]: 'WHITE',
  [Ethnicity.WHITE_ROMA]: 'WHITE',
  [Ethnicity.WHITE_OTHER]: 'WHITE',
  [Ethnicity.MIXED_WHITE_AND_BLACK_CARIBBEAN]: 'MIXED',
  [Ethnicity.MIXED_WHITE_AND_BLACK_AFRICAN]: 'MIXED',
  [Ethnicity.MIXED_WHITE_AND_ASIAN]: 'MIXED',
  [Ethnicity.MIXED_OTHER]: 'MIXED',
  [Ethnicity.ASIAN_INDIAN]: 'ASIAN',
  [Ethnicity.ASIAN_PAKISTANI]: 'ASIAN',
  [Ethnicity.ASIAN_BANGLADESHI]: 'ASIAN',
  [Ethnicity.ASIAN_CHINESE]: 'ASIAN',
  [Ethnicity.ASIAN_OTHER]: 'ASIAN',
  [Ethnicity.BLACK_CARIBBEAN]: 'BLACK',
  [Ethnicity.BLACK_AFRICAN]: 'BLACK',
  [Ethnicity.BLACK_OTHER]: 'BLACK',
  [Ethnicity.ARAB]: 'OTHER',
  [Ethnicity.OTHER_ETHNIC_GROUP]: 'OTHER',
};

const YES_NO: readonly string[] = [YesNoPreferNot.YES, YesNoPreferNot.NO];

/** Ward codes sorted so the row order does not depend on how the seed happens to be written. */
const WARD_CODES: readonly string[] = WARD_SEED.map((ward) => ward.code).sort();

/** The known categories of each dimension, in report order; NOT_KNOWN is added last by CATEGORIES. */
const KNOWN: Readonly<Record<Dimension, readonly string[]>> = {
  [Dimension.ETHNIC_GROUP]: ['WHITE', 'MIXED', 'ASIAN', 'BLACK', 'OTHER'],
  [Dimension.ETHNICITY]: ETHNICITIES,
  [Dimension.ETHNIC_MINORITY]: YES_NO,
  [Dimension.GENDER]: [Gender.WOMAN, Gender.MAN, Gender.NON_BINARY, Gender.SELF_DESCRIBED],
  [Dimension.TRANS]: YES_NO,
  [Dimension.DISABILITY]: YES_NO,
  [Dimension.AGE_BAND]: ['16-18', '19-24', '25-34', '35-44', '45-54', '55-64', '65+'],
  [Dimension.WARD]: [...WARD_CODES, WARD_OUTSIDE_MANCHESTER],
  [Dimension.EMPLOYMENT_STATUS]: Object.values(EmploymentStatus),
};

/** A record with one entry per dimension, built by `make`. */
export function perDimension<T>(make: (dimension: Dimension) => T): Record<Dimension, T> {
  return Object.fromEntries(DIMENSIONS.map((dimension) => [dimension, make(dimension)])) as Record<Dimension, T>;
}

/** Every category of each dimension, NOT_KNOWN last: every one of them is a row of the report, zeros included. */
export const CATEGORIES: Readonly<Record<Dimension, readonly string[]>> = perDimension((dimension) => [
  ...KNOWN[dimension],
  NOT_KNOWN,
]);

export function knownCategories(dimension: Dimension): readonly string[] {
  return KNOWN[dimension];
}

/** Which snapshot column each dimension is read from; ethnicity feeds three dimensions. */
export const COLUMN_OF: Readonly<Record<Dimension, SnapshotColumn>> = {
  [Dimension.ETHNIC_GROUP]: 'ethnicity',
  [Dimension.ETHNICITY]: 'ethnicity',
  [Dimension.ETHNIC_MINORITY]: 'ethnicity',
  [Dimension.GENDER]: 'gender',
  [Dimension.TRANS]: 'trans',
  [Dimension.DISABILITY]: 'disability',
  [Dimension.AGE_BAND]: 'age_band',
  [Dimension.WARD]: 'ward',
  [Dimension.EMPLOYMENT_STATUS]: 'employment_status',
};

export function dimensionsFedBy(column: SnapshotColumn): Dimension[] {
  return DIMENSIONS.filter((dimension) => COLUMN_OF[dimension] === column);
}

/**
 * The category of `dimension` for a raw value of the column that feeds it. Missing (null), PREFER_NOT_TO_SAY and
 * anything outside the list are NOT_KNOWN, so a value the platform does not know yet can never invent a row.
 */
export function categoryOf(dimension: Dimension, value: string | null): string {
  if (value === null) return NOT_KNOWN;
  switch (dimension) {
    case Dimension.ETHNIC_GROUP:
      return ETHNIC_GROUP_OF[value] ?? NOT_KNOWN;
    case Dimension.ETHNIC_MINORITY:
      // Any known category except White British counts as an ethnic minority (METRICS.md).
      if (!KNOWN[Dimension.ETHNICITY].includes(value)) return NOT_KNOWN;
      return value === Ethnicity.WHITE_BRITISH ? YesNoPreferNot.NO : YesNoPreferNot.YES;
    default:
      return KNOWN[dimension].includes(value) ? value : NOT_KNOWN;
  }
}

/** Every (dimension, category) a raw snapshot value counts towards. */
export function categorise(column: SnapshotColumn, value: string | null): { dimension: Dimension; category: string }[] {
  return dimensionsFedBy(column).map((dimension) => ({ dimension, category: categoryOf(dimension, value) }));
}
