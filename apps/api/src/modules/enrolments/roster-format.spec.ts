import type { ProgrammeSession } from '../programmes';
import { csvCell, excelPhone, parseRoster } from './roster-format';
import { ENROLMENTS_ERRORS } from './enrolments.errors';
import { registerErrorCatalog } from '../../core/errors/error-codes';

registerErrorCatalog('enrolments', ENROLMENTS_ERRORS);
const sessions = [{ id: 's1' }, { id: 's2' }] as unknown as ProgrammeSession[];

describe('roster file format', () => {
  it('finds the header row below a title, maps Korean or English headers and 회차 columns, and skips empty rows', () => {
    const table = [
      ['○○구 수강생 명단'],
      ['이름', 'Phone', '출생연도', '1회차 (09-01 10:00)', 'Session 2'],
      ['홍길동', '010-1234-5678', '1958', '출석', ''],
      ['', '', '', '', ''],
      ['김영희', '', '1960', '', '결석'],
    ];
    const { rows, errors } = parseRoster(table, sessions);
    expect(errors).toEqual([]);
    expect(rows.map((r) => r.row)).toEqual([3, 5]); // spreadsheet row numbers
    expect(rows[0]!.cells).toEqual({ name: '홍길동', phone: '010-1234-5678', birthYear: '1958' });
    expect(rows[0]!.marks.map((m) => [m.column, m.session.id, m.value])).toEqual([['1회차 (09-01 10:00)', 's1', '출석']]);
    expect(rows[1]!.marks.map((m) => [m.session.id, m.value])).toEqual([['s2', '결석']]);
  });

  it('names a session column the programme does not have, and refuses a file without the name column', () => {
    expect(parseRoster([['이름', '3회차']], sessions).errors).toMatchObject([{ row: 1, column: '3회차', code: 'IMPORT_SESSION_UNKNOWN' }]);
    expect(() =>
      parseRoster(
        [
          ['a', 'b'],
          ['1', '2'],
        ],
        sessions,
      ),
    ).toThrow(expect.objectContaining({ code: 'IMPORT_COLUMNS_MISSING' }));
  });

  it('writes CSV cells that a spreadsheet never runs as formulas, quoting what needs it', () => {
    expect(csvCell('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
    expect(csvCell('+82 10')).toBe("'+82 10");
    expect(csvCell('\t=1+1')).toBe("'\t=1+1");
    expect(csvCell('\r=1+1')).toBe('"\'\r=1+1"');
    expect(csvCell('a, b')).toBe('"a, b"');
    expect(csvCell('홍길동')).toBe('홍길동');
  });

  it('gives back the leading zero Excel drops from a mobile number, and leaves other values alone', () => {
    expect(excelPhone('1012345678')).toBe('01012345678');
    expect(excelPhone('010-1234-5678')).toBe('010-1234-5678');
    expect(excelPhone('19580101')).toBe('19580101');
  });
});
