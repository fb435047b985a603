import { Module } from '@nestjs/common';
import { AuthModule } from '../../auth/auth.module';
import { QueriesModule } from '../../queries/queries.module';
import { BulletinDocumentService } from './bulletin-document.service';
import { BulletinDocumentsController } from './bulletin-documents.controller';

/** Bulletins rendered as files: PDF (pdfkit, with an embedded CJK font) and Word (.docx). */
@Module({
  imports: [AuthModule, QueriesModule],
  controllers: [BulletinDocumentsController],
  providers: [BulletinDocumentService],
})
export class BulletinDocumentsModule {}
