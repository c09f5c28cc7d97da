import { Module } from '@nestjs/common';
import { ParticipantsModule } from '../participants';
import { AccessReviewService } from './access-review.service';
import { AccessReviewResolver } from './access-review.resolver';
import { DestructionService } from './destruction.service';
import { DestructionRegister } from './destruction-register';
import { DestructionResolver } from './destruction.resolver';
import { DestructionRegisterController } from './destruction-register.controller';
import { PrivacyPolicyService } from './privacy-policy.service';
import { PrivacyPolicyController } from './privacy-policy.controller';
import { PrivacyOfficerResolver } from './privacy-officer.resolver';

@Module({
  imports: [ParticipantsModule],
  providers: [
    AccessReviewService,
    AccessReviewResolver,
    DestructionService,
    DestructionRegister,
    DestructionResolver,
    PrivacyPolicyService,
    PrivacyOfficerResolver,
  ],
  controllers: [DestructionRegisterController, PrivacyPolicyController],
})
export class PrivacyModule {}
