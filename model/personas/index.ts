export * from './personaTouchpoint';
export * from './linkedPersonas';
export * from './personaCurves';
export * from './personaCommands';
export * from './personaFromFreeText';
