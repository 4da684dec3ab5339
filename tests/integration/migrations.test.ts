// The hand-written SQL migrations must produce exactly the database schema.prisma describes:
// every model, field, type, nullability, default, primary key, unique and normal index, and
// foreign key. The expected side comes from Prisma's own schema parser (its DMMF).
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { get_dmmf } from '@prisma/prisma-schema-wasm';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listMigrations, migrate } from '../../src/store/migrate.ts';
import { createTestDatabase, type TestDatabase } from '../helpers/database.ts';
const REPO_ROOT = path.resolve(import.meta.dirname, '..', '..');

interface DmmfField {
  name: string;
  kind: 'scalar' | 'object' | 'enum';
  type: string;
  isRequired: boolean;
  isList: boolean;
  isId: boolean;
  isUnique: boolean;
  isUpdatedAt: boolean;
  hasDefaultValue: boolean;
  nativeType: [string, string[]] | null;
  default?: unknown;
  relationFromFields?: string[];
  relationToFields?: string[];
  relationOnDelete?: string;
}
interface DmmfModel {
  name: string;
  fields: DmmfField[];
  primaryKey: { fields: string[] } | null;
}
interface DmmfIndex {
  model: string;
  type: 'id' | 'unique' | 'normal' | 'fulltext';
  fields: { name: string; sortOrder?: 'asc' | 'desc' }[];
}

const schemaText = readFileSync(path.join(REPO_ROOT, 'prisma', 'schema.prisma'), 'utf8');
const dmmf = JSON.parse(get_dmmf(JSON.stringify({ prismaSchema: [['schema.prisma', schemaText]] }))) as {
  datamodel: { models: DmmfModel[]; indexes: DmmfIndex[] };
};

/** The Postgres type Prisma uses for a scalar (and its native type attribute). */
function expectedType(f: DmmfField): string {
  if (f.nativeType?.[0] === 'Date') return 'date';
  return (
    {
      String: 'text',
      Int: 'integer',
      BigInt: 'bigint',
      Boolean: 'boolean',
      DateTime: 'timestamp without time zone',
      Float: 'double precision',
      Json: 'jsonb',
    } as Record<string, string>
  )[f.type]!;
}

let database: TestDatabase;
let client: pg.Client;

beforeAll(async () => {
  database = await createTestDatabase(2);
  client = new pg.Client({ connectionString: database.url });
  await client.connect();
});
afterAll(async () => {
  await client.end();
  await database.drop();
});

