import { isCalendarDate } from '../calendar/calendar-date';
import { shanghaiDate } from '../calendar/shanghai-time';
import type { DecisionContext } from '../shared/decision-context';
import { DomainError } from '../shared/domain-error';
import type { SupervisorCommand } from './supervisor.commands';
import type { SupervisorEvent } from './supervisor.events';
import type { SupervisorState } from './supervisor.state';
import { trainingStatus } from './training-shortfall';
import { APPRAISAL_GRADES, MAX_HOURS_PER_TRAINING, SUPERVISOR_KINDS } from './supervisor.types';

const invalid = (field: string, message: string) => new DomainError('SUPERVISOR_RECORD_INVALID', `${field}: ${message}`, [{ field, message }]);

/** A supervisor's duties (DESIGN §3.5): appointment terms, training hours, conflicts of interest, appraisals. */
export function decideSupervisor(command: SupervisorCommand, state: SupervisorState, context: DecisionContext): SupervisorEvent[] {
  const by = { supervisorId: command.supervisorId, regionId: command.regionId, recordedBy: context.actor.id, recordedAt: context.now };
  const today = shanghaiDate(context.now);
  switch (command.type) {
    case 'AppointSupervisor': {
      if (!SUPERVISOR_KINDS.includes(command.kind)) throw invalid('kind', SUPERVISOR_KINDS.join(', '));
      if (!isCalendarDate(command.termFrom) || !isCalendarDate(command.termTo) || command.termTo <= command.termFrom) throw invalid('termTo', 'a term ends after it begins');
      if (!command.certificateNo.trim()) throw invalid('certificateNo', 'required');
      return [{ type: 'SupervisorAppointed', data: { ...by, kind: command.kind, termFrom: command.termFrom, termTo: command.termTo, certificateNo: command.certificateNo.trim() } }];
    }
    case 'RecordTraining': {
      if (!isCalendarDate(command.date) || command.date > today) throw invalid('date', `a date not after ${today}`);
      if (!(command.hours > 0 && command.hours <= MAX_HOURS_PER_TRAINING && Number.isInteger(command.hours * 2))) throw invalid('hours', `0.5 to ${MAX_HOURS_PER_TRAINING}, in halves`);
      if (!command.course.trim()) throw invalid('course', 'required');
      if (state.trainings.some((t) => t.trainingId === command.trainingId)) throw new DomainError('ALREADY_EXISTS', `training ${command.trainingId} is recorded`);
      return [{ type: 'TrainingRecorded', data: { ...by, trainingId: command.trainingId, date: command.date, course: command.course.trim(), hours: command.hours } }];
    }
    case 'DeclareConflict': {
      if (state.conflicts[command.unitId]) throw new DomainError('ALREADY_EXISTS', `a conflict with ${command.unitId} is declared already`);
      if (!command.reason.trim()) throw invalid('reason', 'required');
      return [{ type: 'ConflictDeclared', data: { ...by, unitId: command.unitId, reason: command.reason.trim() } }];
    }
    case 'WithdrawConflict': {
      if (!state.conflicts[command.unitId]) throw new DomainError('INVALID_TRANSITION', `no conflict with ${command.unitId} is declared`);
      return [{ type: 'ConflictWithdrawn', data: { ...by, unitId: command.unitId, reason: command.reason.trim() } }];
    }
    case 'RecordAppraisal': {
      if (!APPRAISAL_GRADES.includes(command.grade)) throw invalid('grade', APPRAISAL_GRADES.join(', '));
      if (!Number.isInteger(command.year) || command.year > Number(today.slice(0, 4))) throw invalid('year', 'a year not in the future');
      if (state.appraisals.some((a) => a.year === command.year)) throw new DomainError('ALREADY_EXISTS', `the ${command.year} appraisal is recorded`);
      return [{ type: 'AppraisalRecorded', data: { ...by, year: command.year, grade: command.grade, notes: command.notes.trim() } }];
    }
    case 'FlagTrainingShortfall': {
      const status = trainingStatus(state, context.now);
      if (status.year !== command.year || !status.shortfall || (state.shortfallFlagged ?? []).includes(command.year)) return [];
      return [{ type: 'TrainingShortfallFlagged', data: { ...by, year: status.year, hours: status.hours, missing: status.missing } }];
    }
    default:
      throw new DomainError('INVALID_TRANSITION', `unknown supervisor command '${(command as { type?: string }).type}'`);
  }
}
