export { route } from './route';
export { dnsLookup, type NameAnswer } from './dns';
