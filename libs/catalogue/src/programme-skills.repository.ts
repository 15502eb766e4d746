import { EntityManager } from 'typeorm';
import { ProgrammePrerequisiteEntity, ProgrammeSkillTaughtEntity } from './entities/programme-skill.entity';

/** The skills a programme teaches, with the level each is taught to (levels as the scoring model's numbers). */
export async function skillsTaughtBy(
  manager: EntityManager,
  programmeId: string,
): Promise<{ skillId: string; level: number }[]> {
  const taught = await manager.find(ProgrammeSkillTaughtEntity, { where: { programmeId } });
  return taught.map(({ skillId, level }) => ({ skillId, level }));
}

/** The skills a programme requires before it starts (its essential prerequisites), with the level each is needed at. */
export async function essentialPrerequisitesOf(
  manager: EntityManager,
  programmeId: string,
): Promise<{ skillId: string; level: number }[]> {
  const prerequisites = await manager.findBy(ProgrammePrerequisiteEntity, { programmeId, essential: true });
  return prerequisites.map(({ skillId, level }) => ({ skillId, level }));
}
