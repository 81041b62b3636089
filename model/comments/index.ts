/** Comments: threads, comments and people in their own Y.Doc (room `<mapId>/comments`). */
export { COMMENT_COLLECTIONS } from './commentsDocLayout';
export * from './person';
export * from './thread';
export * from './comment';
export * from './mentions';
export * from './readComments';
export * from './threadCommands';
export * from './commentEdits';
export * from './notePresence';
