//! Tests of the network, built from tiny corpora written as text.

mod network;
