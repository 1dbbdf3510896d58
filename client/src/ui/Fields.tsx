import { useId, type ChangeEvent, type InputHTMLAttributes, type ReactNode } from 'react';
import { useT } from '../app/i18n';

interface FieldFrameProps {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  errors?: string[];
  optional?: boolean;
  children: ReactNode;
}

function FieldFrame({ id, label, hint, errors, optional, children }: FieldFrameProps) {
  const t = useT();
  return (
    <div className={`field${errors?.length ? ' field-invalid' : ''}`}>
      <label htmlFor={id}>
        {label}
        {optional && <span className="optional"> {t('app.optional')}</span>}
      </label>
      {hint && (
        <p className="hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {children}
      {errors && errors.length > 0 && (
        <p className="field-error" id={`${id}-error`}>
          {errors.join(' ')}
        </p>
      )}
    </div>
  );
}

function describedBy(id: string, hint: unknown, errors?: string[]): string | undefined {
  const ids = [hint ? `${id}-hint` : null, errors?.length ? `${id}-error` : null].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}

type InputProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'onChange' | 'value' | 'id'>;

export interface TextFieldProps extends InputProps {
  label: ReactNode;
  value: string;
  onChange: (value: string) => void;
  hint?: ReactNode;
  errors?: string[];
  optional?: boolean;
}

export function TextField({ label, value, onChange, hint, errors, optional, type = 'text', ...rest }: TextFieldProps) {
  const id = useId();
  return (
    <FieldFrame id={id} label={label} hint={hint} errors={errors} optional={optional}>
      <input
        id={id}
        type={type}
        value={value}
        onChange={(e: ChangeEvent<HTMLInputElement>) => onChange(e.target.value)}
        aria-describedby={describedBy(id, hint, errors)}
        aria-invalid={errors?.length ? true : undefined}
        {...rest}
      />
    </FieldFrame>
  );
}

export interface Option<V extends string> {
  value: V;
  label: string;
}

export interface SelectFieldProps<V extends string> {
  label: ReactNode;
  value: V | '';
  onChange: (value: V) => void;
  options: readonly Option<V>[];
  /** Shown as a first, empty option (e.g. "Choose an organisation"). */
  placeholder?: string;
  hint?: ReactNode;
  errors?: string[];
  optional?: boolean;
  required?: boolean;
  disabled?: boolean;
  name?: string;
}

export function SelectField<V extends string>({ label, value, onChange, options, placeholder, hint, errors, optional, required, disabled, name }: SelectFieldProps<V>) {
  const id = useId();
  return (
    <FieldFrame id={id} label={label} hint={hint} errors={errors} optional={optional}>
      <select
        id={id}
        name={name}
        value={value}
        required={required}
        disabled={disabled}
        onChange={(e) => onChange(e.target.value as V)}
        aria-describedby={describedBy(id, hint, errors)}
        aria-invalid={errors?.length ? true : undefined}
      >
        {placeholder !== undefined && <option value="">{placeholder}</option>}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </FieldFrame>
  );
}

export function TextAreaField({
  label,
  value,
  onChange,
  hint,
  errors,
  optional,
  required,
  rows = 3,
}: {
  label: ReactNode;
  value: string;
  onChange: (value: string) => void;
  hint?: ReactNode;
  errors?: string[];
  optional?: boolean;
  required?: boolean;
  rows?: number;
}) {
  const id = useId();
  return (
    <FieldFrame id={id} label={label} hint={hint} errors={errors} optional={optional}>
      <textarea
        id={id}
        value={value}
        rows={rows}
        required={required}
        onChange={(e) => onChange(e.target.value)}
        aria-describedby={describedBy(id, hint, errors)}
        aria-invalid={errors?.length ? true : undefined}
      />
    </FieldFrame>
  );
}

export function CheckboxField({ label, checked, onChange, disabled }: { label: ReactNode; checked: boolean; onChange: (checked: boolean) => void; disabled?: boolean }) {
  const id = useId();
  return (
    <div className="field field-checkbox">
      <input id={id} type="checkbox" checked={checked} disabled={disabled} onChange={(e) => onChange(e.target.checked)} />
      <label htmlFor={id}>{label}</label>
    </div>
  );
}

/** A group of checkboxes for a set of values (e.g. specific needs), in a fieldset with a legend. */
export function CheckboxGroup<V extends string>({ legend, options, values, onChange }: { legend: ReactNode; options: readonly Option<V>[]; values: readonly V[]; onChange: (values: V[]) => void }) {
  return (
    <fieldset className="fieldset">
      <legend>{legend}</legend>
      <div className="checkbox-list">
        {options.map((o) => (
          <CheckboxField key={o.value} label={o.label} checked={values.includes(o.value)} onChange={(checked) => onChange(checked ? [...values, o.value] : values.filter((v) => v !== o.value))} />
        ))}
      </div>
    </fieldset>
  );
}
