import { Controller, Get, Param, ParseUUIDPipe, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { NotFoundError } from '@app/application';
import { BulletinsReader } from '@app/projections';
import { CurrentActor, Public } from '../../auth/auth.decorators';
import type { AuthenticatedActor } from '../../auth/authenticated-actor';
import { FreshCache } from '../../queries/fresh-cache';
import { scopeFilter } from '../../queries/scope-filter';
import type { RenderableBulletin } from './bulletin-render.model';
import { DocumentQueryDto, sendDocument, type DocumentFormat } from '../../documents/document-format';
import { BulletinDocumentService } from './bulletin-document.service';

/** GET /bulletins/:id/document?format=pdf|docx (the office's; a public one to anyone signed in) and the public twin. */
@ApiTags('bulletins')
@Controller()
export class BulletinDocumentsController {
  /** A published bulletin never changes: once found, the public one is read from memory for 60 s (its file is kept by the service). */
  private readonly publicDocuments = new FreshCache<RenderableBulletin | null>(60_000, (found) => found !== null);

  constructor(
    private readonly bulletins: BulletinsReader,
    private readonly documents: BulletinDocumentService,
  ) {}

  @Get('bulletins/:id/document')
  @ApiBearerAuth()
  async document(@Param('id', ParseUUIDPipe) id: string, @Query() query: DocumentQueryDto, @CurrentActor() actor: AuthenticatedActor, @Res() res: Response) {
    const owned = ['coordinator', 'leader', 'auditor'].includes(actor.role) ? await this.bulletins.get(id, scopeFilter(actor)) : null;
    if (owned) return this.send(res, id, 'office', owned, query.format);
    return this.send(res, id, 'public', await this.bulletins.getPublic(id), query.format);
  }

  @Get('public/bulletins/:id/document')
  @Public()
  async publicDocument(@Param('id', ParseUUIDPipe) id: string, @Query() query: DocumentQueryDto, @Res() res: Response) {
    return this.send(res, id, 'public', await this.publicDocuments.get(id, () => this.bulletins.getPublic(id)), query.format);
  }

  private async send(res: Response, id: string, view: 'office' | 'public', doc: RenderableBulletin | null, format: DocumentFormat) {
    if (!doc) throw new NotFoundError(`no bulletin ${id}`);
    const bytes = await this.documents.render(id, view, doc, format);
    sendDocument(res, bytes, format, 'bulletin', doc.number || doc.title, view);
  }
}
