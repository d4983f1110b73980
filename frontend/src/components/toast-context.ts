import { createContext, useContext } from 'react';

export type ToastKind = 'success' | 'error';

export interface Toast {
  id: number;
  kind: ToastKind;
  message: string;
}

export const ToastContext = createContext<(message: string, kind?: ToastKind) => void>(() => {});

/** Shows a short message about a command's result in the toast region. */
export function useToast() {
  return useContext(ToastContext);
}
