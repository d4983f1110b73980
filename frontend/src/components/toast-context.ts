import { createContext, useContext } from 'react';

export type ToastKind = 'success' | 'error';

/** A button in a toast, e.g. "Undo"; running it dismisses the toast. */
export interface ToastAction {
  label: string;
  run: () => void;
}

export interface Toast {
  id: number;
  kind: ToastKind;
  message: string;
  action?: ToastAction;
}

export const ToastContext = createContext<
  (message: string, kind?: ToastKind, action?: ToastAction) => void
>(() => {});

/** Shows a short message about a command's result in the toast region. */
export function useToast() {
  return useContext(ToastContext);
}
