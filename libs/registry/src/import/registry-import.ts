import type { Pool, PoolClient } from 'pg';
import { upsertRegistry } from '../seed-registry';
import { ROLES, type RegistryData, type Role } from '../registry.types';
import { parseCsv } from './csv';

/**
 * Registry import for real data (JSON or CSV): validated as a whole against itself and what is already stored,
 * then upserted in ONE transaction — re-importing updates, a bad file is refused whole with every error listed by
 * row and field, and nothing is half-imported. Rows not in the file are left as they are (import never deletes;
 * disable a user with `disabled: true`).
 */

export const REGISTRY_SECTIONS = ['regions', 'zones', 'units', 'supervisors', 'users', 'categories'] as const;
export type RegistrySection = (typeof REGISTRY_SECTIONS)[number];

export interface ImportError {
  /** the section (regions, units, …) or 'file' for the file as a whole */
  file: RegistrySection | 'file';
  /** JSON: 1-based index within the section; CSV: the line number (the header is line 1); null for the file */
  row: number | null;
  field: string | null;
  message: string;
}

export class RegistryImportError extends Error {
  constructor(readonly errors: ImportError[]) {
    super(`the registry import was refused: ${errors.length} error(s)`);
  }
}

export interface ImportSummary {
  dryRun: boolean;
  counts: Record<RegistrySection, number>;
}

/** A section's rows before validation, each with the row number errors refer to. */
type RawSections = Record<RegistrySection, { row: number; value: unknown }[]>;

export const CSV_COLUMNS: Record<RegistrySection, { required: string[]; optional: string[] }> = {
  regions: { required: ['id', 'name', 'level'], optional: ['nameEn', 'parentId'] },
  zones: { required: ['id', 'name', 'regionId'], optional: ['leaderSupervisorId'] },
  units: { required: ['id', 'code', 'name', 'type', 'regionId'], optional: ['zoneId', 'parentUnitId'] },
  supervisors: { required: ['id', 'name', 'kind', 'regionId'], optional: ['username', 'zoneId', 'assignedUnitIds'] },
  users: { required: ['username', 'role', 'regionId'], optional: ['unitId', 'supervisorId', 'displayName', 'disabled', 'password'] },
  categories: { required: ['code', 'name'], optional: ['nameEn'] },
};

export const REGION_LEVELS = ['province', 'city', 'county', 'district', 'township'];
export const SUPERVISOR_KINDS = ['full_time', 'part_time'];
const ID = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$/;
const USERNAME = /^[A-Za-z0-9][A-Za-z0-9._@-]{0,63}$/;
const CODE = /^[a-z][a-z0-9_]{0,63}$/;
export const MAX_IMPORT_ROWS = 100_000;

/** JSON: an object with any of the six sections, each an array of objects (the demo-county.json shape). */
export function sectionsFromJson(input: unknown): { sections: RawSections; errors: ImportError[] } {
  const sections = emptySections();
  const errors: ImportError[] = [];
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return { sections, errors: [{ file: 'file', row: null, field: null, message: 'must be a JSON object with regions, zones, units, supervisors, users, categories' }] };
  }
  const known = new Set<string>([...REGISTRY_SECTIONS, 'description', 'demoPassword']);
  for (const key of Object.keys(input)) {
    if (!known.has(key)) errors.push({ file: 'file', row: null, field: key, message: 'is not a registry section' });
  }
  for (const section of REGISTRY_SECTIONS) {
    const value = (input as Record<string, unknown>)[section];
    if (value === undefined) continue;
    if (!Array.isArray(value)) {
      errors.push({ file: section, row: null, field: null, message: 'must be an array' });
      continue;
    }
    sections[section] = value.map((item, index) => ({ row: index + 1, value: item }));
  }
  return { sections, errors };
}

