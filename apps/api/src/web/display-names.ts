import type { Region, Supervisor, Unit, UserRecord } from '@app/registry';

export interface DirectoryUser {
  id: string;
  role: string;
  displayName: string;
  displayNameEn: string;
  regionId: string;
  unitId: string | null;
  unitName: string | null;
}

const TITLES: Record<string, [string, string]> = {
  admin: ['系统管理员', 'administrator'],
  leader: ['督导委员会领导', 'supervision committee leader'],
  coordinator: ['督导室', 'supervision office'],
  auditor: ['督导室审计', 'supervision office auditor'],
  supervisor: ['督学', 'supervisor'],
  unit: ['学校', 'school'],
};

/**
 * What a person is called on screen: the registry's display name, else the supervisor's or school's name, else the
 * office and region they act for (示范县督导室). Never a username or an id.
 */
export function displayNameOf(user: UserRecord, related: { region?: Region; unit?: Unit; supervisor?: Supervisor }): { displayName: string; displayNameEn: string } {
  const given = user.displayName?.trim();
  if (given) return { displayName: given, displayNameEn: given };
  if (related.supervisor) return { displayName: related.supervisor.name, displayNameEn: related.supervisor.name };
  if (related.unit) return { displayName: related.unit.name, displayNameEn: related.unit.name };
  const [zh, en] = TITLES[user.role] ?? ['', user.role];
  const regionZh = related.region?.name ?? '';
  const regionEn = related.region?.nameEn ?? related.region?.name ?? '';
  return { displayName: `${regionZh}${zh}`, displayNameEn: `${regionEn} ${en}`.trim() };
}
