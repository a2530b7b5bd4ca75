import type { ApiContext } from '../../context.ts';
import type { JobRunner } from '../../lib/jobs/index.ts';
import { VALIDATION_ESCALATION_QUEUE } from './accept-offer.ts';
import { CHALLENGE_EXPIRY_QUEUE, expireChallenge } from './challenge-hold.ts';
import { escalateValidation } from './validation-queue.ts';

/** Challenge expiry and validation SLA escalation, run by the job queue at their deadlines. */
export function registerBookingJobs(runner: JobRunner, ctx: ApiContext): JobRunner {
  runner.register(CHALLENGE_EXPIRY_QUEUE, async (payload) =>
    expireChallenge(ctx.db, String(payload.holdId), runner.clock()),
  );
  runner.register(VALIDATION_ESCALATION_QUEUE, async (payload) =>
    escalateValidation(ctx.db, String(payload.itemId), runner.clock()),
  );
  return runner;
}
