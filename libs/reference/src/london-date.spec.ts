import { addDays, londonToday } from './london-date';

describe('londonToday', () => {
  it('turns at midnight in Manchester, not UTC, in summer time and in winter', () => {
    expect(londonToday(new Date('2026-06-30T22:59:59.999Z'))).toBe('2026-06-30');
    expect(londonToday(new Date('2026-06-30T23:00:00Z'))).toBe('2026-07-01');
    expect(londonToday(new Date('2026-12-31T23:59:59.999Z'))).toBe('2026-12-31');
    expect(londonToday(new Date('2027-01-01T00:00:00Z'))).toBe('2027-01-01');
  });

  it('gives each instant its own day when asked out of order (the remembered minute never leaks)', () => {
    const instants = ['2026-06-30T23:00:30Z', '2026-06-30T22:59:30Z', '2026-06-30T23:00:59Z', '2026-03-29T00:59:00Z'];
    const expected = ['2026-07-01', '2026-06-30', '2026-07-01', '2026-03-29'];
    expect(instants.map((iso) => londonToday(new Date(iso)))).toEqual(expected);
  });

  it('refuses an invalid date as before', () => {
    expect(() => londonToday(new Date('not a date'))).toThrow(RangeError);
  });
});

describe('addDays', () => {
  it('crosses months and years', () => {
    expect(addDays('2026-12-30', 3)).toBe('2027-01-02');
  });
});
