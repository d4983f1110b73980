import { useId, type ReactNode } from 'react';

export interface ControlProps {
  id: string;
  'aria-invalid': boolean;
  'aria-describedby': string | undefined;
}

interface FormFieldProps {
  label: string;
  hint?: ReactNode;
  error?: string;
  /** Checkboxes put their label after the box. */
  inline?: boolean;
  children: (props: ControlProps) => ReactNode;
}

/** A labelled control with its hint and error wired up for assistive technology. */
export function FormField({ label, hint, error, inline = false, children }: FormFieldProps) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  const control = children({ id, 'aria-invalid': Boolean(error), 'aria-describedby': describedBy });
  return (
    <div className={`form-field${inline ? ' inline' : ''}${error ? ' has-error' : ''}`}>
      {inline ? (
        <label htmlFor={id}>
          {control} {label}
        </label>
      ) : (
        <>
          <label htmlFor={id}>{label}</label>
          {control}
        </>
      )}
      {hint && (
        <small id={hintId} className="hint">
          {hint}
        </small>
      )}
      {error && (
        <small id={errorId} className="error" role="alert">
          {error}
        </small>
      )}
    </div>
  );
}
