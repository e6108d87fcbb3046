// Step-up (re-authentication) for this module's sensitive actions: the mfa module's dialog, mounted
// once in AppLayout. `withStepUp(() => executeMutation(...))` retries once after the user confirms.
export { useStepUp } from '../mfa/stepup';
