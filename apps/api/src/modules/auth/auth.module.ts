import { Module } from '@nestjs/common';
import { RequestContextFactory } from '../../core/context/context-factory';
import { AuthResolver } from './auth.resolver';
import { AuthService } from './auth.service';
import { ContextFactory } from './context.factory';
import { UserSessionService } from './user-session.service';
import { UserDirectory } from './user-directory.service';
import { KnownDevices } from './known-devices.service';
import { Accounts } from './accounts.service';

@Module({
  providers: [
    AuthService,
    Accounts,
    AuthResolver,
    UserSessionService,
    KnownDevices,
    UserDirectory,
    ContextFactory,
    { provide: RequestContextFactory, useExisting: ContextFactory },
  ],
  exports: [AuthService, Accounts, UserSessionService, UserDirectory, RequestContextFactory],
})
export class AuthModule {}
