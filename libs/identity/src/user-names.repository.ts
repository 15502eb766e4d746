import { EntityManager } from 'typeorm';
import { UserEntity } from './entities/user.entity';

/** Sets the name an account is shown by (residents' profile update writes it in its own transaction, `manager`). */
export async function setDisplayName(manager: EntityManager, userId: string, displayName: string): Promise<void> {
  await manager.update(UserEntity, { id: userId }, { displayName });
}
