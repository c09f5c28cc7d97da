import { Module } from '@nestjs/common';
import { AuthResolver } from './auth.resolver';
import { AuthService } from './auth.service';
import { ContextFactory } from './context.factory';
import { SessionService } from './session.service';

@Module({
  providers: [AuthService, AuthResolver, SessionService, ContextFactory],
  exports: [AuthService, SessionService, ContextFactory],
})
export class AuthModule {}
