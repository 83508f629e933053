export * from './structs0'
export * from './structs400'
export * from './structs800'
