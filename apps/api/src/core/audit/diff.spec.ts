import { diff } from './audit.service';

describe('audit diff', () => {
  it('records only the fields that changed, as [before, after]', () => {
    expect(diff({ title: 'A', capacity: 20, note: null }, { title: 'B', capacity: 20, note: null }, ['title', 'capacity', 'note'])).toEqual(
      { title: ['A', 'B'] },
    );
  });

  it('treats a field the change does not mention as unchanged, and undefined before as null', () => {
    expect(diff<{ a?: number; b?: number }>({ a: 1 }, { b: 2 }, ['a', 'b'])).toEqual({ b: [null, 2] });
  });

  it('compares arrays and objects by value, and a creation (no before) lists every given field', () => {
    expect(diff({ bands: ['A20', 'A30'] }, { bands: ['A20', 'A30'] }, ['bands'])).toEqual({});
    expect(diff({ bands: ['A20'] }, { bands: ['A30'] }, ['bands'])).toEqual({ bands: [['A20'], ['A30']] });
    expect(diff(null, { title: 'New' }, ['title'])).toEqual({ title: [null, 'New'] });
  });
});
