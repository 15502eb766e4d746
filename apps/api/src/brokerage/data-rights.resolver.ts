import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { DataRightsService } from '@app/brokerage';
import { Role, UserEntity } from '@app/identity';
import { CurrentUser, Roles } from '../auth/auth.decorators';

/** A resident's rights of access and erasure (UK GDPR articles 15 and 17). */
@Resolver()
export class DataRightsResolver {
  constructor(private readonly dataRights: DataRightsService) {}

  @Roles(Role.RESIDENT)
  @Query(() => String, { description: 'Everything held about you, as JSON' })
  exportMyData(@CurrentUser() user: UserEntity): Promise<string> {
    return this.dataRights.exportFor(user.id);
  }

  @Roles(Role.RESIDENT)
  @Mutation(() => Boolean, { description: 'Deletes your account; your records stay only as anonymous statistics' })
  async deleteMyAccount(@CurrentUser() user: UserEntity, @Args('password') password: string): Promise<boolean> {
    await this.dataRights.deleteAccount(user.id, user.role, password);
    return true;
  }
}
