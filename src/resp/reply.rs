//! The reply writer: appends RESP2 or RESP3 replies to a connection's output
//! buffer. The protocol version decides how maps, sets, nulls, doubles and
//! booleans are encoded, exactly as Redis's addReply* family does.

use crate::util::num::{format_g17, push_i64};

/// An output buffer plus the protocol version of its connection.
#[derive(Debug, Default)]
pub struct Reply {
    pub buf: Vec<u8>,
    /// 2 or 3.
    pub resp: u8,
    /// Error replies written (INFO's total_error_replies).
    pub errors: u64,
    /// The prefix (first word) of the last error written, for errorstats.
    pub last_error_prefix: Option<String>,
}

impl Reply {
    /// A writer for protocol `resp` with an empty buffer.
    pub fn new(resp: u8) -> Reply {
        Reply {
            resp,
            ..Reply::default()
        }
    }

    fn line(&mut self, prefix: u8, n: i64) {
        self.buf.push(prefix);
        push_i64(&mut self.buf, n);
        self.buf.extend_from_slice(b"\r\n");
    }

    /// `+OK`.
    pub fn ok(&mut self) {
        self.buf.extend_from_slice(b"+OK\r\n");
    }

    /// A status reply, `+text`.
    pub fn simple(&mut self, text: &str) {
        self.buf.push(b'+');
        self.buf.extend_from_slice(text.as_bytes());
        self.buf.extend_from_slice(b"\r\n");
    }

    /// An error reply. `text` is the whole message with its code, e.g.
    /// `ERR syntax error` or `WRONGTYPE Operation ...`; newlines become spaces
    /// as Redis does.
    pub fn error(&mut self, text: &str) {
        self.error_bytes(text.as_bytes());
    }

    /// An error reply from raw bytes (it may quote binary client input, which
    /// Redis echoes unchanged).
    pub fn error_bytes(&mut self, text: &[u8]) {
        self.buf.push(b'-');
        for &b in text {
            self.buf.push(if b == b'\r' || b == b'\n' { b' ' } else { b });
        }
        self.buf.extend_from_slice(b"\r\n");
        self.errors += 1;
        let prefix = text.split(|&b| b == b' ').next().unwrap_or(b"ERR");
        self.last_error_prefix = Some(String::from_utf8_lossy(prefix).into_owned());
    }

    /// An integer reply.
    pub fn int(&mut self, n: i64) {
        self.line(b':', n);
    }

    /// A bulk string.
    pub fn bulk(&mut self, data: &[u8]) {
        self.buf.reserve(data.len() + 16);
        self.line(b'$', data.len() as i64);
        self.buf.extend_from_slice(data);
        self.buf.extend_from_slice(b"\r\n");
    }

    /// A bulk string holding the decimal form of `n`.
    pub fn bulk_i64(&mut self, n: i64) {
        let mut tmp = Vec::with_capacity(20);
        push_i64(&mut tmp, n);
        self.bulk(&tmp);
    }

    /// The null bulk string (RESP2 `$-1`, RESP3 `_`).
    pub fn null(&mut self) {
        if self.resp >= 3 {
            self.buf.extend_from_slice(b"_\r\n");
        } else {
            self.buf.extend_from_slice(b"$-1\r\n");
        }
    }

    /// The null array (RESP2 `*-1`, RESP3 `_`).
    pub fn null_array(&mut self) {
        if self.resp >= 3 {
            self.buf.extend_from_slice(b"_\r\n");
        } else {
            self.buf.extend_from_slice(b"*-1\r\n");
        }
    }

    /// An array header of `n` elements.
    pub fn array(&mut self, n: usize) {
        self.line(b'*', n as i64);
    }

    /// A map header of `n` pairs (RESP2: an array of 2n elements).
    pub fn map(&mut self, n: usize) {
        if self.resp >= 3 {
            self.line(b'%', n as i64);
        } else {
            self.line(b'*', 2 * n as i64);
        }
    }

    /// A set header (RESP2: an array).
    pub fn set(&mut self, n: usize) {
        if self.resp >= 3 {
            self.line(b'~', n as i64);
        } else {
            self.line(b'*', n as i64);
        }
    }

    /// A push header (RESP3 only; RESP2 clients get an array).
    pub fn push(&mut self, n: usize) {
        if self.resp >= 3 {
            self.line(b'>', n as i64);
        } else {
            self.line(b'*', n as i64);
        }
    }

    /// A double: RESP3 `,` type, RESP2 a bulk string with `%.17g`.
    pub fn double(&mut self, v: f64) {
        let text = format_g17(v);
        if self.resp >= 3 {
            self.buf.push(b',');
            self.buf.extend_from_slice(text.as_bytes());
            self.buf.extend_from_slice(b"\r\n");
        } else {
            self.bulk(text.as_bytes());
        }
    }

    /// A boolean: RESP3 `#t`/`#f`, RESP2 `:1`/`:0`.
    pub fn boolean(&mut self, v: bool) {
        if self.resp >= 3 {
            self.buf.extend_from_slice(if v { b"#t\r\n" } else { b"#f\r\n" });
        } else {
            self.int(v as i64);
        }
    }

    /// A verbatim string (RESP3 `=`), a plain bulk string for RESP2.
    pub fn verbatim(&mut self, text: &[u8], format: &str) {
        if self.resp >= 3 {
            self.line(b'=', (text.len() + 4) as i64);
            self.buf.extend_from_slice(format.as_bytes());
            self.buf.push(b':');
            self.buf.extend_from_slice(text);
            self.buf.extend_from_slice(b"\r\n");
        } else {
            self.bulk(text);
        }
    }

    /// Raw protocol bytes, already encoded.
    pub fn raw(&mut self, bytes: &[u8]) {
        self.buf.extend_from_slice(bytes);
    }

    /// An array of bulk strings.
    pub fn bulk_array<'a>(&mut self, items: impl ExactSizeIterator<Item = &'a [u8]>) {
        self.array(items.len());
        for item in items {
            self.bulk(item);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn resp2_and_resp3_encodings() {
        let mut r2 = Reply::new(2);
        r2.map(1);
        r2.null();
        r2.null_array();
        r2.double(1.5);
        r2.boolean(true);
        assert_eq!(r2.buf, b"*2\r\n$-1\r\n*-1\r\n$3\r\n1.5\r\n:1\r\n");
        let mut r3 = Reply::new(3);
        r3.map(1);
        r3.null();
        r3.null_array();
        r3.double(1.5);
        r3.boolean(true);
        r3.verbatim(b"hi", "txt");
        assert_eq!(r3.buf, b"%1\r\n_\r\n_\r\n,1.5\r\n#t\r\n=6\r\ntxt:hi\r\n");
    }

    #[test]
    fn errors_have_newlines_flattened() {
        let mut r = Reply::new(2);
        r.error("ERR bad\r\nthing");
        assert_eq!(r.buf, b"-ERR bad  thing\r\n");
        assert_eq!(r.last_error_prefix.as_deref(), Some("ERR"));
    }
}
