import { languageOf } from '../define-messages';
import { ironRulesMessages } from './iron-rules';
import { calendarMessages } from './calendar';
import { personalDataMessages } from './personal-data';
import { listMessages } from './lists';
import { peopleMessages } from './people';
import { inboxMessages } from './inbox';
import { visitMessages } from './visits';
import { problemMessages } from './problems';
import { eventFieldMessages } from './event-fields';
import { issuePageMessages } from './issue-page';
import { numberMessages } from './numbers';
import { alertMessages } from './alerts';
import { dossierMessages } from './dossier';
import { dashboardMessages } from './dashboard';
import { fileMessages } from './files';
import { bulletinDocumentMessages } from './bulletin-documents';

/**
 * Every feature's bilingual labels, merged. Add a feature as `import { xMessages } from './x'` and spread it here;
 * keys are prefixed by the feature (`calendar.…`, `activity.…`) so that two features never share one.
 */
const featureMessages = {
  ...ironRulesMessages,
  ...calendarMessages,
  ...personalDataMessages,
  ...listMessages,
  ...peopleMessages,
  ...inboxMessages,
  ...visitMessages,
  ...problemMessages,
  ...eventFieldMessages,
  ...issuePageMessages,
  ...numberMessages,
  ...alertMessages,
  ...dossierMessages,
  ...dashboardMessages,
  ...fileMessages,
  ...bulletinDocumentMessages,
} as const;

export type FeatureMessageKey = keyof typeof featureMessages;
export const featureZh = languageOf(featureMessages, 0);
export const featureEn = languageOf(featureMessages, 1);
