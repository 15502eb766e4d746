import { CATEGORIES, perDimension } from './categories';
import { buildDiversityReport } from './diversity-report';
import {
  Audience,
  Count,
  Dimension,
  DiversityFigures,
  FunnelStage,
  RejectionGroupRow,
  RejectionTally,
  SideTallies,
  StageTally,
} from './metrics.types';
import { cellKey } from './perturbation';
import { PROTECTED_THRESHOLD } from './protected-disclosure';
import { buildTallies } from './report-assembly';
import { REJECTION_REASONS, tallyRejections } from './rejection-reasons';

const K = 5;
const hidden: Count = { value: null, suppressed: true };
const shows = (value: number): Count => ({ value, suppressed: false });
const zeros = (d: Dimension) => Object.fromEntries(CATEGORIES[d].map((c) => [c, 0]));

describe('tallyRejections', () => {
  // Rejections for SKILLS: 6 women (keys 60), 2 men (20); AVAILABILITY: 3 women (9); one without a reason, gender
  // not given (5). Every rejection of the scope: keys 80 + 9 + 5 = 94.
  const rows: RejectionGroupRow[] = [
    { reason: 'SKILLS', column: null, value: null, count: 8, keySum: 80 },
    { reason: 'SKILLS', column: 'gender', value: 'WOMAN', count: 6, keySum: 60 },
    { reason: 'SKILLS', column: 'gender', value: 'MAN', count: 2, keySum: 20 },
    { reason: 'AVAILABILITY', column: null, value: null, count: 3, keySum: 9 },
    { reason: 'AVAILABILITY', column: 'gender', value: 'WOMAN', count: 3, keySum: 9 },
    { reason: 'NOT_GIVEN', column: null, value: null, count: 1, keySum: 5 },
    { reason: 'NOT_GIVEN', column: 'gender', value: null, count: 1, keySum: 5 },
  ];
  const tallies = tallyRejections(rows);
  const of = (reason: string) => tallies.find((t) => t.reason === reason)!;

  it('gives every reason, then the rejections without one, each with every category (zeros included)', () => {
    expect(tallies.map((t) => t.reason)).toEqual([...REJECTION_REASONS, 'NOT_GIVEN']);
    expect(of('SKILLS').byDimension.GENDER).toEqual({ ...zeros(Dimension.GENDER), WOMAN: 6, MAN: 2 });
    expect(of('AVAILABILITY').byDimension.GENDER).toEqual({ ...zeros(Dimension.GENDER), WOMAN: 3 });
    expect(of('NOT_GIVEN').byDimension.GENDER).toEqual({ ...zeros(Dimension.GENDER), NOT_KNOWN: 1 });
    expect(of('EXPERIENCE').byDimension).toEqual(perDimension(zeros));
  });

  it("mixes each cell's key sum with the key sum of every rejection of the scope", () => {
    expect(of('SKILLS').cellKeys.GENDER.WOMAN).toBe(cellKey(60, 94));
    expect(of('SKILLS').cellKeys.GENDER.MAN).toBe(cellKey(20, 94));
    expect(of('AVAILABILITY').cellKeys.GENDER.WOMAN).toBe(cellKey(9, 94));
    expect(of('EXPERIENCE').cellKeys.GENDER.WOMAN).toBe(cellKey(0, 94));
  });

  it('fails loudly on a reason it does not know (the query and this code disagree)', () => {
    expect(() => tallyRejections([{ reason: 'MOOD', column: null, value: null, count: 1, keySum: 1 }])).toThrow(/MOOD/);
  });
});

/** A stage with the given GENDER counts (every cell key 0) and zeros everywhere else. */
function stage(name: FunnelStage, gender: Record<string, number>): StageTally {
  const byDimension = perDimension((d) => (d === Dimension.GENDER ? { ...zeros(d), ...gender } : zeros(d)));
  const total = Object.values(gender).reduce((a, b) => a + b, 0);
  return { stage: name, total, byDimension, cellKeys: { total: 0, byDimension: perDimension(zeros) } };
}

