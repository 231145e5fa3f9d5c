//! Low-level parsing helpers that reproduce Redis 7.0.15's string utilities
//! byte for byte: `sdssplitargs` (config lines), `sdssplitlen(" ")` (CONFIG SET
//! multi-argument values), `sdscatrepr` (quoting of command-line arguments),
//! `memtoull` (memory sizes), `string2ll`, `string2d`, C `strtoll` and
//! `yesnotoi`.

/// C's `isspace()` in the "C" locale.
fn is_c_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\x0b' | b'\x0c' | b'\r')
}

/// Splits a line into arguments like Redis's `sdssplitargs`, on bytes.
///
/// Double quotes understand `\n \r \t \b \a \\ \"` and `\xHH`; single quotes
/// only `\'`. A closing quote must be followed by whitespace or the end of the
/// line, otherwise (or on a missing closing quote) `None` is returned
/// ("unbalanced quotes"). A NUL byte ends the input, as in C.
pub fn split_args_bytes(line: &[u8]) -> Option<Vec<Vec<u8>>> {
    let end = line.iter().position(|&b| b == 0).unwrap_or(line.len());
    let line = &line[..end];
    let mut args = Vec::new();
    let mut i = 0;
    loop {
        while i < line.len() && is_c_space(line[i]) {
            i += 1;
        }
        if i == line.len() {
            return Some(args);
        }
        let (arg, next) = split_one(line, i)?;
        args.push(arg);
        i = next;
    }
}

/// Quoting state while reading one token.
#[derive(PartialEq)]
enum Quote {
    None,
    Double,
    Single,
}

/// Reads one token starting at `i`; returns it and the index after it.
fn split_one(line: &[u8], mut i: usize) -> Option<(Vec<u8>, usize)> {
    let at = |j: usize| line.get(j).copied().unwrap_or(0);
    let mut cur = Vec::new();
    let mut quote = Quote::None;
    loop {
        let c = at(i);
        match quote {
            Quote::Double => {
                if let (b'\\', b'x', Some(h), Some(l)) = (c, at(i + 1), hex(at(i + 2)), hex(at(i + 3))) {
                    cur.push(h * 16 + l);
                    i += 4;
                    continue;
                }
                if c == b'\\' && at(i + 1) != 0 {
                    cur.push(unescape(at(i + 1)));
                    i += 2;
                    continue;
                }
                if c == b'"' {
                    return closing_quote(line, i, cur);
                }
                if c == 0 {
                    return None;
                }
                cur.push(c);
            }
            Quote::Single => {
                if c == b'\\' && at(i + 1) == b'\'' {
                    cur.push(b'\'');
                    i += 2;
                    continue;
                }
                if c == b'\'' {
                    return closing_quote(line, i, cur);
                }
                if c == 0 {
                    return None;
                }
                cur.push(c);
            }
            Quote::None => match c {
                b' ' | b'\n' | b'\r' | b'\t' | 0 => {
                    return Some((cur, (i + 1).min(line.len())));
                }
                b'"' => quote = Quote::Double,
                b'\'' => quote = Quote::Single,
                _ => cur.push(c),
            },
        }
        i += 1;
    }
}

/// Handles the closing quote at `i`: it must be followed by a space or the end.
fn closing_quote(line: &[u8], i: usize, cur: Vec<u8>) -> Option<(Vec<u8>, usize)> {
    match line.get(i + 1) {
        Some(&b) if !is_c_space(b) => None,
        _ => Some((cur, (i + 1).min(line.len()))),
    }
}

fn unescape(c: u8) -> u8 {
    match c {
        b'n' => b'\n',
        b'r' => b'\r',
        b't' => b'\t',
        b'b' => 0x08,
        b'a' => 0x07,
        other => other,
    }
}

fn hex(c: u8) -> Option<u8> {
    (c as char).to_digit(16).map(|d| d as u8)
}

/// [`split_args_bytes`] on text; non UTF-8 results of `\xHH` escapes are
/// replaced lossily.
pub fn split_args(line: &str) -> Option<Vec<String>> {
    let args = split_args_bytes(line.as_bytes())?;
    Some(args.iter().map(|a| lossy(a)).collect())
}

