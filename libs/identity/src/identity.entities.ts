import { OrganisationEntity } from './entities/organisation.entity';
import { UserEntity } from './entities/user.entity';
import { SignInAttemptEntity } from './sign-in/sign-in-attempt.entity';

export const IDENTITY_ENTITIES = [OrganisationEntity, UserEntity, SignInAttemptEntity];
