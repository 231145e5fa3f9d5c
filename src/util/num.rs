//! Number parsing and formatting with Redis's exact rules.
//!
//! `string2ll` accepts exactly what Redis's util.c string2ll accepts: an optional
//! `-`, no leading zeros, no spaces, no `+`, at most 20 characters, no overflow.

/// Parse a signed 64-bit integer the way Redis's string2ll does.
pub fn string2ll(s: &[u8]) -> Option<i64> {
    if s.is_empty() || s.len() > 20 {
        return None;
    }
    if s == b"0" {
        return Some(0);
    }
    let (negative, digits) = match s[0] {
        b'-' => (true, &s[1..]),
        _ => (false, s),
    };
    match digits.first() {
        Some(b'1'..=b'9') => {}
        _ => return None,
    }
    let mut v: u64 = 0;
    for &c in digits {
        if !c.is_ascii_digit() {
            return None;
        }
        v = v.checked_mul(10)?.checked_add((c - b'0') as u64)?;
    }
    if negative {
        if v > (i64::MAX as u64) + 1 {
            return None;
        }
        Some((v as i64).wrapping_neg())
    } else {
        i64::try_from(v).ok()
    }
}

/// Parse a SCAN/HSCAN/SSCAN/ZSCAN cursor as Redis's parseScanCursorOrReply
/// (C strtoul): optional sign, decimal digits, nothing after them but a NUL;
/// a negative value wraps; overflow, a leading space or other trailing bytes
/// are errors; an empty argument is cursor 0.
pub fn parse_scan_cursor(arg: &[u8]) -> Option<u64> {
    if arg.first().is_some_and(|c| c.is_ascii_whitespace() || *c == 0x0b) {
        return None;
    }
    let (negative, body) = match arg.first() {
        Some(b'-') => (true, &arg[1..]),
        Some(b'+') => (false, &arg[1..]),
        _ => (false, arg),
    };
    let digits = body.iter().take_while(|c| c.is_ascii_digit()).count();
    // No digits: nothing is converted; fine only when nothing (or a NUL) follows.
    let rest = if digits == 0 { arg } else { &body[digits..] };
    if rest.first().is_some_and(|&c| c != 0) {
        return None;
    }
    let mut v: u64 = 0;
    for &c in &body[..digits] {
        v = v.checked_mul(10)?.checked_add((c - b'0') as u64)?;
    }
    Some(if negative { v.wrapping_neg() } else { v })
}

/// Parse a long double the way Redis's string2ld does (used by INCRBYFLOAT):
/// no leading space, no trailing garbage, not NaN.
pub fn string2ld(s: &[u8]) -> Option<f64> {
    parse_float(s, false)
}

/// Parse a double like Redis's getDoubleFromObject / strtod: rejects leading
/// spaces, trailing garbage and NaN; accepts `inf`, `-inf`, `+inf`.
pub fn string2d(s: &[u8]) -> Option<f64> {
    parse_float(s, true)
}

fn parse_float(s: &[u8], _allow_inf: bool) -> Option<f64> {
    if s.is_empty() || s.len() > 5120 || s[0].is_ascii_whitespace() {
        return None;
    }
    let text = std::str::from_utf8(s).ok()?;
    let lower = text.to_ascii_lowercase();
    let value = match lower.as_str() {
        "inf" | "+inf" | "infinity" | "+infinity" => f64::INFINITY,
        "-inf" | "-infinity" => f64::NEG_INFINITY,
        _ => {
            if !text
                .bytes()
                .all(|c| c.is_ascii_digit() || matches!(c, b'.' | b'-' | b'+' | b'e' | b'E'))
            {
                return None;
            }
            text.parse::<f64>().ok()?
        }
    };
    if value.is_nan() { None } else { Some(value) }
}

