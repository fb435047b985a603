import { Type } from 'class-transformer';
import { ArrayMaxSize, IsBoolean, IsIn, IsOptional, IsString, Length, ValidateNested } from 'class-validator';
import {
  REPLY_CHANNELS, SEVERITIES, STAFF_COMPLAINT_CHANNELS, VERIFICATION_OUTCOMES,
  type ComplaintChannel, type ReplyChannel, type Severity, type VerificationOutcome,
} from '@app/domain';
import { SHORT, TEXT } from '../issues/dto/shared.dto';

export class ComplainantDto {
  @IsString() @Length(1, 100) name!: string;
  @IsString() @Length(1, 200) phone!: string;
}

/** POST /complaints: a complaint received by staff (12345, mailbox, letter, visit). */
export class ReceiveComplaintDto {
  @IsString() @Length(1, SHORT) unitId!: string;
  @IsIn(STAFF_COMPLAINT_CHANNELS as string[]) channel!: ComplaintChannel;
  @IsString() @Length(1, TEXT) summary!: string;
  @IsBoolean() anonymous!: boolean;
  @IsOptional() @ValidateNested() @Type(() => ComplainantDto) complainant?: ComplainantDto;
}

export class AssignComplaintDto {
  @IsString() @Length(1, SHORT) supervisorId!: string;
  @IsOptional() @IsString() @Length(0, TEXT) note?: string;
}

export class ComplaintIssueDto {
  @IsString() @Length(1, 64) category!: string;
  @IsIn(SEVERITIES as string[]) severity!: Severity;
  @IsOptional() @IsBoolean() safetyHazard?: boolean;
  @IsString() @Length(1, SHORT) title!: string;
  @IsString() @Length(1, TEXT) description!: string;
}

export class VerifyComplaintDto {
  @IsIn(VERIFICATION_OUTCOMES as string[]) outcome!: VerificationOutcome;
  @IsString() @Length(1, TEXT) findings!: string;
  @IsOptional() @ArrayMaxSize(20) @ValidateNested({ each: true }) @Type(() => ComplaintIssueDto) issues?: ComplaintIssueDto[];
}

export class ReplyToComplainantDto {
  @IsIn(REPLY_CHANNELS as string[]) channel!: ReplyChannel;
  @IsString() @Length(1, TEXT) content!: string;
}

export class CloseComplaintDto {
  @IsOptional() @IsString() @Length(0, TEXT) note?: string;
}
