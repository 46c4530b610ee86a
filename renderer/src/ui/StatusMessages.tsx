/** A dialog's outcome line: what was done (polite status) or what went wrong (alert). */
export function StatusMessages({ status, error, testId }: { status: string | null; error: string | null; testId: string }) {
  return (
    <>
      {status && (
        <p className="ok-status" role="status" data-testid={`${testId}-status`}>
          {status}
        </p>
      )}
      {error && (
        <p className="form-error" role="alert" data-testid={`${testId}-error`}>
          {error}
        </p>
      )}
    </>
  );
}
