import { node } from '@lalaland/eslint-config';
// jest.config.js is CommonJS by design (Jest loads it with require).
export default [...node, { ignores: ['jest.config.js'] }];
