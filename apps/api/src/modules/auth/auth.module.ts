import { Module } from '@nestjs/common';
import { RequestContextFactory } from '../../core/context/context-factory';
import { AuthResolver } from './auth.resolver';
import { AuthService } from './auth.service';
import { ContextFactory } from './context.factory';
import { UserSessionService } from './user-session.service';
import { UserDirectory } from './user-directory.service';
import { KnownDevices } from './known-devices.service';
import { Accounts } from './accounts.service';
import { SecondFactorService } from './second-factor.service';
import { Passkeys } from './passkeys.service';
import { SecondFactorResolver } from './second-factor.resolver';

@Module({
  providers: [
    AuthService,
    Accounts,
    AuthResolver,
    SecondFactorService,
    Passkeys,
    SecondFactorResolver,
    UserSessionService,
    KnownDevices,
    UserDirectory,
    ContextFactory,
    { provide: RequestContextFactory, useExisting: ContextFactory },
  ],
  exports: [AuthService, Accounts, UserSessionService, UserDirectory, RequestContextFactory],
})
export class AuthModule {}
