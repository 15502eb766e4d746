import { EntityManager } from 'typeorm';
import { skillsTaughtBy } from '@app/catalogue';
import { addCompletedSkills as addResidentSkills } from '@app/residents';

/**
 * A completion gives the resident the programme's taught skills (API.md "State machines"): catalogue says what the
 * programme teaches, residents records the skills (each owns its table); brokerage only joins the two, in the
 * transaction that records the completion.
 */
export async function addCompletedSkills(
  manager: EntityManager,
  residentId: string,
  programmeId: string,
): Promise<void> {
  await addResidentSkills(manager, residentId, await skillsTaughtBy(manager, programmeId));
}
