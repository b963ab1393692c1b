//! Tests of the network (built from tiny corpora written as text) and of
//! the layout (measured on small graphs and one large synthetic one).

mod layout;
mod network;
mod quadtree;
