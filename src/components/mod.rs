//! Reusable components: each takes props and sends callbacks.

pub mod copy_link;
pub mod date_window;
pub mod embed_bar;
pub mod event_card;
pub mod event_table;
pub mod export_buttons;
pub mod lens_bar;
pub mod network_canvas;
pub mod network_chart;
pub mod network_exports;
pub mod shortcuts;
pub mod site_header;
pub mod theme_toggle;
pub mod tie_list;
pub mod timeline_chart;
pub mod timeline_layers;
pub mod timeline_marks;
pub mod timeline_sketch;
