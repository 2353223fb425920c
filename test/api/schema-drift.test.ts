import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { printedSchema } from '../../src/api/print-schema';
import { schema } from '../../src/api/schema';
import { isObjectType, isInterfaceType, isEnumType, isIntrospectionType } from 'graphql';

describe('printed schema', () => {
  it('matches schema/schema.graphql (run `npm run schema:print` after changing the API)', () => {
    const committed = readFileSync(join(__dirname, '../../schema/schema.graphql'), 'utf8');
    expect(printedSchema()).toBe(committed);
  });

  it('describes every type and field', () => {
    const missing: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (isIntrospectionType(type) || type.name.startsWith('__') || ['String', 'Int', 'Float', 'Boolean', 'ID'].includes(type.name)) continue;
      if (!type.description) missing.push(type.name);
      if (isObjectType(type) || isInterfaceType(type)) {
        for (const f of Object.values(type.getFields())) {
          if (!f.description) missing.push(`${type.name}.${f.name}`);
          for (const a of f.args) if (!a.description) missing.push(`${type.name}.${f.name}(${a.name})`);
        }
      }
      if (isEnumType(type)) for (const v of type.getValues()) if (!v.description) missing.push(`${type.name}.${v.name}`);
    }
    expect(missing).toEqual([]);
  });
});
