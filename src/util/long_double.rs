//! x87 80-bit extended precision (`long double` on x86_64 Linux) in software, exactly as far as
//! INCRBYFLOAT and HINCRBYFLOAT need it.
//!
//! Redis 7.0 parses both operands with `string2ld` (glibc `strtold` plus extra rejections), adds
//! them in `long double`, refuses a NaN or infinite sum, and stores the sum as printed by
//! `ld2string(LD_STR_HUMAN)`: `%.17Lf`, trailing zeros and then a trailing `.` removed, `-0`
//! turned into `0`. Rust has no 80-bit float, so this module models one:
//!
//! - [`LongDouble::parse`] rounds decimal and hexadecimal input correctly to a 64-bit mantissa
//!   with round-half-even (as glibc does, using exact big-integer arithmetic), including
//!   subnormals, and applies string2ld's rejections (empty, 5120+ bytes, leading space, trailing
//!   garbage, NaN, overflow to infinity, underflow of a non-zero literal to zero).
//! - [`LongDouble::add`] is the x87 `fadd` in extended precision, round to nearest even.
//! - [`LongDouble::to_human_string`] prints the exact binary value rounded half-even at the 17th
//!   decimal, like glibc's `printf("%.17Lf")`, then trims as ld2string does.

use std::cmp::Ordering;

/// Redis's MAX_LONG_DOUBLE_CHARS: string2ld rejects inputs of this length or more.
const MAX_LONG_DOUBLE_CHARS: usize = 5 * 1024;
/// Value of the mantissa's least significant bit for subnormals and the smallest normals:
/// a finite value is `mantissa * 2^exponent` with `exponent >= MIN_EXP`.
const MIN_EXP: i64 = -16445;
/// Largest `exponent` of a finite value: `(2^64 - 1) * 2^16320` is the largest long double.
const MAX_EXP: i64 = 16320;
/// Bias of the 15-bit exponent field: a normal value is `mantissa * 2^(field - BIAS - 63)`.
const BIAS: i64 = 16383;
const TOP_BIT: u64 = 1 << 63;

const NOT_A_FLOAT: &str = "ERR value is not a valid float";
const NAN_OR_INF: &str = "ERR increment would produce NaN or Infinity";

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Class {
    Finite,
    Infinite,
    Nan,
}

/// An x87 80-bit extended-precision value.
///
/// Finite values are `±mantissa * 2^exponent`. Invariant: a non-zero finite value either has
/// the mantissa's top bit set (normal) or has `exponent == MIN_EXP` (subnormal); zero has
/// mantissa 0 and exponent MIN_EXP; infinities and NaN have mantissa 0 and exponent 0.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct LongDouble {
    negative: bool,
    class: Class,
    mantissa: u64,
    exponent: i32,
}

impl LongDouble {
    /// Positive zero.
    pub const ZERO: LongDouble = LongDouble::zero(false);

    const fn zero(negative: bool) -> LongDouble {
        LongDouble {
            negative,
            class: Class::Finite,
            mantissa: 0,
            exponent: MIN_EXP as i32,
        }
    }

    const fn infinity(negative: bool) -> LongDouble {
        LongDouble {
            negative,
            class: Class::Infinite,
            mantissa: 0,
            exponent: 0,
        }
    }

    const fn nan() -> LongDouble {
        // The x87 "real indefinite" produced by inf - inf has its sign bit set.
        LongDouble {
            negative: true,
            class: Class::Nan,
            mantissa: 0,
            exponent: 0,
        }
    }

    /// A finite value already rounded: `mantissa * 2^exponent`, mantissa normalized unless the
    /// exponent is MIN_EXP.
    fn finite(negative: bool, mantissa: u64, exponent: i64) -> LongDouble {
        debug_assert!((MIN_EXP..=MAX_EXP).contains(&exponent));
        debug_assert!(mantissa >= TOP_BIT || exponent == MIN_EXP);
        LongDouble {
            negative,
            class: Class::Finite,
            mantissa,
            exponent: exponent as i32,
        }
    }

    /// Redis's string2ld: None when Redis would reject the input.
    pub fn parse(s: &[u8]) -> Option<LongDouble> {
        if s.is_empty() || s.len() >= MAX_LONG_DOUBLE_CHARS {
            return None;
        }
        let (negative, body) = match s[0] {
            b'-' => (true, &s[1..]),
            b'+' => (false, &s[1..]),
            _ => (false, s),
        };
        if body.eq_ignore_ascii_case(b"inf") || body.eq_ignore_ascii_case(b"infinity") {
            return Some(LongDouble::infinity(negative));
        }
        // Anything else strtold accepts starts with a digit or '.'; "nan..." is rejected by
        // string2ld and leading white space by its isspace() check.
        let (value, nonzero_literal) = if body.len() > 2 && body[0] == b'0' && (body[1] | 0x20) == b'x' {
            parse_hex(negative, &body[2..])?
        } else {
            parse_decimal(negative, body)?
        };
        // strtold's ERANGE results that string2ld rejects: overflow to HUGE_VAL and underflow
        // of a non-zero literal to zero. Subnormal results are kept.
        if !value.is_finite() || (nonzero_literal && value.mantissa == 0) {
            return None;
        }
        Some(value)
    }

