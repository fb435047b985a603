import { defineMessages } from '../define-messages';

/** Labels of the timing-proof iron rules (issue #9): accountability targets name their unit. */
export const ironRulesMessages = defineMessages({
  'ironRules.targetUnit': ['所属单位', 'Unit'],
});
