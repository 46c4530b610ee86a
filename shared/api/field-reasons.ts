/**
 * Field problems worded in the user's language. The schemas keep their English messages (logs, the CLI,
 * import row notes); each is registered here with the `field.*` key and parameters the renderer words
 * beside the field. A zod message we did not write falls back to a key chosen by the issue's kind.
 */
import type { z } from 'zod';
import type { ErrorKey, ErrorReason } from './errors';

const reasons = new Map<string, ErrorReason>();

/** The English message `english`, registered as `key` (with `params`) for the renderer. */
export function fieldMessage(key: ErrorKey, english: string, params?: ErrorReason['params']): string {
  reasons.set(english, params ? { key, params } : { key });
  return english;
}

export function fieldReason(issue: z.core.$ZodIssue): ErrorReason {
  const known = reasons.get(issue.message);
  if (known) return known;
  switch (issue.code) {
    case 'too_small':
      return issue.origin === 'number' ? { key: 'field.atLeast', params: { min: Number(issue.minimum) } } : { key: 'field.required' };
    case 'too_big':
      if (issue.origin === 'number') return { key: 'field.atMost', params: { max: Number(issue.maximum) } };
      return issue.origin === 'array' ? { key: 'field.tooMany', params: { max: Number(issue.maximum) } } : { key: 'field.tooLong', params: { max: Number(issue.maximum) } };
    case 'invalid_value':
      return { key: 'field.choose' };
    default:
      return { key: 'field.invalid' };
  }
}
