import { redactForUnit, unitMetadata } from './unit-history.redaction';

describe('a school\'s view of its issue history', () => {
  it('drops the office\'s closing note and the names of persons held accountable, keeps the rest', () => {
    expect(redactForUnit('IssueClosed', { note: '内部：可销号', closedAt: 't', closedBy: 'user-sup01' })).toEqual({ closedAt: 't', closedBy: 'user-sup01' });
    const decided = redactForUnit('AccountabilityDecided', {
      targets: [{ kind: 'unit', name: '示范县实验小学', unitId: 'u-001' }, { kind: 'person', name: '张某' }], measures: ['interview'], basis: '逾期',
    });
    expect(decided.targets).toEqual([{ kind: 'unit', name: '示范县实验小学', unitId: 'u-001' }, { kind: 'person', name: '' }]);
    expect(redactForUnit('RecheckConducted', { findings: '合格' })).toEqual({ findings: '合格' });
    expect(unitMetadata({ actor: { id: 'user-sup01', role: 'supervisor' }, recordedAt: 't', eventId: 'e', commandId: 'c' } as never)).toEqual({
      actor: { id: 'user-sup01', role: 'supervisor' }, recordedAt: 't', eventId: 'e',
    });
  });
});
