//! rolebook's integration tests: one binary, one module per area (see tests/README.md).

mod support;

mod browser;
mod capacity;
mod cli;
mod history;
mod hostile;
mod inputs;
mod layers;
mod rules;
mod russian;
mod safety;
mod serve;
mod site;