/** One reason's rejections by GENDER, with the given cell keys (0 where not given). */
function rejected(reason: string, gender: Record<string, number>, keys: Record<string, number> = {}): RejectionTally {
  return {
    reason,
    byDimension: perDimension((d) => (d === Dimension.GENDER ? { ...zeros(d), ...gender } : zeros(d))),
    cellKeys: perDimension((d) => (d === Dimension.GENDER ? { ...zeros(d), ...keys } : zeros(d))),
  };
}

const vacancy = (applied: Record<string, number>, hired: Record<string, number>): SideTallies => ({
  side: 'VACANCY',
  tallies: [
    stage(FunnelStage.APPLIED, applied),
    stage(FunnelStage.SHORTLISTED, applied),
    stage(FunnelStage.INTERVIEWED, applied),
    stage(FunnelStage.OFFERED, hired),
    stage(FunnelStage.HIRED, hired),
  ],
});

const rateOf = (figures: DiversityFigures, dimension: Dimension, category: string) =>
  figures.selectionRates.find((r) => r.dimension === dimension && r.category === category)!;

const reasonsOf = (figures: DiversityFigures, category: string) =>
  Object.fromEntries(
    rateOf(figures, Dimension.GENDER, category).rejectionReasons!.map((r) => [r.reason ?? 'none', r.count]),
  );

describe('rejection reasons in the staff view', () => {
  // Women hired at 5/20 = 0.25, men at 10/20 = 0.5: ratio 0.5, flagged by the four-fifths rule.
  const rejections = [
    rejected('SKILLS', { WOMAN: 8, MAN: 6 }),
    rejected('EXPERIENCE', { WOMAN: 2, MAN: 4 }),
    rejected('RIGHT_TO_WORK', { WOMAN: 3, MAN: 7 }),
    rejected('AVAILABILITY', { WOMAN: 6 }),
    rejected('OTHER', {}),
    rejected('NOT_GIVEN', { WOMAN: 5 }),
  ];
  const figures = buildDiversityReport(
    [vacancy({ WOMAN: 20, MAN: 20 }, { WOMAN: 5, MAN: 10 })],
    {},
    Audience.STAFF,
    K,
    rejections,
  );

  it('gives each group of a flagged dimension its rejections by reason, exact above k, a true 0 as 0', () => {
    expect(rateOf(figures, Dimension.GENDER, 'WOMAN').adverseImpact).toBe(true);
    expect(reasonsOf(figures, 'WOMAN')).toEqual({
      SKILLS: shows(8),
      // 2 and 4 are both below k: each hidden by the primary rule.
      EXPERIENCE: hidden,
      // 3 hidden by the primary rule, so the one other non-zero known category (7) is hidden too.
      RIGHT_TO_WORK: hidden,
      AVAILABILITY: shows(6),
      OTHER: shows(0),
      none: shows(5),
    });
    // The best-selected group is given too, for comparison; it is not itself flagged.
    expect(rateOf(figures, Dimension.GENDER, 'MAN').adverseImpact).toBe(false);
    expect(reasonsOf(figures, 'MAN')).toEqual({
      SKILLS: shows(6),
      EXPERIENCE: hidden,
      RIGHT_TO_WORK: hidden,
      AVAILABILITY: shows(0),
      OTHER: shows(0),
      none: shows(0),
    });
  });

  it('lists the reasons in the fixed order, null for rejections without one', () => {
    expect(rateOf(figures, Dimension.GENDER, 'WOMAN').rejectionReasons!.map((r) => r.reason)).toEqual([
      ...REJECTION_REASONS,
      null,
    ]);
  });

  it('adds nothing to dimensions the rule does not flag', () => {
    expect(rateOf(figures, Dimension.DISABILITY, 'YES')).not.toHaveProperty('rejectionReasons');
  });

  it('adds nothing when no group is flagged', () => {
    const fair = buildDiversityReport(
      [vacancy({ WOMAN: 20, MAN: 20 }, { WOMAN: 9, MAN: 10 })],
      {},
      Audience.STAFF,
      K,
      rejections,
    );
    expect(rateOf(fair, Dimension.GENDER, 'WOMAN').adverseImpact).toBe(false);
    expect(fair.selectionRates.some((r) => 'rejectionReasons' in r)).toBe(false);
  });

  it('adds nothing to the programme side, and nothing for a run stored without rejections', () => {
    const programme: SideTallies = {
      side: 'PROGRAMME',
      tallies: [stage(FunnelStage.APPLIED, { WOMAN: 20, MAN: 20 }), stage(FunnelStage.ENROLLED, { WOMAN: 5, MAN: 10 })],
    };
    const programmeFigures = buildDiversityReport([programme], {}, Audience.STAFF, K, rejections);
    expect(rateOf(programmeFigures, Dimension.GENDER, 'WOMAN').adverseImpact).toBe(true);
    expect(programmeFigures.selectionRates.some((r) => 'rejectionReasons' in r)).toBe(false);
    const old = buildDiversityReport([vacancy({ WOMAN: 20, MAN: 20 }, { WOMAN: 5, MAN: 10 })], {}, Audience.STAFF, K);
    expect(old.selectionRates.some((r) => 'rejectionReasons' in r)).toBe(false);
  });
});

