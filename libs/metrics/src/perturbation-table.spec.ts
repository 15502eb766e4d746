import { PERTURBATION_TABLE } from './perturbation-table';
import { KEY_RANGE } from './perturbation';

describe('the perturbation table', () => {
  it('has a row for each true count 1..20, each with a value for every key', () => {
    expect(PERTURBATION_TABLE).toHaveLength(20);
    for (const row of PERTURBATION_TABLE) expect(row).toHaveLength(KEY_RANGE);
  });

  it('perturbs by -2..+2 and never makes a count negative', () => {
    PERTURBATION_TABLE.forEach((row, i) => {
      const trueCount = i + 1;
      for (const p of row) {
        expect(p).toBeGreaterThanOrEqual(-2);
        expect(p).toBeLessThanOrEqual(2);
        expect(trueCount + p).toBeGreaterThanOrEqual(0);
      }
    });
  });

  it('has mean perturbation 0 in every row', () => {
    for (const row of PERTURBATION_TABLE) expect(row.reduce((a, b) => a + b, 0)).toBe(0);
  });

  it('has the documented variance: 0.625 for a true 1, 0.875 above', () => {
    const variance = (row: readonly number[]) => row.reduce((sum, p) => sum + p * p, 0) / row.length;
    expect(variance(PERTURBATION_TABLE[0])).toBe(0.625);
    for (const row of PERTURBATION_TABLE.slice(1)) expect(variance(row)).toBe(0.875);
  });
});
