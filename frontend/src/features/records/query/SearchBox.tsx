import { useEffect, useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

const DEBOUNCE_MS = 350;

interface SearchBoxProps {
  value: string;
  onSearch: (q: string) => void;
}

/** API.md's `q`: searched as the user pauses typing, or at once on Enter. */
export function SearchBox({ value, onSearch }: SearchBoxProps) {
  const { t } = useTranslation();
  const id = useId();
  const [text, setText] = useState(value);
  const [sent, setSent] = useState(value);
  // A search this box did not send (Back, Clear): show it.
  if (value !== sent) {
    setSent(value);
    setText(value);
  }
  const send = (q: string) => {
    setSent(q.trim());
    onSearch(q.trim());
  };
  useEffect(() => {
    if (text.trim() === sent) return;
    const timer = setTimeout(() => send(text), DEBOUNCE_MS);
    return () => clearTimeout(timer);
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    send(text);
  };
  return (
    <form role="search" className="inline-field search-box" onSubmit={submit}>
      <label htmlFor={id}>{t('records.search')}</label>
      <input
        id={id}
        type="search"
        value={text}
        placeholder={t('records.searchPlaceholder')}
        onChange={(event) => setText(event.target.value)}
      />
    </form>
  );
}
