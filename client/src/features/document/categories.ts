import { DOCUMENT_CATEGORIES, DOCUMENT_TYPES, SENSITIVE_DOCUMENT_CATEGORIES, type DocumentCategory } from '@partner-hub/shared';

/**
 * The categories to offer: identity, residence and medical papers belong to a household, and only
 * to those who may see them (the API refuses them otherwise).
 */
export function offeredCategories(onHousehold: boolean, needToKnow: boolean): DocumentCategory[] {
  return DOCUMENT_CATEGORIES.filter((c) => !SENSITIVE_DOCUMENT_CATEGORIES.includes(c) || (onHousehold && needToKnow));
}

export const isSensitiveCategory = (category: DocumentCategory) => SENSITIVE_DOCUMENT_CATEGORIES.includes(category);

/**
 * The file picker's `accept`: the types the API takes, by type and by extension. Only a hint to
 * the picker: the API decides from the content.
 */
export const ACCEPTED_FILES = [...Object.keys(DOCUMENT_TYPES), ...Object.values(DOCUMENT_TYPES).map((ext) => `.${ext}`), '.jpeg'].join(',');
