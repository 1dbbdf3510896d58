import { type FragmentType, getFragmentData, graphql } from '../../gql';

/**
 * One indicator of a programme's periodic report, as every page that asks, edits or shows it reads
 * it: its key and type, whether it is required, its labels and (for a choice) its choices.
 */
export const ProgrammeIndicatorFields = graphql(`
  fragment ProgrammeIndicatorFields on IndicatorType_ {
    key
    type
    required
    label {
      nl
      fr
      en
    }
    choices {
      key
      label {
        nl
        fr
        en
      }
    }
  }
`);

export type ProgrammeIndicatorRef = FragmentType<typeof ProgrammeIndicatorFields>;

/** A programme's indicators, read from their fragment references. */
export const programmeIndicators = (refs: readonly ProgrammeIndicatorRef[]) => getFragmentData(ProgrammeIndicatorFields, refs);
