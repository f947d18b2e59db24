// The Korean edition of the engine's sentences: one part-table per area, merged under dotted ids
// whose first segment names the area (so two parts cannot claim the same id).
import { gateway } from './ko/gateway';
import { policy } from './ko/policy';

export const ko = { ...gateway, ...policy };