    /// Round-to-nearest-even addition, exactly as the x87 FPU in extended precision.
    /// (Also available as `a + b`; the inherent method needs no trait import.)
    #[allow(clippy::should_implement_trait)]
    pub fn add(self, other: LongDouble) -> LongDouble {
        match (self.class, other.class) {
            (Class::Nan, _) | (_, Class::Nan) => return LongDouble::nan(),
            (Class::Infinite, Class::Infinite) if self.negative != other.negative => {
                return LongDouble::nan();
            }
            (Class::Infinite, _) => return self,
            (_, Class::Infinite) => return other,
            (Class::Finite, Class::Finite) => {}
        }
        if self.mantissa == 0 && other.mantissa == 0 {
            // -0 + -0 is -0; any other sum of zeros is +0.
            return LongDouble::zero(self.negative && other.negative);
        }
        if self.mantissa == 0 {
            return other;
        }
        if other.mantissa == 0 {
            return self;
        }
        let (hi, lo) = if self.exponent >= other.exponent {
            (self, other)
        } else {
            (other, self)
        };
        let hi_exp = i64::from(hi.exponent);
        // When `lo` is far below `hi`'s last bit only its sign matters for rounding: here `hi`
        // is normal and |lo| < 2^(hi_exp - 76), far less than a quarter of `hi`'s ulp, so any
        // smaller non-zero stand-in of the same sign rounds identically.
        let (lo_mantissa, lo_exp) = if hi_exp - i64::from(lo.exponent) > 140 {
            (1, hi_exp - 140)
        } else {
            (lo.mantissa, i64::from(lo.exponent))
        };
        let a = Big::from_u64(hi.mantissa).shl((hi_exp - lo_exp) as u64);
        let b = Big::from_u64(lo_mantissa);
        let (negative, sum) = if hi.negative == lo.negative {
            (hi.negative, a.add(&b))
        } else {
            match a.cmp(&b) {
                Ordering::Greater => (hi.negative, a.sub(&b)),
                Ordering::Less => (lo.negative, b.sub(&a)),
                // An exact zero from operands of opposite signs is +0 when rounding to nearest.
                Ordering::Equal => return LongDouble::ZERO,
            }
        };
        round_ratio(negative, &sum, &Big::from_u64(1), lo_exp)
    }

    /// Neither infinite nor NaN.
    pub fn is_finite(&self) -> bool {
        self.class == Class::Finite
    }

    /// Redis's ld2string(LD_STR_HUMAN): "%.17Lf" with glibc's exact decimal rounding, trailing
    /// zeros and dot trimmed, "-0" -> "0". Infinities print as "inf" / "-inf".
    pub fn to_human_string(&self) -> String {
        let sign = if self.negative { "-" } else { "" };
        match self.class {
            Class::Infinite => return format!("{sign}inf"),
            Class::Nan => return format!("{sign}nan"),
            Class::Finite => {}
        }
        const SCALE: u128 = 100_000_000_000_000_000; // 10^17
        let (int_part, fraction) = if self.exponent >= 0 {
            (Big::from_u64(self.mantissa).shl(self.exponent as u64).to_decimal(), 0)
        } else if self.exponent <= -122 {
            // mantissa * 10^17 < 2^121: the value is below half a unit of the 17th decimal.
            ("0".to_string(), 0)
        } else {
            let shift = (-self.exponent) as u32;
            let scaled = u128::from(self.mantissa) * SCALE;
            let mut units = scaled >> shift;
            let rest = scaled & ((1u128 << shift) - 1);
            let half = 1u128 << (shift - 1);
            if rest > half || (rest == half && units & 1 == 1) {
                units += 1;
            }
            ((units / SCALE).to_string(), units % SCALE)
        };
        let mut out = format!("{sign}{int_part}.{fraction:017}");
        let trimmed = out.trim_end_matches('0').trim_end_matches('.').len();
        out.truncate(trimmed);
        if out == "-0" {
            out = "0".to_string();
        }
        out
    }

    /// The value in x87 memory layout: (sign bit and 15-bit biased exponent, 64-bit mantissa
    /// with explicit integer bit), i.e. bytes 8..10 and 0..8 of a stored `long double`.
    pub fn to_x87_bits(&self) -> (u16, u64) {
        let sign = if self.negative { 0x8000 } else { 0 };
        match self.class {
            Class::Infinite => (sign | 0x7fff, TOP_BIT),
            Class::Nan => (sign | 0x7fff, 0xc000_0000_0000_0000),
            Class::Finite if self.mantissa < TOP_BIT => (sign, self.mantissa),
            Class::Finite => (sign | (i64::from(self.exponent) + 63 + BIAS) as u16, self.mantissa),
        }
    }
}

impl std::ops::Add for LongDouble {
    type Output = LongDouble;

    fn add(self, other: LongDouble) -> LongDouble {
        LongDouble::add(self, other)
    }
}

