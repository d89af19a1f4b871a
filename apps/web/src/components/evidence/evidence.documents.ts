import { graphql } from '../../graphql';

export const UploadEvidenceMutation = graphql(`
  mutation UploadEvidence($input: UploadEvidenceInput!) {
    uploadEvidence(input: $input) {
      id
      fileName
      mimeType
      size
    }
  }
`);
