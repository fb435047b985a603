import { IsIn, IsInt, IsNumber, IsOptional, IsString, Length, Matches, Max, Min } from 'class-validator';
import { APPRAISAL_GRADES, MAX_HOURS_PER_TRAINING, SUPERVISOR_KINDS, type AppraisalGrade, type SupervisorKind } from '@app/domain';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

export class AppointmentDto {
  @IsIn(SUPERVISOR_KINDS as string[]) kind!: SupervisorKind;
  @Matches(DATE, { message: 'termFrom must be YYYY-MM-DD' }) termFrom!: string;
  @Matches(DATE, { message: 'termTo must be YYYY-MM-DD' }) termTo!: string;
  @IsString() @Length(1, 64) certificateNo!: string;
}

export class TrainingDto {
  @Matches(DATE, { message: 'date must be YYYY-MM-DD' }) date!: string;
  @IsString() @Length(1, 200) course!: string;
  @IsNumber({ allowNaN: false, allowInfinity: false }) @Min(0.5) @Max(MAX_HOURS_PER_TRAINING) hours!: number;
}

export class ConflictDto {
  @IsString() @Length(1, 200) unitId!: string;
  @IsString() @Length(1, 2000) reason!: string;
}

export class WithdrawConflictDto {
  @IsOptional() @IsString() @Length(0, 2000) reason?: string;
}

export class AppraisalDto {
  @IsInt() @Min(2000) @Max(2100) year!: number;
  @IsIn(APPRAISAL_GRADES as string[]) grade!: AppraisalGrade;
  @IsOptional() @IsString() @Length(0, 4000) notes?: string;
}
