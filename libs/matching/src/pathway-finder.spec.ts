import { OpenedPairFinder } from './pathway-finder';
import { buildProgrammeSnapshot } from './programme-index';
import { listProgrammes } from './programme-listing';
import { ResidentContext } from './resident-context';
import { SkillRegistry } from './skill-registry';
import { buildVacancySnapshot } from './vacancy-index';
import { findOpeners } from './vacancy-openers';
import { matchableSlots, standingNow } from './vacancy-scan';

const TODAY = '2026-03-10';
const R = (vacancyId: string, skillId: string, level: number, essential = true) => ({
  vacancyId,
  skillId,
  level,
  essential,
});

// The resident holds a at 2.
//  V1: b 2 essential, c 1 desirable. Misses one essential (b).
//  V2: b 3 and c 2 essential. Misses both, meets none: only a programme teaching both can open it.
//  V3: a 2, b 2 and c 3 essential. Meets a; misses b and c.
//  V4: b 1 essential, but filled: not matchable.
//  V5: a 1 essential. Qualified already.
// Programmes (all listed): P1 teaches b 2; P2 b 4 and c 2; P3 b 3 and c 3; P4 c 4.
function fixture() {
  const skills = new SkillRegistry();
  const vacancies = buildVacancySnapshot(
    '1',
    ['V1', 'V2', 'V3', 'V4', 'V5'].map((id) => ({
      id,
      closesOn: '2026-04-01',
      positionsOpen: id !== 'V4',
      workplace: 'REMOTE',
      latitude: null,
      longitude: null,
    })),
    [
      R('V1', 'b', 2),
      R('V1', 'c', 1, false),
      R('V2', 'b', 3),
      R('V2', 'c', 2),
      R('V3', 'a', 2),
      R('V3', 'b', 2),
      R('V3', 'c', 3),
      R('V4', 'b', 1),
      R('V5', 'a', 1),
    ],
    skills,
  );
  const taught: [string, [string, number][]][] = [
    ['P1', [['b', 2]]],
    [
      'P2',
      [
        ['b', 4],
        ['c', 2],
      ],
    ],
    [
      'P3',
      [
        ['b', 3],
        ['c', 3],
      ],
    ],
    ['P4', [['c', 4]]],
  ];
  const programmes = buildProgrammeSnapshot(
    '1',
    taught.map(([id, skillsTaught]) => ({
      id,
      kind: 'BOOTCAMP',
      delivery: 'ONLINE',
      weeks: 8,
      latitude: null,
      longitude: null,
      rules: {
        minAge: null,
        maxAge: null,
        employmentStatuses: [],
        residency: 'ANY' as const,
        targetGroups: [],
        minQualificationLevel: null,
        essentialPrerequisites: [],
      },
      taught: skillsTaught.map(([skillId, level]) => ({ skillId, level })),
    })),
    taught.map(([id]) => ({
      id: `c-${id}`,
      programmeId: id,
      startDate: '2026-04-01',
      applicationsCloseOn: '2026-03-20',
      hasPlaces: true,
    })),
    skills,
  );
  const resident = {
    dateOfBirth: null,
    employmentStatus: null,
    wardCode: null,
    livesInGreaterManchester: false,
    highestQualificationLevel: null,
    gender: null,
    trans: null,
    ethnicity: null,
    disability: null,
    latitude: null,
    longitude: null,
    maxTravelKm: null,
    skills: new Map([['a', 2]]),
  } as unknown as ResidentContext;
  const held = skills.heldLevels(resident.skills);
  const listing = listProgrammes(programmes, resident, held, TODAY);
  const { metEssentials } = standingNow(vacancies, held);
  const finder = new OpenedPairFinder(
    vacancies,
    findOpeners(vacancies, programmes, skills.size),
    held,
    metEssentials,
    listing,
  );
  const slots = matchableSlots(Uint8Array.from([1, 1, 1, 0, 1]));
  const name = (i: number) => programmes.ids[listing.programme[i]];
  return { finder, slots, name, vacancies };
}

describe('OpenedPairFinder', () => {
  it('finds exactly the programmes teaching every essential the resident misses, at the level asked', () => {
    const { finder, slots, name, vacancies } = fixture();
    const pairs: [string, string, number][] = [];
    finder.forEach(slots, { pair: (i, slot, added) => pairs.push([name(i), vacancies.ids[slot], added]) });
    expect(pairs.sort()).toEqual([
      // V1 (Σw 3): b 2 closes; P2 and P3 also meet c 1 (desirable, 0 → 1: 1·1·12 = 12). Added b: 2·2·6 = 24.
      ['P1', 'V1', 24],
      ['P2', 'V1', 24 + 12],
      ['P2', 'V2', 2 * 3 * 4 + 2 * 2 * 6], // b 3 and c 2, from nothing: 24 + 24
      ['P3', 'V1', 24 + 12],
      ['P3', 'V2', 2 * 3 * 4 + 2 * 2 * 6],
      ['P3', 'V3', 2 * 2 * 6 + 2 * 3 * 4], // b 2 and c 3: P2 teaches c at 2 only, P4 no b
    ]);
  });

  it('counts them by programme, the one-essential vacancies in one sum', () => {
    const { finder, slots, name } = fixture();
    const opened = finder.counts(slots);
    expect(Array.from(opened, (count, i) => [name(i), count])).toEqual([
      ['P1', 1],
      ['P2', 2],
      ['P3', 3],
      ['P4', 0],
    ]);
  });

  it('lets a visitor skip a vacancy, or the programmes above a key', () => {
    const { finder, slots, name, vacancies } = fixture();
    const seen: string[] = [];
    finder.forEach(slots, {
      key: Int16Array.from([1, 2, 3, 4]), // by listing index: P1..P4
      vacancy: (slot) => (vacancies.ids[slot] === 'V2' ? -1 : 2),
      pair: (i, slot) => seen.push(`${name(i)} ${vacancies.ids[slot]}`),
    });
    expect(seen.sort()).toEqual(['P1 V1', 'P2 V1']);
  });
});
