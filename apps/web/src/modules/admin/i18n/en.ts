import type { Shape } from '../../../lib/strings';
import type { ko } from './ko';

export const en: Shape<typeof ko> = {
  playground: {
    title: 'GraphQL playground',
    intro: 'Platform admins only. Every request is audited.',
    forbidden: 'Only platform admins can use this.',
    desktopOnly: 'The GraphQL playground needs a wide screen for its editors and toolbars; open it on a computer.',
  },
};
