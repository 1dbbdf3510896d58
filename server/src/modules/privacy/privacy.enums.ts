import { ERASURE_MODES, ERASURE_SUBJECTS, type ErasureMode, type ErasureSubject } from '@partner-hub/shared';
import { registerEnumType } from 'type-graphql';

const asEnum = <T extends string>(values: readonly T[]) => Object.fromEntries(values.map((v) => [v, v])) as Record<T, T>;

export const ErasureModeEnum: Record<ErasureMode, ErasureMode> = asEnum(ERASURE_MODES);
registerEnumType(ErasureModeEnum, { name: 'ErasureMode', description: 'Why personal data was erased: its retention period passed, or on request (right to erasure).' });

export const ErasureSubjectEnum: Record<ErasureSubject, ErasureSubject> = asEnum(ERASURE_SUBJECTS);
registerEnumType(ErasureSubjectEnum, { name: 'ErasureSubject', description: 'What an erasure is about: a household or an account.' });
