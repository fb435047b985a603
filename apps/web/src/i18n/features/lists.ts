import { defineMessages } from '../define-messages';

/** Paging and the one export path of every list. */
export const listMessages = defineMessages({
  'list.pages': ['分页', 'Pages'],
  'list.previous': ['上一页', 'Previous'],
  'list.next': ['下一页', 'Next'],
  'list.pageOf': ['第 {page} / {pages} 页', 'Page {page} of {pages}'],
  'list.exportCsv': ['导出 CSV', 'Export CSV'],
  'list.exportXlsx': ['导出 Excel', 'Export Excel'],
  'list.exportFailed': ['导出失败，请稍后重试', 'Export failed; try again later'],
  'list.search': ['按编号或标题搜索', 'Search by number or title'],
  'list.unnumbered': ['未编号', 'Unnumbered'],
  'bulletins.saveDraft': ['保存草稿', 'Save draft'],
  'bulletins.none': ['暂无督导通报。', 'No bulletins yet.'],
  'bulletins.issueCount': ['涉及 {n} 个问题', 'Issues: {n}'],
  'overdue.empty': ['没有逾期未整改的问题。', 'Nothing is overdue.'],
  'issues.searchHint': ['如：督问〔2026〕17号、消防', 'such as 督问〔2026〕17号, or a word of the title'],
});
