export {
  backoffSeconds,
  type Clock,
  claimJob,
  DEFAULT_QUEUE_SETTINGS,
  type EnqueueOptions,
  enqueueJob,
  type JobHandler,
  type JobInfo,
  PermanentJobError,
  type QueueSettings,
  type RunReport,
  systemClock,
} from './queue.ts';
export { JobRunner, type JobRunnerOptions } from './runner.ts';
