import type { SupervisorEvent } from './supervisor.events';
import { initialSupervisorState, type SupervisorState } from './supervisor.state';

function apply(state: SupervisorState, event: SupervisorEvent): SupervisorState {
  const base = { ...state, supervisorId: event.data.supervisorId ?? state.supervisorId, regionId: event.data.regionId ?? state.regionId };
  switch (event.type) {
    case 'SupervisorAppointed': {
      const { kind, termFrom, termTo, certificateNo } = event.data;
      return { ...base, appointments: [...state.appointments, { kind, termFrom, termTo, certificateNo }] };
    }
    case 'TrainingRecorded': {
      const { trainingId, date, course, hours } = event.data;
      return { ...base, trainings: [...state.trainings, { trainingId, date, course, hours }] };
    }
    case 'ConflictDeclared':
      return { ...base, conflicts: { ...state.conflicts, [event.data.unitId]: { reason: event.data.reason, declaredAt: event.data.recordedAt } } };
    case 'ConflictWithdrawn': {
      const { [event.data.unitId]: _withdrawn, ...rest } = state.conflicts;
      return { ...base, conflicts: rest };
    }
    case 'AppraisalRecorded': {
      const { year, grade, notes } = event.data;
      return { ...base, appraisals: [...state.appraisals, { year, grade, notes }] };
    }
    case 'TrainingShortfallFlagged':
      return { ...base, shortfallFlagged: [...(state.shortfallFlagged ?? []), event.data.year] };
    default:
      return state;
  }
}

/** Never throws: an event that does not apply leaves the state as it was (but for its version). */
export function evolveSupervisor(state: SupervisorState, event: SupervisorEvent): SupervisorState {
  if (!event || typeof event !== 'object' || !event.data) return state;
  return { ...apply(state, event), version: state.version + 1 };
}

export function foldSupervisor(events: readonly SupervisorEvent[], from: SupervisorState = initialSupervisorState): SupervisorState {
  return events.reduce(evolveSupervisor, from);
}
