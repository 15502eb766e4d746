import fc from 'fast-check';
import { CATEGORIES, DIMENSIONS, knownCategories, NOT_KNOWN, perDimension } from './categories';
import { Audience, Dimension, FunnelStage, ReportTallies, StageTally } from './metrics.types';
import { KEY_RANGE, perturb } from './perturbation';
import { DOMINANCE_MINIMUM, PROTECTED_THRESHOLD } from './protected-disclosure';
import { reportView } from './report-views';

/**
 * Properties of the two views (METRICS.md "Disclosure control"), over tallies fast-check makes up: small counts are
 * common (they are where disclosure happens), cell keys are anything 0..255.
 */
const K = 5;
// Enough cases to find a broken rule, few enough to keep the unit tier fast on 2 cores.
fc.configureGlobal({ numRuns: 60 });
const count = fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 0, max: 400 }));
const key = fc.integer({ min: 0, max: KEY_RANGE - 1 });

const breakdown = (dimension: Dimension) =>
  fc.record(Object.fromEntries(CATEGORIES[dimension].map((c) => [c, count])) as Record<string, typeof count>);
const keys = (dimension: Dimension) =>
  fc.record(Object.fromEntries(CATEGORIES[dimension].map((c) => [c, key])) as Record<string, typeof key>);

/** A stage whose every dimension adds up to one total, as the aggregation's do (the ETHNICITY counts give it). */
const stageTally = (stage: FunnelStage): fc.Arbitrary<StageTally> =>
  fc
    .record({
      counts: fc.record(perDimension(breakdown)),
      keys: fc.record(perDimension(keys)),
      totalKey: key,
    })
    .map(({ counts, keys: cellKeys, totalKey }) => {
      const total = Object.values(counts.ETHNICITY).reduce((a, b) => a + b, 0);
      // Make every other dimension add up to the same total by putting the difference in NOT_KNOWN.
      const byDimension = perDimension((dimension) => {
        const cells = { ...counts[dimension] };
        const known = knownCategories(dimension).reduce((n, c) => n + cells[c], 0);
        if (known > total) for (const c of knownCategories(dimension)) cells[c] = 0;
        cells[NOT_KNOWN] = total - knownCategories(dimension).reduce((n, c) => n + cells[c], 0);
        return cells;
      });
      return { stage, total, byDimension, cellKeys: { total: totalKey, byDimension: cellKeys } };
    });

const tallies: fc.Arbitrary<ReportTallies> = fc
  .tuple(stageTally(FunnelStage.APPLIED), stageTally(FunnelStage.HIRED))
  .map(([applied, hired]) => ({
    sides: [{ side: 'VACANCY' as const, tallies: [applied, hired] }],
    outcomes: null,
    benchmark: {},
  }));

/** Every shown cell of a view beside its true count and dimension. */
function cells(stored: ReportTallies, audience: Audience) {
  const view = reportView(stored, audience, K);
  const stages = stored.sides.flatMap((side) => side.tallies);
  return view.diversity.stages.flatMap((shown, i) => [
    { dimension: null, category: 'TOTAL', truth: stages[i].total, count: shown.total },
    ...shown.rows.map((row) => ({
      dimension: row.dimension,
      category: row.category,
      truth: stages[i].byDimension[row.dimension][row.category],
      count: row.count,
    })),
  ]);
}

describe('both views', () => {
  it('give identical output for identical input: re-reading a report reveals nothing', () => {
    fc.assert(
      fc.property(tallies, fc.constantFrom(Audience.STAFF, Audience.PROTECTED), (stored, audience) => {
        expect(reportView(structuredClone(stored), audience, K)).toEqual(reportView(stored, audience, K));
      }),
    );
  });

  it('never show a negative count, and show a true 0 as 0 (or hidden with its dimension)', () => {
    fc.assert(
      fc.property(tallies, fc.constantFrom(Audience.STAFF, Audience.PROTECTED), (stored, audience) => {
        for (const cell of cells(stored, audience)) {
          if (cell.count.value !== null) expect(cell.count.value).toBeGreaterThanOrEqual(0);
          if (cell.truth === 0) expect(cell.count.value === 0 || cell.count.suppressed).toBe(true);
        }
      }),
    );
  });
});

