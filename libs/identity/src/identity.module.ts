import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { IDENTITY_ENTITIES } from './identity.entities';
import { IdentityService } from './identity.service';
import { SignInThrottle } from './sign-in/sign-in-throttle';
import { TokenService } from './tokens/token.service';

@Module({
  imports: [TypeOrmModule.forFeature(IDENTITY_ENTITIES)],
  providers: [IdentityService, TokenService, SignInThrottle],
  exports: [IdentityService, TokenService],
})
export class IdentityModule {}
