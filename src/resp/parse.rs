//! Request parsing with the exact rules and error texts of Redis 7.0's
//! processMultibulkBuffer / processInlineBuffer.
//!
//! The parser never copies multibulk arguments: it records byte ranges into
//! the connection's read buffer. It is resumable: when a frame is incomplete it
//! remembers how far it got, so a large command arriving in many reads is
//! scanned once. Inline commands (rare, typed by hand) are unquoted into a
//! small scratch buffer owned by the parser.

use std::ops::Range;

use crate::util::num::string2ll;

/// Longest inline request, or count line, Redis accepts (PROTO_INLINE_MAX_SIZE).
pub const PROTO_INLINE_MAX_SIZE: usize = 64 * 1024;

/// What the parser needs to know about the connection.
#[derive(Clone, Copy, Debug)]
pub struct Limits {
    /// `proto-max-bulk-len`.
    pub max_bulk_len: i64,
    /// The client has not authenticated yet and a password is required.
    pub auth_required: bool,
}

/// A protocol error: the reply text (without `-ERR `), after which Redis
/// closes the connection once the reply is written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProtocolError(pub String);

impl ProtocolError {
    fn new(text: &str) -> ProtocolError {
        ProtocolError(format!("Protocol error: {text}"))
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Frame {
    /// Not inside a command.
    Idle,
    /// Reading a multibulk command: bulks still to read, and the length of the
    /// bulk whose header has been read (-1 while expecting a header).
    Multibulk { remaining: i64, bulk_len: i64 },
}

/// Resumable request parser for one connection.
#[derive(Debug)]
pub struct RequestParser {
    frame: Frame,
    /// Where parsing continues in the read buffer.
    pos: usize,
    /// Arguments of the command being parsed (ranges into the read buffer or,
    /// for inline commands, into `inline`).
    args: Vec<Range<usize>>,
    inline: Vec<u8>,
    args_are_inline: bool,
    /// Start of the multibulk command in progress.
    cmd_start: usize,
}

impl Default for RequestParser {
    fn default() -> Self {
        RequestParser {
            frame: Frame::Idle,
            pos: 0,
            args: Vec::new(),
            inline: Vec::new(),
            args_are_inline: false,
            cmd_start: 0,
        }
    }
}

/// The arguments of one parsed command, borrowed from the read buffer.
#[derive(Clone, Copy)]
pub struct Args<'a> {
    buf: &'a [u8],
    ranges: &'a [Range<usize>],
}

impl<'a> Args<'a> {
    /// Arguments as ranges into `buf`.
    pub fn new(buf: &'a [u8], ranges: &'a [Range<usize>]) -> Args<'a> {
        Args { buf, ranges }
    }

    /// Number of arguments, command name included.
    pub fn len(&self) -> usize {
        self.ranges.len()
    }

    /// True when there are no arguments.
    pub fn is_empty(&self) -> bool {
        self.ranges.is_empty()
    }

    /// Argument `i` (0 is the command name). Panics when out of range: callers
    /// check the arity first.
    pub fn get(&self, i: usize) -> &'a [u8] {
        &self.buf[self.ranges[i].clone()]
    }

    /// Iterate over arguments from `start`.
    pub fn iter_from(&self, start: usize) -> impl Iterator<Item = &'a [u8]> + 'a {
        let buf = self.buf;
        self.ranges[start.min(self.ranges.len())..]
            .iter()
            .map(move |r| &buf[r.clone()])
    }

    /// The byte range of argument `i` in [`Args::buffer`].
    pub fn range(&self, i: usize) -> Range<usize> {
        self.ranges[i].clone()
    }

    /// The buffer the argument ranges point into.
    pub fn buffer(&self) -> &'a [u8] {
        self.buf
    }

    /// Total bytes of all arguments (CLIENT LIST's argv-mem).
    pub fn byte_len(&self) -> usize {
        self.ranges.iter().map(|r| r.len()).sum()
    }
}

