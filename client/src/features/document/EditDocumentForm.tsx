import { useMutation } from '@apollo/client/react';
import type { DocumentCategory } from '@partner-hub/shared';
import { useId, useState, type FormEvent } from 'react';
import { describeError, messagesForField } from '../../app/errors';
import { useT } from '../../app/i18n';
import { graphql } from '../../gql';
import { SelectField, TextField } from '../../ui/Fields';
import { FormError } from '../../ui/FormError';
import { offeredCategories } from './categories';

export const RenameDocumentDocument = graphql(`
  mutation RenameDocument($id: ID!, $name: String!) {
    renameDocument(id: $id, name: $name) {
      id
      ...DocumentRow_document
    }
  }
`);

export const RecategoriseDocumentDocument = graphql(`
  mutation RecategoriseDocument($id: ID!, $category: DocumentCategory!) {
    recategoriseDocument(id: $id, category: $category) {
      id
      ...DocumentRow_document
    }
  }
`);

/** Renames and/or re-categorises a document; the answers update the list through the cache. */
export function EditDocumentForm({
  document,
  needToKnow,
  onDone,
}: {
  document: { id: string; name: string; category: DocumentCategory; onHousehold: boolean };
  needToKnow: boolean;
  onDone: (name: string) => void;
}) {
  const t = useT();
  const titleId = useId();
  const [name, setName] = useState(document.name);
  const [category, setCategory] = useState<DocumentCategory>(document.category);
  const [nameError, setNameError] = useState<string | null>(null);
  const [rename, renameState] = useMutation(RenameDocumentDocument);
  const [recategorise, recategoriseState] = useMutation(RecategoriseDocumentDocument);
  const error = renameState.error ?? recategoriseState.error;
  const described = error ? describeError(error, t) : null;
  const categories = offeredCategories(document.onHousehold, needToKnow);
  // A need-to-know category the viewer sees stays selectable (they may see it, so they need to know).
  const options = categories.includes(document.category) ? categories : [...categories, document.category];

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const trimmed = name.trim();
    if (!trimmed) {
      setNameError(t('documents.nameRequired'));
      return;
    }
    setNameError(null);
    try {
      if (trimmed !== document.name) await rename({ variables: { id: document.id, name: trimmed } });
      if (category !== document.category) await recategorise({ variables: { id: document.id, category } });
      onDone(trimmed);
    } catch {
      // shown below
    }
  };

  return (
    <form className="form" onSubmit={(e) => void onSubmit(e)} noValidate aria-labelledby={titleId}>
      <h4 id={titleId}>{t('documents.editNamed', { name: document.name })}</h4>
      <div className="grid grid-2">
        <TextField
          label={t('documents.name')}
          value={name}
          onChange={(v) => {
            setName(v);
            setNameError(null);
          }}
          maxLength={200}
          required
          autoComplete="off"
          errors={nameError ? [nameError] : messagesForField(described, 'name')}
        />
        <SelectField<DocumentCategory>
          label={t('documents.category')}
          value={category}
          onChange={setCategory}
          options={options.map((c) => ({ value: c, label: t(`documentCategory.${c}`) }))}
          errors={messagesForField(described, 'category')}
        />
      </div>
      <FormError error={error} />
      <div className="button-row">
        <button type="submit" className="button button-primary" disabled={renameState.loading || recategoriseState.loading}>
          {renameState.loading || recategoriseState.loading ? t('app.saving') : t('app.save')}
        </button>
      </div>
    </form>
  );
}
