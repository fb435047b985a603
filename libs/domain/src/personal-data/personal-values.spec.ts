import { decidePersonalDataAudit } from './personal-data-audit.decide';
import { foldPersonalDataAudit } from './personal-data-audit.evolve';
import { initialPersonalDataAuditState } from './personal-data-audit.state';
import { flaggedText, person, PERSONAL_FIELDS, type PersonalField } from './personal-fields';
import { normalizePersonalText, personalValueSites, withValuesAt } from './personal-values';

describe('personal fields (DESIGN §3.11)', () => {
  it('finds the names of persons held accountable, never those of units', () => {
    const data = { targets: [{ kind: 'unit', name: '示范县实验小学', unitId: 'u-001' }, { kind: 'person', name: ' 欧阳明辉 ', unitId: 'u-001' }, { kind: 'person', name: '诸葛文静' }], measures: ['interview'] };
    const sites = personalValueSites('AccountabilityDecided', data);
    expect(sites.map((s) => [s.path, s.identity, s.kind])).toEqual([
      [['targets', 1, 'name'], 'person:欧阳明辉', 'person'],
      [['targets', 2, 'name'], 'person:诸葛文静', 'person'],
    ]);
    expect(new Set(sites.map((s) => s.group)).size).toBe(2);
  });

  it('finds a description only when the user flagged it', () => {
    const data = { title: '师德问题', description: '欧阳明辉老师体罚学生' };
    expect(personalValueSites('IssueRegistered', data)).toEqual([]);
    expect(personalValueSites('IssueRegistered', { ...data, personal: true })).toEqual([
      expect.objectContaining({ path: ['description'], kind: 'text', identity: 'text:description', label: '欧阳明辉老师体罚学生' }),
    ]);
    expect(personalValueSites('IssueFedBack', { note: 'x' })).toEqual([]);
  });

  it('declares a new event in one line: a person with contacts, a list of names, a nested path', () => {
    const declarations: Record<string, readonly PersonalField[]> = {
      ...PERSONAL_FIELDS,
      ComplaintReceived: [person('complainant', ['name', 'phone'])],
      InterviewHeld: [person('attendees[]')],
      CaseOpened: [person('case.subjects[]', ['name', 'position'], { kind: 'person' }), flaggedText('case.grounds', 'groundsPersonal')],
    };
    const complaint = personalValueSites('ComplaintReceived', { complainant: { name: '李四', phone: '13800138000' }, anonymous: false }, declarations);
    expect(complaint.map((s) => [s.path.join('.'), s.identity])).toEqual([['complainant.name', 'person:李四'], ['complainant.phone', 'person:李四']]);
    expect(new Set(complaint.map((s) => s.group)).size).toBe(1); // name and phone: one subject
    expect(personalValueSites('ComplaintReceived', { anonymous: true }, declarations)).toEqual([]);
    const interview = personalValueSites('InterviewHeld', { attendees: ['王校长', '赵主任'] }, declarations);
    expect(interview.map((s) => [s.path, s.identity])).toEqual([[['attendees', 0], 'person:王校长'], [['attendees', 1], 'person:赵主任']]);
    const opened = personalValueSites('CaseOpened', { case: { subjects: [{ kind: 'person', name: '钱七', position: '校长' }, { kind: 'unit', name: '某校' }], grounds: '…', groundsPersonal: true } }, declarations);
    expect(opened.map((s) => s.path.join('.'))).toEqual(['case.subjects.0.name', 'case.subjects.0.position']);
    expect(personalValueSites('CaseOpened', { case: { grounds: '钱七' }, groundsPersonal: true }, declarations).map((s) => s.path.join('.'))).toEqual(['case.grounds']);
  });

  it('tells a person by the first field even when it is already protected (identity null then)', () => {
    const [site] = personalValueSites('AccountabilityDecided', { targets: [{ kind: 'person', name: { $pii: 1 } }] });
    expect(site.identity).toBeNull();
  });

  it('replaces values by path without touching the original', () => {
    const data = { targets: [{ kind: 'person', name: '张三' }, { kind: 'unit', name: '某校' }], basis: 'b' };
    const copy = withValuesAt(data, [{ path: ['targets', 0, 'name'], value: 'X' }]) as typeof data;
    expect(copy).toEqual({ targets: [{ kind: 'person', name: 'X' }, { kind: 'unit', name: '某校' }], basis: 'b' });
    expect(data.targets[0].name).toBe('张三');
    expect(copy.targets[1]).toBe(data.targets[1]);
  });

  it('folds names alike: full-width, spaces', () => {
    expect(normalizePersonalText('  张　三 ')).toBe('张 三');
    expect(normalizePersonalText('ＡＢＣ')).toBe('ABC');
  });
});

describe('the personal-data audit stream', () => {
  const context = { now: '2026-06-01T00:00:00.000Z', actor: { id: 'user-admin', role: 'admin' as const } };
  const erase = { type: 'ErasePersonalData' as const, subjectRef: 'subj_a', stream: 'issue-1', reason: ' 本人申请 ' };

  it('records an erasure once: asking again changes nothing', () => {
    const first = decidePersonalDataAudit(erase, initialPersonalDataAuditState, context);
    expect(first).toEqual([{ type: 'PersonalDataErased', data: { subjectRef: 'subj_a', stream: 'issue-1', reason: '本人申请', erasedAt: context.now, erasedBy: 'user-admin' } }]);
    const state = foldPersonalDataAudit(first);
    expect(state).toMatchObject({ version: 1, erased: { subj_a: context.now } });
    expect(decidePersonalDataAudit({ ...erase, reason: 'again' }, state, { ...context, now: '2026-07-01T00:00:00.000Z' })).toEqual([]);
    expect(decidePersonalDataAudit({ ...erase, subjectRef: 'subj_b' }, state, context)).toHaveLength(1);
  });

  it('records a migration as given, by whom and when', () => {
    const record = { stream: 'issue-1', fromVersion: 2, toVersion: 5, previousHead: 'a', head: 'b', events: [], signature: 's' };
    const [event] = decidePersonalDataAudit({ type: 'RecordPersonalDataMigration', ...record }, initialPersonalDataAuditState, context);
    expect(event).toEqual({ type: 'PersonalDataMigrated', data: { ...record, migratedAt: context.now, migratedBy: 'user-admin' } });
    expect(foldPersonalDataAudit([event]).migratedStreams).toEqual({ 'issue-1': context.now });
  });
});
