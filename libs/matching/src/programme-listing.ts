import { withinTravel } from './distance';
import { isEligible } from './eligibility';
import { ProgrammeSnapshot } from './programme-index';
import { ResidentContext } from './resident-context';
import { SkillRegistry } from './skill-registry';
import { dayNumber, distancesFrom, residentPoint } from './snapshot-parts';

/** A programme the resident could start next (MATCHING.md "Programme matches"), before counting what it opens. */
export interface ListedProgramme {
  programmeId: string;
  cohortId: string;
  cohortStart: string;
  weeks: number;
  distanceKm: number | null;
  skillsGained: { skillId: string; level: number }[];
}

/**
 * The programmes listed for one resident, by listing index, as arrays (thousands per request: objects are only made
 * for the few returned, by `listedProgramme`).
 */
export interface Listing {
  count: number;
  programme: Int32Array; // index in the programme snapshot
  listedOf: Int32Array; // by programme snapshot index: its listing index, or -1
  cohort: Int32Array; // the next cohort, index in the snapshot's cohorts
  distance: (number | null)[];
  gainStart: Int32Array; // skill gains of listed programme i: gainStart[i] .. gainStart[i + 1]
  gainSkill: Int32Array;
  gainLevel: Int8Array; // the taught level G (> the resident's level)
}

/**
 * MATCHING.md "Programme matches", who is listed: published by a verified provider (all indexed programmes are), of
 * one of `kinds` when given, with an OPEN cohort (not cancelled, not started, applications open, places left; the
 * earliest is the next cohort), the resident eligible on that cohort's start date (the one eligibility function),
 * within reach unless ONLINE, and gaining the resident at least one skill (taught level above theirs).
 */
export function listProgrammes(
  snapshot: ProgrammeSnapshot,
  resident: ResidentContext,
  held: Int8Array,
  today: string,
  kinds?: readonly string[] | null,
  only?: ((p: number) => boolean) | null,
): Listing {
  const todayNumber = dayNumber(today);
  const distances = distancesFrom(residentPoint(resident), snapshot.places);
  const size = snapshot.ids.length;
  const programme = new Int32Array(size);
  const cohort = new Int32Array(size);
  const listedOf = new Int32Array(size).fill(-1);
  const distance: (number | null)[] = [];
  const gainStart = new Int32Array(size + 1);
  const gainSkill = new Int32Array(snapshot.taughtSkill.length);
  const gainLevel = new Int8Array(snapshot.taughtSkill.length);
  let count = 0;
  let gains = 0;
  for (let p = 0; p < size; p += 1) {
    if (kinds?.length && !kinds.includes(snapshot.kind[p])) continue;
    if (only && !only(p)) continue;
    const next = nextCohort(snapshot, p, todayNumber);
    if (next < 0) continue;
    // Written after the last listed programme's gains, kept only if this one is listed.
    let end = gains;
    for (let t = snapshot.taughtStart[p]; t < snapshot.taughtStart[p + 1]; t += 1) {
      if (snapshot.taughtLevel[t] <= held[snapshot.taughtSkill[t]]) continue;
      gainSkill[end] = snapshot.taughtSkill[t];
      gainLevel[end] = snapshot.taughtLevel[t];
      end += 1;
    }
    if (end === gains) continue;
    const place = snapshot.place[p];
    const km = snapshot.online[p] || place < 0 ? null : distances[place];
    if (!withinTravel(snapshot.online[p] === 1, km, resident.maxTravelKm)) continue;
    if (!isEligible(resident, snapshot.rules[p], snapshot.cohortStartDate[next])) continue;
    programme[count] = p;
    listedOf[p] = count;
    cohort[count] = next;
    distance.push(km);
    gains = end;
    count += 1;
    gainStart[count] = gains;
  }
  return {
    count,
    programme: programme.slice(0, count),
    listedOf,
    cohort: cohort.slice(0, count),
    distance,
    gainStart: gainStart.slice(0, count + 1),
    gainSkill: gainSkill.slice(0, gains),
    gainLevel: gainLevel.slice(0, gains),
  };
}

/** The earliest OPEN cohort of programme p (cohorts are sorted by start date, then id), or -1. */
function nextCohort(snapshot: ProgrammeSnapshot, p: number, today: number): number {
  for (let c = snapshot.cohortStart[p]; c < snapshot.cohortStart[p + 1]; c += 1) {
    if (snapshot.cohortStartDay[c] > today && snapshot.cohortCloseDay[c] >= today && snapshot.cohortHasPlaces[c]) {
      return c;
    }
  }
  return -1;
}

/** The API's row for listed programme i. */
export function listedProgramme(
  snapshot: ProgrammeSnapshot,
  listing: Listing,
  i: number,
  skills: SkillRegistry,
): ListedProgramme {
  const p = listing.programme[i];
  const c = listing.cohort[i];
  const skillsGained = [];
  for (let g = listing.gainStart[i]; g < listing.gainStart[i + 1]; g += 1) {
    skillsGained.push({ skillId: skills.ids[listing.gainSkill[g]], level: listing.gainLevel[g] });
  }
  return {
    programmeId: snapshot.ids[p],
    cohortId: snapshot.cohortIds[c],
    cohortStart: snapshot.cohortStartDate[c],
    weeks: snapshot.weeks[p],
    distanceKm: listing.distance[i],
    skillsGained,
  };
}
