import type { ApiModule } from '../../core/module';
import { TasksModule } from './tasks.module';
import { Task } from './task.entity';
import { TaskResolver } from './tasks.resolver';
import { TASKS_ERRORS } from './tasks.errors';

/** Coordination: tasks one organization asks of another in the same stream (or of itself), with reminders. */
export const tasks: ApiModule = {
  name: 'tasks',
  nest: TasksModule,
  entities: [Task],
  resolvers: [TaskResolver],
  errors: TASKS_ERRORS,
};

export { TasksModule, Task };
export { TaskService } from './task.service';
export type { TaskEvents } from './tasks.events';
export { TASK_ACCESS } from './task.access';
export { TaskRecords } from './task-records';
