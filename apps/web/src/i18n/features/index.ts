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
import { matterMessages } from './matters';
import { evaluationMessages } from './evaluations';
import { complaintMessages } from './complaints';
import { lookBackMessages } from './look-backs';
import { activityMessages } from './activities';
import { escalationMessages } from './escalation';
import { accountabilityMessages } from './accountability';
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
  ...matterMessages,
  ...evaluationMessages,
  ...complaintMessages,
  ...lookBackMessages,
  ...activityMessages,
  ...escalationMessages,
  ...accountabilityMessages,
  ...fileMessages,
  ...bulletinDocumentMessages,
} as const;

export type FeatureMessageKey = keyof typeof featureMessages;
export const featureZh = languageOf(featureMessages, 0);
export const featureEn = languageOf(featureMessages, 1);
