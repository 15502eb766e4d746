// The adult hourly rate of the UK's statutory minimum wage, by the date it came into force: the National Minimum Wage
// for workers aged 21 and over until March 2016, then the National Living Wage (25 and over from April 2016, 23 and
// over from April 2021, 21 and over from April 2024). Source: GOV.UK, "National Minimum Wage and National Living Wage
// rates" (current and previous rates), Open Government Licence v3.0. Add each April's rate when the government
// confirms it (docs/reference-data.md).
export interface NationalMinimumWageSeed {
  effectiveFrom: string;
  hourlyPence: number;
}

export const NATIONAL_MINIMUM_WAGE_SEED: readonly NationalMinimumWageSeed[] = [
  { effectiveFrom: '2014-10-01', hourlyPence: 650 },
  { effectiveFrom: '2015-10-01', hourlyPence: 670 },
  { effectiveFrom: '2016-04-01', hourlyPence: 720 },
  { effectiveFrom: '2017-04-01', hourlyPence: 750 },
  { effectiveFrom: '2018-04-01', hourlyPence: 783 },
  { effectiveFrom: '2019-04-01', hourlyPence: 821 },
  { effectiveFrom: '2020-04-01', hourlyPence: 872 },
  { effectiveFrom: '2021-04-01', hourlyPence: 891 },
  { effectiveFrom: '2022-04-01', hourlyPence: 950 },
  { effectiveFrom: '2023-04-01', hourlyPence: 1042 },
  { effectiveFrom: '2024-04-01', hourlyPence: 1144 },
  { effectiveFrom: '2025-04-01', hourlyPence: 1221 },
  { effectiveFrom: '2026-04-01', hourlyPence: 1271 },
];
