import { graphql } from '../../graphql';

export const ImportJobFields = graphql(`
  fragment ImportJobFields on ImportJob {
    id
    kind
    status
    fileName
    fileFormat
    encoding
    headers
    mapping {
      column
      field
    }
    duplicateStrategy
    totalRows
    processed
    createdCount
    updatedCount
    skippedCount
    failedCount
    problemCount
    error
    reportUrl
    progress
    createdAt
    finishedAt
  }
`);

export const ImportJobQuery = graphql(`
  query DataioImportJob($id: ID!) {
    importJob(id: $id) {
      ...ImportJobFields
    }
  }
`);

export const ImportJobsQuery = graphql(`
  query DataioImportJobs {
    importJobs(first: 10) {
      ...ImportJobFields
    }
  }
`);

export const ImportProblemsQuery = graphql(`
  query DataioImportProblems($id: ID!, $first: Int!, $offset: Int!) {
    importJob(id: $id) {
      id
      problemCount
      problems(first: $first, offset: $offset) {
        row
        column
        code
      }
    }
  }
`);

export const ImportSetupQuery = graphql(`
  query DataioImportSetup($kind: ImportKind!) {
    importFields(kind: $kind) {
      key
      required
      multiple
    }
    importTemplates(kind: $kind) {
      id
      name
      mapping {
        column
        field
      }
    }
  }
`);

export const SetImportMappingMutation = graphql(`
  mutation DataioSetImportMapping(
    $jobId: ID!
    $mapping: [ColumnMappingInput!]!
    $duplicateStrategy: DuplicateStrategy!
    $saveTemplateAs: String
  ) {
    setImportMapping(jobId: $jobId, mapping: $mapping, duplicateStrategy: $duplicateStrategy, saveTemplateAs: $saveTemplateAs) {
      ...ImportJobFields
    }
  }
`);

export const DryRunImportMutation = graphql(`
  mutation DataioDryRunImport($jobId: ID!) {
    dryRunImport(jobId: $jobId) {
      ...ImportJobFields
    }
  }
`);

export const StartImportMutation = graphql(`
  mutation DataioStartImport($jobId: ID!) {
    startImport(jobId: $jobId) {
      ...ImportJobFields
    }
  }
`);

export const CancelImportMutation = graphql(`
  mutation DataioCancelImport($jobId: ID!) {
    cancelImport(jobId: $jobId) {
      ...ImportJobFields
    }
  }
`);

export const ExportJobFields = graphql(`
  fragment ExportJobFields on ExportJob {
    id
    kind
    format
    status
    rowCount
    masked
    error
    createdAt
    finishedAt
    expiresAt
    downloaded
    downloadUrl
  }
`);

export const StartExportMutation = graphql(`
  mutation DataioStartExport($input: StartExportInput!) {
    startExport(input: $input) {
      ...ExportJobFields
    }
  }
`);

export const ExportJobQuery = graphql(`
  query DataioExportJob($id: ID!) {
    exportJob(id: $id) {
      ...ExportJobFields
    }
  }
`);

export const ExportJobsQuery = graphql(`
  query DataioExportJobs {
    exportJobs(first: 50) {
      ...ExportJobFields
    }
  }
`);

export const SuggestImportMappingQuery = graphql(`
  query DataioSuggestImportMapping($jobId: ID!) {
    suggestImportMapping(jobId: $jobId) {
      template
    }
  }
`);
