// the screen's own change replaces this file
export { default } from '../placeholder-page';