impl LongDouble {
    /// `(long long) ceill(self * factor)` as x86-64 computes it: the product is
    /// rounded to extended precision first; results out of range, infinity and
    /// NaN convert to `i64::MIN`.
    pub fn mul_ceil_i64(self, factor: u32) -> i64 {
        if self.class != Class::Finite {
            return i64::MIN;
        }
        if self.mantissa == 0 {
            return 0;
        }
        let exact = Big::from_u64(self.mantissa).mul(&Big::from_u64(factor as u64));
        let p = round_ratio(self.negative, &exact, &Big::from_u64(1), self.exponent as i64);
        if p.class != Class::Finite {
            return i64::MIN;
        }
        let magnitude: u128 = if p.mantissa == 0 {
            0
        } else if p.exponent >= 0 {
            if p.exponent > 63 {
                return i64::MIN;
            }
            (p.mantissa as u128) << p.exponent
        } else if p.exponent <= -64 {
            // |value| < 1: ceil is 1 for a positive value, 0 for a negative one.
            (!p.negative) as u128
        } else {
            let shift = (-p.exponent) as u32;
            let whole = (p.mantissa >> shift) as u128;
            let fraction = p.mantissa & ((1u64 << shift) - 1) != 0;
            whole + (fraction && !p.negative) as u128
        };
        match (p.negative, i64::try_from(magnitude)) {
            (false, Ok(v)) => v,
            (true, _) if magnitude <= 1u128 << 63 => (magnitude as i128).wrapping_neg() as i64,
            _ => i64::MIN,
        }
    }
}

/// A blocking timeout in seconds as Redis 7.0.15's getTimeoutFromObjectOrReply
/// reads it: a long double, times 1000, rounded up, converted as x87 does (so
/// huge values and infinity come out negative). Milliseconds (0: forever) or
/// the error reply.
pub fn timeout_ms(arg: &[u8]) -> Result<i64, &'static str> {
    let Some(value) = LongDouble::parse(arg) else {
        return Err("ERR timeout is not a float or out of range");
    };
    let ms = value.mul_ceil_i64(1000);
    if ms < 0 { Err("ERR timeout is negative") } else { Ok(ms) }
}

/// INCRBYFLOAT's arithmetic on the stored string (None when the key is missing): Ok(new stored
/// string) or Err(error text without the leading '-'). The caller checks WRONGTYPE first.
pub fn incr_by_float(current: Option<&[u8]>, increment: &[u8]) -> Result<String, &'static str> {
    let value = match current {
        Some(s) => LongDouble::parse(s).ok_or(NOT_A_FLOAT)?,
        None => LongDouble::ZERO,
    };
    let increment = LongDouble::parse(increment).ok_or(NOT_A_FLOAT)?;
    sum_to_string(value, increment)
}

/// HINCRBYFLOAT's first step, done before the key is even looked up (so these errors win over
/// WRONGTYPE): the increment must parse and be finite.
pub fn hincr_by_float_increment(increment: &[u8]) -> Result<LongDouble, &'static str> {
    let increment = LongDouble::parse(increment).ok_or(NOT_A_FLOAT)?;
    if !increment.is_finite() {
        return Err("ERR value is NaN or Infinity");
    }
    Ok(increment)
}

/// HINCRBYFLOAT's arithmetic on the field's current value (None when the field is missing), with
/// an increment from [`hincr_by_float_increment`]: Ok(new field value) or Err(error text without
/// the leading '-').
pub fn hincr_by_float(current: Option<&[u8]>, increment: LongDouble) -> Result<String, &'static str> {
    let value = match current {
        Some(s) => LongDouble::parse(s).ok_or("ERR hash value is not a float")?,
        None => LongDouble::ZERO,
    };
    sum_to_string(value, increment)
}

fn sum_to_string(value: LongDouble, increment: LongDouble) -> Result<String, &'static str> {
    let sum = value.add(increment);
    if !sum.is_finite() {
        return Err(NAN_OR_INF);
    }
    Ok(sum.to_human_string())
}

/// The digits of a strtold number body: `int[.frac][<marker>[+-]exp]`, all of the input.
struct Scanned {
    /// Integer then fraction digit values, in order.
    digits: Vec<u8>,
    /// How many of `digits` follow the radix point.
    fraction_len: usize,
    /// The explicit exponent, saturated far beyond any meaningful range.
    exponent: i64,
}

/// Scan the whole of `s` as strtold's mantissa in `radix` (10 or 16) with an optional exponent
/// introduced by `marker` ('e' or 'p'). None unless strtold would consume every byte.
fn scan(s: &[u8], radix: u32, marker: u8) -> Option<Scanned> {
    let digit = |c: u8| (c as char).to_digit(radix).map(|d| d as u8);
    let mut i = 0;
    let mut digits = Vec::with_capacity(s.len());
    while let Some(d) = s.get(i).copied().and_then(digit) {
        digits.push(d);
        i += 1;
    }
    let mut fraction_len = 0;
    if s.get(i) == Some(&b'.') {
        i += 1;
        while let Some(d) = s.get(i).copied().and_then(digit) {
            digits.push(d);
            fraction_len += 1;
            i += 1;
        }
    }
    if digits.is_empty() {
        return None;
    }
    let mut exponent: i64 = 0;
    if i < s.len() {
        if s[i] | 0x20 != marker {
            return None;
        }
        i += 1;
        let negative = match s.get(i) {
            Some(b'-') => {
                i += 1;
                true
            }
            Some(b'+') => {
                i += 1;
                false
            }
            _ => false,
        };
        let rest = &s[i..];
        if rest.is_empty() || !rest.iter().all(u8::is_ascii_digit) {
            return None;
        }
        for &c in rest {
            exponent = (exponent * 10 + i64::from(c - b'0')).min(1 << 40);
        }
        if negative {
            exponent = -exponent;
        }
    }
    Some(Scanned {
        digits,
        fraction_len,
        exponent,
    })
}

