import type { DemoScene } from '../demo-stage';
import { issuesScene } from './issues.scene';
import { visitsScene } from './visits.scene';
import { activitiesScene } from './activities.scene';

/**
 * The demo semester, scene by scene. A later feature adds its scene here (activities, accountability cases,
 * complaints, matters): the seeder runs every scene's steps together in time order.
 */
export const DEMO_SCENES: readonly DemoScene[] = [visitsScene, issuesScene, activitiesScene];
