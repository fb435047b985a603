import type { DemoScene, DemoStage } from '../demo-stage';
import { demoCounty } from './demo-county';

const NOTES = [
  '听取校长汇报，查看校园安全与食堂管理，随机听课一节。',
  '巡视校园，查阅课程表与作业登记，座谈走访教师五名。',
  '查看课后服务开展情况，抽查学生作业量，反馈初步意见。',
  '列席学校行政会，了解整改推进情况，查阅相关台账。',
];

/**
 * 经常性督导: each responsibility supervisor visits each assigned school about every four weeks; a few visits are
 * missed, so the month-end coverage check has something true to report.
 */
export const visitsScene: DemoScene = {
  name: 'visits',
  plan(stage: DemoStage) {
    const county = demoCounty();
    const categories = county.data.categories.map((c) => c.code);
    county.data.supervisors.forEach((supervisor, s) => {
      supervisor.assignedUnitIds.forEach((unitId, u) => {
        for (let round = 0; round < 3; round++) {
          if ((s * 5 + u + round) % 13 === 7) continue; // a visit that did not happen
          const day = 3 + round * 28 + ((s + u * 3) % 18);
          const at = stage.day(day, 9 + (u % 3), 30);
          const date = new Date(Date.parse(at) + 8 * 3_600_000).toISOString().slice(0, 10);
          const matters = [categories[(s + u + round) % categories.length], categories[(s + 2 * u + round + 3) % categories.length]];
          const key = `${supervisor.id}|${unitId}|${round}`;
          stage.at(stage.plusHours(at, 6), supervisor.username ?? 'sup01', `visit ${key}`, (send) =>
            send.visit(stage.id(key), { unitId, kind: round === 1 && u === 0 ? 'special' : 'routine', date, matters: [...new Set(matters)], notes: NOTES[(s + u + round) % NOTES.length] }),
          );
        }
      });
    });
  },
};