/** CSV: one file per section, with a header row naming the columns of CSV_COLUMNS. */
export function sectionsFromCsv(files: Partial<Record<string, string>>): { sections: RawSections; errors: ImportError[] } {
  const sections = emptySections();
  const errors: ImportError[] = [];
  for (const name of Object.keys(files)) {
    if (!(REGISTRY_SECTIONS as readonly string[]).includes(name)) errors.push({ file: 'file', row: null, field: name, message: 'is not a registry section' });
  }
  for (const section of REGISTRY_SECTIONS) {
    const text = files[section];
    if (text === undefined) continue;
    if (typeof text !== 'string') {
      errors.push({ file: section, row: null, field: null, message: 'must be the CSV text' });
      continue;
    }
    const parsed = parseCsv(text);
    for (const e of parsed.errors) errors.push({ file: section, row: e.line, field: null, message: e.message });
    const { required, optional } = CSV_COLUMNS[section];
    for (const column of required) {
      if (parsed.header.length && !parsed.header.includes(column)) errors.push({ file: section, row: 1, field: column, message: 'the column is missing' });
    }
    for (const column of parsed.header) {
      if (column && !required.includes(column) && !optional.includes(column)) errors.push({ file: section, row: 1, field: column, message: 'is not a known column' });
    }
    sections[section] = parsed.records.map((record) => ({ row: record.line, value: csvRecordToObject(section, record.values) }));
  }
  return { sections, errors };
}

function csvRecordToObject(section: RegistrySection, values: Record<string, string>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, raw] of Object.entries(values)) {
    if (raw === '') continue; // an empty cell is an absent value
    if (section === 'supervisors' && key === 'assignedUnitIds') out[key] = raw.split(/[;|]/).map((s) => s.trim()).filter(Boolean);
    else if (section === 'users' && key === 'disabled') out[key] = /^(1|true|yes|y)$/i.test(raw) ? true : /^(0|false|no|n)$/i.test(raw) ? false : raw;
    else out[key] = raw;
  }
  return out;
}

function emptySections(): RawSections {
  return { regions: [], zones: [], units: [], supervisors: [], users: [], categories: [] };
}

/** What is stored already, so a file may refer to it (a new unit in an existing county). */
export interface ExistingRegistry {
  regions: Map<string, string | null>; // id → parentId
  zones: Map<string, string>; // id → regionId
  units: Map<string, { regionId: string; code: string; parentUnitId?: string | null }>;
  supervisors: Map<string, string>; // id → regionId
  categories: Set<string>;
}

export function emptyExisting(): ExistingRegistry {
  return { regions: new Map(), zones: new Map(), units: new Map(), supervisors: new Map(), categories: new Set() };
}

