import { Module } from '@nestjs/common';
import { AuthModule } from '../auth';
import { OrganizationsModule } from '../organizations';
import { ProgrammesModule } from '../programmes';
import { TasksModule } from '../tasks';
import { OutcomesModule } from '../outcomes';
import { NotificationService } from './notification.service';
import { NotificationEventsHandler } from './notification-events.handler';
import { NotificationMailHandler } from './notification-mail.handler';
import { NotificationResolver } from './notifications.resolver';

@Module({
  imports: [AuthModule, OrganizationsModule, ProgrammesModule, TasksModule, OutcomesModule],
  providers: [NotificationService, NotificationEventsHandler, NotificationMailHandler, NotificationResolver],
  exports: [NotificationService],
})
export class NotificationsModule {}
