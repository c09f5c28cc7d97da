export * from './permissions';
export * from './organizations';
export * from './format';
export * from './funding';
export * from './learn';
export * from './mentors';
export * from './referrals';
export * from './outcomes';
