import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { request } from '../api/client';
import { useCommand } from '../api/use-command';
import { useResource } from '../api/use-resource';
import { CommandForm } from '../components/command-form';
import { LoadState } from '../components/load-state';
import { useI18n } from '../i18n/i18n-context';
import { PublishBulletin } from '../pages/publish-bulletin';
import { BulletinContentFields, contentForRequest, type BulletinContentValue } from './bulletin-content-fields';
import { BulletinDocument } from './bulletin-document';
import { DocumentActions } from './document-actions';
import type { BulletinDoc } from './bulletin-types';

/** /bulletins/:id — the document as the office reads it: edit and publish while a draft, print or download once published. */
export function BulletinPage() {
  const { id = '' } = useParams();
  const { t } = useI18n();
  const [editing, setEditing] = useState(false);
  const bulletin = useResource((signal) => request<BulletinDoc>('GET', `/bulletins/${id}`, { signal }), id);
  return (
    <div className="bulletin-page">
      <p className="no-print">
        <Link to="/bulletins">← {t('bulletinDoc.back')}</Link>
      </p>
      <LoadState resource={bulletin}>
        {(doc) => (
          <>
            <DocumentActions doc={doc} onEdit={doc.status === 'draft' && !editing ? () => setEditing(true) : undefined} />
            {editing && <EditDraft doc={doc} onDone={() => { setEditing(false); bulletin.reload(); }} onCancel={() => setEditing(false)} />}
            {doc.status === 'draft' && !editing && (
              <div className="no-print">
                <PublishBulletin bulletinId={doc.bulletinId} title={doc.title} onDone={bulletin.reload} />
              </div>
            )}
            <BulletinDocument doc={doc} />
          </>
        )}
      </LoadState>
    </div>
  );
}

function EditDraft({ doc, onDone, onCancel }: { doc: BulletinDoc; onDone(): void; onCancel(): void }) {
  const { t } = useI18n();
  const command = useCommand();
  const [value, setValue] = useState<BulletinContentValue>({ kind: doc.kind, title: doc.title, periodFrom: doc.periodFrom ?? '', periodTo: doc.periodTo ?? '', body: doc.body });
  const submit = async () => {
    const body = { ...contentForRequest(value), issueIds: doc.issueIds ?? [] };
    if (await command.run(`/bulletins/${doc.bulletinId}`, body, { method: 'PUT', ifMatch: doc.version })) onDone();
  };
  return (
    <div className="no-print">
      <CommandForm title={t('bulletinDoc.edit')} command={command} onSubmit={() => void submit()} onCancel={onCancel} submitLabel={t('bulletinDoc.save')} testId="revise-form">
        <BulletinContentFields value={value} onChange={setValue} />
      </CommandForm>
    </div>
  );
}
