import { projectProfile, reportedScore, Requirement, scoreVacancy } from './vacancy-score';

// Levels (MATCHING.md): AWARENESS 1, WORKING 2, PRACTITIONER 3, EXPERT 4; a skill the resident lacks is 0.
// Per requirement: c = min(l, L) / L, w = 2 essential / 1 desirable, met = l ≥ L; score = Σ w·c / Σ w.

const essential = (skillId: string, level: number): Requirement => ({ skillId, level, essential: true });
const desirable = (skillId: string, level: number): Requirement => ({ skillId, level, essential: false });
const levels = (entries: Record<string, number>) => new Map(Object.entries(entries));

describe('scoreVacancy', () => {
  it('scores 1 for a single essential requirement met at exactly the required level', () => {
    // L = 2, l = 2: c = 2/2 = 1; score = 2·1 / 2 = 1
    const result = scoreVacancy([essential('sql', 2)], levels({ sql: 2 }));
    expect(result.score).toBe(1);
    expect(result.fullyQualified).toBe(true);
    expect(result.skills).toEqual([{ skillId: 'sql', requiredLevel: 2, residentLevel: 2, essential: true, met: true }]);
  });

  it('scores 0 for a single essential skill the resident lacks', () => {
    // l = 0: c = 0/3 = 0; score = 0 / 2 = 0
    const result = scoreVacancy([essential('sql', 3)], levels({ python: 4 }));
    expect(result.score).toBe(0);
    expect(result.fullyQualified).toBe(false);
    expect(result.skills).toEqual([
      { skillId: 'sql', requiredLevel: 3, residentLevel: 0, essential: true, met: false },
    ]);
  });

  it('gives partial credit min(l, L) / L to a skill held below the required level', () => {
    // L = 4, l = 2: c = 2/4 = 0.5; score = 2·0.5 / 2 = 0.5; not met, so not fully qualified
    const result = scoreVacancy([essential('sql', 4)], levels({ sql: 2 }));
    expect(result.score).toBe(0.5);
    expect(result.fullyQualified).toBe(false);
    expect(result.skills[0].met).toBe(false);
    expect(result.skills[0].residentLevel).toBe(2);
  });

  it('caps the credit at 1 when the resident is above the required level', () => {
    // L = 2, l = 4: c = min(4, 2) / 2 = 1; score = 1 (not 2)
    const result = scoreVacancy([essential('sql', 2)], levels({ sql: 4 }));
    expect(result.score).toBe(1);
    expect(result.skills[0]).toEqual({
      skillId: 'sql',
      requiredLevel: 2,
      residentLevel: 4,
      essential: true,
      met: true,
    });
  });

  it('weights an essential requirement 2 and a desirable one 1', () => {
    // essential L=3 l=3 (c=1, w=2), desirable L=2 l=1 (c=0.5, w=1): (2·1 + 1·0.5) / (2 + 1) = 2.5/3 = 0.8333…
    const result = scoreVacancy([essential('sql', 3), desirable('git', 2)], levels({ sql: 3, git: 1 }));
    expect(result.score).toBeCloseTo(2.5 / 3, 12);
  });

  it('counts an unmet essential twice as heavily as an unmet desirable', () => {
    // essential met (c=1, w=2), desirable lacking (c=0, w=1): (2 + 0) / 3 = 0.6667
    expect(scoreVacancy([essential('sql', 2), desirable('git', 2)], levels({ sql: 2 })).score).toBeCloseTo(2 / 3, 12);
    // essential lacking (c=0, w=2), desirable met (c=1, w=1): (0 + 1) / 3 = 0.3333
    expect(scoreVacancy([essential('sql', 2), desirable('git', 2)], levels({ git: 2 })).score).toBeCloseTo(1 / 3, 12);
  });

  it('combines several requirements as Σ w·c / Σ w', () => {
    // essential L=4 l=1: c=1/4, w·c = 0.5
    // essential L=3 l=2: c=2/3, w·c = 4/3
    // desirable L=1 l=0: c=0,   w·c = 0
    // desirable L=2 l=3: c=1,   w·c = 1
    // Σ w·c = 0.5 + 4/3 + 0 + 1 = 17/6; Σ w = 2 + 2 + 1 + 1 = 6; score = 17/36 = 0.47222…
    const result = scoreVacancy(
      [essential('a', 4), essential('b', 3), desirable('c', 1), desirable('d', 2)],
      levels({ a: 1, b: 2, d: 3 }),
    );
    expect(result.score).toBeCloseTo(17 / 36, 12);
    expect(reportedScore(result.score)).toBe(0.4722);
    expect(result.skills.map((skill) => [skill.skillId, skill.residentLevel, skill.met])).toEqual([
      ['a', 1, false],
      ['b', 2, false],
      ['c', 0, false],
      ['d', 3, true],
    ]);
  });

  it('is fully qualified when every essential is met even if a desirable is unmet', () => {
    const result = scoreVacancy([essential('sql', 2), desirable('git', 3)], levels({ sql: 3, git: 1 }));
    expect(result.fullyQualified).toBe(true);
    expect(result.skills.map((skill) => skill.met)).toEqual([true, false]);
  });

  it('is not fully qualified when any one of several essentials is unmet', () => {
    const result = scoreVacancy([essential('sql', 2), essential('git', 2)], levels({ sql: 2, git: 1 }));
    expect(result.fullyQualified).toBe(false);
  });

  it('is fully qualified when the vacancy has no essential requirements', () => {
    // desirable only, lacking: c = 0; score = 0 / 1 = 0, yet no essential is unmet
    const result = scoreVacancy([desirable('git', 2)], levels({}));
    expect(result.score).toBe(0);
    expect(result.fullyQualified).toBe(true);
  });

  it('reaches an exact half at the fifth decimal: 8 desirables, one at L=4 l=1', () => {
    // Σ w·c = 1·(1/4) = 0.25; Σ w = 8; score = 0.25/8 = 1/32 = 0.03125 (exact in binary) → 0.0313
    const requirements = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'].map((id) => desirable(id, 4));
    const result = scoreVacancy(requirements, levels({ a: 1 }));
    expect(result.score).toBe(0.03125);
    expect(reportedScore(result.score)).toBe(0.0313);
  });
});

