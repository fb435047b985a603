import { Module } from '@nestjs/common';
import { ApplicationModule } from '@app/application';
import { AuthModule } from '../auth/auth.module';
import { QueriesModule } from '../queries/queries.module';
import { CaseDecisionDocumentController } from '../accountability/case-decision-document.controller';
import { EvaluationReportController } from '../evaluations/evaluation-report.controller';

/** Documents rendered as files (PDF with an embedded CJK font, and .docx): the evaluation report, the accountability decision. */
@Module({
  imports: [ApplicationModule, AuthModule, QueriesModule],
  controllers: [EvaluationReportController, CaseDecisionDocumentController],
})
export class DocumentsModule {}
