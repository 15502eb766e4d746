import { EmploymentStatus } from '@app/catalogue';
import { Ethnicity, Gender, YesNoPreferNot } from '@app/residents';
import { ageBand, snapshotOf } from './demographics';

describe('ageBand (METRICS.md bands, age on the day the record is made)', () => {
  it.each([
    ['2010-11-24', null], // 15 the day before their birthday: no band
    ['2010-11-23', '16-18'], // 16 today
    ['2007-11-24', '16-18'], // 18, nineteenth birthday tomorrow
    ['2007-11-23', '19-24'],
    ['2001-11-24', '19-24'],
    ['2001-11-23', '25-34'],
    ['1991-11-23', '35-44'],
    ['1981-11-23', '45-54'],
    ['1971-11-23', '55-64'],
    ['1961-11-24', '55-64'],
    ['1961-11-23', '65+'],
    ['1930-01-01', '65+'],
  ])('born %s → %s on 2026-11-23', (born, band) => {
    expect(ageBand(born, '2026-11-23')).toBe(band);
  });

  it('is NOT_KNOWN (null) without a date of birth', () => {
    expect(ageBand(null, '2026-11-23')).toBeNull();
  });
});

describe('snapshotOf', () => {
  it('copies the answers as they are and works out the age band', () => {
    expect(
      snapshotOf(
        {
          ethnicity: Ethnicity.ASIAN_BANGLADESHI,
          gender: Gender.PREFER_NOT_TO_SAY,
          trans: null,
          disability: YesNoPreferNot.NO,
          dateOfBirth: '2000-02-29',
          wardCode: 'E05011361',
          employmentStatus: EmploymentStatus.UNEMPLOYED,
        },
        '2026-02-28',
      ),
    ).toEqual({
      ethnicity: Ethnicity.ASIAN_BANGLADESHI,
      gender: Gender.PREFER_NOT_TO_SAY,
      trans: null,
      disability: YesNoPreferNot.NO,
      ageBand: '25-34', // 25 on 28 February 2026 (birthday 29 February counts from 1 March)
      ward: 'E05011361',
      employmentStatus: EmploymentStatus.UNEMPLOYED,
    });
  });
});
