/** A milestone read from an import file, before validation: its value, or why the row could not be read. */
export type RawRow = { line: number; value: Record<string, unknown>; problem?: undefined } | { line: number; problem: string; value?: undefined };
