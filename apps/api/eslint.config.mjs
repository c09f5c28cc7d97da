import { node } from '@lalaland/eslint-config';
export default node;