/// Bytes to `String`, replacing invalid UTF-8.
pub fn lossy(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

/// Splits a CONFIG SET value of a multi-argument config like Redis's
/// `sdssplitlen(value, " ")`: every single space separates, so doubled spaces
/// give empty arguments, and an empty value gives no argument at all.
pub fn split_spaces(value: &str) -> Vec<String> {
    if value.is_empty() {
        return Vec::new();
    }
    value.split(' ').map(str::to_string).collect()
}

/// Quotes bytes like Redis's `sdscatrepr`: `"..."` with `\\ \" \n \r \t \a \b`
/// escapes and `\xHH` for other non printable bytes.
pub fn repr(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len() + 2);
    out.push('"');
    for &b in bytes {
        match b {
            b'\\' => out.push_str("\\\\"),
            b'"' => out.push_str("\\\""),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            b'\t' => out.push_str("\\t"),
            0x07 => out.push_str("\\a"),
            0x08 => out.push_str("\\b"),
            0x20..=0x7e => out.push(b as char),
            _ => out.push_str(&format!("\\x{b:02x}")),
        }
    }
    out.push('"');
    out
}

/// Parses `yes`/`no` (case-insensitive) like Redis's `yesnotoi`.
pub fn parse_bool(s: &str) -> Option<bool> {
    if s.eq_ignore_ascii_case("yes") {
        Some(true)
    } else if s.eq_ignore_ascii_case("no") {
        Some(false)
    } else {
        None
    }
}

/// Redis's `memtoull`: digits followed by an optional unit among `b`, `k`
/// (1000), `kb` (1024), `m`, `mb`, `g`, `gb` (case-insensitive). A leading `-`
/// is always an error. Quirks kept: an empty number counts as 0 (`""`, `"kb"`),
/// a too large number saturates to `u64::MAX` and the multiplication wraps.
pub fn parse_memory_u64(s: &str) -> Option<u64> {
    let bytes = s.as_bytes();
    if bytes.first() == Some(&b'-') {
        return None;
    }
    let digits = bytes.iter().take_while(|b| b.is_ascii_digit()).count();
    let mul = unit_multiplier(&s[digits..])?;
    if digits >= 128 {
        return None;
    }
    let val = s[..digits].bytes().fold(0u64, |acc, d| {
        acc.checked_mul(10)
            .and_then(|v| v.checked_add(u64::from(d - b'0')))
            .unwrap_or(u64::MAX)
    });
    Some(val.wrapping_mul(mul))
}

fn unit_multiplier(unit: &str) -> Option<u64> {
    const UNITS: &[(&str, u64)] = &[
        ("", 1),
        ("b", 1),
        ("k", 1000),
        ("kb", 1024),
        ("m", 1000 * 1000),
        ("mb", 1024 * 1024),
        ("g", 1000 * 1000 * 1000),
        ("gb", 1024 * 1024 * 1024),
    ];
    UNITS
        .iter()
        .find(|(u, _)| u.eq_ignore_ascii_case(unit))
        .map(|&(_, m)| m)
}

/// [`parse_memory_u64`] as Redis stores it in a `long long`: values of 2^63
/// and more wrap to negative numbers (Redis's own conversion). Never accepts a
/// negative input.
pub fn parse_memory(s: &str) -> Option<i64> {
    parse_memory_u64(s).map(|v| v as i64)
}

/// Redis's strict `string2ll`: optional `-`, no `+`, no leading zeros, no
/// spaces, at most 20 bytes, no overflow.
pub fn parse_ll(s: &str) -> Option<i64> {
    let b = s.as_bytes();
    if b.is_empty() || b.len() >= 21 {
        return None;
    }
    if b == b"0" {
        return Some(0);
    }
    let (negative, digits) = match b.strip_prefix(b"-") {
        Some(rest) => (true, rest),
        None => (false, b),
    };
    if !matches!(digits.first(), Some(b'1'..=b'9')) || !digits.iter().all(u8::is_ascii_digit) {
        return None;
    }
    let v: u64 = std::str::from_utf8(digits).ok()?.parse().ok()?;
    if negative {
        0i64.checked_sub_unsigned(v)
    } else {
        i64::try_from(v).ok()
    }
}

