import { useParams } from 'react-router-dom';
import { get } from '../api/client';
import { useRegistry } from '../api/registry-context';
import { useResource } from '../api/use-resource';
import { useUser } from '../auth/session-context';
import { DocNumber } from '../components/doc-number';
import { LoadState } from '../components/load-state';
import { PageHeader } from '../components/page-header';
import { formatCalendarDate, formatDateTime } from '../format/dates';
import { useI18n } from '../i18n/i18n-context';
import { activityRights } from './activity-access';
import { ActivityUnitCard } from './activity-unit-card';
import type { ActivityDetail } from './activity-types';
import { TeamForm } from './team-form';
import { TextCommand } from './text-command';
import { PublishButtons } from './publish-buttons';

/** One supervision activity from the plan to the published reports: the team, the notice, each school, the summaries. */
export function ActivityPage() {
  const { id = '' } = useParams();
  const { t, tk, lang } = useI18n();
  const user = useUser();
  const registry = useRegistry();
  const resource = useResource<ActivityDetail & { supervisorNames: Record<string, string> }>((s) => get(`/activities/${encodeURIComponent(id)}`, s), id);
  return (
    <LoadState resource={resource}>
      {(a) => {
        const names = a.supervisorNames ?? {};
        const rights = activityRights(user, registry.me?.supervisor?.id, a);
        const visited = Object.values(a.state.units).some((u) => u.visits.length > 0);
        const mine = registry.me?.supervisor?.id;
        return (
          <div data-testid="activity-page">
            <PageHeader
              title={<><DocNumber number={a.number} /> {a.title}</>}
              subtitle={`${tk('activityKind', a.kind)} · ${formatCalendarDate(lang, a.from)} – ${formatCalendarDate(lang, a.to)} · ${tk('activityStage', a.stage)}`}
            />
            <section className="card">
              <dl className="details">
                <dt>{t('activity.targets')}</dt>
                <dd>{a.targetUnitIds.map((u) => registry.unitName(u)).join(lang === 'en' ? '; ' : '、')}</dd>
                <dt>{t('field.matters')}</dt>
                <dd>{a.state.matters.map((m) => registry.categoryName(m)).join(lang === 'en' ? '; ' : '、')}</dd>
                <dt>{t('activity.team')}</dt>
                <dd data-testid="activity-team">
                  {a.state.team
                    ? a.state.team.members.map((m) => `${names[m.supervisorId] ?? '—'}${m.supervisorId === a.state.team!.leaderId ? `（${t('activity.teamLeader')}）` : ''}`).join(lang === 'en' ? '; ' : '、')
                    : t('activity.noTeam')}
                </dd>
                <dt>{t('activity.notice')}</dt>
                <dd className="pre">{a.state.notice ? <><DocNumber number={a.state.notice.noticeNumber} /> {formatDateTime(lang, a.state.notice.sentAt)}<br />{a.state.notice.content}</> : '—'}</dd>
              </dl>
            </section>
            {rights.runs && !visited && <TeamForm activity={a} onDone={resource.reload} />}
            {rights.runs && a.state.team && !a.state.notice && !visited && (
              <TextCommand title={t('activity.sendNotice')} hint={t('activity.noticeRule')} path={`/activities/${a.activityId}/notice`} field="content" label={t('activity.noticeContent')} onDone={resource.reload} testId="notice-form" />
            )}
            {a.targetUnitIds.map((unitId) => (
              <ActivityUnitCard key={unitId} activity={a} unitId={unitId} unit={a.state.units[unitId] ?? { visits: [], preliminary: null, statement: null, letter: null, report: null }} names={names} rights={rights} office={user.role !== 'unit'} onDone={resource.reload} />
            ))}
            <section className="card">
              <h2>{t('activity.summaries')}</h2>
              {Object.keys(a.state.summaries).length === 0 && <p className="muted">{t('supervisor.none')}</p>}
              <dl className="details">
                {Object.entries(a.state.summaries).flatMap(([sid, s]) => [
                  <dt key={`${sid}-n`}>{names[sid] ?? '—'}</dt>,
                  <dd key={`${sid}-s`} className="pre">{t('visits.highlights')}：{s.highlights || '—'}{'\n'}{t('activity.problemsAndSuggestions')}：{s.problemsAndSuggestions || '—'}</dd>,
                ])}
              </dl>
              {rights.member && mine && !a.state.summaries[mine] && (
                <SummaryForm activityId={a.activityId} supervisorId={mine} onDone={resource.reload} />
              )}
            </section>
            <PublishButtons activity={a} runs={rights.runs} onDone={resource.reload} />
          </div>
        );
      }}
    </LoadState>
  );
}

function SummaryForm({ activityId, supervisorId, onDone }: { activityId: string; supervisorId: string; onDone(): void }) {
  const { t } = useI18n();
  return (
    <TextCommand title={t('activity.submitSummary')} path={`/activities/${activityId}/member-summaries`} field="highlights" label={t('visits.highlights')}
      extra={{ supervisorId, problemsAndSuggestions: '' }} onDone={onDone} testId="summary-form" />
  );
}
