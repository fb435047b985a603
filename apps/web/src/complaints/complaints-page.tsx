import { useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { COMPLAINT_CHANNELS, VERIFICATION_OUTCOMES } from '@domain/complaint/complaint.types';
import { useRegistry } from '../api/registry-context';
import { usePagedList } from '../api/use-paged-list';
import { useUser } from '../auth/session-context';
import { DocNumber } from '../components/doc-number';
import { DueDate } from '../components/due-date';
import { ExportButtons } from '../components/export-buttons';
import { FilterSelect } from '../components/filter-select';
import { LoadState } from '../components/load-state';
import { PageHeader } from '../components/page-header';
import { Pager } from '../components/pager';
import { formatDate } from '../format/dates';
import { useI18n } from '../i18n/i18n-context';
import type { ComplaintRow } from './complaint-types';
import { ReceiveComplaintForm } from './receive-complaint-form';

/** 举报投诉登记簿: every complaint in the reader's scope, filtered, paged and exported through the one list path. */
export function ComplaintsPage() {
  const { t, tk, lang } = useI18n();
  const user = useUser();
  const registry = useRegistry();
  const navigate = useNavigate();
  const [adding, setAdding] = useState(false);
  const [filters, setFilters] = useState({ status: '', channel: '', outcome: '', unitId: '', overdue: '', q: '' });
  const list = usePagedList<ComplaintRow>('/complaints', filters);
  const set = (key: keyof typeof filters) => (e: { target: { value: string } }) => setFilters({ ...filters, [key]: e.target.value });
  const mayReceive = user.role === 'coordinator' || user.role === 'supervisor';
  return (
    <>
      <PageHeader
        title={t('complaints.title')}
        actions={
          <>
            {mayReceive && <button type="button" className="btn btn-primary" onClick={() => setAdding(!adding)}>{t('complaints.receive')}</button>}
            <ExportButtons path={list.path} name="complaints" />
          </>
        }
      />
      {adding && <ReceiveComplaintForm onDone={(id) => navigate(`/complaints/${id}`)} onCancel={() => setAdding(false)} />}
      <div className="filters card" role="group" aria-label={t('complaints.title')}>
        <FilterSelect label={t('complaints.status')} name="status" value={filters.status} onChange={set('status')}>
          {['received', 'assigned', 'verified', 'closed'].map((s) => <option key={s} value={s}>{tk('complaintStatus', s)}</option>)}
        </FilterSelect>
        <FilterSelect label={t('complaints.channel')} name="channel" value={filters.channel} onChange={set('channel')}>
          {COMPLAINT_CHANNELS.map((c) => <option key={c} value={c}>{tk('complaintChannel', c)}</option>)}
        </FilterSelect>
        <FilterSelect label={t('complaints.outcome')} name="outcome" value={filters.outcome} onChange={set('outcome')}>
          {VERIFICATION_OUTCOMES.map((o) => <option key={o} value={o}>{tk('verificationOutcome', o)}</option>)}
        </FilterSelect>
        <FilterSelect label={t('field.unit')} name="unitId" value={filters.unitId} onChange={set('unitId')}>
          {registry.units.map((u) => <option key={u.id} value={u.id}>{u.name}</option>)}
        </FilterSelect>
        <FilterSelect label={t('complaints.overdue')} name="overdue" value={filters.overdue} onChange={set('overdue')}>
          <option value="true">{t('complaints.overdue')}</option>
        </FilterSelect>
        <label>
          {t('complaints.search')}
          <input type="search" name="q" value={filters.q} onChange={set('q')} />
        </label>
      </div>
      <LoadState resource={list}>
        {(data) => (
          <div className="table-wrap card">
            <table className="table" data-testid="complaints-table">
              <thead>
                <tr>
                  <th scope="col">{t('complaints.number')}</th>
                  <th scope="col">{t('complaints.unit')}</th>
                  <th scope="col">{t('complaints.summary')}</th>
                  <th scope="col">{t('complaints.channel')}</th>
                  <th scope="col">{t('complaints.supervisor')}</th>
                  <th scope="col">{t('complaints.status')}</th>
                  <th scope="col">{t('complaints.verifyBy')}</th>
                  <th scope="col">{t('complaints.receivedAt')}</th>
                </tr>
              </thead>
              <tbody>
                {data.items.map((c) => (
                  <tr key={c.complaintId} className={c.overdue ? 'row-overdue' : undefined}>
                    <td className="nowrap"><Link to={`/complaints/${c.complaintId}`}><DocNumber number={c.number} /></Link></td>
                    <td>{c.unitName ?? registry.unitName(c.unitId)}</td>
                    <td className="clip">{c.summary}</td>
                    <td>{tk('complaintChannel', c.channel)}</td>
                    <td>{c.supervisorName ?? t('complaints.unassigned')}</td>
                    <td>{tk('complaintStatus', c.status)}{c.outcome ? ` · ${tk('verificationOutcome', c.outcome)}` : ''}</td>
                    <td>{c.status === 'received' || c.status === 'assigned' ? <DueDate instant={c.verifyBy} /> : formatDate(lang, c.verifyBy)}</td>
                    <td className="nowrap">{formatDate(lang, c.receivedAt)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            {data.items.length === 0 && <p className="muted empty">{t('complaints.empty')}</p>}
            <Pager page={list.page} pageSize={list.pageSize} total={data.total} onPage={list.setPage} />
          </div>
        )}
      </LoadState>
    </>
  );
}
