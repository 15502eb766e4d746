// The Real Living Wage for the UK outside London, as announced each year by the Living Wage Foundation
// (https://www.livingwage.org.uk). A rate is taken to be in force from the day it was announced: accredited
// employers have until the following May to pay it, but the announced rate is the one a resident and a broker
// compare a vacancy against. Add each new rate when it is announced (docs/reference-data.md).
export interface RealLivingWageSeed {
  effectiveFrom: string;
  hourlyPence: number;
}

export const REAL_LIVING_WAGE_SEED: readonly RealLivingWageSeed[] = [
  { effectiveFrom: '2016-11-03', hourlyPence: 845 },
  { effectiveFrom: '2017-11-06', hourlyPence: 875 },
  { effectiveFrom: '2018-11-05', hourlyPence: 900 },
  { effectiveFrom: '2019-11-11', hourlyPence: 930 },
  { effectiveFrom: '2020-11-09', hourlyPence: 950 },
  { effectiveFrom: '2021-11-15', hourlyPence: 990 },
  { effectiveFrom: '2022-09-22', hourlyPence: 1090 },
  { effectiveFrom: '2023-10-24', hourlyPence: 1200 },
  { effectiveFrom: '2024-10-22', hourlyPence: 1260 },
  { effectiveFrom: '2025-10-21', hourlyPence: 1345 },
];