impl RequestParser {
    /// Bytes of the read buffer fully consumed by complete commands; the
    /// caller may drain them and must then call [`RequestParser::consumed_drained`].
    pub fn consumed(&self) -> usize {
        match self.frame {
            Frame::Idle => self.pos,
            Frame::Multibulk { .. } => self.cmd_start,
        }
    }

    /// Tell the parser that the first `n` bytes (at most `consumed()`) were
    /// removed from the front of the read buffer.
    pub fn consumed_drained(&mut self, n: usize) {
        self.pos -= n;
        self.cmd_start = self.cmd_start.saturating_sub(n);
        if !self.args_are_inline && self.frame != Frame::Idle {
            for r in &mut self.args {
                *r = r.start - n..r.end - n;
            }
        }
    }

    /// Put the command just returned by [`RequestParser::next`] back, so the
    /// next call returns it again (a paused client's command waits).
    pub fn unread_command(&mut self) {
        self.pos = self.cmd_start;
        self.frame = Frame::Idle;
    }

    /// True while a command has been started but not completed.
    pub fn in_progress(&self) -> bool {
        self.frame != Frame::Idle
    }

    /// How many more bytes the current bulk needs, if one is being read
    /// (lets the reader size one big read for a large argument).
    pub fn pending_bulk_bytes(&self, buffered: usize) -> usize {
        match self.frame {
            Frame::Multibulk { bulk_len, .. } if bulk_len >= 0 => {
                (self.pos + bulk_len as usize + 2).saturating_sub(buffered)
            }
            _ => 0,
        }
    }

    /// Parse the next command from `buf`. `Ok(Some(args))` is a complete command
    /// (possibly with zero arguments, which the caller skips); `Ok(None)` means
    /// more bytes are needed.
    pub fn next<'a>(&'a mut self, buf: &'a [u8], limits: Limits) -> Result<Option<Args<'a>>, ProtocolError> {
        if self.frame == Frame::Idle {
            if self.pos >= buf.len() {
                return Ok(None);
            }
            self.args.clear();
            self.args_are_inline = false;
            self.cmd_start = self.pos;
            if buf[self.pos] != b'*' {
                return self.parse_inline(buf);
            }
        }
        self.parse_multibulk(buf, limits)
    }

    fn parse_inline<'a>(&'a mut self, buf: &'a [u8]) -> Result<Option<Args<'a>>, ProtocolError> {
        let rest = &buf[self.pos..];
        let Some(newline) = memchr(b'\n', rest) else {
            if rest.len() > PROTO_INLINE_MAX_SIZE {
                return Err(ProtocolError::new("too big inline request"));
            }
            return Ok(None);
        };
        let line_end = if newline > 0 && rest[newline - 1] == b'\r' {
            newline - 1
        } else {
            newline
        };
        let line = &rest[..line_end];
        self.inline.clear();
        self.args.clear();
        split_inline_args(line, &mut self.inline, &mut self.args)
            .ok_or_else(|| ProtocolError::new("unbalanced quotes in request"))?;
        self.pos += newline + 1;
        self.args_are_inline = true;
        Ok(Some(Args::new(&self.inline, &self.args)))
    }

