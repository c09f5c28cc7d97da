import { Module } from '@nestjs/common';
import { ParticipantsModule } from '../participants';
import { AccessReviewService } from './access-review.service';
import { AccessReviewResolver } from './access-review.resolver';
import { DestructionService } from './destruction.service';
import { DestructionRegister } from './destruction-register';
import { DestructionResolver } from './destruction.resolver';
import { DestructionRegisterController } from './destruction-register.controller';

@Module({
  imports: [ParticipantsModule],
  providers: [AccessReviewService, AccessReviewResolver, DestructionService, DestructionRegister, DestructionResolver],
  controllers: [DestructionRegisterController],
})
export class PrivacyModule {}
