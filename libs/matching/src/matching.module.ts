import { Module } from '@nestjs/common';
import { VacancyAudience } from './vacancy-audience';
import { CandidateMatchingService } from './candidate-matching.service';
import { ProgrammeMatchingService } from './programme-matching.service';
import { VacancyMatchingService } from './vacancy-matching.service';

@Module({
  providers: [VacancyMatchingService, ProgrammeMatchingService, CandidateMatchingService, VacancyAudience],
  exports: [VacancyMatchingService, ProgrammeMatchingService, CandidateMatchingService, VacancyAudience],
})
export class MatchingModule {}
