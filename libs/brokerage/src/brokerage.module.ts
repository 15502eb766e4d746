import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '@app/audit';
import { IdentityModule } from '@app/identity';
import { ReferenceModule } from '@app/reference';
import { ApplicationService } from './application.service';
import { BROKERAGE_ENTITIES } from './brokerage.entities';
import { DataRightsService } from './data-rights.service';
import { EnrolmentService } from './enrolment.service';
import { LearnerReturnService } from './learner-return.service';
import { OutcomeService } from './outcome.service';

@Module({
  imports: [TypeOrmModule.forFeature(BROKERAGE_ENTITIES), AuditModule, IdentityModule, ReferenceModule],
  providers: [EnrolmentService, ApplicationService, DataRightsService, OutcomeService, LearnerReturnService],
  exports: [EnrolmentService, ApplicationService, DataRightsService, OutcomeService, LearnerReturnService],
})
export class BrokerageModule {}
