import { ApplicationEntity } from './entities/application.entity';
import { ApplicationSnapshotEntity, EnrolmentSnapshotEntity } from './entities/demographic-snapshots.entity';
import { EnrolmentEntity } from './entities/enrolment.entity';
import { OutcomeEntity } from './entities/outcome.entity';
import { ApplicationStatusChangeEntity, EnrolmentStatusChangeEntity } from './entities/status-change.entity';

export const BROKERAGE_ENTITIES = [
  EnrolmentSnapshotEntity,
  ApplicationSnapshotEntity,
  EnrolmentEntity,
  EnrolmentStatusChangeEntity,
  ApplicationEntity,
  ApplicationStatusChangeEntity,
  OutcomeEntity,
];
