import { ACCOUNTABILITY_MEASURES } from '../../../../libs/domain/src/issue/accountability-measures';
import { ISSUE_EVENT_TYPES } from '../../../../libs/domain/src/issue/issue.events';
import { ISSUE_SOURCE_KINDS, RECHECK_METHODS, SEVERITIES } from '../../../../libs/domain/src/issue/issue.types';
import { VISIT_KINDS, VISIT_METHODS } from '../../../../libs/domain/src/visit/visit.types';
import { EVENT_FIELDS } from '../audit/event-fields';
import { en } from './en';
import { featureEn, featureZh } from './features';
import { zh } from './zh';

/** Both languages complete and typographically clean; every value of the domain has a label in each. */
describe('UI labels', () => {
  const zhAll: Record<string, string> = { ...zh, ...featureZh };
  const enAll: Record<string, string> = { ...en, ...featureEn };

  it('has the same keys in Chinese and English, none empty', () => {
    expect(Object.keys(enAll).sort()).toEqual(Object.keys(zhAll).sort());
    for (const [key, value] of [...Object.entries(zhAll), ...Object.entries(enAll)]) expect([key, value.trim().length > 0]).toEqual([key, true]);
  });

  it('uses no full-width punctuation in English', () => {
    for (const [key, value] of Object.entries(enAll)) expect([key, /[，。：；！？（）、【】「」]/.test(value)]).toEqual([key, false]);
  });

  it('uses no Latin words in Chinese beyond names of formats and the language switch', () => {
    const allowed = new Set(['CSV', 'Excel', 'SHA', 'English', 'PDF', 'Word', 'UUID', 'JSON']);
    for (const [key, value] of Object.entries(zhAll)) {
      if (key === 'auth.demoHint') continue; // the demo logins are typed as they are (leader, sup01, …)
      const words = (value.replace(/\{\w+\}/g, '').match(/[A-Za-z]{2,}/g) ?? []).filter((w) => !allowed.has(w));
      expect([key, words]).toEqual([key, []]);
    }
  });

  it('names every value of the domain and every field of its events in both languages', () => {
    const keys = [
      ...['open', 'rectifying', 'awaiting_recheck', 'rectified', 'closed', 'withdrawn', 'initial'].map((s) => `status.${s}`),
      ...SEVERITIES.map((s) => `severity.${s}`),
      ...RECHECK_METHODS.map((m) => `method.${m}`),
      ...['passed', 'failed', 'sustained', 'relapsed'].map((o) => `outcome.${o}`),
      ...['urge', 'supervise', 'none'].map((r) => `reminder.${r}`),
      ...['internal', 'public'].map((s) => `scope.${s}`),
      ...ISSUE_SOURCE_KINDS.map((k) => `source.${k}`),
      ...VISIT_KINDS.map((k) => `visitKind.${k}`),
      ...VISIT_METHODS.map((m) => `visitMethod.${m}`),
      ...ACCOUNTABILITY_MEASURES.map((m) => `measure.${m}`),
      ...['overdue', 'failed_rechecks', 'relapsed'].map((r) => `reason.${r}`),
      ...ISSUE_EVENT_TYPES.map((t) => `event.${t}`),
      ...['due_soon', 'overdue', 'reminder', 'coverage_missed', 'extension_requested', 'clock_failed'].map((k) => `alerts.kind.${k}`),
      ...['complaint_due_soon', 'complaint_overdue', 'matter_overdue', 'matter_reminder'].map((k) => `alerts.kind.${k}`),
      ...['complaint', 'matter'].map((k) => `alerts.subject.${k}`),
      ...['complaint_verified', 'complaint_closed', 'matter_accepted', 'matter_closed'].map((r) => `alerts.reason.${r}`),
      ...['order', 'rectify', 'extension', 'recheck', 'accountability', 'report', 'close'].map((k) => `inbox.kind.${k}`),
      ...['order_replaced', 'deadline_extended', 'extension_decided', 'reported', 'closed', 'withdrawn'].map((r) => `alerts.reason.${r}`),
      ...['written', 'on_site', 'meeting'].map((c) => `channel.${c}`),
      ...['admin', 'leader', 'coordinator', 'auditor', 'supervisor', 'unit', 'system'].map((r) => `role.${r}`),
      ...['unit', 'person'].map((k) => `target.${k}`),
      ...[...new Set(Object.values(EVENT_FIELDS).map((f) => f.label))].map((label) => `eventField.${label}`),
    ];
    for (const key of keys) expect([key, key in zhAll, key in enAll]).toEqual([key, true, true]);
  });
});
