import { graphql } from '../../graphql';

export const TaskSettingsQuery = graphql(`
  query TaskSettings {
    taskSettings {
      deadlines {
        key
        days
        defaultDays
        labelZh
        labelEn
      }
      webhookEnabled
      webhookUrl
    }
  }
`);

export const SetTaskSettingsMutation = graphql(`
  mutation SetTaskSettings($input: TaskSettingsInput!) {
    setTaskSettings(input: $input) {
      deadlines {
        key
        days
        defaultDays
        labelZh
        labelEn
      }
      webhookEnabled
      webhookUrl
    }
  }
`);

export const SendRemindersNowMutation = graphql(`
  mutation SendRemindersNow {
    sendRemindersNow {
      created
      delivered
      failed
    }
  }
`);
