// Filled in by the reader work.
