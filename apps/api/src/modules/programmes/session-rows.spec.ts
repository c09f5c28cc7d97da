import { getMetadataArgsStorage } from 'typeorm';
import { BaseEntity } from '../../core/database/base.entity';
import { ProgrammeSession } from './programme-session.entity';
import { SESSION_COLUMNS } from './session-rows';

describe('session rows (plain reads of programme_session)', () => {
  it('read every column of the entity, so a new column cannot be silently missing from lists and loaders', () => {
    const columns = getMetadataArgsStorage()
      .columns.filter((c) => c.target === ProgrammeSession || c.target === BaseEntity)
      .map((c) => c.propertyName)
      .sort();
    expect(SESSION_COLUMNS.map(([prop]) => prop).sort()).toEqual(columns);
  });
});