/** Validates every row; returns the typed data only when there is no error at all. */
export function validateRegistry(sections: RawSections, existing: ExistingRegistry): { data: RegistryData | null; errors: ImportError[] } {
  const errors: ImportError[] = [];
  const total = REGISTRY_SECTIONS.reduce((n, s) => n + sections[s].length, 0);
  if (total === 0) errors.push({ file: 'file', row: null, field: null, message: 'contains no rows' });
  if (total > MAX_IMPORT_ROWS) {
    return { data: null, errors: [{ file: 'file', row: null, field: null, message: `has ${total} rows; at most ${MAX_IMPORT_ROWS} per import` }] };
  }

  const rowsOf = <T>(section: RegistrySection, fields: Record<string, FieldRule>, build: (v: Record<string, unknown>) => T) => {
    const result: { row: number; value: T; raw: Record<string, unknown> }[] = [];
    for (const { row, value } of sections[section]) {
      const err = (field: string | null, message: string) => errors.push({ file: section, row, field, message });
      if (typeof value !== 'object' || value === null || Array.isArray(value)) {
        err(null, 'must be an object');
        continue;
      }
      const raw = value as Record<string, unknown>;
      let ok = true;
      for (const key of Object.keys(raw)) {
        if (!(key in fields) && !(section === 'zones' && key === 'unitIds')) {
          err(key, 'is not a known field');
          ok = false;
        }
      }
      for (const [field, rule] of Object.entries(fields)) {
        const message = checkField(raw[field], rule);
        if (message) {
          err(field, message);
          ok = false;
        }
      }
      // Rows with field errors still take part in the cross-checks, so one pass lists every problem.
      void ok;
      result.push({ row, value: build(raw), raw });
    }
    return result;
  };
  const dupes = <T>(section: RegistrySection, field: string, rows: { row: number; value: T }[], key: (v: T) => string) => {
    const first = new Map<string, number>();
    for (const { row, value } of rows) {
      const k = key(value);
      if (first.has(k)) errors.push({ file: section, row, field, message: `'${k}' already appears in row ${first.get(k)}` });
      else first.set(k, row);
    }
  };

  const regions = rowsOf('regions', {
    id: { type: 'id', required: true }, name: { type: 'text', required: true, max: 200 }, nameEn: { type: 'text', max: 200 },
    level: { type: 'enum', values: REGION_LEVELS, required: true }, parentId: { type: 'id', nullable: true },
  }, (v) => ({ id: v.id as string, name: v.name as string, nameEn: (v.nameEn as string | undefined) ?? null, level: v.level as string, parentId: (v.parentId as string | null | undefined) ?? null }));
  const zones = rowsOf('zones', {
    id: { type: 'id', required: true }, name: { type: 'text', required: true, max: 200 }, regionId: { type: 'id', required: true },
    leaderSupervisorId: { type: 'id', nullable: true },
  }, (v) => ({ id: v.id as string, name: v.name as string, regionId: v.regionId as string, leaderSupervisorId: (v.leaderSupervisorId as string | null | undefined) ?? null, unitIds: v.unitIds as unknown }));
  const units = rowsOf('units', {
    id: { type: 'id', required: true }, code: { type: 'id', required: true }, name: { type: 'text', required: true, max: 200 },
    type: { type: 'text', required: true, max: 64 }, regionId: { type: 'id', required: true }, zoneId: { type: 'id', nullable: true },
    parentUnitId: { type: 'id', nullable: true },
  }, (v) => ({
    id: v.id as string, code: v.code as string, name: v.name as string, type: v.type as string, regionId: v.regionId as string,
    zoneId: (v.zoneId as string | null | undefined) ?? null,
    ...(v.parentUnitId === undefined ? {} : { parentUnitId: (v.parentUnitId as string | null) ?? null }),
  }));
  const supervisors = rowsOf('supervisors', {
    id: { type: 'id', required: true }, username: { type: 'username', nullable: true }, name: { type: 'text', required: true, max: 200 },
    kind: { type: 'enum', values: SUPERVISOR_KINDS, required: true }, regionId: { type: 'id', required: true }, zoneId: { type: 'id', nullable: true },
    assignedUnitIds: { type: 'idList' },
  }, (v) => ({ id: v.id as string, username: (v.username as string | null | undefined) ?? null, name: v.name as string, kind: v.kind as string, regionId: v.regionId as string, zoneId: (v.zoneId as string | null | undefined) ?? null, assignedUnitIds: [...new Set((v.assignedUnitIds as string[] | undefined) ?? [])] }));
  const users = rowsOf('users', {
    id: { type: 'id' }, username: { type: 'username', required: true }, role: { type: 'enum', values: ROLES as string[], required: true },
    regionId: { type: 'id', required: true }, unitId: { type: 'id', nullable: true }, supervisorId: { type: 'id', nullable: true },
    displayName: { type: 'text', max: 200, nullable: true }, disabled: { type: 'boolean' }, password: { type: 'password' },
  }, (v) => ({ id: v.id as string | undefined, username: v.username as string, role: v.role as Role, regionId: v.regionId as string, unitId: (v.unitId as string | null | undefined) ?? null, supervisorId: (v.supervisorId as string | null | undefined) ?? null, displayName: (v.displayName as string | null | undefined) ?? null, disabled: (v.disabled as boolean | undefined) ?? false, password: v.password as string | undefined }));
  const categories = rowsOf('categories', {
    code: { type: 'code', required: true }, name: { type: 'text', required: true, max: 200 }, nameEn: { type: 'text', max: 200, nullable: true },
  }, (v) => ({ code: v.code as string, name: v.name as string, nameEn: (v.nameEn as string | null | undefined) ?? null }));

  dupes('regions', 'id', regions, (r) => r.id);
  dupes('zones', 'id', zones, (z) => z.id);
  dupes('units', 'id', units, (u) => u.id);
  dupes('units', 'code', units, (u) => u.code);
  dupes('supervisors', 'id', supervisors, (s) => s.id);
  dupes('users', 'username', users, (u) => u.username);
  dupes('categories', 'code', categories, (c) => c.code);

  // The registry as it will be after the import: stored rows overlaid with the file's.
  const regionParent = new Map(existing.regions);
  for (const { value } of regions) regionParent.set(value.id, value.parentId);
  const zoneRegion = new Map(existing.zones);
  for (const { value } of zones) zoneRegion.set(value.id, value.regionId);
  const unitInfo = new Map(existing.units);
  for (const { value } of units) {
    const parentUnitId = value.parentUnitId === undefined ? existing.units.get(value.id)?.parentUnitId ?? null : value.parentUnitId;
    unitInfo.set(value.id, { regionId: value.regionId, code: value.code, parentUnitId });
  }
  const supervisorRegion = new Map(existing.supervisors);
  for (const { value } of supervisors) supervisorRegion.set(value.id, value.regionId);
  const within = (regionId: string, ancestorId: string) => {
    let current: string | null | undefined = regionId;
    for (let guard = 0; current && guard <= regionParent.size; guard++) {
      if (current === ancestorId) return true;
      current = regionParent.get(current);
    }
    return false;
  };
  const err = (file: RegistrySection, row: number, field: string, message: string) => errors.push({ file, row, field, message });

  for (const { row, value } of regions) {
    if (typeof value.parentId === 'string' && !regionParent.has(value.parentId)) err('regions', row, 'parentId', `region '${value.parentId}' does not exist`);
    // a cycle: walking up from the region comes back to it
    let current = value.parentId;
    for (let guard = 0; current && guard <= regionParent.size; guard++) {
      if (current === value.id) {
        err('regions', row, 'parentId', 'makes the region its own ancestor');
        break;
      }
      current = regionParent.get(current) ?? null;
    }
  }
  for (const { row, value } of zones) {
    if (isText(value.regionId) && !regionParent.has(value.regionId)) err('zones', row, 'regionId', `region '${value.regionId}' does not exist`);
    if (isText(value.leaderSupervisorId) && !supervisorRegion.has(value.leaderSupervisorId)) err('zones', row, 'leaderSupervisorId', `supervisor '${value.leaderSupervisorId}' does not exist`);
    if (value.unitIds !== undefined) {
      if (!Array.isArray(value.unitIds) || value.unitIds.some((id) => typeof id !== 'string')) err('zones', row, 'unitIds', 'must be a list of unit ids');
      else {
        for (const id of value.unitIds as string[]) {
          const unit = units.find((u) => u.value.id === id);
          if (!unit && !unitInfo.has(id)) err('zones', row, 'unitIds', `unit '${id}' does not exist`);
          else if (unit && unit.value.zoneId !== value.id) err('zones', row, 'unitIds', `unit '${id}' names zone '${unit.value.zoneId ?? ''}', not this one`);
        }
      }
    }
  }
  const codeOwner = new Map<string, string>();
  for (const [id, info] of existing.units) codeOwner.set(info.code, id);
  for (const { row, value } of units) {
    if (isText(value.regionId) && !regionParent.has(value.regionId)) err('units', row, 'regionId', `region '${value.regionId}' does not exist`);
    if (isText(value.zoneId)) {
      const zr = zoneRegion.get(value.zoneId);
      if (zr === undefined) err('units', row, 'zoneId', `zone '${value.zoneId}' does not exist`);
      else if (zr !== value.regionId) err('units', row, 'zoneId', `zone '${value.zoneId}' lies in region '${zr}', not '${value.regionId}'`);
    }
    const owner = codeOwner.get(value.code);
    if (owner !== undefined && owner !== value.id) {
      err('units', row, 'code', `code '${value.code}' already belongs to unit '${owner}'`);
    }
    if (isText(value.parentUnitId)) {
      const parent = unitInfo.get(value.parentUnitId);
      if (!parent) err('units', row, 'parentUnitId', `unit '${value.parentUnitId}' does not exist`);
      else if (!within(value.regionId, parent.regionId)) err('units', row, 'parentUnitId', `unit '${value.parentUnitId}' lies in region '${parent.regionId}', neither this unit's region nor one above it`);
      // a cycle: walking up the superior departments comes back to the unit
      let current: string | null | undefined = value.parentUnitId;
      for (let guard = 0; current && guard <= unitInfo.size; guard++) {
        if (current === value.id) {
          err('units', row, 'parentUnitId', 'makes the unit its own superior department');
          break;
        }
        current = unitInfo.get(current)?.parentUnitId;
      }
    }
  }
  for (const { row, value } of supervisors) {
    if (isText(value.regionId) && !regionParent.has(value.regionId)) err('supervisors', row, 'regionId', `region '${value.regionId}' does not exist`);
    if (isText(value.zoneId) && !zoneRegion.has(value.zoneId)) err('supervisors', row, 'zoneId', `zone '${value.zoneId}' does not exist`);
    for (const id of Array.isArray(value.assignedUnitIds) ? value.assignedUnitIds : []) {
      const unit = unitInfo.get(id);
      if (!unit) err('supervisors', row, 'assignedUnitIds', `unit '${id}' does not exist`);
      else if (!within(unit.regionId, value.regionId)) err('supervisors', row, 'assignedUnitIds', `unit '${id}' lies outside region '${value.regionId}'`);
    }
  }
  for (const { row, value } of users) {
    if (isText(value.regionId) && !regionParent.has(value.regionId)) err('users', row, 'regionId', `region '${value.regionId}' does not exist`);
    if (value.role === 'unit') {
      if (!isText(value.unitId)) { if (!value.unitId) err('users', row, 'unitId', 'is required for the role unit'); }
      else {
        const unit = unitInfo.get(value.unitId);
        if (!unit) err('users', row, 'unitId', `unit '${value.unitId}' does not exist`);
        else if (unit.regionId !== value.regionId) err('users', row, 'regionId', `must be the unit's region '${unit.regionId}'`);
      }
    } else if (value.unitId) err('users', row, 'unitId', `only a user with the role unit has a unit`);
    if (value.role === 'supervisor') {
      if (!isText(value.supervisorId)) { if (!value.supervisorId) err('users', row, 'supervisorId', 'is required for the role supervisor'); }
      else {
        const region = supervisorRegion.get(value.supervisorId);
        if (region === undefined) err('users', row, 'supervisorId', `supervisor '${value.supervisorId}' does not exist`);
        else if (region !== value.regionId) err('users', row, 'regionId', `must be the supervisor's region '${region}'`);
      }
    } else if (value.supervisorId) err('users', row, 'supervisorId', `only a user with the role supervisor is a supervisor`);
  }

  errors.sort((a, b) => REGISTRY_SECTIONS.indexOf(a.file as RegistrySection) - REGISTRY_SECTIONS.indexOf(b.file as RegistrySection) || (a.row ?? 0) - (b.row ?? 0));
  if (errors.length) return { data: null, errors };
  return {
    data: {
      regions: regions.map((r) => r.value),
      zones: zones.map((z) => ({ id: z.value.id, name: z.value.name, regionId: z.value.regionId, leaderSupervisorId: z.value.leaderSupervisorId })),
      units: units.map((u) => u.value),
      supervisors: supervisors.map((s) => s.value),
      users: users.map((u) => u.value),
      categories: categories.map((c) => c.value),
    },
    errors: [],
  };
}

