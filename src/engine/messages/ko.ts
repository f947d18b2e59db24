// The Korean edition of the engine's sentences: one part-table per area, merged under dotted ids
// whose first segment names the area (so two parts cannot claim the same id).
import { gateway } from './ko/gateway';
import { nginx } from './ko/nginx';
import { policy } from './ko/policy';
import { proxy } from './ko/proxy';
import { service } from './ko/service';

export const ko = { ...gateway, ...nginx, ...policy, ...proxy, ...service };
