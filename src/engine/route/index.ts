export { route } from './route';
export { dnsLookup, reverseLookup, type NameAnswer } from './dns';