    fn parse_multibulk<'a>(&'a mut self, buf: &'a [u8], limits: Limits) -> Result<Option<Args<'a>>, ProtocolError> {
        if self.frame == Frame::Idle {
            let Some(next) = self.read_header_line(buf, "too big mbulk count string")? else {
                return Ok(None);
            };
            let count = match string2ll(&buf[self.pos + 1..next - 2]) {
                Some(n) if n <= i32::MAX as i64 => n,
                _ => return Err(ProtocolError::new("invalid multibulk length")),
            };
            if count > 10 && limits.auth_required {
                return Err(ProtocolError::new("unauthenticated multibulk length"));
            }
            self.pos = next;
            if count <= 0 {
                return Ok(Some(Args::new(buf, &[])));
            }
            if self.args.capacity() < count.min(1024) as usize {
                self.args.reserve(count.min(1024) as usize);
            }
            self.frame = Frame::Multibulk {
                remaining: count,
                bulk_len: -1,
            };
        }
        while let Frame::Multibulk { remaining, bulk_len } = self.frame {
            if remaining == 0 {
                break;
            }
            let bulk_len = if bulk_len < 0 {
                match self.read_bulk_header(buf, limits)? {
                    Some(len) => len,
                    None => return Ok(None),
                }
            } else {
                bulk_len
            };
            let end = self.pos + bulk_len as usize;
            if buf.len() < end + 2 {
                self.frame = Frame::Multibulk { remaining, bulk_len };
                return Ok(None);
            }
            self.args.push(self.pos..end);
            self.pos = end + 2;
            self.frame = Frame::Multibulk {
                remaining: remaining - 1,
                bulk_len: -1,
            };
        }
        self.frame = Frame::Idle;
        Ok(Some(Args::new(buf, &self.args)))
    }

    /// Find the `\r\n` ending the header line that starts at `pos`. Returns
    /// the index just past `\n`, or None when the line is incomplete.
    fn read_header_line(&self, buf: &[u8], too_big: &str) -> Result<Option<usize>, ProtocolError> {
        let rest = &buf[self.pos..];
        match memchr(b'\r', rest) {
            None => {
                if rest.len() > PROTO_INLINE_MAX_SIZE {
                    Err(ProtocolError::new(too_big))
                } else {
                    Ok(None)
                }
            }
            // Redis needs the byte after '\r' to be buffered too, and skips it unchecked.
            Some(cr) if cr + 2 > rest.len() => Ok(None),
            Some(cr) => Ok(Some(self.pos + cr + 2)),
        }
    }

    fn read_bulk_header(&mut self, buf: &[u8], limits: Limits) -> Result<Option<i64>, ProtocolError> {
        let Some(next) = self.read_header_line(buf, "too big bulk count string")? else {
            return Ok(None);
        };
        if buf[self.pos] != b'$' {
            return Err(ProtocolError(format!(
                "Protocol error: expected '$', got '{}'",
                buf[self.pos] as char
            )));
        }
        let len = match string2ll(&buf[self.pos + 1..next - 2]) {
            Some(n) if n >= 0 && n <= limits.max_bulk_len => n,
            _ => return Err(ProtocolError::new("invalid bulk length")),
        };
        if len > 16384 && limits.auth_required {
            return Err(ProtocolError::new("unauthenticated bulk length"));
        }
        self.pos = next;
        Ok(Some(len))
    }
}

fn memchr(needle: u8, haystack: &[u8]) -> Option<usize> {
    haystack.iter().position(|&b| b == needle)
}

/// Split an inline command line with Redis's sdssplitargs rules, appending
/// the unquoted arguments to `out` and their ranges to `ranges`. Returns None on
/// unbalanced quotes.
pub fn split_inline_args(line: &[u8], out: &mut Vec<u8>, ranges: &mut Vec<Range<usize>>) -> Option<()> {
    let mut i = 0;
    loop {
        while i < line.len() && is_space(line[i]) {
            i += 1;
        }
        if i >= line.len() {
            return Some(());
        }
        let start = out.len();
        i = split_one_arg(line, i, out)?;
        ranges.push(start..out.len());
    }
}

fn is_space(c: u8) -> bool {
    matches!(c, b' ' | b'\n' | b'\r' | b'\t' | 0x0b | 0x0c)
}

