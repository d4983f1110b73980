import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { FormField } from '@/components/FormField';
import { instantFromLocal } from './past-point';

interface TimeTravelProps {
  /** The record's current version: the selector offers 1 … latest. */
  latest: number;
  initialVersion?: number;
}

/** Pick a moment or a version; the record page then shows the record as it was then. */
export function TimeTravel({ latest, initialVersion }: TimeTravelProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [local, setLocal] = useState('');
  const [version, setVersion] = useState(String(initialVersion ?? latest));
  const [error, setError] = useState<string | undefined>();

  const showAsOf = (event: FormEvent) => {
    event.preventDefault();
    const instant = instantFromLocal(local);
    if (!instant) {
      setError(t('timeTravel.enterMoment'));
      return;
    }
    setError(undefined);
    navigate(`?asOf=${encodeURIComponent(instant)}`);
  };
  const showVersion = (event: FormEvent) => {
    event.preventDefault();
    navigate(`?version=${version}`);
  };

  return (
    <section aria-labelledby="time-travel-title" className="panel time-travel">
      <h2 id="time-travel-title">{t('timeTravel.title')}</h2>
      <form onSubmit={showAsOf} aria-label={t('timeTravel.asOfForm')} noValidate>
        <FormField label={t('timeTravel.asOf')} hint={t('rules.localTime')} error={error}>
          {(control) => (
            <input
              {...control}
              type="datetime-local"
              step="1"
              value={local}
              onChange={(event) => setLocal(event.target.value)}
            />
          )}
        </FormField>
        <button type="submit" className="secondary">
          {t('timeTravel.showAsOf')}
        </button>
      </form>
      <form onSubmit={showVersion} aria-label={t('timeTravel.versionForm')}>
        <FormField label={t('timeTravel.version')}>
          {(control) => (
            <select
              {...control}
              value={version}
              onChange={(event) => setVersion(event.target.value)}
            >
              {Array.from({ length: latest }, (_, index) => latest - index).map((number) => (
                <option key={number} value={number}>
                  {t('history.version', { version: number })}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <button type="submit" className="secondary">
          {t('timeTravel.showVersion')}
        </button>
      </form>
    </section>
  );
}
