export { route } from './route';
