//! Glob-style pattern matching with exactly the semantics of Redis 7.0's
//! `stringmatchlen()` (used by KEYS, SCAN MATCH, CONFIG GET, PSUBSCRIBE, ...).
//!
//! Supported syntax: `*` (any run of bytes), `?` (any one byte), `[...]`
//! classes with ranges (`a-z`, reversed ranges are swapped), `^` negation and
//! `\` escapes, and `\` escapes outside classes. Quirks kept on purpose:
//!
//! * an empty subject only matches an empty pattern (`*` does not match `""`;
//!   Redis special-cases a lone `*` in KEYS/SCAN before calling the matcher);
//! * an unterminated class (`[abc`) consumes the rest of the pattern;
//! * bytes >= 0x80 compare as C's signed `char` inside ranges;
//! * case folding (`nocase`) is ASCII only; an escaped byte inside a class is
//!   compared case-sensitively.
//!
//! Redis 7.0 avoids exponential backtracking by giving up as soon as the part
//! after a `*` fails to match at every remaining position ("skip longer
//! matches"). That is equivalent to remembering only the most recent `*`, which
//! is what this iterative implementation does: O(pattern * subject) time, no
//! recursion, so no stack overflow on long patterns such as `a*a*a*...b`.

/// Returns true when `s` matches the glob `pattern` (Redis `stringmatchlen`).
pub fn glob_match(pattern: &[u8], s: &[u8], nocase: bool) -> bool {
    if s.is_empty() {
        return pattern.is_empty();
    }
    let mut pi = 0;
    let mut si = 0;
    // Pattern index just after the last `*`, and the subject index it was
    // last tried at.
    let mut star: Option<(usize, usize)> = None;
    loop {
        if let Some(next) = step(pattern, pi, s[si], nocase, &mut star, si) {
            match next {
                Step::MatchAll => return true,
                Step::Retry(p) => {
                    pi = p;
                    continue;
                }
                Step::Consumed(p) => {
                    pi = p;
                    si += 1;
                    if si < s.len() {
                        continue;
                    }
                    while pattern.get(pi) == Some(&b'*') {
                        pi += 1;
                    }
                    if pi == pattern.len() {
                        return true;
                    }
                }
            }
        }
        // Mismatch: retry the part after the last `*` one byte further on.
        match star {
            Some((sp, ss)) if ss + 1 < s.len() => {
                star = Some((sp, ss + 1));
                pi = sp;
                si = ss + 1;
            }
            _ => return false,
        }
    }
}

/// Outcome of matching one pattern element against the current subject byte.
enum Step {
    /// The pattern ends with `*`: everything that is left matches.
    MatchAll,
    /// A `*` was recorded; continue matching at this pattern index.
    Retry(usize),
    /// One subject byte consumed; continue at this pattern index.
    Consumed(usize),
}

/// Matches the element at `pattern[pi]` against byte `c`; `None` on mismatch
/// (including an exhausted pattern).
fn step(pattern: &[u8], pi: usize, c: u8, nocase: bool, star: &mut Option<(usize, usize)>, si: usize) -> Option<Step> {
    let p = *pattern.get(pi)?;
    match p {
        b'*' => {
            let mut pi = pi;
            while at(pattern, pi + 1) == b'*' {
                pi += 1;
            }
            if pi + 1 == pattern.len() {
                return Some(Step::MatchAll);
            }
            *star = Some((pi + 1, si));
            Some(Step::Retry(pi + 1))
        }
        b'?' => Some(Step::Consumed(pi + 1)),
        b'[' => match_class(pattern, pi + 1, c, nocase).map(Step::Consumed),
        b'\\' => {
            let pi = if pattern.len() - pi >= 2 { pi + 1 } else { pi };
            same(pattern[pi], c, nocase).then_some(Step::Consumed(pi + 1))
        }
        _ => same(p, c, nocase).then_some(Step::Consumed(pi + 1)),
    }
}

/// Matches a `[...]` class starting just after the `[`; returns the pattern
/// index after the class when `c` matches it.
fn match_class(pattern: &[u8], mut pi: usize, c: u8, nocase: bool) -> Option<usize> {
    let len = pattern.len();
    let not = at(pattern, pi) == b'^';
    if not {
        pi += 1;
    }
    let mut matched = false;
    loop {
        let left = len.saturating_sub(pi);
        let p = at(pattern, pi);
        if p == b'\\' && left >= 2 {
            pi += 1;
            if pattern[pi] == c {
                matched = true;
            }
        } else if p == b']' {
            break;
        } else if left == 0 {
            // Unterminated class: stay on the last byte, the caller steps past it.
            pi -= 1;
            break;
        } else if left >= 3 && pattern[pi + 1] == b'-' {
            matched |= in_range(p, pattern[pi + 2], c, nocase);
            pi += 2;
        } else if same(p, c, nocase) {
            matched = true;
        }
        pi += 1;
    }
    (matched != not).then_some(pi + 1)
}

/// Range test with C's signed `char` ordering; reversed ranges are swapped.
fn in_range(a: u8, b: u8, c: u8, nocase: bool) -> bool {
    let (mut start, mut end, mut c) = (signed(a), signed(b), signed(c));
    if start > end {
        std::mem::swap(&mut start, &mut end);
    }
    if nocase {
        start = lower(start);
        end = lower(end);
        c = lower(c);
    }
    c >= start && c <= end
}

