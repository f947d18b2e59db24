// The engine's sentences, looked up by id the way Starlight keeps its UI strings (a flat table of
// dotted keys per language). Korean is the only edition; an English one would be a second table of
// the same type. The id and each sentence's parameters are typed from the table, so a wrong id or a
// missing parameter is a type error, not a wrong sentence at run time.
import { ko } from './ko';

type Table = typeof ko;

/** Every sentence's id, e.g. 'policy.verdict.allowed'. */
export type MessageId = keyof Table;

/** The parameters a sentence takes: none for a fixed string, else its function's one object. */
export type MessageParams<Id extends MessageId> = Table[Id] extends (params: infer P) => string ? [params: P] : [];

export function message<Id extends MessageId>(id: Id, ...params: MessageParams<Id>): string {
  const entry: string | ((params: never) => string) = ko[id];
  // The cast only widens: MessageParams<Id> is exactly the parameter of ko[id].
  return typeof entry === 'string' ? entry : (entry as (params: unknown) => string)(params[0]);
}
