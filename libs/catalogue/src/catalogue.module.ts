import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CATALOGUE_ENTITIES } from './catalogue.entities';
import { CohortService } from './cohort.service';
import { ProgrammeService } from './programme.service';

@Module({
  imports: [TypeOrmModule.forFeature(CATALOGUE_ENTITIES)],
  providers: [ProgrammeService, CohortService],
  exports: [ProgrammeService, CohortService],
})
export class CatalogueModule {}