describe('rejection reasons in the protected view', () => {
  // Women hired at 12/40, men at 30/40: with noise of at most 2 per count the ratio stays near 0.4, flagged.
  const rejections = [
    rejected('SKILLS', { WOMAN: 15, MAN: 12 }, { WOMAN: 17, MAN: 201 }),
    // Only 3 outside the largest known category: "nearly all of them are men", so the whole row is hidden.
    rejected('EXPERIENCE', { WOMAN: 3, MAN: 30 }, { WOMAN: 5, MAN: 6 }),
    rejected('RIGHT_TO_WORK', {}),
    rejected('AVAILABILITY', { WOMAN: 11, MAN: 10 }, { WOMAN: 99, MAN: 250 }),
    rejected('OTHER', { WOMAN: 1, MAN: 12 }, { WOMAN: 3, MAN: 4 }),
    rejected('NOT_GIVEN', {}),
  ];
  const figures = buildDiversityReport(
    [vacancy({ WOMAN: 40, MAN: 40 }, { WOMAN: 12, MAN: 30 })],
    {},
    Audience.PROTECTED,
    K,
    rejections,
  );

  it('perturbs every count by at most 2, never shows 1 to 9, keeps a true 0 at 0 and applies dominance', () => {
    expect(rateOf(figures, Dimension.GENDER, 'WOMAN').adverseImpact).toBe(true);
    const women = reasonsOf(figures, 'WOMAN');
    const men = reasonsOf(figures, 'MAN');
    for (const shown of [...Object.values(women), ...Object.values(men)]) {
      expect(shown.value === null || shown.value === 0 || shown.value >= PROTECTED_THRESHOLD).toBe(true);
    }
    expect(women.SKILLS.value).toBeGreaterThanOrEqual(13);
    expect(women.SKILLS.value).toBeLessThanOrEqual(17);
    expect(women.EXPERIENCE).toEqual(hidden);
    expect(men.EXPERIENCE).toEqual(hidden);
    expect(women.RIGHT_TO_WORK).toEqual(shows(0));
    expect(men.none).toEqual(shows(0));
    // A true 1 shows at most 3: hidden.
    expect(women.OTHER).toEqual(hidden);
  });

  it('reads the same every time (the noise is fixed by the cell keys)', () => {
    const again = buildDiversityReport(
      [vacancy({ WOMAN: 40, MAN: 40 }, { WOMAN: 12, MAN: 30 })],
      {},
      Audience.PROTECTED,
      K,
      rejections,
    );
    expect(again.selectionRates).toEqual(figures.selectionRates);
  });
});

describe('buildTallies', () => {
  it('stores the rejections only for scopes with a vacancy side', () => {
    const programmeOnly = buildTallies({ programmeGroups: [], vacancyGroups: null, outcomes: null }, []);
    expect(programmeOnly).not.toHaveProperty('rejections');
    const withVacancies = buildTallies(
      {
        programmeGroups: null,
        vacancyGroups: [],
        rejectionGroups: [{ reason: 'SKILLS', column: 'gender', value: 'WOMAN', count: 7, keySum: 70 }],
        outcomes: null,
      },
      [],
    );
    expect(withVacancies.rejections!.find((t) => t.reason === 'SKILLS')!.byDimension.GENDER.WOMAN).toBe(7);
  });
});
