//! Logging in Redis's line format: `pid:role dd Mon yyyy hh:mm:ss.mmm L message`
//! where L is `.` debug, `-` verbose, `*` notice, `#` warning. Built on `log`
//! and `env_logger`; the role letter (M master, S replica, C child) is global
//! state that changes when the node's role does.

use std::fs::OpenOptions;
use std::io::Write;
use std::sync::atomic::{AtomicU8, Ordering};

use log::{Level, LevelFilter};

static ROLE: AtomicU8 = AtomicU8::new(b'C');

/// Set the role letter printed on each log line.
pub fn set_role(role: u8) {
    ROLE.store(role, Ordering::Relaxed);
}

/// Map Redis's `loglevel` names to `log` filters: debug → trace, verbose →
/// debug, notice → info, warning → warn, nothing → off.
pub fn level_filter(loglevel: &str) -> LevelFilter {
    match loglevel {
        "debug" => LevelFilter::Trace,
        "verbose" => LevelFilter::Debug,
        "notice" => LevelFilter::Info,
        "warning" => LevelFilter::Warn,
        _ => LevelFilter::Off,
    }
}

fn level_char(level: Level) -> char {
    match level {
        Level::Trace => '.',
        Level::Debug => '-',
        Level::Info => '*',
        Level::Warn | Level::Error => '#',
    }
}

/// Install the logger. `logfile` empty means standard output.
pub fn init(loglevel: &str, logfile: &str) -> std::io::Result<()> {
    let mut builder = env_logger::Builder::new();
    builder.filter_level(LevelFilter::Trace);
    builder.format(|buf, record| {
        writeln!(
            buf,
            "{}:{} {} {} {}",
            std::process::id(),
            ROLE.load(Ordering::Relaxed) as char,
            timestamp(),
            level_char(record.level()),
            record.args()
        )
    });
    if !logfile.is_empty() {
        let file = OpenOptions::new().create(true).append(true).open(logfile)?;
        builder.target(env_logger::Target::Pipe(Box::new(file)));
    } else {
        builder.target(env_logger::Target::Stdout);
    }
    // A second init (tests) keeps the first logger.
    let _ = builder.try_init();
    log::set_max_level(level_filter(loglevel));
    Ok(())
}

/// Local time as Redis prints it: `23 Nov 2026 04:59:03.879`.
pub fn timestamp() -> String {
    let mut tv = libc::timeval { tv_sec: 0, tv_usec: 0 };
    // SAFETY: gettimeofday writes into the timeval we own.
    unsafe { libc::gettimeofday(&mut tv, std::ptr::null_mut()) };
    // SAFETY: localtime_r writes into the tm we own; an all-zero tm is valid.
    let mut tm: libc::tm = unsafe { std::mem::zeroed() };
    unsafe { libc::localtime_r(&tv.tv_sec, &mut tm) };
    const MONTHS: [&str; 12] = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ];
    format!(
        "{:02} {} {} {:02}:{:02}:{:02}.{:03}",
        tm.tm_mday,
        MONTHS[tm.tm_mon.clamp(0, 11) as usize],
        tm.tm_year + 1900,
        tm.tm_hour,
        tm.tm_min,
        tm.tm_sec,
        tv.tv_usec / 1000
    )
}
