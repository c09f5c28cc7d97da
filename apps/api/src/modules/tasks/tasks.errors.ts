import type { ErrorCatalog } from '../../core/errors/error-codes';
import type { FieldMessages } from '../../core/errors/app-error';

/** The tasks module's error codes, with their Korean and English messages (registered through src/modules.ts). */
export const TASKS_ERRORS = {
  TASK_NOT_FOUND: { ko: '업무를 찾을 수 없습니다.', en: 'Task not found.' },
  TASK_ASSIGNEE_NOT_IN_STREAM: {
    ko: '같은 사업에 참여하는 기관에만 업무를 배정할 수 있습니다.',
    en: 'A task can go only to an organization in the same stream.',
  },
  TASK_ASSIGNEE_USER_NOT_MEMBER: {
    ko: '담당자는 배정받은 기관의 구성원이어야 합니다.',
    en: 'The person must be a member of the assigned organization.',
  },
  TASK_STEP_NOT_ALLOWED: { ko: '현재 상태({from})에서는 {to}(으)로 바꿀 수 없습니다.', en: 'A task that is {from} cannot become {to}.' },
  TASK_CHECKLIST_INCOMPLETE: { ko: '체크리스트를 모두 마쳐야 완료할 수 있습니다.', en: 'Finish the checklist before completing the task.' },
} as const satisfies ErrorCatalog;

declare module '../../core/errors/error-codes' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface ModuleErrorCodes extends Record<keyof typeof TASKS_ERRORS, true> {}
}

/** What the tasks module says about a field it refuses (used with `problem(field, constraint, message)`). */
export const TASKS_FIELDS = {
  indexMax: { ko: '체크리스트에 없는 항목입니다.', en: 'No such checklist line.' },
} as const satisfies FieldMessages;
