import { Input } from '@mantine/core';
import { useId } from 'react';

interface Props {
  label?: string;
  'aria-label'?: string;
  value: string;
  data: Array<{ value: string; label: string }>;
  onChange: (value: string) => void;
  size?: 'xs' | 'sm';
  w?: number | string | Partial<Record<'base' | 'xs' | 'sm' | 'md' | 'lg' | 'xl', number | string>>;
  disabled?: boolean;
  /** Help under the field (why it is disabled, what it means). */
  description?: string;
  error?: string;
}

/** A native <select> in Mantine's input styling: the phone's own picker, and no popover code in the first route. */
export function SelectField({ label, value, data, onChange, size = 'sm', w, disabled, description, error, ...rest }: Props) {
  const id = useId();
  const select = (
    <Input
      component="select"
      id={id}
      size={size}
      value={value}
      disabled={disabled}
      error={!!error}
      aria-describedby={description || error ? `${id}-help` : undefined}
      onChange={(e: React.ChangeEvent<HTMLSelectElement>) => onChange(e.currentTarget.value)}
      aria-label={label ?? rest['aria-label']}
      w={label ? undefined : w}
    >
      {data.map((o) => (
        <option key={o.value} value={o.value}>
          {o.label}
        </option>
      ))}
    </Input>
  );
  return label ? (
    <Input.Wrapper
      label={label}
      labelProps={{ htmlFor: id }}
      w={w}
      description={description}
      error={error}
      descriptionProps={{ id: `${id}-help` }}
      errorProps={{ id: `${id}-help` }}
    >
      {select}
    </Input.Wrapper>
  ) : (
    select
  );
}
