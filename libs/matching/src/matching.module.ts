import { Module } from '@nestjs/common';
import { CandidateMatchingService } from './candidate-matching.service';
import { ProgrammeMatchingService } from './programme-matching.service';
import { VacancyMatchingService } from './vacancy-matching.service';

@Module({
  providers: [VacancyMatchingService, ProgrammeMatchingService, CandidateMatchingService],
  exports: [VacancyMatchingService, ProgrammeMatchingService, CandidateMatchingService],
})
export class MatchingModule {}
