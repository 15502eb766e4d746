import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '@app/audit';
import { IDENTITY_ENTITIES } from './identity.entities';
import { IdentityService } from './identity.service';
import { OrganisationDirectory } from './organisation-directory';
import { SignInThrottle } from './sign-in/sign-in-throttle';
import { TokenService } from './tokens/token.service';

@Module({
  imports: [TypeOrmModule.forFeature(IDENTITY_ENTITIES), AuditModule],
  providers: [IdentityService, OrganisationDirectory, TokenService, SignInThrottle],
  exports: [IdentityService, OrganisationDirectory, TokenService],
})
export class IdentityModule {}
