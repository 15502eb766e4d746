import { CohortEntity } from './entities/cohort.entity';
import { ProgrammePrerequisiteEntity, ProgrammeSkillTaughtEntity } from './entities/programme-skill.entity';
import { ProgrammeEntity } from './entities/programme.entity';

export const CATALOGUE_ENTITIES = [
  ProgrammeEntity,
  ProgrammeSkillTaughtEntity,
  ProgrammePrerequisiteEntity,
  CohortEntity,
];
