import { useCommand } from '../api/use-command';
import { ProblemAlert } from '../components/problem-alert';
import { useI18n } from '../i18n/i18n-context';
import type { ActivityDetail } from './activity-types';

/** 发布督导报告 and 结束督导活动: the last two steps, with the rule that binds them. */
export function PublishButtons({ activity, runs, onDone }: { activity: ActivityDetail; runs: boolean; onDone(): void }) {
  const { t } = useI18n();
  const command = useCommand();
  if (!runs) return null;
  const send = async (path: string, body: unknown) => {
    if (await command.run(`/activities/${activity.activityId}/${path}`, body)) onDone();
  };
  return (
    <section className="card" data-testid="activity-finish">
      <p className="muted small">{t('activity.publishRule')}</p>
      {command.error && <ProblemAlert error={command.error} />}
      <div className="form-actions">
        {!activity.publishedScope && (
          <button type="button" className="btn btn-primary" disabled={command.busy} onClick={() => void send('publish', { scope: 'public' })}>{t('activity.publish')}</button>
        )}
        <button type="button" className="btn" disabled={command.busy} onClick={() => void send('close', {})}>{t('activity.close')}</button>
      </div>
    </section>
  );
}
