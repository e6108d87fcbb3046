import { graphql } from '../../../graphql';

export const DealsBoardQuery = graphql(`
  query DealsBoard($pipelineId: ID, $filter: DealFilterInput, $perColumn: Int!) {
    dealBoard(pipelineId: $pipelineId, filter: $filter, perColumn: $perColumn) {
      currency
      pipeline {
        id
        name
      }
      columns {
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
        count
        amount
        weightedAmount
        otherCurrencies {
          amount
          currency
        }
        hasMore
        deals {
          id
          title
          customer {
            id
            name
          }
          amount
          currency
          status
          probability
          expectedCloseDate
          owner {
            id
            displayName
          }
          rank
        }
      }
    }
  }
`);

export const DealsMoveDealMutation = graphql(`
  mutation DealsMoveDeal($input: MoveDealInput!) {
    moveDeal(input: $input) {
      id
      stage {
        id
      }
      status
      probability
      rank
      lostReason
    }
  }
`);

// The server's default currency. No settings field exposes it yet, so it is read from the smallest
// board (one deal per column); urql keeps the answer for the session.
export const DealsDefaultCurrencyQuery = graphql(`
  query DealsDefaultCurrency {
    dealBoard(perColumn: 1) {
      currency
    }
  }
`);
