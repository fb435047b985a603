import { reportRenderModel, type RenderableActivity } from './report-render.model';

const activity: RenderableActivity = {
  number: '督导〔2026〕3号', kind: 'joint', title: '秋季联合视导', from: '2026-10-12', to: '2026-10-16', publishedAt: '2026-10-20T02:00:00.000Z',
  state: {
    units: {
      'u-001': {
        visits: [{ date: '2026-10-12', methods: ['briefing', 'campus_tour'], findings: [
          { supervisorId: 's-01', matter: 'safety', highlights: '台账规范', problems: '器材过期', suggestions: '按月检查' },
          { supervisorId: 's-02', matter: 'burden', highlights: '', problems: '', suggestions: '' },
        ] }],
        letter: { letterNumber: '督导意见〔2026〕2号' },
        report: { report: '第一段。\n\n第二段。', finalizedAt: '2026-10-16T17:00:00.000Z' },
      },
    },
  },
};
const names = (supervisor: ((id: string) => string) | null) => ({ region: '示范县', school: '实验小学', matter: (c: string) => ({ safety: '安全' })[c] ?? c, supervisor });

describe('a school report as its documents print it', () => {
  it('given a finalized report, prints the header, number, school, paragraphs, findings by matter and the Shanghai date', () => {
    const model = reportRenderModel(activity, 'u-001', names(null));
    expect(model).toMatchObject({
      office: '示范县人民政府教育督导室', number: '督导〔2026〕3号', title: '秋季联合视导', school: '实验小学', letter: '督导意见书：督导意见〔2026〕2号',
      highlights: ['【安全】台账规范'], problems: ['【安全】问题：器材过期；建议：按月检查'], note: '', signedOn: '2026年10月17日',
    });
    expect(model.subtitle).toBe('实验小学督导报告　联合视导　2026年10月12日至2026年10月16日');
    expect(model.paragraphs).toEqual(['督导组于2026年10月12日到实验小学开展督导，采取听取汇报、巡视校园等方式。', '第一段。', '第二段。']);
  });

  it('names the member who found each point only in the office view', () => {
    expect(reportRenderModel(activity, 'u-001', names((id) => `督学${id}`)).highlights).toEqual(['【安全】台账规范（督学s-01）']);
    expect(JSON.stringify(reportRenderModel(activity, 'u-001', names(null)))).not.toContain('s-01');
  });

  it('marks a report not yet finalized as a draft', () => {
    const draft = { ...activity, publishedAt: null, state: { units: { 'u-001': { ...activity.state.units['u-001'], report: null } } } };
    expect(reportRenderModel(draft, 'u-001', names(null))).toMatchObject({ note: '（草稿）本校督导报告尚未定稿。', signedOn: '' });
  });
});
