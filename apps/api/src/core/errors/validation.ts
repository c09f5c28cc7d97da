import { ValidationError, ValidationPipe } from '@nestjs/common';
import { AppError, FieldProblem } from './app-error';

const MESSAGES: Record<string, { ko: string; en: string }> = {
  isEmail: { ko: '올바른 이메일 주소를 입력하세요.', en: 'Enter a valid e-mail address.' },
  isNotEmpty: { ko: '필수 입력 항목입니다.', en: 'This field is required.' },
  maxLength: { ko: '입력이 너무 깁니다.', en: 'This is too long.' },
  minLength: { ko: '입력이 너무 짧습니다.', en: 'This is too short.' },
  matches: { ko: '형식이 올바르지 않습니다.', en: 'The format is not valid.' },
  isInt: { ko: '정수를 입력하세요.', en: 'Enter a whole number.' },
  min: { ko: '값이 너무 작습니다.', en: 'The value is too small.' },
  max: { ko: '값이 너무 큽니다.', en: 'The value is too large.' },
  isUUID: { ko: '올바른 ID가 아닙니다.', en: 'Not a valid id.' },
  isEnum: { ko: '허용되지 않는 값입니다.', en: 'This value is not allowed.' },
  isISO8601: { ko: '날짜 형식(YYYY-MM-DD)이 올바르지 않습니다.', en: 'Use the date format YYYY-MM-DD.' },
  isUrl: { ko: '올바른 URL을 입력하세요.', en: 'Enter a valid URL.' },
};

/** A field problem with the shared message for a constraint (for checks a DTO cannot express, e.g. "required on create"). */
export function fieldProblem(field: string, constraint: keyof typeof MESSAGES): FieldProblem {
  const m = MESSAGES[constraint]!;
  return { field, problems: [constraint], ko: m.ko, en: m.en };
}

function flatten(errors: ValidationError[], prefix = ''): FieldProblem[] {
  return errors.flatMap((e) => {
    const field = prefix ? `${prefix}.${e.property}` : e.property;
    const own: FieldProblem[] = e.constraints
      ? [
          {
            field,
            problems: Object.keys(e.constraints),
            ko: Object.keys(e.constraints).map((c) => MESSAGES[c]?.ko ?? '값을 확인하세요.').join(' '),
            en: Object.keys(e.constraints).map((c) => MESSAGES[c]?.en ?? 'Check this value.').join(' '),
          },
        ]
      : [];
    return [...own, ...flatten(e.children ?? [], field)];
  });
}

/** class-validator on every input type; failures become VALIDATION_FAILED with per-field Korean/English messages. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    transform: true,
    whitelist: true,
    forbidUnknownValues: false,
    stopAtFirstError: false,
    exceptionFactory: (errors) => new AppError('VALIDATION_FAILED', { fields: flatten(errors) }),
  });
}
