import { ageOn, EligibilityFacts, EligibilityRules, inTargetGroup, isEligible } from './eligibility';

/** A resident who tells us nothing: passes only rules that are not set. */
const resident = (facts: Partial<EligibilityFacts> = {}): EligibilityFacts => ({
  dateOfBirth: null,
  employmentStatus: null,
  wardCode: null,
  livesInGreaterManchester: false,
  highestQualificationLevel: null,
  gender: null,
  trans: null,
  ethnicity: null,
  disability: null,
  skills: new Map(),
  ...facts,
});

/** Rules that set nothing. */
const rules = (set: Partial<EligibilityRules> = {}): EligibilityRules => ({
  minAge: null,
  maxAge: null,
  employmentStatuses: [],
  residency: 'ANY',
  targetGroups: [],
  minQualificationLevel: null,
  essentialPrerequisites: [],
  ...set,
});

const START = '2025-09-01';
const DEANSGATE = 'E05011361';

describe('ageOn', () => {
  it('counts the year when the birthday is on the day', () => {
    expect(ageOn('1990-06-15', '2024-06-15')).toBe(34);
  });

  it('does not count the year when the birthday is tomorrow', () => {
    expect(ageOn('1990-06-15', '2024-06-14')).toBe(33);
  });

  it('counts the year when the birthday was yesterday', () => {
    expect(ageOn('1990-06-15', '2024-06-16')).toBe(34);
  });

  it('compares months before days', () => {
    expect(ageOn('1990-06-15', '2024-05-31')).toBe(33);
    expect(ageOn('1990-06-15', '2024-07-01')).toBe(34);
  });

  it('is 0 on the day of birth', () => {
    expect(ageOn('2024-03-10', '2024-03-10')).toBe(0);
  });

  it('ages a 29 February birth on 29 February in a leap year', () => {
    expect(ageOn('2000-02-29', '2024-02-28')).toBe(23);
    expect(ageOn('2000-02-29', '2024-02-29')).toBe(24);
  });

  it('ages a 29 February birth on 1 March in a common year', () => {
    // MATCHING.md does not say; the function takes 1 March, not 28 February, as the birthday in a common year.
    expect(ageOn('2000-02-29', '2023-02-28')).toBe(22);
    expect(ageOn('2000-02-29', '2023-03-01')).toBe(23);
  });
});

