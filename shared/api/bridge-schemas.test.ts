import { describe, expect, it } from 'vitest';
import { openFileRequestSchema, saveFileRequestSchema } from './bridge-schemas';
import { FILE } from '../limits';

describe('the bridge file calls, checked in main', () => {
  const filters = [{ name: 'CSV', extensions: ['csv'] }];
  it('save takes a file name, never a path', () => {
    expect(saveFileRequestSchema.safeParse({ suggestedName: 'timeline.csv', filters, data: 'a,b' }).success).toBe(true);
    for (const suggestedName of ['../timeline.csv', '/etc/passwd', 'dir\\evil.exe', '..']) {
      expect(saveFileRequestSchema.safeParse({ suggestedName, filters, data: 'x' }).success, suggestedName).toBe(false);
    }
    expect(saveFileRequestSchema.safeParse({ suggestedName: 'a.png', filters, data: new Uint8Array([1]) }).success).toBe(true);
    expect(saveFileRequestSchema.safeParse({ suggestedName: 'a.png', filters, data: { length: 1 } }).success).toBe(false);
  });
  it('open reads at most the limit of shared/limits.ts', () => {
    expect(openFileRequestSchema.safeParse({ filters, maxBytes: FILE.backupBytes }).success).toBe(true);
    expect(openFileRequestSchema.safeParse({ filters, maxBytes: FILE.anyOpenBytes + 1 }).success).toBe(false);
  });
});
