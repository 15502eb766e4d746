import { ApplicationEntity } from './entities/application.entity';
import { EnrolmentEntity } from './entities/enrolment.entity';
import { OutcomeEntity } from './entities/outcome.entity';
import { ApplicationStatusChangeEntity, EnrolmentStatusChangeEntity } from './entities/status-change.entity';

export const BROKERAGE_ENTITIES = [
  EnrolmentEntity,
  EnrolmentStatusChangeEntity,
  ApplicationEntity,
  ApplicationStatusChangeEntity,
  OutcomeEntity,
];