/// C's `strtoll(s, &end, base)`: leading whitespace, optional sign, digits,
/// saturating on overflow. Returns the value, whether the whole string was
/// consumed (`*end == '\0'`), and whether it overflowed (`errno == ERANGE`).
/// With no digits at all, `end` is the start of the string, so only an empty
/// string counts as fully consumed.
pub fn c_strtoll(s: &str, base: u32) -> (i64, bool, bool) {
    let b = s.as_bytes();
    let mut i = b.iter().take_while(|&&c| is_c_space(c)).count();
    let negative = b.get(i) == Some(&b'-');
    if matches!(b.get(i), Some(b'-' | b'+')) {
        i += 1;
    }
    let start = i;
    let mut acc: i128 = 0;
    let mut overflow = false;
    while let Some(d) = b.get(i).and_then(|&c| (c as char).to_digit(base)) {
        acc = acc * i128::from(base) + i128::from(d);
        if acc > i128::from(i64::MAX) + 1 {
            acc = i128::from(i64::MAX) + 1;
            overflow = true;
        }
        i += 1;
    }
    if i == start {
        return (0, s.is_empty(), false);
    }
    let v = if negative { -acc } else { acc };
    let clamped = v.clamp(i128::from(i64::MIN), i128::from(i64::MAX));
    let overflow = overflow || clamped != v;
    (clamped as i64, i == b.len(), overflow)
}

/// Redis's `string2d`: a full-string `strtod` that rejects leading spaces,
/// NaN, overflow to infinity and underflow to zero.
pub fn parse_double(s: &str) -> Option<f64> {
    let first = *s.as_bytes().first()?;
    if is_c_space(first) {
        return None;
    }
    let lower = s.to_ascii_lowercase();
    let body = lower.trim_start_matches(['+', '-']);
    let is_word = matches!(body, "inf" | "infinity");
    if !is_word
        && !body
            .bytes()
            .all(|c| c.is_ascii_digit() || matches!(c, b'.' | b'e' | b'+' | b'-'))
    {
        return None;
    }
    let v: f64 = s.parse().ok()?;
    if v.is_nan() || (v.is_infinite() && !is_word) || (v == 0.0 && has_nonzero_mantissa(body)) {
        return None;
    }
    Some(v)
}

