import type { FrameworkDefinition, Indicator } from './framework.types';

/**
 * The demo's framework, modelled on the seeds' county self-evaluation (县级人民政府履行教育职责自评): 7 areas with
 * maxima 19, 9, 24, 8, 27, 11 and 2 (100 points), 35 indicators and 84 test points. The names of the areas follow
 * the seeds' structure; the indicators' and test points' wording is ours.
 */
const AREAS: Array<[string, number, Array<[string, number, number]>]> = [
  ['党的领导与教育优先发展', 19, [['党委领导教育工作', 4, 3], ['教育优先发展战略落实', 3, 2], ['政府履行教育职责', 3, 2], ['教育督导体制机制', 3, 3], ['立德树人根本任务', 3, 2], ['意识形态与校园安全稳定', 2, 2], ['依法治教', 1, 1]]],
  ['教育规划与布局', 9, [['教育事业发展规划', 3, 3], ['学校布局调整', 3, 2], ['城镇学位供给', 3, 2]]],
  ['教育经费投入与保障', 24, [['一般公共预算教育支出', 5, 4], ['生均经费拨款标准', 4, 3], ['教育附加费足额征收', 3, 2], ['学生资助', 3, 3], ['学校办学条件', 4, 3], ['经费使用管理', 3, 2], ['教育债务化解', 2, 2]]],
  ['教师队伍建设', 8, [['教师编制配备', 3, 3], ['教师工资待遇', 3, 3], ['教师培训与交流', 2, 2]]],
  ['教育教学与质量', 27, [['学前教育普及普惠', 3, 3], ['义务教育优质均衡', 4, 4], ['控辍保学', 3, 2], ['减轻学生负担', 3, 3], ['高中阶段教育', 3, 2], ['职业教育', 3, 2], ['特殊教育', 3, 2], ['体育美育劳动教育', 3, 3], ['教育信息化', 2, 2]]],
  ['教育公平与民生', 11, [['随迁子女入学', 3, 2], ['留守儿童关爱', 2, 2], ['招生入学秩序', 2, 2], ['规范民办教育', 2, 2], ['校外培训治理', 2, 2]]],
  ['问题整改', 2, [['督导问题整改', 2, 2]]],
];

const POINT_SUFFIXES = ['制度健全', '措施落实', '成效明显', '监测评估'];

function indicator(areaNo: number, no: number, name: string, maxScore: number, points: number): Indicator {
  const share = (k: number) => Math.floor(maxScore / points) + (k < maxScore % points ? 1 : 0);
  const testPoints = Array.from({ length: points }, (_, k) => ({ code: `${areaNo}.${no}.${k + 1}`, name: `${name}${POINT_SUFFIXES[k]}`, points: share(k) }));
  return { code: `${areaNo}.${no}`, name, maxScore, testPoints };
}

export const DEMO_FRAMEWORK: FrameworkDefinition = {
  code: 'county-duties',
  name: '县级人民政府履行教育职责评价指标体系（示范）',
  areas: AREAS.map(([name, maxScore, indicators], a) => ({
    code: `${a + 1}`,
    name,
    maxScore,
    indicators: indicators.map(([n, max, points], i) => indicator(a + 1, i + 1, n, max, points)),
  })),
  gradeBands: [
    { grade: '履职到位', minScore: 90 },
    { grade: '基本到位', minScore: 75 },
    { grade: '履职不到位', minScore: 0 },
  ],
};