describe('the staff view', () => {
  it('shows exact counts, hides known categories from 1 to k-1, and never hides NOT_KNOWN', () => {
    fc.assert(
      fc.property(tallies, (stored) => {
        for (const cell of cells(stored, Audience.STAFF)) {
          if (cell.count.value !== null) expect(cell.count.value).toBe(cell.truth);
          if (cell.category === NOT_KNOWN) expect(cell.count.suppressed).toBe(false);
          if (cell.category !== NOT_KNOWN && cell.truth > 0 && cell.truth < K) expect(cell.count.suppressed).toBe(true);
        }
      }),
    );
  });

  it('never leaves exactly one known category of a stage and dimension hidden while another is non-zero', () => {
    fc.assert(
      fc.property(tallies, (stored) => {
        const all = cells(stored, Audience.STAFF);
        for (const stageStart of [0, all.length / 2]) {
          const stage = all.slice(stageStart, stageStart + all.length / 2);
          for (const dimension of DIMENSIONS) {
            const known = stage.filter((c) => c.dimension === dimension && c.category !== NOT_KNOWN);
            const hidden = known.filter((c) => c.count.suppressed);
            const otherNonZero = known.some((c) => !c.count.suppressed && c.truth > 0);
            if (hidden.length === 1) expect(otherNonZero).toBe(false);
          }
        }
      }),
    );
  });
});

describe('the protected view', () => {
  it('shows every count within 2 of the truth, and no count from 1 to 9', () => {
    fc.assert(
      fc.property(tallies, (stored) => {
        for (const cell of cells(stored, Audience.PROTECTED)) {
          if (cell.count.value === null) continue;
          expect(Math.abs(cell.count.value - cell.truth)).toBeLessThanOrEqual(2);
          expect(cell.count.value === 0 || cell.count.value >= PROTECTED_THRESHOLD).toBe(true);
        }
      }),
    );
  });

  it('hides the whole dimension when the known categories but the largest hold fewer than 10', () => {
    fc.assert(
      fc.property(tallies, (stored) => {
        const view = reportView(stored, Audience.PROTECTED, K);
        stored.sides[0].tallies.forEach((tally, i) => {
          for (const dimension of DIMENSIONS) {
            const known = knownCategories(dimension).map((c) => tally.byDimension[dimension][c]);
            const knownTotal = known.reduce((a, b) => a + b, 0);
            const dominated = knownTotal > 0 && knownTotal - Math.max(...known) < DOMINANCE_MINIMUM;
            const rows = view.diversity.stages[i].rows.filter((row) => row.dimension === dimension);
            if (dominated) expect(rows.every((row) => row.count.suppressed && row.share === null)).toBe(true);
          }
        });
      }),
    );
  });

  it('perturbs by 0 on average over the keys, for every true count', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10_000 }), (truth) => {
        let sum = 0;
        for (let k = 0; k < KEY_RANGE; k += 1) sum += perturb(truth, k) - truth;
        expect(sum).toBe(0);
      }),
    );
  });

  it('gives shares between 0 and 1, and none from a hidden count', () => {
    fc.assert(
      fc.property(tallies, (stored) => {
        for (const stage of reportView(stored, Audience.PROTECTED, K).diversity.stages) {
          for (const row of stage.rows) {
            if (row.share === null) continue;
            expect(row.count.suppressed).toBe(false);
            expect(row.share).toBeGreaterThanOrEqual(0);
            expect(row.share).toBeLessThanOrEqual(1);
          }
        }
      }),
    );
  });
});