describe('reportedScore', () => {
  it('rounds to 4 decimal places', () => {
    expect(reportedScore(0.83333)).toBe(0.8333);
    expect(reportedScore(5 / 6)).toBe(0.8333);
    expect(reportedScore(2 / 3)).toBe(0.6667);
    expect(reportedScore(17 / 36)).toBe(0.4722);
  });

  it('leaves 0 and 1 unchanged', () => {
    expect(reportedScore(0)).toBe(0);
    expect(reportedScore(1)).toBe(1);
  });

  it('rounds an exact half up', () => {
    // 1/32 = 0.03125 and 3/32 = 0.09375 are exact binary fractions, so there is no floating ambiguity
    expect(reportedScore(1 / 32)).toBe(0.0313);
    expect(reportedScore(3 / 32)).toBe(0.0938);
  });

  it('rounds the decimal 0.66665 up to 0.6667', () => {
    // The double nearest 0.66665 is 0.66664999999999996…, but 0.66665 * 10000 evaluates to exactly 6666.5 in
    // double arithmetic, and Math.round(6666.5) = 6667. So the result matches decimal half-up rounding of the
    // written value.
    expect(0.66665 * 10_000).toBe(6666.5);
    expect(reportedScore(0.66665)).toBe(0.6667);
  });
});

describe('projectProfile', () => {
  it('raises a skill to the taught level', () => {
    expect(projectProfile(levels({ sql: 1 }), [{ skillId: 'sql', level: 3 }]).get('sql')).toBe(3);
  });

  it('never lowers a skill held above the taught level', () => {
    expect(projectProfile(levels({ sql: 4 }), [{ skillId: 'sql', level: 2 }]).get('sql')).toBe(4);
  });

  it('adds a taught skill the resident lacks and keeps untaught skills', () => {
    const projected = projectProfile(levels({ sql: 2 }), [{ skillId: 'git', level: 2 }]);
    expect(Object.fromEntries(projected)).toEqual({ sql: 2, git: 2 });
  });

  it('does not mutate its input', () => {
    const resident = levels({ sql: 1, git: 3 });
    const projected = projectProfile(resident, [
      { skillId: 'sql', level: 3 },
      { skillId: 'python', level: 2 },
    ]);
    expect(projected).not.toBe(resident);
    expect(Object.fromEntries(resident)).toEqual({ sql: 1, git: 3 });
    expect(Object.fromEntries(projected)).toEqual({ sql: 3, git: 3, python: 2 });
  });

  it('scores the projected profile: essential raised from L=4 l=2 to l=4 goes from 0.5 to 1', () => {
    const requirements = [essential('sql', 4)];
    const resident = levels({ sql: 2 });
    expect(scoreVacancy(requirements, resident).score).toBe(0.5);
    const after = scoreVacancy(requirements, projectProfile(resident, [{ skillId: 'sql', level: 4 }]));
    expect(after.score).toBe(1);
    expect(after.fullyQualified).toBe(true);
  });
});
