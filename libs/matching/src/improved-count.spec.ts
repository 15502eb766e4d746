import { ImprovedCounter, ProgrammeCandidates, topProgrammes } from './improved-count';
import { compareProgrammeMatches } from './ordering';
import { Listing } from './programme-listing';
import { SkillRegistry } from './skill-registry';
import { buildVacancySnapshot } from './vacancy-index';

interface Candidate {
  id: string;
  opened: number;
  improved: number;
  bound: number;
  gains?: number;
}

/** Candidates as topProgrammes sees them, recording which exact counts it asked for. */
function candidates(list: Candidate[]) {
  const asked: string[] = [];
  const input: ProgrammeCandidates = {
    count: list.length,
    opened: list.map((c) => c.opened),
    upperBound: (i) => list[i].bound,
    improved: (i) => {
      asked.push(list[i].id);
      return list[i].improved;
    },
    rank: (i, improved) => ({
      vacanciesOpened: list[i].opened,
      vacanciesImproved: improved,
      skillsGained: list[i].gains ?? 1,
      nextCohortStart: '2026-04-01',
      distanceKm: null,
      id: list[i].id,
    }),
  };
  return { input, asked };
}

const ids = (top: { index: number }[], list: Candidate[]) => top.map((t) => list[t.index].id);

describe('topProgrammes: the first k in order, counting improved only where it can change the answer', () => {
  it('takes everyone opening more than the k-th, and the best of the group tied with it', () => {
    const list: Candidate[] = [
      { id: 'a', opened: 5, improved: 9, bound: 20 },
      { id: 'b', opened: 5, improved: 1, bound: 1 },
      { id: 'c', opened: 3, improved: 4, bound: 10 },
      { id: 'd', opened: 3, improved: 8, bound: 8 },
      { id: 'e', opened: 3, improved: 2, bound: 2 },
      { id: 'f', opened: 1, improved: 50, bound: 50 },
    ];
    const { input, asked } = candidates(list);
    const top = topProgrammes(input, 3);
    // a and b open 5, more than the third (3): both in, whatever they improve. Of c, d and e (3 each), d improves
    // most. f improves most of all but opens less: never counted.
    expect(ids(top, list)).toEqual(['a', 'b', 'd']);
    expect(top.map((t) => t.improved)).toEqual([9, 1, 8]);
    // In the tied group by bound: c (10) counted 4, d (8 ≥ 4) counted 8; e's bound 2 < 8: not counted.
    expect(asked.sort()).toEqual(['a', 'b', 'c', 'd']);
  });

  it('still counts a programme whose bound equals the last taken, as later keys may rank it higher', () => {
    const list: Candidate[] = [
      { id: 'b', opened: 0, improved: 6, bound: 6, gains: 1 },
      { id: 'a', opened: 0, improved: 6, bound: 6, gains: 2 },
      { id: 'c', opened: 0, improved: 5, bound: 5, gains: 3 },
    ];
    const { input, asked } = candidates(list);
    expect(ids(topProgrammes(input, 1), list)).toEqual(['a']); // a gains more skills than b
    expect(asked.sort()).toEqual(['a', 'b']); // c's bound 5 < 6
  });

  it('counts every programme when there are no more than k', () => {
    const list: Candidate[] = [
      { id: 'a', opened: 0, improved: 1, bound: 1 },
      { id: 'b', opened: 2, improved: 0, bound: 7 },
    ];
    const { input, asked } = candidates(list);
    expect(ids(topProgrammes(input, 2), list)).toEqual(['b', 'a']);
    expect(asked.sort()).toEqual(['a', 'b']);
  });

  it('gives the first k of the full order, on random candidates', () => {
    let state = 7;
    const next = (n: number) => {
      state = (state * 1103515245 + 12345) % 2147483648;
      return state % n;
    };
    for (let round = 0; round < 500; round += 1) {
      const list = Array.from({ length: 1 + next(30) }, (_, k) => {
        const improved = next(6);
        return { id: `p${k}`, opened: next(3), improved, bound: improved + next(4), gains: 1 + next(2) };
      });
      const k = 1 + next(10);
      const rank = (c: Candidate) => ({
        vacanciesOpened: c.opened,
        vacanciesImproved: c.improved,
        skillsGained: c.gains!,
        nextCohortStart: '2026-04-01',
        distanceKm: null,
        id: c.id,
      });
      const expected = [...list].sort((a, b) => compareProgrammeMatches(rank(a), rank(b))).slice(0, k);
      const top = topProgrammes(candidates(list).input, k);
      expect({ round, top: ids(top, list) }).toEqual({ round, top: expected.map((c) => c.id) });
      expect(top.map((t) => t.improved)).toEqual(expected.map((c) => c.improved));
    }
  });
});

describe('ImprovedCounter', () => {
  // V1 asks for a at 3 and b at 2, V2 for a at 1, V3 for b at 4, V4 (not matchable) for a at 4.
  const skills = new SkillRegistry();
  const vacancies = buildVacancySnapshot(
    '1',
    ['V1', 'V2', 'V3', 'V4'].map((id) => ({
      id,
      closesOn: '2026-04-01',
      positionsOpen: true,
      workplace: 'REMOTE',
      latitude: null,
      longitude: null,
    })),
    [
      { vacancyId: 'V1', skillId: 'a', level: 3, essential: true },
      { vacancyId: 'V1', skillId: 'b', level: 2, essential: false },
      { vacancyId: 'V2', skillId: 'a', level: 1, essential: true },
      { vacancyId: 'V3', skillId: 'b', level: 4, essential: true },
      { vacancyId: 'V4', skillId: 'a', level: 4, essential: true },
    ],
    skills,
  );
  const a = skills.find('a')!;
  const b = skills.find('b')!;
  const held = skills.heldLevels(new Map([['a', 1]])); // a at 1: V2's requirement is met already
  const mask = Uint8Array.from([1, 1, 1, 0]);
  // Listed programme 0 gains a and b; 1 gains b only.
  const listing = {
    count: 2,
    gainStart: Int32Array.from([0, 2, 3]),
    gainSkill: Int32Array.from([a, b, b]),
    gainLevel: Int8Array.from([4, 4, 1]),
  } as Listing;

  it('counts each raised vacancy once, and bounds by the sum over skills', () => {
    const counter = new ImprovedCounter(vacancies, held, mask, listing);
    // B_a = {V1} (V2 met already, V4 not matchable), B_b = {V1, V3}.
    expect(counter.upperBound(0)).toBe(3);
    expect(counter.exact(0)).toBe(2); // V1 counted once
    expect(counter.upperBound(1)).toBe(2);
    expect(counter.exact(1)).toBe(2); // whatever level it teaches b at: any gain raises V1 and V3
  });
});
