import type { ReactNode } from 'react';
import type { Resource } from '../api/use-resource';
import { useI18n } from '../i18n/i18n-context';
import { ProblemAlert } from './problem-alert';

/** Loading, a clear message when the data service is missing or refused, else the children. */
export function LoadState<T>({ resource, children }: { resource: Resource<T>; children: (data: T) => ReactNode }) {
  const { t } = useI18n();
  if (resource.error) {
    if (resource.error.routeMissing) {
      return (
        <div className="notice" role="status" data-testid="unavailable">
          {t('common.unavailable', { path: `/api${resource.error.path.split('?')[0]}` })}
        </div>
      );
    }
    return <ProblemAlert error={resource.error} />;
  }
  if (resource.data === null) return <Loading />;
  return <>{children(resource.data)}</>;
}

export function Loading() {
  const { t } = useI18n();
  return (
    <div className="loading" role="status" aria-live="polite">
      {t('common.loading')}
    </div>
  );
}
