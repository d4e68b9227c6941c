// The needs rules build their citations with the shared builders of the citation catalogue.
export { afi, handbook, library } from '../../core/sources';