/// A decimal strtold body: (rounded value, whether the literal is non-zero).
fn parse_decimal(negative: bool, s: &[u8]) -> Option<(LongDouble, bool)> {
    let scanned = scan(s, 10, b'e')?;
    let digits = &scanned.digits;
    let first = digits.iter().position(|&d| d != 0);
    let Some(first) = first else {
        return Some((LongDouble::zero(negative), false));
    };
    let last = digits.iter().rposition(|&d| d != 0).unwrap_or(first);
    let significant = &digits[first..=last];
    // value = significant * 10^exp10
    let exp10 = scanned.exponent - scanned.fraction_len as i64 + (digits.len() - 1 - last) as i64;
    let count = significant.len() as i64;
    // value >= 10^(count - 1 + exp10), and the largest long double is below 1.19e4932.
    if count - 1 + exp10 > 4933 {
        return Some((LongDouble::infinity(negative), true));
    }
    // value < 10^(count + exp10), and half the smallest subnormal is above 1.8e-4951.
    if count + exp10 < -4951 {
        return Some((LongDouble::zero(negative), true));
    }
    let mut num = Big::default();
    for chunk in significant.chunks(9) {
        let chunk_value = chunk.iter().fold(0u32, |acc, &d| acc * 10 + u32::from(d));
        num.mul_add_small(10u32.pow(chunk.len() as u32), chunk_value);
    }
    // 10^e = 5^e * 2^e: the power of two goes into the binary exponent.
    let value = if exp10 >= 0 {
        let num = num.mul(&Big::pow5(exp10 as u64));
        round_ratio(negative, &num, &Big::from_u64(1), exp10)
    } else {
        round_ratio(negative, &num, &Big::pow5((-exp10) as u64), exp10)
    };
    Some((value, true))
}

/// A hexadecimal strtold body after "0x": (rounded value, whether the literal is non-zero).
fn parse_hex(negative: bool, s: &[u8]) -> Option<(LongDouble, bool)> {
    let scanned = scan(s, 16, b'p')?;
    let mut num = Big::default();
    for chunk in scanned.digits.chunks(7) {
        let chunk_value = chunk.iter().fold(0u32, |acc, &d| (acc << 4) | u32::from(d));
        num.mul_add_small(1 << (4 * chunk.len()), chunk_value);
    }
    if num.is_zero() {
        return Some((LongDouble::zero(negative), false));
    }
    // value = num * 2^exp2
    let exp2 = scanned.exponent - 4 * scanned.fraction_len as i64;
    let bits = num.bit_len() as i64;
    if bits - 1 + exp2 > MAX_EXP + 64 {
        return Some((LongDouble::infinity(negative), true));
    }
    if bits + exp2 < MIN_EXP - 1 {
        return Some((LongDouble::zero(negative), true));
    }
    // glibc (round_and_return, at least through 2.36) drops the rounding bit when the result's
    // leading bit is the one just below the smallest subnormal, so exactly
    // 2^-16446 + 2^-16510 comes back as zero (ERANGE) instead of the smallest subnormal.
    // Only a hex literal can spell that value within 5120 characters.
    let trailing = num.trailing_zeros();
    if exp2 + trailing as i64 == MIN_EXP - 65 && num.shr(trailing) == Big::from_u64(1).shl(64).add(&Big::from_u64(1)) {
        return Some((LongDouble::zero(negative), true));
    }
    Some((round_ratio(negative, &num, &Big::from_u64(1), exp2), true))
}

/// Round `num / den * 2^exp2` (num, den > 0) to the nearest long double, ties to even, with
/// gradual underflow and overflow to infinity.
fn round_ratio(negative: bool, num: &Big, den: &Big, exp2: i64) -> LongDouble {
    debug_assert!(!num.is_zero() && !den.is_zero());
    // floor(log2(num / den)) is t or t - 1.
    let t = num.bit_len() as i64 - den.bit_len() as i64;
    let at_least_2_pow_t = if t >= 0 {
        *num >= den.shl(t as u64)
    } else {
        num.shl((-t) as u64) >= *den
    };
    let top = if at_least_2_pow_t { t } else { t - 1 } + exp2;
    if top > MAX_EXP + 63 {
        return LongDouble::infinity(negative);
    }
    if top < MIN_EXP - 1 {
        // Below half the smallest subnormal.
        return LongDouble::zero(negative);
    }
    // Exponent of the result's last mantissa bit; q = floor(num / den * 2^(exp2 - lsb)) < 2^64.
    let lsb = (top - 63).max(MIN_EXP);
    let shift = exp2 - lsb;
    let (dividend, divisor) = if shift >= 0 {
        (num.shl(shift as u64), den.clone())
    } else {
        (num.clone(), den.shl((-shift) as u64))
    };
    let (mut mantissa, remainder) = dividend.div_rem_u64(&divisor);
    let round_up = match remainder.shl(1).cmp(&divisor) {
        Ordering::Greater => true,
        Ordering::Equal => mantissa & 1 == 1,
        Ordering::Less => false,
    };
    let mut exponent = lsb;
    if round_up {
        match mantissa.checked_add(1) {
            Some(m) => mantissa = m,
            None => {
                mantissa = TOP_BIT;
                exponent += 1;
            }
        }
    }
    if exponent > MAX_EXP {
        return LongDouble::infinity(negative);
    }
    if mantissa == 0 {
        return LongDouble::zero(negative);
    }
    LongDouble::finite(negative, mantissa, exponent)
}

