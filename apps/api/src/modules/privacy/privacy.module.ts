import { Module } from '@nestjs/common';
import { AccessReviewService } from './access-review.service';
import { AccessReviewResolver } from './access-review.resolver';

@Module({ providers: [AccessReviewService, AccessReviewResolver] })
export class PrivacyModule {}
