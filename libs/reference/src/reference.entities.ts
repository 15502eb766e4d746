import { CensusBenchmarkEntity } from './entities/census-benchmark.entity';
import { RealLivingWageRateEntity } from './entities/real-living-wage-rate.entity';
import { SkillEntity } from './entities/skill.entity';
import { TLevelPathwayEntity } from './entities/t-level-pathway.entity';
import { WardEntity } from './entities/ward.entity';

export const REFERENCE_ENTITIES = [
  WardEntity,
  SkillEntity,
  CensusBenchmarkEntity,
  RealLivingWageRateEntity,
  TLevelPathwayEntity,
];