/// Parse one argument starting at `i`; return the index after it.
fn split_one_arg(line: &[u8], mut i: usize, out: &mut Vec<u8>) -> Option<usize> {
    let mut in_double = false;
    let mut in_single = false;
    loop {
        let c = line.get(i).copied();
        if in_double {
            match c {
                None => return None,
                Some(b'\\')
                    if i + 3 < line.len() && line[i + 1] == b'x' && is_hex(line[i + 2]) && is_hex(line[i + 3]) =>
                {
                    out.push(hex_val(line[i + 2]) * 16 + hex_val(line[i + 3]));
                    i += 3;
                }
                Some(b'\\') if i + 1 < line.len() => {
                    i += 1;
                    out.push(match line[i] {
                        b'n' => b'\n',
                        b'r' => b'\r',
                        b't' => b'\t',
                        b'b' => 0x08,
                        b'a' => 0x07,
                        other => other,
                    });
                }
                Some(b'"') => {
                    // The closing quote must be followed by a space or the end.
                    if i + 1 < line.len() && !is_space(line[i + 1]) {
                        return None;
                    }
                    return Some(i + 1);
                }
                Some(other) => out.push(other),
            }
        } else if in_single {
            match c {
                None => return None,
                Some(b'\\') if i + 1 < line.len() && line[i + 1] == b'\'' => {
                    i += 1;
                    out.push(b'\'');
                }
                Some(b'\'') => {
                    if i + 1 < line.len() && !is_space(line[i + 1]) {
                        return None;
                    }
                    return Some(i + 1);
                }
                Some(other) => out.push(other),
            }
        } else {
            match c {
                None => return Some(i),
                Some(c) if is_space(c) => return Some(i),
                Some(b'"') => in_double = true,
                Some(b'\'') => in_single = true,
                Some(other) => out.push(other),
            }
        }
        i += 1;
    }
}

fn is_hex(c: u8) -> bool {
    c.is_ascii_hexdigit()
}

