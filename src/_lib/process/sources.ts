// The process rules and catalogues cite from the one citation catalogue; `SRC` is its local name here.
export { SOURCES as SRC } from '../../core/sources';