function isText(value: unknown): value is string {
  return typeof value === 'string' && value !== '';
}

type FieldRule =
  | { type: 'id' | 'username' | 'code' | 'idList' | 'boolean' | 'password'; required?: boolean; nullable?: boolean }
  | { type: 'text'; required?: boolean; nullable?: boolean; max: number }
  | { type: 'enum'; values: readonly string[]; required?: boolean; nullable?: boolean };

function checkField(value: unknown, rule: FieldRule): string | null {
  if (value === undefined || (value === null && rule.nullable)) return rule.required ? 'is required' : null;
  if (value === null) return 'must not be null';
  switch (rule.type) {
    case 'id':
      return typeof value === 'string' && ID.test(value) ? null : 'must be an id of 1-64 letters, digits, . _ : -';
    case 'username':
      return typeof value === 'string' && USERNAME.test(value) ? null : 'must be 1-64 letters, digits, . _ @ -';
    case 'code':
      return typeof value === 'string' && CODE.test(value) ? null : 'must be 1-64 lower-case letters, digits, _';
    case 'text':
      if (typeof value !== 'string') return 'must be text';
      if (value.trim() === '' && rule.required) return 'is required';
      return value.length <= rule.max && !/[\u0000-\u001f\u007f]/.test(value) ? null : `must be at most ${rule.max} characters without control characters`;
    case 'enum':
      return typeof value === 'string' && rule.values.includes(value) ? null : `must be one of ${rule.values.join(', ')}`;
    case 'idList':
      return Array.isArray(value) && value.length <= 10_000 && value.every((v) => typeof v === 'string' && ID.test(v)) ? null : 'must be a list of ids';
    case 'boolean':
      return typeof value === 'boolean' ? null : 'must be true or false';
    case 'password':
      return typeof value === 'string' && value.length >= 8 && value.length <= 200 ? null : 'must be 8-200 characters';
  }
}

