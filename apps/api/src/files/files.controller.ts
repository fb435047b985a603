import { Controller, Get, HttpCode, Inject, Param, Post, Res, UploadedFile, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { CLOCK, NotFoundError, type Clock } from '@app/application';
import { EvidenceFiles, FILE_ID, isImage } from '@app/files';
import { EvidenceFilesReader } from '@app/projections';
import { CurrentActor, Roles } from '../auth/auth.decorators';
import type { AuthenticatedActor } from '../auth/authenticated-actor';
import { scopeFilter } from '../queries/scope-filter';
import { utf8FileName } from './multipart-name';

/** Evidence files (DESIGN §2 Files): upload by anyone signed in; download by the uploader or whoever may read an issue naming it. */
@ApiTags('files')
@ApiBearerAuth()
@Controller('files')
export class FilesController {
  constructor(
    private readonly files: EvidenceFiles,
    private readonly references: EvidenceFilesReader,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Post()
  @HttpCode(201)
  @ApiConsumes('multipart/form-data')
  @ApiBody({ schema: { type: 'object', properties: { file: { type: 'string', format: 'binary' } }, required: ['file'] } })
  @UseInterceptors(FileInterceptor('file'))
  upload(@UploadedFile() file: { buffer?: Buffer; originalname?: string } | undefined, @CurrentActor() actor: AuthenticatedActor) {
    return this.files.upload(file?.buffer, utf8FileName(file?.originalname ?? ''), actor.id, this.clock.now());
  }

  @Get(':fileId')
  @Roles('auditor', 'leader', 'coordinator', 'supervisor', 'unit')
  async download(@Param('fileId') fileId: string, @CurrentActor() actor: AuthenticatedActor, @Res() res: Response) {
    const notFound = new NotFoundError(`no file ${fileId.slice(0, 80)}`);
    const described = FILE_ID.test(fileId) ? await this.files.describe(fileId) : null;
    if (!described) throw notFound;
    // Out of jurisdiction answers exactly like a file that does not exist.
    const mayRead = (await this.files.uploadedBy(actor.id, fileId)) || (await this.references.referencedWithin(fileId, scopeFilter(actor)));
    if (!mayRead) throw notFound;
    const bytes = await this.files.readVerified(fileId);
    if (!bytes) throw notFound;
    const inline = isImage(described.mediaType) || described.mediaType === 'application/pdf';
    res
      .status(200)
      .type(described.mediaType)
      .setHeader('Content-Disposition', `${inline ? 'inline' : 'attachment'}; filename="${fileId}"`)
      .setHeader('Cache-Control', 'private, max-age=300')
      .setHeader('ETag', `"${fileId}"`)
      .send(bytes);
  }
}
