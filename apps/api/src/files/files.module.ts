import { Module } from '@nestjs/common';
import { MulterModule } from '@nestjs/platform-express';
import { ApplicationModule } from '@app/application';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { EvidenceFiles } from '@app/files';
import { AuthModule } from '../auth/auth.module';
import { FilesController } from './files.controller';
import { FILES_PROVIDERS } from './files.providers';

/** Evidence files: POST /files, GET /files/:fileId, and EvidenceFiles for the routes that attach them. */
@Module({
  imports: [
    ApplicationModule,
    AuthModule,
    // One file per request, held in memory (multer's default storage) up to the limit.
    MulterModule.registerAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({ limits: { fileSize: config.files.maxBytes + 1, files: 1, fields: 5, parts: 6 } }),
    }),
  ],
  controllers: [FilesController],
  providers: FILES_PROVIDERS,
  exports: [EvidenceFiles],
})
export class FilesModule {}