/// True when the mantissa of a decimal number has a non zero digit (so a
/// parsed zero means underflow).
fn has_nonzero_mantissa(body: &str) -> bool {
    body.split('e')
        .next()
        .unwrap_or("")
        .bytes()
        .any(|c| matches!(c, b'1'..=b'9'))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(s: &str) -> Option<Vec<String>> {
        split_args(s)
    }

    fn v(items: &[&str]) -> Option<Vec<String>> {
        Some(items.iter().map(|s| s.to_string()).collect())
    }

    #[test]
    fn split_plain() {
        assert_eq!(split("port 6379"), v(&["port", "6379"]));
        assert_eq!(split("  a \t b  "), v(&["a", "b"]));
        assert_eq!(split(""), v(&[]));
        assert_eq!(split("   "), v(&[]));
    }

    #[test]
    fn split_double_quotes() {
        assert_eq!(split(r#"a "b c" d"#), v(&["a", "b c", "d"]));
        assert_eq!(split(r#""""#), v(&[""]));
        assert_eq!(split(r#"save """#), v(&["save", ""]));
        assert_eq!(split(r#""\n\r\t\b\a\\\"\q""#), v(&["\n\r\t\x08\x07\\\"q"]));
        assert_eq!(split(r#""\x41\x4a""#), v(&["AJ"]));
        assert_eq!(split(r#""\x4""#), v(&["x4"]), "incomplete hex escape");
        assert_eq!(split_args_bytes(br#""\xff""#), Some(vec![vec![0xff]]));
        assert_eq!(split(r#"ab"cd""#), v(&["abcd"]), "quote inside a token");
    }

    #[test]
    fn split_single_quotes() {
        assert_eq!(split(r"'a b' c"), v(&["a b", "c"]));
        assert_eq!(split(r"'it\'s'"), v(&["it's"]));
        assert_eq!(split(r"'a\nb'"), v(&["a\\nb"]));
    }

    #[test]
    fn split_unbalanced() {
        assert_eq!(split(r#""abc"#), None);
        assert_eq!(split(r#""abc"def"#), None, "closing quote followed by text");
        assert_eq!(split("'abc"), None);
        assert_eq!(split("'abc'x"), None);
        assert_eq!(split(r#""abc\"#), None);
    }

    #[test]
    fn split_spaces_like_sdssplitlen() {
        assert_eq!(split_spaces(""), Vec::<String>::new());
        assert_eq!(split_spaces("a b"), vec!["a", "b"]);
        assert_eq!(split_spaces("a  b"), vec!["a", "", "b"]);
        assert_eq!(split_spaces(" "), vec!["", ""]);
    }

    #[test]
    fn repr_quotes() {
        assert_eq!(repr(b"abc"), r#""abc""#);
        assert_eq!(repr(b""), r#""""#);
        assert_eq!(repr(b"a\"b\\c\n\x01\xc3"), r#""a\"b\\c\n\x01\xc3""#);
        let back = split_args_bytes(repr(b"x y\xff").as_bytes());
        assert_eq!(back, Some(vec![b"x y\xff".to_vec()]));
    }

    #[test]
    fn bools() {
        assert_eq!(parse_bool("yes"), Some(true));
        assert_eq!(parse_bool("YeS"), Some(true));
        assert_eq!(parse_bool("no"), Some(false));
        assert_eq!(parse_bool("1"), None);
        assert_eq!(parse_bool("true"), None);
    }

    #[test]
    fn memory() {
        assert_eq!(parse_memory("0"), Some(0));
        assert_eq!(parse_memory("100"), Some(100));
        assert_eq!(parse_memory("1b"), Some(1));
        assert_eq!(parse_memory("1k"), Some(1000));
        assert_eq!(parse_memory("1kb"), Some(1024));
        assert_eq!(parse_memory("1KB"), Some(1024));
        assert_eq!(parse_memory("2m"), Some(2_000_000));
        assert_eq!(parse_memory("2Mb"), Some(2 * 1024 * 1024));
        assert_eq!(parse_memory("1g"), Some(1_000_000_000));
        assert_eq!(parse_memory("1gb"), Some(1 << 30));
        assert_eq!(parse_memory("-1"), None);
        assert_eq!(parse_memory("1.5gb"), None);
        assert_eq!(parse_memory("1 gb"), None);
        assert_eq!(parse_memory("1tb"), None);
        assert_eq!(parse_memory("+1"), None);
        // Quirks of memtoull.
        assert_eq!(parse_memory(""), Some(0));
        assert_eq!(parse_memory("kb"), Some(0));
        assert_eq!(parse_memory_u64("99999999999999999999999"), Some(u64::MAX));
        assert_eq!(parse_memory_u64("20000000000gb"), Some(3028092406290448384));
        assert_eq!(parse_memory(&"1".repeat(128)), None);
    }

    #[test]
    fn string2ll() {
        assert_eq!(parse_ll("0"), Some(0));
        assert_eq!(parse_ll("-5"), Some(-5));
        assert_eq!(parse_ll("9223372036854775807"), Some(i64::MAX));
        assert_eq!(parse_ll("-9223372036854775808"), Some(i64::MIN));
        assert_eq!(parse_ll("9223372036854775808"), None);
        assert_eq!(parse_ll("007"), None);
        assert_eq!(parse_ll("-0"), None);
        assert_eq!(parse_ll("+1"), None);
        assert_eq!(parse_ll(" 1"), None);
        assert_eq!(parse_ll(""), None);
        assert_eq!(parse_ll("-"), None);
        assert_eq!(parse_ll("1k"), None);
    }

    #[test]
    fn strtoll() {
        assert_eq!(c_strtoll("42", 10), (42, true, false));
        assert_eq!(c_strtoll(" +42", 10), (42, true, false));
        assert_eq!(c_strtoll("-7x", 10), (-7, false, false));
        assert_eq!(c_strtoll("", 10), (0, true, false));
        assert_eq!(c_strtoll(" ", 10), (0, false, false));
        assert_eq!(c_strtoll("+", 10), (0, false, false));
        assert_eq!(c_strtoll("99999999999999999999", 10), (i64::MAX, true, true));
        assert_eq!(c_strtoll("-99999999999999999999", 10), (i64::MIN, true, true));
        assert_eq!(c_strtoll("-9223372036854775808", 10), (i64::MIN, true, false));
        assert_eq!(c_strtoll("0777", 8), (0o777, true, false));
        assert_eq!(c_strtoll("8", 8), (0, false, false));
    }

    #[test]
    fn doubles() {
        assert_eq!(parse_double("99.9"), Some(99.9));
        assert_eq!(parse_double("1e2"), Some(100.0));
        assert_eq!(parse_double("-0.5"), Some(-0.5));
        assert_eq!(parse_double("inf"), Some(f64::INFINITY));
        assert_eq!(parse_double(" 1"), None);
        assert_eq!(parse_double("1 "), None);
        assert_eq!(parse_double("abc"), None);
        assert_eq!(parse_double("nan"), None);
        assert_eq!(parse_double(""), None);
        assert_eq!(parse_double("1e999"), None);
        assert_eq!(parse_double("1e-999"), None);
        assert_eq!(parse_double("0.0"), Some(0.0));
    }
}
