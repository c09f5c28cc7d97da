import { ArgumentMetadata, ValidationError, ValidationPipe } from '@nestjs/common';
import { ValidateBy, ValidationOptions } from 'class-validator';
import { seoulDate } from '@lalaland/shared';
import { isCalendarDate } from '../graphql/date-time.scalar';
import { AppError, FieldProblem } from './app-error';

const MESSAGES: Record<string, { ko: string; en: string }> = {
  isEmail: { ko: '올바른 이메일 주소를 입력하세요.', en: 'Enter a valid e-mail address.' },
  isNotEmpty: { ko: '필수 입력 항목입니다.', en: 'This field is required.' },
  arrayNotEmpty: { ko: '하나 이상 고르세요.', en: 'Choose at least one.' },
  maxLength: { ko: '{n}자 이하로 입력하세요.', en: 'Use at most {n} characters.' },
  minLength: { ko: '{n}자 이상 입력하세요.', en: 'Use at least {n} characters.' },
  matches: { ko: '형식이 올바르지 않습니다.', en: 'The format is not valid.' },
  isInt: { ko: '정수를 입력하세요.', en: 'Enter a whole number.' },
  min: { ko: '{n} 이상이어야 합니다.', en: 'Must be at least {n}.' },
  max: { ko: '{n} 이하여야 합니다.', en: 'Must be at most {n}.' },
  isUUID: { ko: '올바른 ID가 아닙니다.', en: 'Not a valid id.' },
  isEnum: { ko: '허용되지 않는 값입니다.', en: 'This value is not allowed.' },
  isISO8601: { ko: '날짜 형식(YYYY-MM-DD)이 올바르지 않습니다.', en: 'Use the date format YYYY-MM-DD.' },
  isUrl: { ko: '올바른 URL을 입력하세요.', en: 'Enter a valid URL.' },
  textInvalid: {
    ko: '입력할 수 없는 문자(NUL 또는 깨진 유니코드)가 있습니다.',
    en: 'The text holds a character that cannot be stored (NUL or broken Unicode).',
  },
  isBirthYear: { ko: '출생연도는 1900년부터 올해까지의 연도로 입력하세요.', en: 'Enter a birth year from 1900 to this year.' },
  isCalendarDate: { ko: '실제 날짜를 YYYY-MM-DD로 입력하세요 (1900–2100년).', en: 'Enter a real date as YYYY-MM-DD (years 1900–2100).' },
};

/** "YYYY-MM-DD" naming a real calendar day between 1900 and 2100 (the one rule for every date input). */
export function IsCalendarDate(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy({ name: 'isCalendarDate', validator: { validate: (v: unknown) => isCalendarDate(v) } }, options);
}

/** A birth year: 1900 to this year in Seoul (a person is not born in the future, whatever year the server started in). */
export function IsBirthYear(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isBirthYear',
      validator: {
        validate: (v: unknown) => Number.isInteger(v) && (v as number) >= 1900 && (v as number) <= Number(seoulDate().slice(0, 4)),
      },
    },
    options,
  );
}

/** The bound a class-validator message ends with ("… must not be less than 1", "… shorter than or equal to 500 characters"). */
function boundOf(message: string | undefined): string {
  return /(-?\d[\d.]*)(?: characters)?$/.exec(message ?? '')?.[1] ?? '';
}

/** The message of one broken constraint, its bound named ("1 이상이어야 합니다."). */
function messageOf(constraint: string, raw: string | undefined, lang: 'ko' | 'en'): string {
  const m = MESSAGES[constraint];
  if (!m) return lang === 'ko' ? '값을 확인하세요.' : 'Check this value.';
  const n = Number(boundOf(raw));
  return m[lang].replace('{n}', Number.isFinite(n) ? n.toLocaleString(lang === 'ko' ? 'ko-KR' : 'en-US') : '');
}

/** A field problem with the shared message for a constraint (for checks a DTO cannot express, e.g. "required on create"). */
export function fieldProblem(field: string, constraint: keyof typeof MESSAGES): FieldProblem {
  const m = MESSAGES[constraint]!;
  return { field, problems: [constraint], ko: m.ko, en: m.en };
}

function flatten(errors: ValidationError[], prefix = ''): FieldProblem[] {
  return errors.flatMap((e) => {
    const field = prefix ? `${prefix}.${e.property}` : e.property;
    // An empty value is "required", whatever rule it also breaks (an empty date is missing, not malformed).
    const empty = e.value === '' || e.value === null || e.value === undefined;
    const own: FieldProblem[] = e.constraints
      ? empty
        ? [{ ...fieldProblem(field, 'isNotEmpty'), problems: Object.keys(e.constraints) }]
        : [
            {
              field,
              problems: Object.keys(e.constraints),
              ko: Object.entries(e.constraints)
                .map(([c, raw]) => messageOf(c, raw, 'ko'))
                .join(' '),
              en: Object.entries(e.constraints)
                .map(([c, raw]) => messageOf(c, raw, 'en'))
                .join(' '),
            },
          ]
      : [];
    return [...own, ...flatten(e.children ?? [], field)];
  });
}

// eslint-disable-next-line no-control-regex -- NUL is exactly what this refuses
const BROKEN_TEXT = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * The one input layer for text: every string a client sends (GraphQL arguments at any depth, route parameters and
 * query strings) is refused if it holds NUL or an unpaired surrogate, which PostgreSQL and every client choke on;
 * text that is blank after trimming becomes empty, so "required" rules see it as missing.
 */
export function cleanInput(value: unknown, path: string): unknown {
  if (typeof value === 'string') {
    if (BROKEN_TEXT.test(value)) throw new AppError('VALIDATION_FAILED', { fields: [fieldProblem(path, 'textInvalid')] });
    return value.trim() === '' ? '' : value;
  }
  if (Array.isArray(value)) return value.map((v) => cleanInput(v, path));
  if (value !== null && typeof value === 'object') {
    const proto = Object.getPrototypeOf(value);
    if (proto !== Object.prototype && proto !== null) return value; // a Date, a Buffer: not text
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = cleanInput(v, path ? `${path}.${k}` : k);
    return out;
  }
  return value;
}

/** Where a parameter comes from the client: GraphQL arguments (@nestjs/graphql's GqlParamtype.ARGS = 3), HTTP body, query, route. */
const CLIENT_INPUT = new Set<unknown>([3, 'body', 'query', 'param']);

class InputPipe extends ValidationPipe {
  override transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    return super.transform(CLIENT_INPUT.has(metadata.type) ? cleanInput(value, metadata.data ?? '') : value, metadata);
  }
}

/** The input layer (cleanInput) then class-validator on every input type; failures become VALIDATION_FAILED with per-field Korean/English messages. */
export function createValidationPipe(): ValidationPipe {
  return new InputPipe({
    transform: true,
    whitelist: true,
    forbidUnknownValues: false,
    stopAtFirstError: false,
    exceptionFactory: (errors) => new AppError('VALIDATION_FAILED', { fields: flatten(errors) }),
  });
}
