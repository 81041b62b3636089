export * from './futureCommands';
export * from './futureVariant';
export * from './futureDiff';