/// The pattern byte at `i`, or NUL past the end (like reading the C string's
/// terminator).
fn at(pattern: &[u8], i: usize) -> u8 {
    pattern.get(i).copied().unwrap_or(0)
}

fn same(a: u8, b: u8, nocase: bool) -> bool {
    if nocase { a.eq_ignore_ascii_case(&b) } else { a == b }
}

fn signed(b: u8) -> i32 {
    i32::from(b as i8)
}

fn lower(c: i32) -> i32 {
    if (i32::from(b'A')..=i32::from(b'Z')).contains(&c) {
        c + 32
    } else {
        c
    }
}

#[cfg(test)]
mod tests {
    use super::glob_match;

    fn m(p: &str, s: &str) -> bool {
        glob_match(p.as_bytes(), s.as_bytes(), false)
    }

    fn mi(p: &str, s: &str) -> bool {
        glob_match(p.as_bytes(), s.as_bytes(), true)
    }

    #[test]
    fn literals_and_wildcards() {
        assert!(m("hello", "hello"));
        assert!(!m("hello", "hellO"));
        assert!(mi("hello", "HeLLo"));
        assert!(m("h?llo", "hallo"));
        assert!(!m("h?llo", "hllo"));
        assert!(m("h*llo", "hllo"));
        assert!(m("h*llo", "heeeello"));
        assert!(m("*", "anything"));
        assert!(m("**", "x"));
        assert!(m("a*", "a"));
        assert!(m("a**", "a"));
        assert!(m("*a", "a"));
        assert!(!m("*a", "b"));
        assert!(m("a*b*c", "aXbYc"));
        assert!(!m("a*b*c", "aXbY"));
        assert!(!m("abc", "ab"));
        assert!(!m("ab", "abc"));
    }

    #[test]
    fn empty_subject_only_matches_empty_pattern() {
        assert!(m("", ""));
        assert!(!m("*", ""));
        assert!(!m("?", ""));
        assert!(!m("", "a"));
    }

    #[test]
    fn classes() {
        assert!(m("h[ae]llo", "hello"));
        assert!(m("h[ae]llo", "hallo"));
        assert!(!m("h[ae]llo", "hillo"));
        assert!(m("h[^e]llo", "hallo"));
        assert!(!m("h[^e]llo", "hello"));
        assert!(m("h[a-b]llo", "hbllo"));
        assert!(m("h[b-a]llo", "hallo"), "reversed range");
        assert!(!m("h[a-b]llo", "hcllo"));
        assert!(mi("[A-C]", "b"));
        assert!(mi("[a-c]", "B"));
        assert!(!m("[A-C]", "b"));
        assert!(m("[\\]]", "]"));
        assert!(m("[\\-]", "-"));
        assert!(!m("[]", "x"));
        assert!(m("[^]", "x"));
    }

    #[test]
    fn class_quirks() {
        // Unterminated class consumes the rest of the pattern.
        assert!(m("[abc", "a"));
        assert!(m("[abc", "c"));
        assert!(!m("[abc", "ab"));
        assert!(!m("[", "a"));
        // "[a-]" treats ']' as the range end (']' < 'a' so the range is ]..a).
        assert!(m("[a-]", "a"));
        assert!(m("[a-]", "_"));
        // An escaped byte in a class is compared case-sensitively.
        assert!(!mi("[\\A]", "a"));
        assert!(mi("[A]", "a"));
        // "[]a]" is an empty class (never matches) followed by "a]".
        assert!(!m("[]a]", "a]"));
        assert!(!m("[]a]", "xa]"));
    }

    #[test]
    fn escapes() {
        assert!(m("\\*", "*"));
        assert!(!m("\\*", "a"));
        assert!(m("\\?", "?"));
        assert!(m("a\\", "a\\"), "trailing backslash is literal");
        assert!(mi("\\A", "a"));
    }

    #[test]
    fn high_bytes_are_signed_in_ranges() {
        // 0xC3 is negative as a C char, so it is below 'a' and inside [\x80-a].
        assert!(glob_match(b"[\x80-a]", b"\xc3", false));
        assert!(!glob_match(b"[a-\xff]", b"\xc3", false));
        assert!(glob_match(b"\xc3*", b"\xc3\xa9", true));
    }

    #[test]
    fn no_exponential_blowup() {
        let pattern = format!("{}b", "a*".repeat(5000));
        let subject = "a".repeat(20000);
        assert!(!m(&pattern, &subject));
        let pattern = "*a".repeat(30) + "*";
        assert!(m(&pattern, &"a".repeat(30)));
        assert!(!m(&pattern, &"a".repeat(29)));
    }

    #[test]
    fn backtracking_is_correct() {
        assert!(m("*ab", "aab"));
        assert!(m("*aab", "aaab"));
        assert!(m("a*ab*b", "aabb"));
        assert!(m("*?b", "ab"));
        assert!(!m("*?b", "b"));
        assert!(m("*a*b*c*", "xxaxxbxxcxx"));
        assert!(!m("*a*b*c*", "xxaxxcxxbxx"));
        assert!(m("user:*:name", "user:1000:name"));
        assert!(!m("user:*:name", "user:1000:names"));
    }
}
