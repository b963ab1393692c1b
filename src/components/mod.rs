//! Reusable components: each takes props and sends callbacks.

pub mod site_header;
