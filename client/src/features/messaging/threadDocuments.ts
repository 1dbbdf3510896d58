// The GraphQL documents of a thread's page (its messages, live events, actions), in one place
// for the page's parts (ThreadPage, its hooks, the settings) and its tests.
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import type { ThreadView_MessageFragment } from '../../gql/graphql';

export const ThreadView_message = graphql(`
  fragment ThreadView_message on Message {
    id
    seq
    changeSeq
    clientId
    body
    deleted
    internal
    createdAt
    author {
      id
      name
    }
    seenBy {
      id
      name
    }
    ...MessageItem_message
  }
`);

export const ThreadPageDocument = graphql(`
  query ThreadPage($id: ID!) {
    thread(id: $id) {
      id
      kind
      subject
      muted
      viewerLastReadSeq
      unreadCount
      partnership {
        id
        name
      }
      household {
        id
        reference
      }
      viewerCan {
        post
        postInternal
      }
    }
    messagingSettings {
      sendReadReceipts
    }
  }
`);

export const ThreadMessagesDocument = graphql(`
  query ThreadMessages($threadId: ID!, $afterSeq: Int, $beforeSeq: Int, $limit: Int) {
    messages(threadId: $threadId, afterSeq: $afterSeq, beforeSeq: $beforeSeq, limit: $limit) {
      hasMore
      messages {
        id
        ...ThreadView_message
      }
    }
  }
`);

export const ThreadChangesDocument = graphql(`
  query ThreadChanges($threadId: ID!, $afterChangeSeq: Int!) {
    threadChanges(threadId: $threadId, afterChangeSeq: $afterChangeSeq, limit: 200) {
      hasMore
      messages {
        id
        ...ThreadView_message
      }
    }
  }
`);

export const ThreadPresenceDocument = graphql(`
  query ThreadPresence($threadId: ID!) {
    threadPresence(threadId: $threadId) {
      online
      lastSeenAt
      user {
        id
        name
        role
      }
    }
  }
`);

export const ThreadMessageEventsDocument = graphql(`
  subscription ThreadMessageEvents($threadId: ID!) {
    messageEvents(threadId: $threadId) {
      kind
      threadId
      message {
        id
        ...ThreadView_message
      }
    }
  }
`);

export const ThreadTypingDocument = graphql(`
  subscription ThreadTyping($threadId: ID!) {
    typingEvents(threadId: $threadId) {
      threadId
      typing
      user {
        id
        name
      }
    }
  }
`);

export const ThreadReadStateDocument = graphql(`
  subscription ThreadReadState($threadId: ID!) {
    readStateEvents(threadId: $threadId) {
      threadId
      lastReadSeq
      user {
        id
        name
      }
    }
  }
`);

export const ThreadPresenceEventsDocument = graphql(`
  subscription ThreadPresenceEvents($threadId: ID!) {
    presenceEvents(threadId: $threadId) {
      online
      lastSeenAt
      user {
        id
        name
      }
    }
  }
`);

export { SendMessageDocument } from './threadSender';

export const EditMessageDocument = graphql(`
  mutation EditMessage($input: EditMessageInput!) {
    editMessage(input: $input) {
      id
      ...ThreadView_message
    }
  }
`);

export const DeleteMessageDocument = graphql(`
  mutation DeleteMessage($id: ID!) {
    deleteMessage(id: $id) {
      id
      ...ThreadView_message
    }
  }
`);

export const MarkThreadReadDocument = graphql(`
  mutation MarkThreadRead($threadId: ID!, $seq: Int!) {
    markThreadRead(threadId: $threadId, seq: $seq) {
      id
      unreadCount
      viewerLastReadSeq
    }
  }
`);

export const SetTypingDocument = graphql(`
  mutation SetTyping($threadId: ID!, $typing: Boolean!, $internal: Boolean) {
    setTyping(threadId: $threadId, typing: $typing, internal: $internal)
  }
`);

export const MuteThreadDocument = graphql(`
  mutation MuteThread($threadId: ID!, $muted: Boolean!) {
    muteThread(threadId: $threadId, muted: $muted) {
      id
      muted
    }
  }
`);

export const UpdateMessagingSettingsDocument = graphql(`
  mutation UpdateMessagingSettings($sendReadReceipts: Boolean!) {
    updateMessagingSettings(sendReadReceipts: $sendReadReceipts) {
      sendReadReceipts
    }
  }
`);

export type ThreadMessage = ThreadView_MessageFragment;

export const unmask = (m: FragmentType<typeof ThreadView_message>): ThreadMessage => getFragmentData(ThreadView_message, m);
