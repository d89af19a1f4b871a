import { graphql } from '../../graphql';

export const MyTasksQuery = graphql(`
  query MyTasks {
    myTasks {
      total
      overdue
      today
      tasks {
        kind
        role
        branchId
        branchName
        labelZh
        labelEn
        count
        overdueCount
        dueOn
        overdue
        link
        followUp
        menuKey
        items {
          ref
          labelZh
          labelEn
          dueOn
          overdue
          link
        }
      }
    }
  }
`);

export const MyNotificationsQuery = graphql(`
  query MyNotifications {
    myNotifications(first: 30) {
      unread
      items {
        id
        kind
        labelZh
        labelEn
        dueOn
        overdue
        link
        createdAt
        readAt
      }
    }
  }
`);

export const MarkNotificationsReadMutation = graphql(`
  mutation MarkNotificationsRead($ids: [ID!]) {
    markNotificationsRead(ids: $ids)
  }
`);