describe('inTargetGroup', () => {
  it('WOMEN: gender WOMAN only', () => {
    expect(inTargetGroup('WOMEN', resident({ gender: 'WOMAN' }), null)).toBe(true);
    expect(inTargetGroup('WOMEN', resident({ gender: 'MAN' }), null)).toBe(false);
    expect(inTargetGroup('WOMEN', resident({ gender: 'NON_BINARY' }), null)).toBe(false);
    expect(inTargetGroup('WOMEN', resident({ gender: null }), null)).toBe(false);
  });

  it('TRANS_AND_NON_BINARY: trans YES', () => {
    expect(inTargetGroup('TRANS_AND_NON_BINARY', resident({ trans: 'YES', gender: 'MAN' }), null)).toBe(true);
    expect(inTargetGroup('TRANS_AND_NON_BINARY', resident({ trans: 'YES', gender: 'WOMAN' }), null)).toBe(true);
  });

  it('TRANS_AND_NON_BINARY: gender NON_BINARY', () => {
    expect(inTargetGroup('TRANS_AND_NON_BINARY', resident({ trans: 'NO', gender: 'NON_BINARY' }), null)).toBe(true);
    expect(inTargetGroup('TRANS_AND_NON_BINARY', resident({ gender: 'NON_BINARY' }), null)).toBe(true);
  });

  it('TRANS_AND_NON_BINARY: neither trans YES nor NON_BINARY is not in the group', () => {
    expect(inTargetGroup('TRANS_AND_NON_BINARY', resident({ trans: 'NO', gender: 'WOMAN' }), null)).toBe(false);
    expect(inTargetGroup('TRANS_AND_NON_BINARY', resident({ trans: 'PREFER_NOT_TO_SAY' }), null)).toBe(false);
    expect(inTargetGroup('TRANS_AND_NON_BINARY', resident(), null)).toBe(false);
  });

  it.each([
    'WHITE_IRISH',
    'WHITE_GYPSY_OR_IRISH_TRAVELLER',
    'WHITE_ROMA',
    'WHITE_OTHER',
    'MIXED_WHITE_AND_BLACK_CARIBBEAN',
    'MIXED_WHITE_AND_BLACK_AFRICAN',
    'MIXED_WHITE_AND_ASIAN',
    'MIXED_OTHER',
    'ASIAN_INDIAN',
    'ASIAN_PAKISTANI',
    'ASIAN_BANGLADESHI',
    'ASIAN_CHINESE',
    'ASIAN_OTHER',
    'BLACK_CARIBBEAN',
    'BLACK_AFRICAN',
    'BLACK_OTHER',
    'ARAB',
    'OTHER_ETHNIC_GROUP',
  ])('ETHNIC_MINORITY: %s is in the group', (ethnicity) => {
    expect(inTargetGroup('ETHNIC_MINORITY', resident({ ethnicity }), null)).toBe(true);
  });

  it('ETHNIC_MINORITY: WHITE_BRITISH, PREFER_NOT_TO_SAY and unknown are not in the group', () => {
    expect(inTargetGroup('ETHNIC_MINORITY', resident({ ethnicity: 'WHITE_BRITISH' }), null)).toBe(false);
    expect(inTargetGroup('ETHNIC_MINORITY', resident({ ethnicity: 'PREFER_NOT_TO_SAY' }), null)).toBe(false);
    expect(inTargetGroup('ETHNIC_MINORITY', resident({ ethnicity: null }), null)).toBe(false);
  });

  it('DISABLED: disability YES only', () => {
    expect(inTargetGroup('DISABLED', resident({ disability: 'YES' }), null)).toBe(true);
    expect(inTargetGroup('DISABLED', resident({ disability: 'NO' }), null)).toBe(false);
    expect(inTargetGroup('DISABLED', resident({ disability: 'PREFER_NOT_TO_SAY' }), null)).toBe(false);
    expect(inTargetGroup('DISABLED', resident({ disability: null }), null)).toBe(false);
  });

  it('AGED_50_PLUS: 50 is in the group, 49 and unknown are not', () => {
    expect(inTargetGroup('AGED_50_PLUS', resident(), 50)).toBe(true);
    expect(inTargetGroup('AGED_50_PLUS', resident(), 67)).toBe(true);
    expect(inTargetGroup('AGED_50_PLUS', resident(), 49)).toBe(false);
    expect(inTargetGroup('AGED_50_PLUS', resident(), null)).toBe(false);
  });
});

