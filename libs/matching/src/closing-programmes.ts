import { listProgrammes } from './programme-listing';
import { MatchingSnapshots } from './programme-ranking';
import { ResidentContext } from './resident-context';

/**
 * Feedback that leads somewhere (docs/matching.md): the programmes listed for the resident (MATCHING.md "Programme
 * matches": published, eligible, an OPEN cohort, within reach) that teach at least one of `gaps` (skill id → level
 * required) at the required level or above. Most gaps closed first, then the earliest start, then id.
 */
export function programmesClosing(
  { programmes, skills }: MatchingSnapshots,
  resident: ResidentContext,
  gaps: ReadonlyMap<string, number>,
  today: string,
  limit: number,
): string[] {
  const required = new Map<number, number>();
  for (const [skillId, level] of gaps) {
    const index = skills.find(skillId);
    if (index !== undefined) required.set(index, level);
  }
  if (required.size === 0) return [];
  const listing = listProgrammes(programmes, resident, skills.heldLevels(resident.skills), today);
  const found: { id: string; closes: number; start: string }[] = [];
  for (let i = 0; i < listing.count; i += 1) {
    let closes = 0;
    for (let at = listing.gainStart[i]; at < listing.gainStart[i + 1]; at += 1) {
      const level = required.get(listing.gainSkill[at]);
      if (level !== undefined && listing.gainLevel[at] >= level) closes += 1;
    }
    if (closes > 0) {
      found.push({
        id: programmes.ids[listing.programme[i]],
        closes,
        start: programmes.cohortStartDate[listing.cohort[i]],
      });
    }
  }
  return found
    .sort((a, b) => b.closes - a.closes || (a.start < b.start ? -1 : a.start > b.start ? 1 : a.id < b.id ? -1 : 1))
    .slice(0, limit)
    .map((p) => p.id);
}
