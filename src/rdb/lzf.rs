//! LZF (liblzf) compression as Redis uses it for RDB strings.
//!
//! Format: a control byte `c`; `c < 32` is a run of `c + 1` literal bytes;
//! otherwise a back reference of length `(c >> 5) + 2` (7 means an extra
//! length byte follows) at distance `((c & 0x1f) << 8) + next byte + 1`.

const MAX_LIT: usize = 32;
const MAX_OFF: usize = 1 << 13;
const MAX_REF: usize = (1 << 8) + (1 << 3);
const HLOG: u32 = 16;

/// Decompress `data`, which must expand to exactly `out_len` bytes.
pub fn decompress(data: &[u8], out_len: usize) -> Option<Vec<u8>> {
    // A back reference (at most 3 bytes) yields at most 264 bytes.
    if out_len > data.len().saturating_mul(MAX_REF) {
        return None;
    }
    let mut out = Vec::with_capacity(out_len);
    let mut i = 0;
    while i < data.len() {
        let c = usize::from(data[i]);
        i += 1;
        if c < 32 {
            let run = data.get(i..i + c + 1)?;
            out.extend_from_slice(run);
            i += c + 1;
        } else {
            let mut len = c >> 5;
            if len == 7 {
                len += usize::from(*data.get(i)?);
                i += 1;
            }
            let back = ((c & 0x1f) << 8) + usize::from(*data.get(i)?) + 1;
            i += 1;
            let start = out.len().checked_sub(back)?;
            for k in 0..len + 2 {
                let b = out[start + k];
                out.push(b);
            }
        }
        if out.len() > out_len {
            return None;
        }
    }
    (out.len() == out_len).then_some(out)
}

/// liblzf's hash slot of the rolling 3-byte value (VERY_FAST variant).
fn idx(h: u32) -> usize {
    ((h >> (24 - HLOG)).wrapping_sub(h.wrapping_mul(5)) & ((1 << HLOG) - 1)) as usize
}

/// Length of the match at `ip` against `r` (liblzf's loop, quirks included:
/// the unrolled part may run past `maxlen`, still within the input).
fn match_len(input: &[u8], r: usize, ip: usize, maxlen: usize) -> usize {
    let mut len = 2;
    if maxlen > 16 {
        for _ in 0..16 {
            len += 1;
            if input[r + len] != input[ip + len] {
                return len;
            }
        }
    }
    loop {
        len += 1;
        if !(len < maxlen && input[r + len] == input[ip + len]) {
            return len;
        }
    }
}

/// Compress `input` exactly as Redis's liblzf does (HLOG 16, VERY_FAST), so
/// payloads are byte-identical to Redis's; None when the output would not
/// fit in `out_len` bytes (Redis passes `len - 4`).
pub fn compress(input: &[u8], out_len: usize) -> Option<Vec<u8>> {
    let in_len = input.len();
    if in_len == 0 || out_len == 0 {
        return None;
    }
    let mut out = vec![0u8; out_len];
    // Slot value 0 means empty: liblzf never references position 0.
    let mut htab = vec![0usize; 1 << HLOG];
    let (mut ip, mut op, mut lit) = (0usize, 1usize, 0usize);
    let frst = |p: usize| (u32::from(input[p]) << 8) | u32::from(input.get(p + 1).copied().unwrap_or(0));
    let next = |v: u32, p: usize| (v << 8) | u32::from(input[p + 2]);
    let mut hval = frst(0);
    while ip + 2 < in_len {
        hval = next(hval, ip);
        let slot = idx(hval);
        let r = htab[slot];
        htab[slot] = ip;
        if r > 0 && r < ip && ip - r - 1 < MAX_OFF && input[r..r + 3] == input[ip..ip + 3] {
            let off = ip - r - 1;
            let maxlen = (in_len - ip - 2).min(MAX_REF);
            if op + 4 >= out_len && op - usize::from(lit == 0) + 4 >= out_len {
                return None;
            }
            out[op - lit - 1] = (lit as u8).wrapping_sub(1);
            op -= usize::from(lit == 0);
            let len = match_len(input, r, ip, maxlen) - 2;
            ip += 1;
            if len < 7 {
                out[op] = (off >> 8) as u8 + ((len as u8) << 5);
                op += 1;
            } else {
                out[op] = (off >> 8) as u8 + (7 << 5);
                out[op + 1] = (len - 7) as u8;
                op += 2;
            }
            out[op] = off as u8;
            op += 2; // the offset byte, then room for the next run's control byte
            lit = 0;
            ip += len + 1;
            if ip + 2 >= in_len {
                break;
            }
            ip -= 2;
            hval = next(frst(ip), ip);
            htab[idx(hval)] = ip;
            ip += 1;
            hval = next(hval, ip);
            htab[idx(hval)] = ip;
            ip += 1;
        } else {
            if op >= out_len {
                return None;
            }
            push_literal(&mut out, &mut op, &mut lit, input[ip]);
            ip += 1;
        }
    }
    if op + 3 > out_len {
        return None;
    }
    while ip < in_len {
        push_literal(&mut out, &mut op, &mut lit, input[ip]);
        ip += 1;
    }
    out[op - lit - 1] = (lit as u8).wrapping_sub(1);
    op -= usize::from(lit == 0);
    out.truncate(op);
    Some(out)
}

fn push_literal(out: &mut [u8], op: &mut usize, lit: &mut usize, byte: u8) {
    *lit += 1;
    out[*op] = byte;
    *op += 1;
    if *lit == MAX_LIT {
        out[*op - *lit - 1] = (*lit - 1) as u8;
        *lit = 0;
        *op += 1;
    }
}
