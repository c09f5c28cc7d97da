import { Module } from '@nestjs/common';
import { AuthModule } from '../auth';
import { OrganizationsModule } from '../organizations';
import { DocumentsModule } from '../documents';
import { CommentService } from './comment.service';
import { CommentResolver } from './comments.resolver';

@Module({
  imports: [AuthModule, OrganizationsModule, DocumentsModule],
  providers: [CommentService, CommentResolver],
})
export class CommentsModule {}
