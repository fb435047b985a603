export const issueStream = (issueId: string): string => `issue-${issueId}`;
export const bulletinStream = (bulletinId: string): string => `bulletin-${bulletinId}`;
export const visitStream = (visitId: string): string => `visit-${visitId}`;
