import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { REFERENCE_ENTITIES } from './reference.entities';
import { RealLivingWageService } from './real-living-wage.service';
import { SkillCatalogueService } from './skill-catalogue.service';
import { WardDirectoryService } from './ward-directory.service';

@Module({
  imports: [TypeOrmModule.forFeature(REFERENCE_ENTITIES)],
  providers: [SkillCatalogueService, WardDirectoryService, RealLivingWageService],
  exports: [SkillCatalogueService, WardDirectoryService, RealLivingWageService],
})
export class ReferenceModule {}
