export * from './entities/equality-monitoring.entity';
export * from './entities/resident-profile.entity';
export * from './entities/resident-skill.entity';
export * from './resident.entities';
export * from './resident.enums';
export * from './resident.service';
export * from './residents.module';
export * from './resident-skills.repository';
