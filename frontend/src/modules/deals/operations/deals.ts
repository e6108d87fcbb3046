import { graphql } from '../../../graphql';

export const DealsListQuery = graphql(`
  query DealsList($first: Int!, $after: String, $filter: DealFilterInput, $orderBy: DealOrderInput) {
    deals(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {
      edges {
        cursor
        node {
          id
          title
          customer {
            id
            name
          }
          amount
          currency
          stage {
            id
            nameEn
            nameZh
            kind
          }
          status
          probability
          expectedCloseDate
          owner {
            id
            displayName
          }
          team {
            id
            name
          }
          updatedAt
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
      totalCount
    }
  }
`);

export const DealsDealQuery = graphql(`
  query DealsDeal($id: ID!) {
    deal(id: $id) {
      id
      title
      customer {
        id
        name
      }
      contact {
        id
        name
      }
      amount
      currency
      pipelineId
      stage {
        id
        pipelineId
        nameEn
        nameZh
        position
        probability
        kind
        archived
      }
      status
      probability
      expectedCloseDate
      owner {
        id
        displayName
      }
      team {
        id
        name
      }
      source
      lostReason
      wonAt
      lostAt
      stageEnteredAt
      notes
      products {
        name
        quantity
        price
        total
      }
      createdBy {
        id
        displayName
      }
      createdAt
      updatedAt
    }
  }
`);

export const DealsCreateDealMutation = graphql(`
  mutation DealsCreateDeal($input: DealInput!) {
    createDeal(input: $input) {
      id
      title
    }
  }
`);

export const DealsUpdateDealMutation = graphql(`
  mutation DealsUpdateDeal($input: DealUpdateInput!) {
    updateDeal(input: $input) {
      id
      title
    }
  }
`);

export const DealsDeleteDealMutation = graphql(`
  mutation DealsDeleteDeal($id: ID!) {
    deleteDeal(id: $id)
  }
`);

export const DealsTimelineQuery = graphql(`
  query DealsTimeline($dealId: ID!, $first: Int!, $after: String) {
    dealTimeline(dealId: $dealId, first: $first, after: $after) {
      edges {
        cursor
        at
        node {
          __typename
          ... on Activity {
            id
            kind
            subject
            body
            done
            dueAt
            createdBy {
              id
              displayName
            }
          }
          ... on DealStageMove {
            id
            fromStage {
              id
              nameEn
              nameZh
              kind
            }
            toStage {
              id
              nameEn
              nameZh
              kind
            }
            actor {
              id
              displayName
            }
          }
          ... on DealChange {
            id
            action
            actorLabel
            actor {
              id
              displayName
            }
            fields
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

// The drawer's pickers: a customer by name, then one of its contacts.
export const DealsCustomerPickQuery = graphql(`
  query DealsCustomerPick($search: String) {
    customers(first: 20, search: $search) {
      edges {
        node {
          id
          name
        }
      }
    }
  }
`);

export const DealsContactsQuery = graphql(`
  query DealsContacts($customerId: ID!) {
    contacts(customerId: $customerId) {
      id
      name
    }
  }
`);

export const DealsCustomerNameQuery = graphql(`
  query DealsCustomerName($id: ID!) {
    customer(id: $id) {
      id
      name
    }
  }
`);

// Linking activities: the customer's recent ones to choose from, and the link itself.
export const DealsCustomerActivitiesQuery = graphql(`
  query DealsCustomerActivities($customerId: ID!) {
    activities(customerId: $customerId, first: 50) {
      edges {
        node {
          id
          kind
          subject
          body
          occurredAt
          createdAt
        }
      }
    }
  }
`);

export const DealsLinkActivityMutation = graphql(`
  mutation DealsLinkActivity($activityId: ID!, $dealId: ID) {
    linkDealActivity(activityId: $activityId, dealId: $dealId)
  }
`);
