import { Module } from '@nestjs/common';
import { AuthModule } from '../auth';
import { OrganizationsModule } from '../organizations';
import { DocumentsModule } from '../documents';
import { FundingModule } from '../funding';
import { CommentService } from './comment.service';
import { CommentResolver } from './comments.resolver';

@Module({
  imports: [AuthModule, OrganizationsModule, FundingModule, DocumentsModule],
  providers: [CommentService, CommentResolver],
})
export class CommentsModule {}
