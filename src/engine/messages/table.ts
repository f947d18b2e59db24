// The shape every language's part-table has: an id maps to a fixed sentence or to a function of one
// parameter object that builds it.
export type MessageTable = Record<string, string | ((params: never) => string)>;
