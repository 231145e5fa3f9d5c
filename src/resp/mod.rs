//! RESP, the client protocol: the request parser (multibulk and inline, in
//! place, resumable across reads) and the reply writer (RESP2 and RESP3).

pub mod parse;
pub mod reply;

pub use parse::{Limits, ProtocolError, RequestParser};
pub use reply::Reply;
