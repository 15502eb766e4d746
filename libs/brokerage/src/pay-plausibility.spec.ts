import { implausibleSalary } from './pay-plausibility';

// On 2026-06-01 the adult National Minimum Wage is £12.71 an hour (reference data): half is £6.355.
const ON = '2026-06-01';

describe('implausibleSalary', () => {
  it('accepts salaries from half the National Minimum Wage to £200 an hour', () => {
    expect(implausibleSalary('salaryPence', 2_650_000, 37.5, ON)).toBeNull();
    // 1,300,000 / (37.5 × 52) = 666.7p an hour, above 635.5p.
    expect(implausibleSalary('salaryPence', 1_300_000, 37.5, ON)).toBeNull();
    // £200 an hour exactly, for 10 hours a week.
    expect(implausibleSalary('salaryPence', 20_000 * 10 * 52, 10, ON)).toBeNull();
  });

  it('says "pounds, not pence" when the salary × 100 would be plausible', () => {
    expect(implausibleSalary('salary_pence', 26_500, 37.5, ON)).toBe(
      'salary_pence looks like pounds, not pence: 26500 pence a year is £0.14 an hour for 37.5 hours a week; ' +
        'send 2650000 for £26,500 a year',
    );
  });

  it('refuses a salary below half the minimum wage, naming the rate of the day', () => {
    // 1,200,000 / (37.5 × 52) = 615.4p an hour, below 635.5p; × 100 would be over £200 an hour.
    expect(implausibleSalary('salaryPence', 1_200_000, 37.5, ON)).toBe(
      'salaryPence is £6.15 an hour for 37.5 hours a week, below half the National Minimum Wage in force on ' +
        '2026-06-01 (£6.36 an hour): check the salary and the hours',
    );
    // The same salary was plausible in 2019 (£8.21, half £4.105).
    expect(implausibleSalary('salaryPence', 1_200_000, 37.5, '2019-06-01')).toBeNull();
  });

  it('refuses more than £200 an hour', () => {
    expect(implausibleSalary('salaryPence', 50_000_000, 37.5, ON)).toBe(
      'salaryPence is £256.41 an hour for 37.5 hours a week, above £200 an hour: check the salary and the hours',
    );
  });

  it('without hours, refuses only what no week of 1 to 60 hours explains', () => {
    expect(implausibleSalary('salaryPence', 40_000, null, ON)).toBeNull(); // £400 a year: 1 hour a week
    expect(implausibleSalary('salaryPence', 60_000_000, null, ON)).toBeNull(); // £600,000: 60 hours at £192
    expect(implausibleSalary('salaryPence', 30_000, null, ON)).toMatch(/^salaryPence looks like pounds, not pence/);
    expect(implausibleSalary('salaryPence', 70_000_000, null, ON)).toBe(
      'salaryPence is £224.36 an hour even at 60 hours a week, above £200 an hour: check the salary and the hours',
    );
  });
});
