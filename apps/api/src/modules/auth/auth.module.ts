import { Module } from '@nestjs/common';
import { RequestContextFactory } from '../../core/context/context-factory';
import { AuthResolver } from './auth.resolver';
import { AuthService } from './auth.service';
import { ContextFactory } from './context.factory';
import { SessionService } from './session.service';

@Module({
  providers: [AuthService, AuthResolver, SessionService, ContextFactory, { provide: RequestContextFactory, useExisting: ContextFactory }],
  exports: [AuthService, SessionService, RequestContextFactory],
})
export class AuthModule {}
