import { Module } from '@nestjs/common';
import { AuthModule } from '../auth';
import { OrganizationsModule } from '../organizations';
import { FundingModule } from '../funding';
import { TaskService } from './task.service';
import { TaskRecords } from './task-records';
import { TaskResolver } from './tasks.resolver';

@Module({
  imports: [AuthModule, OrganizationsModule, FundingModule],
  providers: [TaskService, TaskRecords, TaskResolver],
  exports: [TaskService, TaskRecords],
})
export class TasksModule {}
