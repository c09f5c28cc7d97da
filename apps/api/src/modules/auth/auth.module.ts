import { Module } from '@nestjs/common';
import { RequestContextFactory } from '../../core/context/context-factory';
import { AuthResolver } from './auth.resolver';
import { AuthService } from './auth.service';
import { ContextFactory } from './context.factory';
import { UserSessionService } from './user-session.service';

@Module({
  providers: [AuthService, AuthResolver, UserSessionService, ContextFactory, { provide: RequestContextFactory, useExisting: ContextFactory }],
  exports: [AuthService, UserSessionService, RequestContextFactory],
})
export class AuthModule {}
