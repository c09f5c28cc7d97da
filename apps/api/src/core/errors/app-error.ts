import { GraphQLError } from 'graphql';
import { ErrorCode, errorMessages } from './error-codes';

export interface FieldProblem {
  field: string;
  /** Constraint names, e.g. isEmail, maxLength. */
  problems: string[];
  ko: string;
  en: string;
}

/** A module's catalog of field messages (in its `<module>.errors.ts`, beside its error codes): what to tell about one field. */
export type FieldMessages = Readonly<Record<string, { ko: string; en: string }>>;

/** A field at fault, with its message from the module's catalog: `problem('phone', 'matches', PARTICIPANTS_FIELDS.phoneMatches)`. */
export function problem(
  field: string,
  constraint: string,
  message: { ko: string; en: string },
  params?: Record<string, string | number>,
): FieldProblem {
  return { field, problems: [constraint], ko: fill(message.ko, params), en: fill(message.en, params) };
}

function fill(template: string, params: Record<string, string | number> | undefined): string {
  return params ? template.replace(/\{(\w+)\}/g, (_, k: string) => String(params[k] ?? `{${k}}`)) : template;
}

/** The one error type services throw. `extensions.code` is the contract; `messages` carries both languages. */
export class AppError extends GraphQLError {
  readonly code: ErrorCode;
  /** `status`: the HTTP status when the error refuses the whole request (a GraphQL answer with no data); 200 otherwise. */
  constructor(
    code: ErrorCode,
    options: { params?: Record<string, string | number>; fields?: FieldProblem[]; details?: Record<string, unknown>; status?: number } = {},
  ) {
    const template = errorMessages(code);
    const messages = { ko: fill(template.ko, options.params), en: fill(template.en, options.params) };
    super(messages.en, {
      extensions: {
        code,
        messages,
        ...(options.fields ? { fields: options.fields } : {}),
        ...(options.details ?? {}),
        http: { status: options.status ?? 200 },
      },
    });
    this.code = code;
  }

  /** The message in one language (for pages that are not GraphQL answers). */
  messageIn(lang: 'ko' | 'en'): string {
    return (this.extensions.messages as { ko: string; en: string })[lang];
  }
}
