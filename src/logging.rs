//! Logging in Redis's line format: `pid:role dd Mon yyyy hh:mm:ss.mmm L message`
//! where L is `.` debug, `-` verbose, `*` notice, `#` warning. A small
//! `log::Log` implementation: lines go to standard output until a `logfile`
//! is configured, then to that file (opened for append, as Redis does). The
//! role letter (M master, S replica, C child or before start-up) is global
//! state that changes when the node's role does.

use std::fs::{File, OpenOptions};
use std::io::Write;
use std::sync::Mutex;
use std::sync::atomic::{AtomicU8, Ordering};

use log::{Level, LevelFilter, Log, Metadata, Record};

static ROLE: AtomicU8 = AtomicU8::new(b'C');
static LOGFILE: Mutex<Option<File>> = Mutex::new(None);
static LOGGER: RedisLogger = RedisLogger;

struct RedisLogger;

impl Log for RedisLogger {
    fn enabled(&self, metadata: &Metadata) -> bool {
        metadata.level() <= log::max_level()
    }

    fn log(&self, record: &Record) {
        if !self.enabled(record.metadata()) {
            return;
        }
        let line = format!(
            "{}:{} {} {} {}\n",
            std::process::id(),
            ROLE.load(Ordering::Relaxed) as char,
            timestamp(),
            level_char(record.level()),
            record.args()
        );
        let mut target = LOGFILE.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        match target.as_mut() {
            Some(file) => {
                let _ = file.write_all(line.as_bytes());
            }
            None => {
                let mut out = std::io::stdout().lock();
                let _ = out.write_all(line.as_bytes());
                let _ = out.flush();
            }
        }
    }

    fn flush(&self) {}
}

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

/// Install the logger writing to standard output at notice level (what
/// Redis does before its config is read).
pub fn init_early() {
    let _ = log::set_logger(&LOGGER);
    log::set_max_level(LevelFilter::Info);
}

/// Apply `loglevel` and `logfile` (empty means standard output).
pub fn configure(loglevel: &str, logfile: &str) -> std::io::Result<()> {
    let file = if logfile.is_empty() {
        None
    } else {
        Some(OpenOptions::new().create(true).append(true).open(logfile)?)
    };
    *LOGFILE.lock().unwrap_or_else(|poisoned| poisoned.into_inner()) = file;
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