/// A non-negative big integer: little-endian 32-bit limbs without high zero limbs.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
struct Big {
    limbs: Vec<u32>,
}

impl Big {
    fn from_u64(v: u64) -> Big {
        let mut b = Big {
            limbs: vec![v as u32, (v >> 32) as u32],
        };
        b.trim();
        b
    }

    fn trim(&mut self) {
        while self.limbs.last() == Some(&0) {
            self.limbs.pop();
        }
    }

    fn is_zero(&self) -> bool {
        self.limbs.is_empty()
    }

    fn bit_len(&self) -> u64 {
        match self.limbs.last() {
            None => 0,
            Some(&top) => (self.limbs.len() as u64 - 1) * 32 + u64::from(32 - top.leading_zeros()),
        }
    }

    fn trailing_zeros(&self) -> u64 {
        let mut bits = 0;
        for &limb in &self.limbs {
            if limb != 0 {
                return bits + u64::from(limb.trailing_zeros());
            }
            bits += 32;
        }
        bits
    }

    /// self = self * mul + add
    fn mul_add_small(&mut self, mul: u32, add: u32) {
        let mut carry = u64::from(add);
        for limb in &mut self.limbs {
            let v = u64::from(*limb) * u64::from(mul) + carry;
            *limb = v as u32;
            carry = v >> 32;
        }
        if carry != 0 {
            self.limbs.push(carry as u32);
        }
        self.trim();
    }

    fn pow5(mut n: u64) -> Big {
        let mut b = Big::from_u64(1);
        while n >= 13 {
            b.mul_add_small(1_220_703_125, 0); // 5^13
            n -= 13;
        }
        b.mul_add_small(5u32.pow(n as u32), 0);
        b
    }

    fn mul(&self, other: &Big) -> Big {
        let mut limbs = vec![0u32; self.limbs.len() + other.limbs.len()];
        for (i, &a) in self.limbs.iter().enumerate() {
            let mut carry = 0u64;
            for (j, &b) in other.limbs.iter().enumerate() {
                let v = u64::from(a) * u64::from(b) + u64::from(limbs[i + j]) + carry;
                limbs[i + j] = v as u32;
                carry = v >> 32;
            }
            limbs[i + other.limbs.len()] = carry as u32;
        }
        let mut b = Big { limbs };
        b.trim();
        b
    }

    fn add(&self, other: &Big) -> Big {
        let (long, short) = if self.limbs.len() >= other.limbs.len() {
            (self, other)
        } else {
            (other, self)
        };
        let mut limbs = Vec::with_capacity(long.limbs.len() + 1);
        let mut carry = 0u64;
        for (i, &a) in long.limbs.iter().enumerate() {
            let v = u64::from(a) + u64::from(short.limbs.get(i).copied().unwrap_or(0)) + carry;
            limbs.push(v as u32);
            carry = v >> 32;
        }
        if carry != 0 {
            limbs.push(carry as u32);
        }
        Big { limbs }
    }

    /// self - other, for self >= other.
    fn sub(&self, other: &Big) -> Big {
        let mut b = self.clone();
        b.sub_assign(other);
        b
    }

    fn sub_assign(&mut self, other: &Big) {
        debug_assert!(*self >= *other);
        let mut borrow = 0i64;
        for (i, limb) in self.limbs.iter_mut().enumerate() {
            let v = i64::from(*limb) - i64::from(other.limbs.get(i).copied().unwrap_or(0)) - borrow;
            *limb = v.rem_euclid(1 << 32) as u32;
            borrow = i64::from(v < 0);
            if borrow == 0 && i >= other.limbs.len() {
                break;
            }
        }
        self.trim();
    }

    fn shl(&self, bits: u64) -> Big {
        if self.is_zero() {
            return Big::default();
        }
        let (whole, part) = ((bits / 32) as usize, (bits % 32) as u32);
        let mut limbs = vec![0u32; whole];
        limbs.reserve(self.limbs.len() + 1);
        if part == 0 {
            limbs.extend_from_slice(&self.limbs);
        } else {
            let mut carry = 0u32;
            for &limb in &self.limbs {
                limbs.push((limb << part) | carry);
                carry = limb >> (32 - part);
            }
            limbs.push(carry);
        }
        let mut b = Big { limbs };
        b.trim();
        b
    }