/// Append the decimal form of `v` to `out` without going through `fmt`.
/// Lengths and counts in replies are mostly one or two digits: those take
/// a single push.
pub fn push_i64(out: &mut Vec<u8>, v: i64) {
    if (0..10).contains(&v) {
        out.push(b'0' + v as u8);
        return;
    }
    if (10..100).contains(&v) {
        out.extend_from_slice(&[b'0' + (v / 10) as u8, b'0' + (v % 10) as u8]);
        return;
    }
    let mut tmp = [0u8; 20];
    let mut n = v.unsigned_abs();
    let mut i = tmp.len();
    loop {
        i -= 1;
        tmp[i] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    if v < 0 {
        out.push(b'-');
    }
    out.extend_from_slice(&tmp[i..]);
}

/// The decimal form of `v` as bytes.
pub fn i64_bytes(v: i64) -> Vec<u8> {
    let mut out = Vec::with_capacity(20);
    push_i64(&mut out, v);
    out
}

/// Format a float as Redis's INCRBYFLOAT does (`%.17Lg`, then trailing zeros
/// after the point removed): human friendly, no exponent for ordinary values.
pub fn format_long_double(v: f64) -> String {
    if v.is_infinite() {
        return if v > 0.0 { "inf".into() } else { "-inf".into() };
    }
    // %.17Lg with long double yields the shortest exact-ish decimal for
    // values a double can hold; Rust's shortest round-trip Display matches
    // it for finite doubles in the ranges Redis prints without exponent.
    let abs = v.abs();
    if abs != 0.0 && !(1e-5..1e17).contains(&abs) {
        return format_g17(v);
    }
    let s = format!("{}", v);
    if s == "-0" { "-0".into() } else { s }
}

/// `%.17g` formatting, as Redis uses for doubles in replies (ZSCORE etc.).
pub fn format_g17(v: f64) -> String {
    if v.is_infinite() {
        return if v > 0.0 { "inf".into() } else { "-inf".into() };
    }
    if v == 0.0 {
        return if v.is_sign_negative() { "-0".into() } else { "0".into() };
    }
    // C's %g: exponent form when the decimal exponent is below -4 or at
    // least the precision (17). Take the exponent from the rounded value.
    let sci = format!("{:.16e}", v);
    let exp: i32 = sci.split_once('e').and_then(|(_, e)| e.parse().ok()).unwrap_or(0);
    if (-4..17).contains(&exp) {
        let decimals = (16 - exp).max(0) as usize;
        let s = format!("{:.*}", decimals, v);
        trim_fraction(&s)
    } else {
        let s = format!("{:.16e}", v);
        let (mantissa, e) = s.split_once('e').unwrap_or((&s, "0"));
        let mantissa = trim_fraction(mantissa);
        let e: i32 = e.parse().unwrap_or(0);
        format!("{}e{}{:02}", mantissa, if e < 0 { '-' } else { '+' }, e.abs())
    }
}

fn trim_fraction(s: &str) -> String {
    if s.contains('.') {
        s.trim_end_matches('0').trim_end_matches('.').to_string()
    } else {
        s.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn string2ll_accepts_what_redis_accepts() {
        assert_eq!(string2ll(b"0"), Some(0));
        assert_eq!(string2ll(b"123"), Some(123));
        assert_eq!(string2ll(b"-9223372036854775808"), Some(i64::MIN));
        assert_eq!(string2ll(b"9223372036854775807"), Some(i64::MAX));
    }

    #[test]
    fn string2ll_rejects_what_redis_rejects() {
        for bad in [
            &b""[..],
            b"-",
            b"01",
            b"+1",
            b" 1",
            b"1 ",
            b"-0",
            b"9223372036854775808",
            b"-9223372036854775809",
            b"1a",
            b"123456789012345678901",
        ] {
            assert_eq!(string2ll(bad), None, "{:?}", String::from_utf8_lossy(bad));
        }
    }

    #[test]
    fn scan_cursors_parse_like_strtoul() {
        assert_eq!(parse_scan_cursor(b""), Some(0));
        assert_eq!(parse_scan_cursor(b"007"), Some(7));
        assert_eq!(parse_scan_cursor(b"+3"), Some(3));
        assert_eq!(parse_scan_cursor(b"-1"), Some(u64::MAX));
        assert_eq!(parse_scan_cursor(b"5\0x"), Some(5));
        assert_eq!(parse_scan_cursor(b" 1"), None);
        assert_eq!(parse_scan_cursor(b"1a"), None);
        assert_eq!(parse_scan_cursor(b"-"), None);
        assert_eq!(parse_scan_cursor(b"18446744073709551616"), None);
    }

    #[test]
    fn push_i64_formats_extremes() {
        for v in [0, 7, -7, i64::MIN, i64::MAX, 1000] {
            let mut out = Vec::new();
            push_i64(&mut out, v);
            assert_eq!(out, v.to_string().into_bytes());
        }
    }

    #[test]
    fn long_double_format() {
        assert_eq!(format_long_double(10.5), "10.5");
        assert_eq!(format_long_double(3.0), "3");
        assert_eq!(format_long_double(5.0e3), "5000");
        assert_eq!(format_long_double(-0.1), "-0.1");
    }

    #[test]
    fn g17_format() {
        assert_eq!(format_g17(1.5), "1.5");
        assert_eq!(format_g17(0.1), "0.10000000000000001");
        assert_eq!(format_g17(1e20), "1e+20");
        assert_eq!(format_g17(f64::INFINITY), "inf");
        assert_eq!(format_g17(1e-5), "1.0000000000000001e-05");
        assert_eq!(format_g17(0.0001), "0.0001");
        assert_eq!(format_g17(123456.5), "123456.5");
    }
}
