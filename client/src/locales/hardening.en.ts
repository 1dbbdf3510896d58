/** English messages of the API's limits (spread into en.ts). */
export const enHardening = {
  'error.MALFORMED_REQUEST': 'The app sent a request the hub could not read. Reload the page and try again.',
  'error.REQUEST_TOO_LARGE': 'This is too much to send at once. Shorten it or send it in parts.',
  'error.QUERY_TOO_DEEP': 'This request asks for too much at once. Reload the page; if it happens again, tell the helpdesk.',
  'error.TOO_MANY_ALIASES': 'This request asks for too much at once. Reload the page; if it happens again, tell the helpdesk.',
  'error.TOO_MANY_DIRECTIVES': 'This request asks for too much at once. Reload the page; if it happens again, tell the helpdesk.',
  'error.TOO_MANY_TOKENS': 'This request is too long. Reload the page; if it happens again, tell the helpdesk.',
  'error.QUERY_TOO_COSTLY': 'This request asks for too much at once. Reload the page; if it happens again, tell the helpdesk.',
  'error.LIST_SIZE_OUT_OF_RANGE': 'A list can show between 1 and 200 items at a time.',
  'error.TEXT_INVALID_CHARACTERS': 'The text contains characters that cannot be saved (for example a control character pasted from another program). Remove them and try again.',
  'error.TRUSTED_DOCUMENT_REQUIRED': 'This version of the app is out of date. Reload the page to get the new one.',
  'error.PERSISTED_QUERY_NOT_FOUND': 'This version of the app is out of date. Reload the page to get the new one.',
  'error.INTROSPECTION_DISABLED': 'Only administrators may read the API description.',
  'error.TOO_MANY_SUBSCRIPTIONS': 'Too many live updates are open in this window. Close a few tabs or reload the page.',
} as const;
