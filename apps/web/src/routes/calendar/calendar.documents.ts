import { graphql } from '../../graphql';

export const WorkingYearQuery = graphql(`
  query WorkingYear($from: String!, $to: String!, $year: Int!) {
    workingCalendar(from: $from, to: $to) {
      date
      working
      source
      sourceLabel
      name
      known
    }
    calendarAmendments(year: $year) {
      id
      date
      kind
      kindLabel
      note
      updatedAt
    }
  }
`);

export const SetCalendarDayMutation = graphql(`
  mutation SetCalendarDay($input: CalendarDayInput!) {
    setCalendarDay(input: $input) {
      id
    }
  }
`);

export const RemoveCalendarAmendmentMutation = graphql(`
  mutation RemoveCalendarAmendment($date: String!) {
    removeCalendarAmendment(date: $date)
  }
`);

/** What an amendment may make a day, in the server's words. */
export const CalendarDayKindsQuery = graphql(`
  query CalendarDayKinds {
    calendarDayKinds {
      kind
      label
    }
  }
`);
