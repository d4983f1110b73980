import { useState } from 'react';
import type { UseFormRegisterReturn } from 'react-hook-form';
import type { ControlProps } from '@/components/FormField';
import { recordLabel } from './format-value';
import { useRecordSearch } from './hooks';

interface ReferencePickerProps {
  control: ControlProps;
  registration: UseFormRegisterReturn;
  label: string;
  reference: string | undefined;
}

/** A select of the referenced entity's records, narrowed by a search box. */
export function ReferencePicker({ control, registration, label, reference }: ReferencePickerProps) {
  const [query, setQuery] = useState('');
  const candidates = useRecordSearch(reference, query);
  const records = candidates.data?.data ?? [];
  return (
    <div className="reference-picker">
      <input
        type="search"
        aria-label={`Search ${label}`}
        placeholder="Search…"
        value={query}
        onChange={(event) => setQuery(event.target.value)}
      />
      <select {...control} {...registration}>
        <option value="">
          {candidates.isPending ? 'Loading…' : records.length ? 'Choose a record…' : 'No records'}
        </option>
        {records.map((record) => (
          <option key={record.id} value={record.id}>
            {recordLabel(record)}
          </option>
        ))}
      </select>
      {candidates.isError && (
        <small className="error" role="alert">
          Could not load records to choose from: {candidates.error.message}
        </small>
      )}
    </div>
  );
}
