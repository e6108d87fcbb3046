import { graphql } from '../../graphql';

// The dashboard needs deals.read or reports.read; it narrows to the viewer's own records (OWN) or
// keeps their whole scope (TEAM: reports.read with a team-wide scope only).
export const DashboardQuery = graphql(`
  query ReportsDashboard($scope: DashboardScope!, $filter: ReportFilterInput, $atRiskDays: Int!) {
    dashboard(scope: $scope, filter: $filter, atRiskDays: $atRiskDays) {
      scope
      currency
      range {
        from
        to
      }
      openDeals
      openAmount
      weightedOpenAmount
      performance {
        won
        lost
        winRate
        wonAmount
        averageDealSize
        averageCycleDays
        otherCurrencies {
          amount
          currency
        }
      }
      revenueByMonth {
        month
        count
        amount
      }
      forecast {
        month
        count
        amount
        weightedAmount
      }
      targets {
        month
        user {
          id
        }
        team {
          id
        }
        target
        currency
      }
      funnel {
        pipeline {
          id
        }
        stages {
          stage {
            id
            nameEn
            nameZh
            kind
          }
          count
          amount
          reached
          conversionRate
          averageDaysInStage
        }
      }
      atRiskCustomers
      atRiskDays
      activity {
        user {
          id
          displayName
        }
        calls
        meetings
        notes
        emails
        tasksDone
        tasksOverdue
      }
    }
  }
`);

// reports.read only: the breakdowns a manager compares people and teams with.
export const BreakdownQuery = graphql(`
  query ReportsBreakdown($filter: ReportFilterInput) {
    byOwner: revenue(groupBy: OWNER, filter: $filter) {
      rows {
        owner {
          id
          displayName
        }
        count
        amount
      }
    }
    byTeam: revenue(groupBy: TEAM, filter: $filter) {
      rows {
        team {
          id
          name
        }
        count
        amount
      }
    }
    customerGrowth(filter: $filter) {
      month
      source
      count
    }
    targetAttainment(filter: $filter) {
      month
      user {
        id
      }
      team {
        id
      }
      target
      currency
    }
  }
`);

export const AtRiskQuery = graphql(`
  query ReportsAtRisk($days: Int!, $first: Int!, $after: String, $filter: ReportFilterInput) {
    atRiskCustomers(days: $days, first: $first, after: $after, filter: $filter) {
      edges {
        cursor
        node {
          id
          name
          owner {
            id
            displayName
          }
          createdAt
          lastActivityAt
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

// Managers may not list the team tree (users.manage); the assignment directory names the teams
// they may assign to (customers.assign), enough to pick one for the dashboard.
export const TeamsQuery = graphql(`
  query ReportsTeams {
    assignableTeams {
      id
      name
    }
  }
`);
