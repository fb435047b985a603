import type { FeatureMessageKey } from './features';
import type { CoreMessageKey } from './zh';

/** Every label key of the UI: the core ones of zh.ts/en.ts and each feature's (./features). */
export type MessageKey = CoreMessageKey | FeatureMessageKey;
