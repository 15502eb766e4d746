// Census 2021, Manchester (local authority E08000003): usual residents by ethnic group (ONS table TS021, the 19
// categories) and by disability under the Equality Act. Source: Office for National Statistics, Census 2021, via
// github.com/traffordDataLab/open_data (census2021/ethnicity and census2021/health_disability_unpaid_care). Contains
// public sector information licensed under the Open Government Licence v3.0.
// Manchester's usual-resident population, the sum of the 19 ethnic groups, is 551,938; the four disability
// counts sum to the same total.
export const CENSUS_2021_DATE = '2021-03-21';

/** Usual residents by ethnic group, keyed by the Ethnicity enum names (19 entries). */
export const MANCHESTER_ETHNICITY_COUNTS: Readonly<Record<string, number>> = {
  WHITE_BRITISH: 268572,
  WHITE_IRISH: 9442,
  WHITE_GYPSY_OR_IRISH_TRAVELLER: 597,
  WHITE_ROMA: 883,
  WHITE_OTHER: 34138,
  MIXED_WHITE_AND_BLACK_CARIBBEAN: 9987,
  MIXED_WHITE_AND_BLACK_AFRICAN: 5992,
  MIXED_WHITE_AND_ASIAN: 6149,
  MIXED_OTHER: 6898,
  ASIAN_INDIAN: 14857,
  ASIAN_PAKISTANI: 65875,
  ASIAN_BANGLADESHI: 9673,
  ASIAN_CHINESE: 12644,
  ASIAN_OTHER: 12060,
  BLACK_CARIBBEAN: 10472,
  BLACK_AFRICAN: 47858,
  BLACK_OTHER: 7563,
  ARAB: 15028,
  OTHER_ETHNIC_GROUP: 13250,
};

/** Usual residents by disability under the Equality Act (day-to-day activities limited a lot / a little / not). */
export const MANCHESTER_DISABILITY_COUNTS = {
  limitedALot: 45114,
  limitedALittle: 51623,
  notDisabledWithCondition: 30299,
  notDisabledNoCondition: 424902,
} as const;