async function loadExisting(client: PoolClient): Promise<ExistingRegistry> {
  const existing = emptyExisting();
  for (const r of (await client.query(`SELECT id, parent_id FROM registry_regions`)).rows) existing.regions.set(r.id, r.parent_id);
  for (const z of (await client.query(`SELECT id, region_id FROM registry_zones`)).rows) existing.zones.set(z.id, z.region_id);
  for (const u of (await client.query(`SELECT id, region_id, code, parent_unit_id FROM registry_units`)).rows) {
    existing.units.set(u.id, { regionId: u.region_id, code: u.code, parentUnitId: u.parent_unit_id });
  }
  for (const s of (await client.query(`SELECT id, region_id FROM registry_supervisors`)).rows) existing.supervisors.set(s.id, s.region_id);
  for (const c of (await client.query(`SELECT code FROM registry_categories`)).rows) existing.categories.add(c.code);
  return existing;
}

const IMPORT_LOCK = 7_220_010;

export type RegistryImportInput = { format: 'json'; data: unknown } | { format: 'csv'; files: Partial<Record<string, string>> };

/**
 * Validates and imports in one transaction (serialised by an advisory lock). Throws RegistryImportError listing
 * every problem; with `dryRun` validates and rolls back.
 */
export async function importRegistry(pool: Pool, input: RegistryImportInput, options: { dryRun?: boolean } = {}): Promise<ImportSummary> {
  const parsed = input.format === 'json' ? sectionsFromJson(input.data) : sectionsFromCsv(input.files);
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    await client.query('SELECT pg_advisory_xact_lock($1)', [IMPORT_LOCK]);
    const { data, errors } = validateRegistry(parsed.sections, await loadExisting(client));
    const all = [...parsed.errors, ...errors];
    if (all.length || !data) throw new RegistryImportError(all);
    await upsertRegistry(client, data, { overwritePasswords: true });
    await client.query(options.dryRun ? 'ROLLBACK' : 'COMMIT');
    const counts = Object.fromEntries(REGISTRY_SECTIONS.map((s) => [s, data[s].length])) as Record<RegistrySection, number>;
    return { dryRun: options.dryRun === true, counts };
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    // An integrity error the validation did not foresee is still the file's fault, never a 500.
    const pg = error as { code?: unknown; constraint?: unknown };
    if (typeof pg.code === 'string' && pg.code.startsWith('23')) {
      throw new RegistryImportError([{ file: 'file', row: null, field: null, message: `conflicts with stored rows (${String(pg.constraint ?? pg.code)})` }]);
    }
    throw error;
  } finally {
    client.release();
  }
}
