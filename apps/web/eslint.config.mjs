import { react } from '@lalaland/eslint-config';
export default react;
