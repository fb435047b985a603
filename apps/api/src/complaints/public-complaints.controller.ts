import { createHash, randomUUID } from 'node:crypto';
import { Body, Controller, Get, Inject, Post, Query, Req, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { NotFoundError, ReceiveComplaintCommand, REGISTRY, type CommandEnvelope } from '@app/application';
import { canonicalJson } from '@app/event-store';
import { ComplaintRegisterReader } from '@app/projections';
import type { RegistryRepository } from '@app/registry';
import { Public } from '../auth/auth.decorators';
import { PublicComplaintDto, TrackingQueryDto } from './public-complaint.dto';
import { newTrackingCode, PublicFormGuard, trackingHash } from './public-form-guard';

/** 网上举报 without login (DESIGN §3.9, §4): the form, the filing, and the status by tracking code — no names shown. */
@ApiTags('public')
@Controller('public/complaints')
export class PublicComplaintsController {
  constructor(
    private readonly commands: CommandBus,
    private readonly guard: PublicFormGuard,
    private readonly complaints: ComplaintRegisterReader,
    @Inject(REGISTRY) private readonly registry: RegistryRepository,
  ) {}

  /** What the form needs: a signed form token and the schools one may complain about (registry data, no persons). */
  @Get('form') @Public()
  async form() {
    const [units, regions] = await Promise.all([this.registry.listUnits(), this.registry.listRegions()]);
    const regionName = new Map(regions.map((r) => [r.id, r.name]));
    const schools = units.filter((u) => u.zoneId).map((u) => ({ id: u.id, name: u.name, regionName: regionName.get(u.regionId) ?? '' }));
    return { ...this.guard.issue(), units: schools };
  }

  @Post() @Public()
  async file(@Body() body: PublicComplaintDto, @Req() request: Request, @Res({ passthrough: true }) res: Response) {
    this.guard.admitFiling(request.ip ?? request.socket.remoteAddress ?? 'unknown', body.formToken, body.website);
    const code = newTrackingCode();
    const commandId = randomUUID();
    const { formToken: _t, website: _w, ...content } = body;
    const envelope: CommandEnvelope = {
      commandId, correlationId: commandId, causationId: null, actor: { id: 'public', role: 'public' },
      fingerprint: createHash('sha256').update(`POST /public/complaints ${canonicalJson(content)}`).digest('hex'),
    };
    const command = {
      type: 'ReceiveComplaint' as const, complaintId: randomUUID(), unitId: body.unitId, channel: 'online' as const, summary: body.summary,
      anonymous: body.anonymous, complainant: body.anonymous ? null : (body.complainant ?? null), trackingHash: trackingHash(code),
    };
    const result = await this.commands.execute(new ReceiveComplaintCommand(command, envelope, true));
    res.status(201);
    return { number: result.number, trackingCode: code, position: result.position };
  }

  /** 查询办理进度: status, dates and outcome only. */
  @Get('status') @Public()
  async status(@Query() query: TrackingQueryDto, @Req() request: Request) {
    this.guard.admitLookup(request.ip ?? request.socket.remoteAddress ?? 'unknown');
    const status = await this.complaints.publicStatus(trackingHash(query.code));
    if (!status) throw new NotFoundError('no complaint has this tracking code');
    return status;
  }
}
