/**
 * The revision of the API that pages depend on. Raised when a change makes a page opened before it
 * wrong without a reload (revision 2: partners' own numbering of messages, so numbers a page holds
 * no longer match). The server sends it when a live connection opens; a page built for another
 * revision asks its user to reload.
 */
export const API_REVISION = 2;
