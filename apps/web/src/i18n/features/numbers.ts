import { defineMessages } from '../define-messages';

/** 编号核查: numbers claimed but never used. */
export const numberMessages = defineMessages({
  'numbers.title': ['编号核查', 'Number audit'],
  'numbers.subtitle': ['已分配但未落到文书上的编号（例如分配后系统中断），逐一列出，不会悄悄丢失。', 'Numbers handed out but never carried by their document (a crash in between, say), listed so none is lost unseen.'],
  'numbers.none': ['所有已分配的编号都已用于相应文书，没有空号。', 'Every number handed out is on its document: no gaps.'],
  'numbers.number': ['编号', 'Number'],
  'numbers.kind': ['文书类别', 'Document'],
  'numbers.claimedAt': ['分配时间', 'Handed out'],
  'numbers.kinds.issue': ['督导问题', 'Issue'],
  'numbers.kinds.order': ['整改通知', 'Rectification order'],
  'numbers.kinds.bulletin': ['督导通报', 'Bulletin'],
});
