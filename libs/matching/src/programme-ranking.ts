import { BestPathways } from './best-pathways';
import { ImprovedCounter, topProgrammes } from './improved-count';
import { OpenedPairFinder } from './pathway-finder';
import { ProgrammeSnapshot } from './programme-index';
import { ListedProgramme, listedProgramme, listProgrammes } from './programme-listing';
import { ResidentContext } from './resident-context';
import { SkillRegistry } from './skill-registry';
import { matchableMask, requirementsAt, VacancySnapshot } from './vacancy-index';
import { pathwaySkills, PathwaySkills } from './vacancy-score';
import { findOpeners, VacancyOpeners } from './vacancy-openers';
import { matchableSlots, standingNow } from './vacancy-scan';

export interface ProgrammeMatchRow extends ListedProgramme {
  vacanciesOpened: number;
  vacanciesImproved: number;
}

/** A pathway as the API shows it: the scores before and after, and the skills the programme closes and leaves. */
export interface PathwayRow extends PathwaySkills {
  programme: ListedProgramme;
  vacancyId: string;
  scoreBefore: number;
  scoreAfter: number;
}

/** What programme matching reads: both snapshots, indexed by the same skill registry, and what joins them. */
export interface MatchingSnapshots {
  vacancies: VacancySnapshot;
  programmes: ProgrammeSnapshot;
  skills: SkillRegistry;
  openers: VacancyOpeners;
}

/** Joins two snapshots (findOpeners: worth keeping for as long as both are current). */
export function matchingSnapshots(
  vacancies: VacancySnapshot,
  programmes: ProgrammeSnapshot,
  skills: SkillRegistry,
): MatchingSnapshots {
  return { vacancies, programmes, skills, openers: findOpeners(vacancies, programmes, skills.size) };
}

/** Whether snapshot programme p teaches a skill in the resident's interests (`interestSkills` by skill index). */
function teachesInterest(programmes: ProgrammeSnapshot, interestSkills: Uint8Array, p: number): boolean {
  for (let at = programmes.taughtStart[p]; at < programmes.taughtStart[p + 1]; at += 1) {
    if (interestSkills[programmes.taughtSkill[at]]) return true;
  }
  return false;
}

/**
 * MATCHING.md "Programme matches": the first `limit` listed programmes in order, with what each opens and improves.
 * `interestSkills` (by skill index, 1 for a skill in a category the resident chose) puts programmes teaching one first
 * among programmes equal on the three counts, and with `interestsOnly` lists only those (docs/matching.md "Interests").
 */
export function rankProgrammes(
  { vacancies, programmes, skills, openers }: MatchingSnapshots,
  resident: ResidentContext,
  filter: { workplaces?: readonly string[] | null; kinds?: readonly string[] | null; interestsOnly?: boolean | null },
  limit: number,
  today: string,
  interestSkills?: Uint8Array | null,
): ProgrammeMatchRow[] {
  const held = skills.heldLevels(resident.skills);
  const inInterests = (p: number) => (interestSkills ? teachesInterest(programmes, interestSkills, p) : false);
  const listing = listProgrammes(
    programmes,
    resident,
    held,
    today,
    filter.kinds,
    filter.interestsOnly ? inInterests : null,
  );
  if (listing.count === 0) return [];
  const mask = matchableMask(vacancies, today, resident, filter.workplaces);
  const { metEssentials } = standingNow(vacancies, held);
  const opened = new OpenedPairFinder(vacancies, openers, held, metEssentials, listing).counts(matchableSlots(mask));
  const improved = new ImprovedCounter(vacancies, held, mask, listing);
  const top = topProgrammes(
    {
      count: listing.count,
      opened,
      upperBound: (i) => improved.upperBound(i),
      improved: (i) => improved.exact(i),
      rank: (i, improvedCount) => ({
        vacanciesOpened: opened[i],
        vacanciesImproved: improvedCount,
        skillsGained: listing.gainStart[i + 1] - listing.gainStart[i],
        inInterests: inInterests(listing.programme[i]),
        nextCohortStart: programmes.cohortStartDate[listing.cohort[i]],
        distanceKm: listing.distance[i],
        id: programmes.ids[listing.programme[i]],
      }),
    },
    limit,
  );
  return top.map((entry) => ({
    ...listedProgramme(programmes, listing, entry.index, skills),
    vacanciesOpened: opened[entry.index],
    vacanciesImproved: entry.improved,
  }));
}

/**
 * MATCHING.md "Pathways": listed programmes paired with the vacancies they open, best first. With `vacancyIds`, every
 * pathway to those vacancies (pathwaysToVacancy, VacancyMatch.pathways); otherwise the first `limit` (myPathways).
 */
export function rankPathways(
  { vacancies, programmes, skills, openers }: MatchingSnapshots,
  resident: ResidentContext,
  limit: number,
  today: string,
  vacancyIds?: readonly string[] | null,
): PathwayRow[] {
  const held = skills.heldLevels(resident.skills);
  const listing = listProgrammes(programmes, resident, held, today);
  if (listing.count === 0) return [];
  const mask = matchableMask(vacancies, today, resident);
  const only = vacancyIds?.flatMap((id) => (vacancies.slotOf.has(id) ? [vacancies.slotOf.get(id)!] : []));
  const slots = matchableSlots(mask, only);
  const { credit, metEssentials } = standingNow(vacancies, held);
  // For given vacancies, all of their pathways; for myPathways only the best `limit`.
  const best = new BestPathways(vacancies, programmes, listing, credit, vacancyIds ? null : limit);
  new OpenedPairFinder(vacancies, openers, held, metEssentials, listing).forEach(slots, best);
  const rows = new Map<number, ListedProgramme>();
  return best.sorted().map((pathway) => {
    if (!rows.has(pathway.listed))
      rows.set(pathway.listed, listedProgramme(programmes, listing, pathway.listed, skills));
    const programme = rows.get(pathway.listed)!;
    return {
      programme,
      vacancyId: pathway.vacancyId,
      scoreBefore: pathway.scoreBefore,
      scoreAfter: pathway.scoreAfter,
      ...pathwaySkills(requirementsAt(vacancies, pathway.slot, skills), resident.skills, programme.skillsGained),
    };
  });
}
