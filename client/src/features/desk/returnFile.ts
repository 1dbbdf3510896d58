import { graphql } from '../../gql';

/** A return file as the lists show it; mutations select the same, so rows update in the cache. */
export const ReturnFile_file = graphql(`
  fragment ReturnFile_file on ReturnFile {
    id
    reference
    country
    stage
    overdue
    hasMedicalNote
    medicalNote
    stages {
      stage
      on
    }
    followedBy {
      id
      name
    }
  }
`);
