import type { VisitEvent } from './visit.events';
import { initialVisitState, VisitState } from './visit.state';

/** Never throws: an event that does not apply leaves the state as it was. */
export function evolveVisit(state: VisitState, event: VisitEvent): VisitState {
  if (!event || typeof event !== 'object' || !event.data) return state;
  if (event.type === 'VisitRecorded' && state.status === 'initial') {
    return { ...event.data, matters: [...event.data.matters], status: 'recorded', version: state.version + 1, report: null };
  }
  if (event.type === 'VisitReportSubmitted' && state.status === 'recorded') {
    const { report, submittedAt, late } = event.data;
    return { ...state, report: { report, submittedAt, late }, version: state.version + 1 };
  }
  if (event.type === 'VisitReportOverdue' && state.status === 'recorded') return { ...state, reportOverdueMarked: true, version: state.version + 1 };
  return state;
}

export function foldVisit(events: readonly VisitEvent[], from: VisitState = initialVisitState): VisitState {
  return events.reduce(evolveVisit, from);
}