    fn shr(&self, bits: u64) -> Big {
        let (whole, part) = ((bits / 32) as usize, (bits % 32) as u32);
        if whole >= self.limbs.len() {
            return Big::default();
        }
        let src = &self.limbs[whole..];
        let limbs = if part == 0 {
            src.to_vec()
        } else {
            (0..src.len())
                .map(|i| (src[i] >> part) | src.get(i + 1).map_or(0, |&hi| hi << (32 - part)))
                .collect()
        };
        let mut b = Big { limbs };
        b.trim();
        b
    }

    fn shr1(&mut self) {
        let mut carry = 0;
        for limb in self.limbs.iter_mut().rev() {
            let low = *limb & 1;
            *limb = (*limb >> 1) | (carry << 31);
            carry = low;
        }
        self.trim();
    }

    /// (self / divisor, self % divisor) for a quotient below 2^64, by shift and subtract.
    fn div_rem_u64(mut self, divisor: &Big) -> (u64, Big) {
        let mut shifted = divisor.shl(63);
        let mut quotient = 0u64;
        for bit in (0..64).rev() {
            if self >= shifted {
                self.sub_assign(&shifted);
                quotient |= 1 << bit;
            }
            shifted.shr1();
        }
        debug_assert!(self < *divisor);
        (quotient, self)
    }

    fn to_decimal(&self) -> String {
        let mut n = self.clone();
        let mut chunks = Vec::new();
        while !n.is_zero() {
            let mut rem = 0u64;
            for limb in n.limbs.iter_mut().rev() {
                let v = (rem << 32) | u64::from(*limb);
                *limb = (v / 1_000_000_000) as u32;
                rem = v % 1_000_000_000;
            }
            n.trim();
            chunks.push(rem as u32);
        }
        let mut out = chunks.pop().map_or_else(|| "0".to_string(), |c| c.to_string());
        for c in chunks.iter().rev() {
            out.push_str(&format!("{c:09}"));
        }
        out
    }
}

impl Ord for Big {
    fn cmp(&self, other: &Big) -> Ordering {
        self.limbs
            .len()
            .cmp(&other.limbs.len())
            .then_with(|| self.limbs.iter().rev().cmp(other.limbs.iter().rev()))
    }
}

