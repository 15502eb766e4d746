import { OrganisationEntity } from './entities/organisation.entity';
import { UserEntity } from './entities/user.entity';

export const IDENTITY_ENTITIES = [OrganisationEntity, UserEntity];
