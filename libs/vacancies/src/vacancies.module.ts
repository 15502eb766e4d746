import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { VACANCY_ENTITIES } from './vacancy.entities';
import { VacancyService } from './vacancy.service';

@Module({
  imports: [TypeOrmModule.forFeature(VACANCY_ENTITIES)],
  providers: [VacancyService],
  exports: [VacancyService],
})
export class VacanciesModule {}
