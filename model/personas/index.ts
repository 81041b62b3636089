export * from './personaTouchpoint';
export * from './linkedPersonas';
export * from './personaCurves';
export * from './personaCommands';
export * from './personaFromFreeText';
export * from './libraryDocLayout';
export * from './readPersonaLibrary';
export * from './libraryCommands';
