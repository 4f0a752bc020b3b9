import { defineConfig } from '@trigger.dev/sdk';

/**
 * Trigger.dev v4 project (WORKFLOW_ENGINE=trigger): the tasks exported from ./src/trigger.
 *
 * `project` is the project ref from the Trigger.dev dashboard (proj_…). The CLI reads this file
 * itself, so this is the one place besides packages/core/src/config/env.ts that reads the
 * environment: set TRIGGER_PROJECT_REF before `pnpm trigger:dev` / `pnpm trigger:deploy`. The
 * placeholder below only lets the file load; the CLI rejects it against a real account.
 */
export default defineConfig({
  project: process.env.TRIGGER_PROJECT_REF ?? 'proj_medicalcor',
  dirs: ['./src/trigger'],
  // In trigger.dev 4.8.3 "node" is Node 24 (the repo's Node).
  runtime: 'node',
  // Compute seconds a run may take: handlers call AI, CRM and messaging providers; 5 min is ample.
  maxDuration: 300,
  retries: {
    enabledInDev: true,
    // Tasks set their own policy from the task catalog; this is the fallback.
    default: { maxAttempts: 3, factor: 2, minTimeoutInMs: 1_000, maxTimeoutInMs: 30_000, randomize: true },
  },
});
