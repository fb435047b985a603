import { IsOptional, IsString, IsUUID, Length, Matches } from 'class-validator';
import { PagedQueryDto } from '../queries/query-params.dto';

export class EraseSubjectDto {
  /** why (a person's request under PIPL art. 47, the purpose served, …); recorded on the audit stream — no names */
  @IsString() @Length(1, 500) reason!: string;
}

export class SubjectListQueryDto extends PagedQueryDto {
  /** a stream name, e.g. issue-<uuid> */
  @IsOptional() @Matches(/^[a-z]+(-[A-Za-z0-9_-]+)*$/) @Length(1, 200) stream?: string;
  /** shorthand for stream=issue-<issueId> */
  @IsOptional() @IsUUID() issueId?: string;
  /** a person's full name: finds that person's subjects in every stream (exact match, never shown back) */
  @IsOptional() @IsString() @Length(1, 100) name?: string;
}
