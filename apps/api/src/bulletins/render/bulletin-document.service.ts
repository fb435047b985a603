import { Injectable } from '@nestjs/common';
import type { DocumentFormat } from '../../documents/document-format';
import { bulletinRenderModel, type RenderableBulletin } from './bulletin-render.model';
import { renderBulletinDocx } from './bulletin-docx.renderer';
import { renderBulletinPdf } from './bulletin-pdf.renderer';


const CACHED = 64;

/**
 * Renders a bulletin as PDF or Word. A published bulletin never changes, so its files are kept (the last 64, by
 * bulletin, view and format); drafts are rendered afresh each time.
 */
@Injectable()
export class BulletinDocumentService {
  private readonly cache = new Map<string, Promise<Buffer>>();

  render(bulletinId: string, view: 'office' | 'public', doc: RenderableBulletin, format: DocumentFormat): Promise<Buffer> {
    const make = () => {
      const model = bulletinRenderModel(doc);
      return format === 'pdf' ? renderBulletinPdf(model) : renderBulletinDocx(model);
    };
    if (doc.status !== 'published') return make();
    const key = `${bulletinId}:${view}:${format}`;
    let pending = this.cache.get(key);
    if (!pending) {
      pending = make();
      pending.catch(() => this.cache.delete(key));
      this.cache.set(key, pending);
      if (this.cache.size > CACHED) this.cache.delete(this.cache.keys().next().value as string);
    }
    return pending;
  }
}