describe('isEligible', () => {
  it('passes anyone when no rule is set', () => {
    expect(isEligible(resident(), rules(), START)).toBe(true);
  });

  describe('age, taken on the cohort start date', () => {
    it('minAge: passes on the 18th birthday, fails the day before it', () => {
      // 18th birthday 2025-09-01 = START
      expect(isEligible(resident({ dateOfBirth: '2007-09-01' }), rules({ minAge: 18 }), START)).toBe(true);
      expect(isEligible(resident({ dateOfBirth: '2007-09-02' }), rules({ minAge: 18 }), START)).toBe(false);
    });

    it('maxAge: passes the day before the 25th birthday at maxAge 24, fails on it', () => {
      expect(isEligible(resident({ dateOfBirth: '2000-09-02' }), rules({ maxAge: 24 }), START)).toBe(true);
      expect(isEligible(resident({ dateOfBirth: '2000-09-01' }), rules({ maxAge: 24 }), START)).toBe(false);
    });

    it('an unknown date of birth fails a minimum or a maximum age', () => {
      expect(isEligible(resident(), rules({ minAge: 16 }), START)).toBe(false);
      expect(isEligible(resident(), rules({ maxAge: 99 }), START)).toBe(false);
    });

    it('uses the cohort start date, not today', () => {
      jest.useFakeTimers({ now: new Date('2030-01-01T12:00:00Z') });
      try {
        // 16 on 2020-01-10 (26 on the faked today): fails minAge 18
        expect(isEligible(resident({ dateOfBirth: '2003-06-01' }), rules({ minAge: 18 }), '2020-01-10')).toBe(false);
        // 18 on 2020-01-10 (28 on the faked today): passes maxAge 18
        expect(isEligible(resident({ dateOfBirth: '2002-01-01' }), rules({ maxAge: 18 }), '2020-01-10')).toBe(true);
        // 16 on the faked today, 18 on a cohort starting 2032-01-10: passes minAge 18
        expect(isEligible(resident({ dateOfBirth: '2014-01-01' }), rules({ minAge: 18 }), '2032-01-10')).toBe(true);
      } finally {
        jest.useRealTimers();
      }
    });
  });

  describe('employmentStatuses', () => {
    const listed = rules({ employmentStatuses: ['UNEMPLOYED', 'ECONOMICALLY_INACTIVE'] });

    it('empty passes any status, including none', () => {
      expect(isEligible(resident({ employmentStatus: 'EMPLOYED' }), rules(), START)).toBe(true);
      expect(isEligible(resident({ employmentStatus: null }), rules(), START)).toBe(true);
    });

    it('passes a listed status', () => {
      expect(isEligible(resident({ employmentStatus: 'UNEMPLOYED' }), listed, START)).toBe(true);
      expect(isEligible(resident({ employmentStatus: 'ECONOMICALLY_INACTIVE' }), listed, START)).toBe(true);
    });

    it('fails a status not listed', () => {
      expect(isEligible(resident({ employmentStatus: 'EMPLOYED' }), listed, START)).toBe(false);
    });

    it('fails an unknown status when statuses are listed', () => {
      expect(isEligible(resident({ employmentStatus: null }), listed, START)).toBe(false);
    });
  });

  describe('residency', () => {
    it('MANCHESTER needs a ward', () => {
      const manchester = rules({ residency: 'MANCHESTER' });
      expect(isEligible(resident({ wardCode: DEANSGATE }), manchester, START)).toBe(true);
      expect(isEligible(resident({ livesInGreaterManchester: true }), manchester, START)).toBe(false);
      expect(isEligible(resident(), manchester, START)).toBe(false);
    });

    it('GREATER_MANCHESTER needs a ward or livesInGreaterManchester', () => {
      const greater = rules({ residency: 'GREATER_MANCHESTER' });
      expect(isEligible(resident({ wardCode: DEANSGATE }), greater, START)).toBe(true);
      expect(isEligible(resident({ livesInGreaterManchester: true }), greater, START)).toBe(true);
      expect(isEligible(resident(), greater, START)).toBe(false);
    });

    it('ANY passes with neither', () => {
      expect(isEligible(resident(), rules({ residency: 'ANY' }), START)).toBe(true);
    });
  });

  describe('targetGroups', () => {
    const womenOrDisabled = rules({ targetGroups: ['WOMEN', 'DISABLED'] });

    it('empty passes anyone', () => {
      expect(isEligible(resident({ gender: 'MAN', disability: 'NO' }), rules(), START)).toBe(true);
    });

    it('passes a resident in at least one of several groups', () => {
      expect(isEligible(resident({ gender: 'MAN', disability: 'YES' }), womenOrDisabled, START)).toBe(true);
      expect(isEligible(resident({ gender: 'WOMAN', disability: 'NO' }), womenOrDisabled, START)).toBe(true);
    });

    it('fails a resident in none of them', () => {
      expect(isEligible(resident({ gender: 'MAN', disability: 'NO' }), womenOrDisabled, START)).toBe(false);
      expect(isEligible(resident(), womenOrDisabled, START)).toBe(false);
    });

    it('AGED_50_PLUS uses the age on the cohort start: 50 passes, 49 fails', () => {
      const aged50 = rules({ targetGroups: ['AGED_50_PLUS'] });
      // 50th birthday 2025-09-01 = START
      expect(isEligible(resident({ dateOfBirth: '1975-09-01' }), aged50, START)).toBe(true);
      expect(isEligible(resident({ dateOfBirth: '1975-09-02' }), aged50, START)).toBe(false);
      expect(isEligible(resident(), aged50, START)).toBe(false);
    });
  });

  describe('minQualificationLevel', () => {
    it('passes a resident at or above the minimum', () => {
      expect(isEligible(resident({ highestQualificationLevel: 3 }), rules({ minQualificationLevel: 3 }), START)).toBe(
        true,
      );
      expect(isEligible(resident({ highestQualificationLevel: 6 }), rules({ minQualificationLevel: 3 }), START)).toBe(
        true,
      );
    });

    it('fails a resident below the minimum', () => {
      expect(isEligible(resident({ highestQualificationLevel: 2 }), rules({ minQualificationLevel: 3 }), START)).toBe(
        false,
      );
    });

    it('fails an unknown level when a minimum is set, even a minimum of 0', () => {
      expect(isEligible(resident(), rules({ minQualificationLevel: 3 }), START)).toBe(false);
      expect(isEligible(resident(), rules({ minQualificationLevel: 0 }), START)).toBe(false);
    });

    it('passes level 0 against a minimum of 0', () => {
      expect(isEligible(resident({ highestQualificationLevel: 0 }), rules({ minQualificationLevel: 0 }), START)).toBe(
        true,
      );
    });

    it('passes an unknown level when no minimum is set', () => {
      expect(isEligible(resident(), rules({ minQualificationLevel: null }), START)).toBe(true);
    });
  });

  describe('essential prerequisites', () => {
    const prerequisites = rules({
      essentialPrerequisites: [
        { skillId: 'sql', level: 3 },
        { skillId: 'git', level: 2 },
      ],
    });

    it('passes when every one is met (l ≥ L)', () => {
      const skills = new Map([
        ['sql', 3],
        ['git', 4],
      ]);
      expect(isEligible(resident({ skills }), prerequisites, START)).toBe(true);
    });

    it('fails when one is held below its level', () => {
      const skills = new Map([
        ['sql', 2],
        ['git', 4],
      ]);
      expect(isEligible(resident({ skills }), prerequisites, START)).toBe(false);
    });

    it('fails when one is lacking', () => {
      expect(isEligible(resident({ skills: new Map([['sql', 4]]) }), prerequisites, START)).toBe(false);
    });
  });

  it('needs every rule to hold: one failing rule among passing ones fails', () => {
    const facts = resident({
      dateOfBirth: '1990-01-01',
      employmentStatus: 'UNEMPLOYED',
      wardCode: DEANSGATE,
      gender: 'WOMAN',
      highestQualificationLevel: 3,
      skills: new Map([['sql', 3]]),
    });
    const all = rules({
      minAge: 19,
      maxAge: 64,
      employmentStatuses: ['UNEMPLOYED'],
      residency: 'MANCHESTER',
      targetGroups: ['WOMEN'],
      minQualificationLevel: 2,
      essentialPrerequisites: [{ skillId: 'sql', level: 3 }],
    });
    expect(isEligible(facts, all, START)).toBe(true);
    expect(isEligible(facts, { ...all, minQualificationLevel: 4 }, START)).toBe(false);
    expect(isEligible({ ...facts, wardCode: null }, all, START)).toBe(false);
  });
});
