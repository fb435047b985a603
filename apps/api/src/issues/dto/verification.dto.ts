import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsIn, IsOptional, IsString, Length, ValidateNested } from 'class-validator';
import { ACCOUNTABILITY_MEASURES, RECHECK_METHODS, type LookBackOutcome, type RecheckMethod, type RecheckOutcome } from '@app/domain';
import { EvidenceDto, SHORT, TEXT } from './shared.dto';

export class RecheckDto {
  @IsIn(RECHECK_METHODS as string[]) method!: RecheckMethod;
  @IsIn(['passed', 'failed']) outcome!: RecheckOutcome;
  @IsString() @Length(1, TEXT) findings!: string;
  @IsOptional() @ArrayMaxSize(50) @ValidateNested({ each: true }) @Type(() => EvidenceDto) evidence?: EvidenceDto[];
}

export class LookBackDto {
  @IsIn(['sustained', 'relapsed']) outcome!: LookBackOutcome;
  @IsString() @Length(1, TEXT) findings!: string;
}

export class AccountabilityTargetDto {
  @IsIn(['unit', 'person']) kind!: 'unit' | 'person';
  @IsString() @Length(1, SHORT) name!: string;
  @IsOptional() @IsString() @Length(1, SHORT) unitId?: string;
}

export class AccountabilityDecisionDto {
  @ArrayMinSize(1) @ArrayMaxSize(50) @ValidateNested({ each: true }) @Type(() => AccountabilityTargetDto) targets!: AccountabilityTargetDto[];
  @ArrayMinSize(1) @ArrayMaxSize(20) @IsIn(ACCOUNTABILITY_MEASURES as string[], { each: true }) measures!: string[];
  @IsString() @Length(1, TEXT) basis!: string;
}

export class CloseIssueDto {
  @IsOptional() @IsString() @Length(0, TEXT) note?: string;
}

export class WithdrawIssueDto {
  @IsString() @Length(1, TEXT) reason!: string;
}
