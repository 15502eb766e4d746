import { EqualityMonitoringEntity } from './entities/equality-monitoring.entity';
import { ResidentProfileEntity } from './entities/resident-profile.entity';
import { ResidentSkillEntity } from './entities/resident-skill.entity';

export const RESIDENT_ENTITIES = [ResidentProfileEntity, ResidentSkillEntity, EqualityMonitoringEntity];
