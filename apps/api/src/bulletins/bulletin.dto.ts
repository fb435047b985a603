import { Type } from 'class-transformer';
import { ArrayMaxSize, IsIn, IsOptional, IsString, IsUUID, Length, Matches, ValidateNested } from 'class-validator';
import { BULLETIN_KINDS, type BulletinKind } from '@app/domain';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

export class BulletinPeriodDto {
  @Matches(DATE, { message: 'from must be a date YYYY-MM-DD' }) from!: string;
  @Matches(DATE, { message: 'to must be a date YYYY-MM-DD' }) to!: string;
}

/** POST /bulletins and PUT /bulletins/:id (DESIGN §3.4): the whole draft. */
export class BulletinContentDto {
  @IsOptional() @IsIn(BULLETIN_KINDS as string[]) kind?: BulletinKind;
  @IsString() @Length(1, 200) title!: string;
  @IsOptional() @ValidateNested() @Type(() => BulletinPeriodDto) period?: BulletinPeriodDto;
  @IsOptional() @IsString() @Length(0, 20_000) body?: string;
  @ArrayMaxSize(1000) @IsUUID('all', { each: true }) issueIds!: string[];
}

export class PublishBulletinDto {
  @IsIn(['internal', 'public']) scope!: 'internal' | 'public';
}

export const bulletinContent = (body: BulletinContentDto) => ({
  kind: body.kind ?? ('problems' as const),
  title: body.title,
  period: body.period ? { from: body.period.from, to: body.period.to } : null,
  body: body.body ?? '',
  issueIds: body.issueIds,
});
