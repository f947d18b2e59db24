// The labs, in the course's order.
import { gatewayApiLab } from './gateway-api';
import { ingress1Lab } from './ingress-1';
import { ingress2Lab } from './ingress-2';
import { networkPoliciesLab } from './network-policies';
import { servicesLab } from './services';
import type { Lab } from './types';

export const LABS: Record<string, Lab> = {
  services: servicesLab,
  'ingress-1': ingress1Lab,
  'ingress-2': ingress2Lab,
  'network-policies': networkPoliciesLab,
  'gateway-api': gatewayApiLab,
};

export type { Lab, Task, GoalTask, QuestionTask, Verdict } from './types';
export { checkAnswer } from './types';
