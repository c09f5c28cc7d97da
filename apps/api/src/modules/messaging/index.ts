import type { ApiModule } from '../../core/module';
import { MessagingModule } from './messaging.module';
import { MessageBudget, MessageCount, TextMessage } from './text-message.entity';
import { MessagingResolver } from './messaging.resolver';
import { MESSAGING_ERRORS } from './messaging.errors';
import { MIGRATIONS } from './migrations';

/** Text messages to citizens (SMS/LMS through Solapi, logged without it): the one messaging port, with a monthly budget per organization. */
export const messaging: ApiModule = {
  name: 'messaging',
  personalData: [
    {
      column: 'text_message.phone_hash',
      item: { ko: '받는 번호의 확인값', en: "The recipient number's check value" },
      purpose: 'MESSAGING',
    },
    {
      column: 'text_message.phone_tail',
      item: { ko: '받는 번호 끝 네 자리', en: "The recipient number's last four digits" },
      purpose: 'MESSAGING',
    },
    { column: 'text_message.body', item: { ko: '보낸 문자 내용', en: 'The text sent' }, purpose: 'MESSAGING' },
  ],
  nest: MessagingModule,
  entities: [TextMessage, MessageBudget, MessageCount],
  resolvers: [MessagingResolver],
  errors: MESSAGING_ERRORS,
  migrations: MIGRATIONS,
  quietTables: ['text_message'],
};

export { MessagingModule };
export { TextMessages } from './text-messages.service';
export type { MessagingEvents } from './messaging.events';
