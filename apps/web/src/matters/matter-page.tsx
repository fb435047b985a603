import { useParams } from 'react-router-dom';
import { get } from '../api/client';
import { usePeople } from '../api/people-context';
import { useRegistry } from '../api/registry-context';
import { useResource } from '../api/use-resource';
import { useUser } from '../auth/session-context';
import { ReminderBadge } from '../components/badges';
import { DocNumber } from '../components/doc-number';
import { DueDate } from '../components/due-date';
import { LoadState } from '../components/load-state';
import { PageHeader } from '../components/page-header';
import { formatDateTime } from '../format/dates';
import { useI18n } from '../i18n/i18n-context';
import { AssignForm, CloseMatterForm, ExtensionDecisionForm, RemindForm, ReviewForm } from './matter-office-actions';
import { CompletionForm, ExtensionRequestForm, ProgressForm } from './matter-unit-actions';
import type { MatterState, MatterView } from './matter-types';

/** One 督查事项: its facts, the actions open to the reader now, and its handling record. */
export function MatterPage() {
  const { id = '' } = useParams();
  const { t, tk, lang } = useI18n();
  const registry = useRegistry();
  const resource = useResource<MatterView>((s) => get(`/matters/${id}`, s), id);
  const people = usePeople(resource.data?.history.map((e) => e.actor.id) ?? []);
  return (
    <LoadState resource={resource}>
      {({ state: m, history }) => (
        <>
          <PageHeader title={<><DocNumber number={m.number} /> {m.title}</>} subtitle={tk('matterStatus', m.status)} />
          <section className="card" data-testid="matter-facts">
          <dl className="details">
            <dt>{t('matters.source')}</dt><dd>{tk('matterSource', m.source.kind)}{m.source.ref ? ` · ${m.source.ref}` : ''}</dd>
            <dt>{t('matters.tier')}</dt><dd>{tk('matterTier', m.tier)}</dd>
            <dt>{t('matters.requirements')}</dt><dd className="pre">{m.requirements}</dd>
            <dt>{t('matters.leadUnit')}</dt><dd>{m.assignment ? registry.unitName(m.assignment.leadUnitId) : '—'}</dd>
            <dt>{t('matters.assistingUnits')}</dt><dd>{m.assignment?.assistingUnitIds.map((u) => registry.unitName(u)).join(lang === 'en' ? '; ' : '、') || '—'}</dd>
            <dt>{t('matters.dueAt')}</dt><dd>{m.assignment ? <DueDate instant={m.assignment.dueAt} /> : '—'}{m.overdue && <span className="badge danger">{t('matters.overdue')}</span>}</dd>
            <dt>{t('matters.reminder')}</dt><dd><ReminderBadge level={m.reminderLevel} /></dd>
            <dt>{t('matters.returns')}</dt><dd>{m.returns}</dd>
            {m.pendingExtension && <><dt>{t('matters.pendingExtension')}</dt><dd>{formatDateTime(lang, m.pendingExtension.proposedDueAt)} · {m.pendingExtension.reason}</dd></>}
          </dl>
          </section>
          <MatterActions matter={m} onDone={resource.reload} />
          <section className="card" aria-label={t('matters.history')}>
            <h3>{t('matters.history')}</h3>
            <ol className="matter-history" data-testid="matter-history">
              {history.map((e) => (
                <li key={e.version}>
                  <strong>{tk('matterEvent', e.type)}</strong> <span className="muted">{formatDateTime(lang, e.recordedAt)} · {people.name(e.actor.id, e.actor.role)}</span>
                  {describe(e.data) && <p className="pre">{describe(e.data)}</p>}
                </li>
              ))}
            </ol>
          </section>
        </>
      )}
    </LoadState>
  );
}

/** The free text an event carries (a note, progress, a result, a reason), never ids. */
function describe(data: Record<string, unknown>): string {
  return ['progress', 'result', 'reason', 'note'].map((k) => data[k]).filter((v): v is string => typeof v === 'string' && v.trim() !== '').join(' · ');
}

/** What the reader may do now: the office assigns, reminds, decides, reviews and closes; the units answer. */
function MatterActions({ matter, onDone }: { matter: MatterState; onDone(): void }) {
  const user = useUser();
  const handling = matter.status === 'assigned' || matter.status === 'returned';
  if (user.role === 'coordinator' || user.role === 'leader') {
    return (
      <div className="actions-grid">
        {matter.status === 'registered' && <AssignForm matter={matter} onDone={onDone} />}
        {handling && matter.pendingExtension && <ExtensionDecisionForm matter={matter} onDone={onDone} />}
        {handling && <RemindForm matter={matter} onDone={onDone} />}
        {matter.status === 'submitted' && <ReviewForm matter={matter} onDone={onDone} />}
        {matter.status === 'accepted' && <CloseMatterForm matter={matter} onDone={onDone} />}
      </div>
    );
  }
  if (user.role !== 'unit' || !handling || !matter.assignment) return null;
  const lead = user.unitId === matter.assignment.leadUnitId;
  return (
    <div className="actions-grid">
      <ProgressForm matter={matter} onDone={onDone} />
      {lead && !matter.pendingExtension && <ExtensionRequestForm matter={matter} onDone={onDone} />}
      {lead && <CompletionForm matter={matter} onDone={onDone} />}
    </div>
  );
}
