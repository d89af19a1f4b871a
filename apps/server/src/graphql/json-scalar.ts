export { GraphQLJSON } from 'graphql-type-json';