impl PartialOrd for Big {
    fn partial_cmp(&self, other: &Big) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn incr(current: &str, increment: &str) -> Result<String, &'static str> {
        incr_by_float(Some(current.as_bytes()), increment.as_bytes())
    }

    fn bits(s: &str) -> Option<(u16, u64)> {
        LongDouble::parse(s.as_bytes()).map(|v| v.to_x87_bits())
    }

    // Every expected value below was observed on redis-server 7.0.15 (x86_64, glibc 2.36) with
    // SET k <current>; INCRBYFLOAT k <increment>, or read back from glibc's strtold.

    #[test]
    fn everyday_sums() {
        assert_eq!(incr("10.5", "0.1").unwrap(), "10.6");
        assert_eq!(incr("0.1", "0.2").unwrap(), "0.3");
        assert_eq!(incr("-5.5", "2").unwrap(), "-3.5");
        assert_eq!(incr("-10.6", "-0.4").unwrap(), "-11");
        assert_eq!(incr("-1", "1").unwrap(), "0");
        assert_eq!(incr("5.0e3", "0").unwrap(), "5000");
        assert_eq!(incr("3.0e3", "0").unwrap(), "3000");
        assert_eq!(incr(".5", "0").unwrap(), "0.5");
        assert_eq!(incr("5.", "0").unwrap(), "5");
        assert_eq!(incr("10000000000", "0x10").unwrap(), "10000000016");
        assert_eq!(incr("100", "1e20").unwrap(), "100000000000000000096");
        assert_eq!(incr("9007199254740993", "0").unwrap(), "9007199254740993");
        assert_eq!(incr_by_float(None, b"1.5").unwrap(), "1.5");
        assert_eq!(incr_by_float(None, b"-0").unwrap(), "0");
    }

    #[test]
    fn sixty_four_bit_mantissa_rounding() {
        assert_eq!(incr("18446744073709551617", "0").unwrap(), "18446744073709551616");
        assert_eq!(incr("18446744073709551616", "1").unwrap(), "18446744073709551616");
        assert_eq!(incr("18446744073709551616", "3").unwrap(), "18446744073709551620");
        assert_eq!(incr("1.0000000000000000001", "0").unwrap(), "1");
        assert_eq!(bits("1.0000000000000000001"), Some((0x3fff, 0x8000_0000_0000_0001)));
        assert_eq!(bits("1.00000000000000000005"), Some((0x3fff, 0x8000_0000_0000_0000)));
        assert_eq!(bits("10.5"), Some((0x4002, 0xa800_0000_0000_0000)));
        assert_eq!(bits("0.1"), Some((0x3ffb, 0xcccc_cccc_cccc_cccd)));
        let sum = LongDouble::parse(b"10.5")
            .unwrap()
            .add(LongDouble::parse(b"0.1").unwrap());
        assert_eq!(sum.to_x87_bits(), (0x4002, 0xa999_9999_9999_999a));
        assert_eq!(bits("1e400"), Some((0x452f, 0xda76_3fc8_cb9f_f9e6)));
        assert_eq!(bits("-1e-18"), Some((0xbfc3, 0x9392_ee8e_921d_5d07)));
    }

    #[test]
    fn seventeen_decimals_half_even() {
        // 2^-18 = 0.000003814697265625: the tie at the 18th decimal goes to the even 2.
        assert_eq!(incr("0x1p-18", "0").unwrap(), "0.00000381469726562");
        // 3 * 2^-18 = 0.000011444091796875: the tie goes up to the even 8.
        assert_eq!(incr("0x3p-18", "0").unwrap(), "0.00001144409179688");
        assert_eq!(incr("-0x3p-18", "0").unwrap(), "-0.00001144409179688");
        assert_eq!(incr("1.5e-17", "0").unwrap(), "0.00000000000000002");
        assert_eq!(incr("2.5e-17", "0").unwrap(), "0.00000000000000002");
        assert_eq!(
            incr("0.000000000000000005", "0.00000000000000001").unwrap(),
            "0.00000000000000002"
        );
        assert_eq!(incr("1e-18", "0").unwrap(), "0");
        assert_eq!(incr("-1e-18", "0").unwrap(), "0");
        assert_eq!(incr("1e-17", "-1e-17").unwrap(), "0");
    }

    #[test]
    fn negative_zero_prints_as_zero() {
        assert_eq!(incr("-0", "-0").unwrap(), "0");
        assert_eq!(LongDouble::parse(b"-0").unwrap().to_x87_bits(), (0x8000, 0));
        let z = LongDouble::parse(b"-0").unwrap().add(LongDouble::parse(b"-0").unwrap());
        assert_eq!(z.to_x87_bits(), (0x8000, 0));
        let z = LongDouble::parse(b"-0").unwrap() + LongDouble::ZERO;
        assert_eq!(z.to_x87_bits(), (0, 0));
    }

    #[test]
    fn huge_values() {
        assert_eq!(
            incr("1.7e308", "1.7e308").unwrap(),
            "340000000000000000006273556050395193590540427779388267466087171526404912102411641988123739177800600673957047683771263425322806997836001586961457274820033393094901317200013624802610872515245814124760542925564488876540887382670905522638137419003805178364056052028734561012664811529831035124023358619554802565120"
        );
        let big = incr("1e400", "0").unwrap();
        assert_eq!(big.len(), 401);
        assert_eq!(
            big,
            "10000000000000000000281880683947586514586453433629052038625910693539685534008629862039363994848324160522094053927317616200295822777259255734023828976593340661017797447434546173917862448116674971723778943824391593338047470675026246684401359237513603830343735485505244955964979021825038280091068414947402456898653040951017512658092615827588920183472511643316591362664138176309734806343732497430221946880"
        );
        let max = incr("0x1.fffffffffffffffep16383", "0").unwrap();
        assert_eq!(max.len(), 4933);
        assert!(max.starts_with("118973149535723176502126385303"));
        assert_eq!(incr("1.18973149535723176502e+4932", "0").unwrap(), max);
        assert_eq!(incr("1e4932", "-1e4932").unwrap(), "0");
        let digits = "7".repeat(4900);
        let sum = incr(&digits, "0").unwrap();
        assert_eq!(sum.len(), 4900);
        assert!(sum.starts_with("777777777777777777798842428460924943147298186142835378250578"));
        assert_eq!(
            incr(&format!("0.{}", "7".repeat(5000)), "0").unwrap(),
            "0.77777777777777778"
        );
    }

    #[test]
    fn out_of_range() {
        assert_eq!(incr("1e5000", "0"), Err("ERR value is not a valid float"));
        assert_eq!(incr("1e-5000", "0"), Err("ERR value is not a valid float"));
        assert_eq!(
            incr("1.18973149535723176509e+4932", "0"),
            Err("ERR value is not a valid float")
        );
        assert_eq!(
            incr("1e99999999999999999999", "0"),
            Err("ERR value is not a valid float")
        );
        assert_eq!(
            incr("1e-99999999999999999999", "0"),
            Err("ERR value is not a valid float")
        );
        assert_eq!(incr("0e99999999999999999999", "0").unwrap(), "0");
        assert_eq!(incr("0x0p99999", "0").unwrap(), "0");
        assert_eq!(
            incr("1.18973149535723176502e+4932", "1.18973149535723176502e+4932"),
            Err("ERR increment would produce NaN or Infinity")
        );
        // Below half the smallest subnormal (2^-16446): zero with ERANGE, rejected.
        assert_eq!(bits("1e-4951"), None);
        assert_eq!(bits("0x1p-16446"), None);
        // Subnormals are kept (strtold's ERANGE comes with a non-zero value).
        assert_eq!(bits("3.6e-4951"), Some((0, 1)));
        assert_eq!(bits("0x1.8p-16446"), Some((0, 1)));
        assert_eq!(bits("0x1p-16445"), Some((0, 1)));
        assert_eq!(incr("3.6e-4951", "0").unwrap(), "0");
        // glibc drops the rounding bit of exactly 2^-16446 + 2^-16510, Redis rejects it.
        assert_eq!(bits("0x1.0000000000000001p-16446"), None);
        assert_eq!(bits("-0x10000000000000001p-16510"), None);
        assert_eq!(bits("0x1.0000000000000003p-16446"), Some((0, 1)));
        assert_eq!(bits("0x1.00000000000000000001p-16446"), Some((0, 1)));
        assert_eq!(bits("0x1.0000000000000001p-16445"), Some((0, 1)));
    }

    #[test]
    fn subnormal_arithmetic() {
        let min = LongDouble::parse(b"0x1p-16445").unwrap();
        let neg_min_normal = LongDouble::parse(b"-0x1p-16382").unwrap();
        assert_eq!(neg_min_normal.to_x87_bits(), (0x8001, 0x8000_0000_0000_0000));
        assert_eq!(neg_min_normal.add(min).to_x87_bits(), (0x8000, 0x7fff_ffff_ffff_ffff));
        let neg_min = LongDouble::parse(b"-0x1p-16445").unwrap();
        assert_eq!(min.add(neg_min).to_x87_bits(), (0, 0));
    }

    #[test]
    fn rejected_syntax() {
        for bad in [
            "", "abc", " 1", "1 ", "\x0b1", "nan", "NaN", "-nan", "nan(1)", "1e", "1e+", ".", "+", "-", "0x", "0x.",
            "0x.p1", "0x1p", ".e1", "1..2", "--1", "+-1", "1e1.5", "infin", "in", "1_0", "1\0", "١",
        ] {
            assert_eq!(incr(bad, "1"), Err("ERR value is not a valid float"), "{bad:?}");
            assert_eq!(incr("1", bad), Err("ERR value is not a valid float"), "{bad:?}");
        }
        // MAX_LONG_DOUBLE_CHARS: 5119 bytes are fine, 5120 are not.
        assert_eq!(
            incr(&format!("0.{}", "1".repeat(5117)), "0").unwrap(),
            "0.11111111111111111"
        );
        assert_eq!(
            incr(&format!("0.{}", "1".repeat(5118)), "0"),
            Err("ERR value is not a valid float")
        );
    }

    #[test]
    fn accepted_syntax() {
        assert_eq!(incr("+.5e-0", "0").unwrap(), "0.5");
        assert_eq!(incr("1.e1", "0").unwrap(), "10");
        assert_eq!(incr("0X1.8P1", "0").unwrap(), "3");
        assert_eq!(incr("0x.8", "0").unwrap(), "0.5");
        assert_eq!(incr("0x1.", "0").unwrap(), "1");
        assert_eq!(incr("-0x1e", "0").unwrap(), "-30");
        assert_eq!(incr("00012.50", "0").unwrap(), "12.5");
    }

    #[test]
    fn infinities() {
        for inf in ["inf", "-inf", "+INF", "infinity", "-Infinity"] {
            assert!(!LongDouble::parse(inf.as_bytes()).unwrap().is_finite());
            assert_eq!(incr(inf, "1"), Err("ERR increment would produce NaN or Infinity"));
            assert_eq!(incr("1", inf), Err("ERR increment would produce NaN or Infinity"));
        }
        assert_eq!(incr("inf", "-inf"), Err("ERR increment would produce NaN or Infinity"));
        assert_eq!(LongDouble::parse(b"-inf").unwrap().to_human_string(), "-inf");
    }

    #[test]
    fn hincrbyfloat_errors() {
        assert_eq!(hincr_by_float_increment(b"abc"), Err("ERR value is not a valid float"));
        assert_eq!(hincr_by_float_increment(b"inf"), Err("ERR value is NaN or Infinity"));
        let one = hincr_by_float_increment(b"1").unwrap();
        assert_eq!(hincr_by_float(Some(b"abc"), one), Err("ERR hash value is not a float"));
        assert_eq!(
            hincr_by_float(Some(b"inf"), one),
            Err("ERR increment would produce NaN or Infinity")
        );
        assert_eq!(
            hincr_by_float(Some(b"10.5"), hincr_by_float_increment(b"0.1").unwrap()).unwrap(),
            "10.6"
        );
        assert_eq!(
            hincr_by_float(None, hincr_by_float_increment(b"10.5").unwrap()).unwrap(),
            "10.5"
        );
    }

    #[test]
    fn timeouts_as_redis_7_0() {
        assert_eq!(timeout_ms(b"0"), Ok(0));
        assert_eq!(timeout_ms(b"1.5"), Ok(1500));
        assert_eq!(timeout_ms(b"0.0001"), Ok(1));
        assert_eq!(timeout_ms(b"-0.0001"), Ok(0));
        assert_eq!(timeout_ms(b"0x10"), Ok(16000));
        assert_eq!(timeout_ms(b"-1"), Err("ERR timeout is negative"));
        assert_eq!(timeout_ms(b"inf"), Err("ERR timeout is negative"));
        assert_eq!(timeout_ms(b"99999999999999999999"), Err("ERR timeout is negative"));
        assert_eq!(timeout_ms(b"abc"), Err("ERR timeout is not a float or out of range"));
    }
}
