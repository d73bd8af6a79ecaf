export * from './types';
export * from './clusterIds';
export * from './filter';
export * from './counts';
export * from './classes';