describe('migrations match schema.prisma', () => {
  it('has a table per model and a column per scalar field, with the right type, nullability and default', async () => {
    const cols = await client.query<{
      table_name: string;
      column_name: string;
      data_type: string;
      is_nullable: string;
      column_default: string | null;
    }>(
      `SELECT table_name, column_name, data_type, is_nullable, column_default FROM information_schema.columns WHERE table_schema = 'public' AND table_name <> '_prisma_migrations'`,
    );
    const actual = new Map(cols.rows.map((r) => [`${r.table_name}.${r.column_name}`, r]));
    const expectedKeys = new Set<string>();
    for (const model of dmmf.datamodel.models) {
      for (const f of model.fields.filter((x) => x.kind === 'scalar')) {
        const key = `${model.name}.${f.name}`;
        expectedKeys.add(key);
        const col = actual.get(key);
        expect(col, `column ${key}`).toBeDefined();
        expect(col!.data_type, `type of ${key}`).toBe(expectedType(f));
        expect(col!.is_nullable, `nullability of ${key}`).toBe(f.isRequired ? 'NO' : 'YES');
        const hasDbDefault = col!.column_default !== null;
        expect(hasDbDefault, `default of ${key}`).toBe(f.hasDefaultValue && !f.isUpdatedAt);
      }
    }
    expect([...actual.keys()].sort()).toEqual([...expectedKeys].sort());
  });

  it('has exactly the primary keys, unique and normal indexes of the schema (with sort order)', async () => {
    const rows = await client.query<{
      table: string;
      name: string;
      unique: boolean;
      primary: boolean;
      def: string;
    }>(
      `SELECT t.relname AS "table", i.relname AS name, ix.indisunique AS unique, ix.indisprimary AS primary, pg_get_indexdef(ix.indexrelid) AS def
       FROM pg_index ix JOIN pg_class i ON i.oid = ix.indexrelid JOIN pg_class t ON t.oid = ix.indrelid
       JOIN pg_namespace n ON n.oid = t.relnamespace
       WHERE n.nspname = 'public' AND t.relname <> '_prisma_migrations'`,
    );
    const describeIndex = (table: string, kind: string, fields: { name: string; sortOrder?: string }[]) =>
      `${table} ${kind} (${fields.map((f) => `${f.name}${f.sortOrder === 'desc' ? ' DESC' : ''}`).join(', ')})`;
    const expected = dmmf.datamodel.indexes.map((ix) =>
      describeIndex(
        ix.model,
        ix.type === 'id' ? 'primary' : ix.type === 'unique' ? 'unique' : 'normal',
        ix.fields,
      ),
    );
    const actual = rows.rows.map((r) => {
      const cols = /\((.*)\)$/.exec(r.def)![1]!;
      // pg quotes only mixed-case names; compare unquoted.
      return `${r.table} ${r.primary ? 'primary' : r.unique ? 'unique' : 'normal'} (${cols.replaceAll('"', '')})`;
    });
    expect(actual.sort()).toEqual(expected.sort());
  });

  it('has a foreign key per relation, with its delete rule', async () => {
    const rows = await client.query<{
      table: string;
      column: string;
      ref_table: string;
      delete_rule: string;
    }>(
      `SELECT kcu.table_name AS "table", kcu.column_name AS "column", ccu.table_name AS ref_table, rc.delete_rule
       FROM information_schema.referential_constraints rc
       JOIN information_schema.key_column_usage kcu ON kcu.constraint_name = rc.constraint_name
       JOIN information_schema.constraint_column_usage ccu ON ccu.constraint_name = rc.constraint_name
       WHERE kcu.table_schema = 'public'`,
    );
    const expected = dmmf.datamodel.models.flatMap((m) =>
      m.fields
        .filter((f) => f.kind === 'object' && (f.relationFromFields?.length ?? 0) > 0)
        .map(
          (f) =>
            `${m.name}.${f.relationFromFields![0]} -> ${f.type} ${f.relationOnDelete === 'Cascade' ? 'CASCADE' : (f.relationOnDelete ?? 'RESTRICT').toUpperCase()}`,
        ),
    );
    const actual = rows.rows.map((r) => `${r.table}.${r.column} -> ${r.ref_table} ${r.delete_rule}`);
    expect(actual.sort()).toEqual(expected.sort());
  });
});

describe('the migrator', () => {
  it('records each migration as Prisma does (sha256 checksum, finished) and is idempotent', async () => {
    const files = await listMigrations();
    const rows = await client.query<{
      migration_name: string;
      checksum: string;
      finished_at: Date | null;
      applied_steps_count: number;
    }>(
      'SELECT migration_name, checksum, finished_at, applied_steps_count FROM "_prisma_migrations" ORDER BY migration_name',
    );
    expect(rows.rows.map((r) => r.migration_name)).toEqual(files.map((f) => f.name));
    for (const [i, f] of files.entries()) {
      const sql = readFileSync(path.join(REPO_ROOT, 'prisma', 'migrations', f.name, 'migration.sql'));
      expect(rows.rows[i]!.checksum).toBe(createHash('sha256').update(sql).digest('hex'));
      expect(rows.rows[i]!.finished_at).not.toBeNull();
    }
    const again = await migrate(database.url);
    expect(again.applied).toEqual([]);
    expect(again.alreadyApplied).toEqual(files.map((f) => f.name));
  });

  it('applies concurrently from several processes exactly once', async () => {
    const fresh = await createTestDatabase(1);
    // Empty the clone back to nothing, then race three migrators.
    const c = new pg.Client({ connectionString: fresh.url });
    await c.connect();
    await c.query('DROP SCHEMA public CASCADE; CREATE SCHEMA public;');
    await c.end();
    const results = await Promise.all([migrate(fresh.url), migrate(fresh.url), migrate(fresh.url)]);
    expect(results.flatMap((r) => r.applied)).toHaveLength((await listMigrations()).length);
    await fresh.drop();
  });
});
