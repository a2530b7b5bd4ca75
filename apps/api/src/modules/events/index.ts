export { DELIVER_QUEUE, EMAIL_QUEUE, WEBHOOK_MAX_ATTEMPTS } from './dispatch-event.ts';
export { DISPATCH_QUEUE, type EmitEventInput, emitEvent } from './emit-event.ts';
export { allowPrivateWebhooks, registerEventJobs } from './event-jobs.ts';
export { notificationRoutes, webhookRoutes } from './routes.ts';
export { SecretBox } from './secret-box.ts';
export { isPrivateAddress } from './url-policy.ts';
export {
  signWebhookPayload,
  type VerifyWebhookInput,
  type VerifyWebhookResult,
  verifyWebhookSignature,
  WEBHOOK_TOLERANCE_SECONDS,
} from './webhook-signature.ts';
