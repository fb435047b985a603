import { languageOf } from '../define-messages';
import { ironRulesMessages } from './iron-rules';
import { calendarMessages } from './calendar';
import { personalDataMessages } from './personal-data';

/**
 * Every feature's bilingual labels, merged. Add a feature as `import { xMessages } from './x'` and spread it here;
 * keys are prefixed by the feature (`calendar.…`, `activity.…`) so that two features never share one.
 */
const featureMessages = {
  ...ironRulesMessages,
  ...calendarMessages,
  ...personalDataMessages,
} as const;

export type FeatureMessageKey = keyof typeof featureMessages;
export const featureZh = languageOf(featureMessages, 0);
export const featureEn = languageOf(featureMessages, 1);
