import { graphql } from '../../../graphql';

export const DealsPipelinesQuery = graphql(`
  query DealsPipelines($includeArchived: Boolean! = false) {
    pipelines(includeArchived: $includeArchived) {
      id
      name
      isDefault
      archived
      position
      stages {
        id
        pipelineId
        nameEn
        nameZh
        position
        probability
        kind
        archived
      }
    }
  }
`);

export const DealsCreatePipelineMutation = graphql(`
  mutation DealsCreatePipeline($input: PipelineInput!) {
    createPipeline(input: $input) {
      id
      name
    }
  }
`);

export const DealsUpdatePipelineMutation = graphql(`
  mutation DealsUpdatePipeline($input: PipelineUpdateInput!) {
    updatePipeline(input: $input) {
      id
      name
      isDefault
      archived
      position
    }
  }
`);

export const DealsSetPipelineStagesMutation = graphql(`
  mutation DealsSetPipelineStages($input: SetPipelineStagesInput!) {
    setPipelineStages(input: $input) {
      id
      stages {
        id
        pipelineId
        nameEn
        nameZh
        position
        probability
        kind
        archived
      }
    }
  }
`);

export const DealsSalesTargetsQuery = graphql(`
  query DealsSalesTargets($fromMonth: String!, $toMonth: String!) {
    salesTargets(fromMonth: $fromMonth, toMonth: $toMonth) {
      id
      month
      user {
        id
        displayName
      }
      team {
        id
        name
      }
      amount
      currency
    }
  }
`);

export const DealsSetSalesTargetMutation = graphql(`
  mutation DealsSetSalesTarget($input: SalesTargetInput!) {
    setSalesTarget(input: $input) {
      id
      amount
      currency
    }
  }
`);