fn hex_val(c: u8) -> u8 {
    match c {
        b'0'..=b'9' => c - b'0',
        b'a'..=b'f' => c - b'a' + 10,
        _ => c - b'A' + 10,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const OPEN: Limits = Limits {
        max_bulk_len: 512 * 1024 * 1024,
        auth_required: false,
    };

    /// Parse every command in `input`, feeding it in chunks of `chunk` bytes
    /// and draining consumed bytes as the event loop does.
    fn parse_all(input: &[u8], chunk: usize, limits: Limits) -> Result<Vec<Vec<Vec<u8>>>, ProtocolError> {
        let mut parser = RequestParser::default();
        let mut buf = Vec::new();
        let mut commands = Vec::new();
        for piece in input.chunks(chunk.max(1)) {
            buf.extend_from_slice(piece);
            while let Some(args) = parser.next(&buf, limits)? {
                commands.push(args.iter_from(0).map(|a| a.to_vec()).collect::<Vec<_>>());
            }
            let n = parser.consumed();
            buf.drain(..n);
            parser.consumed_drained(n);
        }
        Ok(commands)
    }

    fn cmd(parts: &[&str]) -> Vec<Vec<u8>> {
        parts.iter().map(|p| p.as_bytes().to_vec()).collect()
    }

    #[test]
    fn multibulk_and_inline_pipeline_split_at_every_byte() {
        let input = b"*3\r\n$3\r\nSET\r\n$1\r\nk\r\n$5\r\nhello\r\nPING\r\n*2\r\n$3\r\nGET\r\n$1\r\nk\r\nset \"a b\" 'c d'\n*0\r\n";
        let expected = vec![
            cmd(&["SET", "k", "hello"]),
            cmd(&["PING"]),
            cmd(&["GET", "k"]),
            cmd(&["set", "a b", "c d"]),
            vec![],
        ];
        for chunk in 1..=input.len() {
            assert_eq!(parse_all(input, chunk, OPEN).unwrap(), expected, "chunk {chunk}");
        }
    }

    #[test]
    fn binary_safe_bulks() {
        let input = b"*2\r\n$4\r\n\r\n\0\xff\r\n$0\r\n\r\n";
        for chunk in 1..=input.len() {
            let got = parse_all(input, chunk, OPEN).unwrap();
            assert_eq!(got, vec![vec![b"\r\n\0\xff".to_vec(), vec![]]]);
        }
    }

    #[test]
    fn inline_quoting_rules() {
        let got = parse_all(b"set k \"\\x41\\n\\\"\" 'it\\'s'\r\n", 1000, OPEN).unwrap();
        assert_eq!(
            got,
            vec![vec![
                b"set".to_vec(),
                b"k".to_vec(),
                b"A\n\"".to_vec(),
                b"it's".to_vec()
            ]]
        );
        let empty: Vec<Vec<u8>> = vec![];
        assert_eq!(parse_all(b"\r\n   \n", 1000, OPEN).unwrap(), vec![empty.clone(), empty]);
    }

    fn error_of(input: &[u8], limits: Limits) -> String {
        parse_all(input, input.len(), limits).unwrap_err().0
    }

    #[test]
    fn every_protocol_error_text() {
        let cases: Vec<(Vec<u8>, &str)> = vec![
            (b"*abc\r\n".to_vec(), "Protocol error: invalid multibulk length"),
            (b"*3000000000\r\n".to_vec(), "Protocol error: invalid multibulk length"),
            (b"*1\r\n$-1\r\n".to_vec(), "Protocol error: invalid bulk length"),
            (b"*1\r\n$x\r\n".to_vec(), "Protocol error: invalid bulk length"),
            (b"*1\r\n$2147483648\r\n".to_vec(), "Protocol error: invalid bulk length"),
            (b"*1\r\nfoo\r\n".to_vec(), "Protocol error: expected '$', got 'f'"),
            (
                b"set \"unbalanced\n".to_vec(),
                "Protocol error: unbalanced quotes in request",
            ),
            (b"set \"a\"b\n".to_vec(), "Protocol error: unbalanced quotes in request"),
            (b"set 'a\n".to_vec(), "Protocol error: unbalanced quotes in request"),
            (
                [b"*".to_vec(), vec![b'1'; 70_000]].concat(),
                "Protocol error: too big mbulk count string",
            ),
            (
                [b"*1\r\n$".to_vec(), vec![b'1'; 70_000]].concat(),
                "Protocol error: too big bulk count string",
            ),
            (vec![b'a'; 70_000], "Protocol error: too big inline request"),
        ];
        for (input, text) in cases {
            assert_eq!(error_of(&input, OPEN), text);
        }
    }

    #[test]
    fn unauthenticated_limits() {
        let locked = Limits {
            max_bulk_len: 512 * 1024 * 1024,
            auth_required: true,
        };
        assert_eq!(
            error_of(b"*11\r\n", locked),
            "Protocol error: unauthenticated multibulk length"
        );
        assert_eq!(
            error_of(b"*1\r\n$16385\r\n", locked),
            "Protocol error: unauthenticated bulk length"
        );
        assert!(parse_all(b"*10\r\n", 100, locked).is_ok());
    }

    #[test]
    fn huge_bulk_claim_is_rejected_without_allocation() {
        let input = b"*1\r\n$2147483648\r\n";
        assert_eq!(error_of(input, OPEN), "Protocol error: invalid bulk length");
        let limits = Limits {
            max_bulk_len: 10,
            auth_required: false,
        };
        assert_eq!(
            error_of(b"*1\r\n$11\r\n", limits),
            "Protocol error: invalid bulk length"
        );
    }

    #[test]
    fn incomplete_frames_wait() {
        let mut parser = RequestParser::default();
        for partial in [&b"*2\r\n$3\r\nGET\r\n$1\r\nk"[..], b"*2", b"*2\r", b"GET k"] {
            let mut p = RequestParser::default();
            assert!(p.next(partial, OPEN).unwrap().is_none());
        }
        assert!(parser.next(b"", OPEN).unwrap().is_none());
    }
}
