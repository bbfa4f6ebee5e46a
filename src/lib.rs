//! rolebook turns an organisation's role specs (YAML) into a checked, published handbook.
//!
//! The pipeline runs one way: [`load`] reads the folder into a
//! [`model::Handbook`] and the findings met on the way; [`check`] runs the
//! consistency rules; `compile` derives the views (job descriptions,
//! checklists, handoffs, RACI, coverage); `render` turns them into pages;
//! `output` writes the site atomically.
//!
//! ```no_run
//! let loaded = rolebook::load::load(std::path::Path::new("roles")).expect("folder readable");
//! let report = rolebook::check::check(&loaded);
//! assert_eq!(report.errors(), 0);
//! ```
//!
//! The library never prints: findings are data, failures are `Err` values.
#![forbid(unsafe_code)]
#![warn(missing_docs, clippy::print_stdout, clippy::print_stderr)]

pub mod build;
pub mod check;
pub mod compile;
pub mod diagnostic;
pub mod diff;
pub mod export;
pub mod i18n;
pub mod load;
pub mod markdown;
pub mod model;
pub mod output;
pub mod render;
pub mod report;
pub mod revisions;
pub mod rules;
pub mod search;
pub mod serve;
pub mod starter;
pub mod status;
pub mod synth;
