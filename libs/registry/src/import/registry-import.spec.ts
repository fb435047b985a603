import demo from '../data/demo-county.json';
import { parseCsv } from './csv';
import { demoRegistryData } from '../demo-data';
import { emptyExisting, sectionsFromCsv, sectionsFromJson, validateRegistry, type ExistingRegistry } from './registry-import';

function existingFromDemo(): ExistingRegistry {
  const existing = emptyExisting();
  for (const r of demo.regions) existing.regions.set(r.id, r.parentId);
  for (const z of demo.zones) existing.zones.set(z.id, z.regionId);
  for (const u of demo.units) existing.units.set(u.id, { regionId: u.regionId, code: u.code });
  for (const s of demo.supervisors) existing.supervisors.set(s.id, s.regionId);
  return existing;
}

describe('CSV reader', () => {
  it('reads quoted fields, doubled quotes, CRLF and a BOM', () => {
    const parsed = parseCsv('\ufeffid,name\r\nu-1,"Smith, ""A"" school"\r\nu-2,  plain  \n');
    expect(parsed.errors).toEqual([]);
    expect(parsed.records).toEqual([
      { line: 2, values: { id: 'u-1', name: 'Smith, "A" school' } },
      { line: 3, values: { id: 'u-2', name: 'plain' } },
    ]);
  });

  it('reports ragged rows and unclosed quotes by line', () => {
    const parsed = parseCsv('id,name\nu-1\nu-2,"open');
    expect(parsed.errors.map((e) => e.line).sort()).toEqual([2, 3]);
  });
});

describe('registry import validation', () => {
  it('accepts the demo data as JSON (it is the shape of demo-county.json)', () => {
    const { sections, errors } = sectionsFromJson(demo);
    expect(errors).toEqual([]);
    const result = validateRegistry(sections, emptyExisting());
    expect(result.errors).toEqual([]);
    expect(result.data?.units).toHaveLength(98);
    expect(result.data?.users).toHaveLength(125);
  });

  it('lists every error by row and field, and returns no data', () => {
    const { sections } = sectionsFromJson({
      units: [
        { id: 'u-new', code: 'unitnew', name: '新学校', type: 'primary', regionId: 'r-demo-county', zoneId: 'z-demo-1' },
        { id: 'u-bad', code: 'unit001', name: '', type: 'primary', regionId: 'r-mars' },
        { id: 'u-new', code: 'x2', name: 'dup', type: 'primary', regionId: 'r-demo-county', zoneId: 'z-nb-1', extra: 1 },
      ],
      users: [
        { username: 'newunit', role: 'unit', regionId: 'r-demo-county' },
        { username: 'bob', role: 'root', regionId: 'r-demo-county' },
        { username: 'carol', role: 'supervisor', regionId: 'r-neighbour-county', supervisorId: 's-01' },
        { username: 'dave', role: 'leader', regionId: 'r-demo-county', password: 'short' },
      ],
    });
    const { data, errors } = validateRegistry(sections, existingFromDemo());
    expect(data).toBeNull();
    const brief = errors.map((e) => `${e.file}:${e.row}:${e.field}`);
    expect(brief).toEqual(
      expect.arrayContaining([
        'units:2:name',
        'units:2:regionId',
        'units:2:code',
        'units:3:extra',
        'users:1:unitId',
        'users:2:role',
        'users:3:regionId',
        'users:4:password',
      ]),
    );
  });

  it('reads CSV files per section and names lines', () => {
    const { sections, errors } = sectionsFromCsv({
      units: 'id,code,name,type,regionId,zoneId\nu-200,unit200,新学校,primary,r-demo-county,z-demo-1\nu-201,unit201,坏学校,primary,r-demo-county,z-missing\n',
      supervisors: 'id,name,kind,regionId,assignedUnitIds\ns-50,督学50,full_time,r-demo-county,u-200;u-001\n',
      users: 'username,role,regionId,supervisorId,disabled\nsup50,supervisor,r-demo-county,s-50,no\n',
    });
    expect(errors).toEqual([]);
    const result = validateRegistry(sections, existingFromDemo());
    expect(result.errors).toEqual([{ file: 'units', row: 3, field: 'zoneId', message: "zone 'z-missing' does not exist" }]);
  });

  it('refuses unknown columns and a missing required column', () => {
    const { errors } = sectionsFromCsv({ categories: 'code,colour\nx,red\n', nonsense: 'a\n1' });
    expect(errors).toEqual(
      expect.arrayContaining([
        { file: 'categories', row: 1, field: 'name', message: 'the column is missing' },
        { file: 'categories', row: 1, field: 'colour', message: 'is not a known column' },
        { file: 'file', row: null, field: 'nonsense', message: 'is not a registry section' },
      ]),
    );
  });

  it('refuses a region cycle', () => {
    const { sections } = sectionsFromJson({ regions: [{ id: 'a', name: 'A', level: 'city', parentId: 'b' }, { id: 'b', name: 'B', level: 'county', parentId: 'a' }] });
    expect(validateRegistry(sections, emptyExisting()).errors.map((e) => e.field)).toEqual(['parentId', 'parentId']);
  });
});

describe('superior departments (parentUnitId)', () => {
  const bureau = { id: 'u-bureau', code: 'bureau', name: '示范县教育局', type: 'education_bureau', regionId: 'r-demo-county' };
  const school = (parentUnitId: unknown, id = 'u-s') => ({ id, code: `code_${id.replace(/-/g, '_')}`, name: '学校', type: 'primary', regionId: 'r-demo-county', parentUnitId });
  const validate = (units: object[], regions = [{ id: 'r-demo-county', name: '示范县', level: 'county', parentId: null }, { id: 'r-other', name: '邻县', level: 'county', parentId: null }]) =>
    validateRegistry(sectionsFromJson({ regions, units }).sections, emptyExisting());

  it('accepts the demo registry with its education bureaus as every school’s superior department', () => {
    const { data } = demoRegistryData();
    const result = validateRegistry(sectionsFromJson(data).sections, emptyExisting());
    expect(result.errors).toEqual([]);
    expect(result.data?.units.find((u) => u.id === 'u-001')).toMatchObject({ parentUnitId: 'u-bureau-r-demo-county' });
    expect(result.data?.units.find((u) => u.id === 'u-bureau-r-demo-county')).toMatchObject({ parentUnitId: 'u-bureau-r-demo-city', type: 'education_bureau' });
  });

  it('accepts a parent listed after its child, and refuses an unknown parent, a cycle, or a parent of another region', () => {
    expect(validate([school('u-bureau'), bureau]).errors).toEqual([]);
    expect(validate([school('u-nope')]).errors).toEqual([expect.objectContaining({ field: 'parentUnitId', message: "unit 'u-nope' does not exist" })]);
    expect(validate([school('u-b', 'u-a'), school('u-a', 'u-b')]).errors.map((e) => e.message)).toEqual(['makes the unit its own superior department', 'makes the unit its own superior department']);
    expect(validate([school('u-x'), { ...bureau, id: 'u-x', code: 'x', regionId: 'r-other' }]).errors[0].message).toContain("neither this unit's region nor one above it");
  });
});
