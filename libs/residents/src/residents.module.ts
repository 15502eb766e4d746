import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { RESIDENT_ENTITIES } from './resident.entities';
import { ResidentService } from './resident.service';

@Module({
  imports: [TypeOrmModule.forFeature(RESIDENT_ENTITIES)],
  providers: [ResidentService],
  exports: [ResidentService],
})
export class ResidentsModule {}
