//! Start-up as redis-server does it: command line, config file (or stdin),
//! daemonize, pidfile, logging, the start-up log lines tools wait for, then
//! the event loop.

use std::io::Read;

use log::{info, warn};

use crate::config::Config;
use crate::event_loop::{EventLoop, install_signal_handlers};
use crate::server::{GOSSAMER_VERSION, REDIS_VERSION, Server};
use crate::util::time::mstime;

fn version_line() -> String {
    format!("Redis server v={REDIS_VERSION} sha=00000000:0 malloc=libc bits=64 build=gossamer-{GOSSAMER_VERSION}")
}

fn usage(program: &str) -> String {
    format!(
        "Usage: {program} [/path/to/redis.conf] [options] [-]\n       {program} - (read config from stdin)\n       {program} -v or --version\n       {program} -h or --help\n\nExamples:\n       {program} (run the server with default conf)\n       echo 'maxmemory 128mb' | {program} -\n       {program} /etc/redis/6379.conf\n       {program} --port 7777\n       {program} --port 7777 --replicaof 127.0.0.1 8888\n       {program} /etc/myredis.conf --loglevel verbose -\n       {program} /etc/myredis.conf --loglevel verbose\n"
    )
}

/// What the command line asks for.
struct CommandLine {
    config_file: Option<String>,
    from_stdin: bool,
    options: Vec<String>,
}

fn parse_command_line(args: &[String]) -> CommandLine {
    let mut cl = CommandLine {
        config_file: None,
        from_stdin: false,
        options: Vec::new(),
    };
    let mut j = 1;
    if let Some(first) = args.get(1)
        && !first.starts_with('-')
    {
        cl.config_file = Some(first.clone());
        j = 2;
    }
    let last = args.len().saturating_sub(1);
    while j < args.len() {
        if args[j] == "-" && (j == 1 || j == last) {
            cl.from_stdin = true;
        } else {
            cl.options.push(args[j].clone());
        }
        j += 1;
    }
    cl
}

fn read_config_text(cl: &CommandLine) -> Result<Option<String>, String> {
    let mut text = None;
    if let Some(path) = &cl.config_file {
        let content = std::fs::read_to_string(path)
            .map_err(|e| format!("Fatal error, can't open config file '{}': {}", path, os_error_text(&e)))?;
        text = Some(content);
    }
    if cl.from_stdin {
        let mut input = String::new();
        std::io::stdin()
            .read_to_string(&mut input)
            .map_err(|e| format!("Fatal error, can't read config from stdin: {e}"))?;
        let mut combined = text.unwrap_or_default();
        combined.push('\n');
        combined.push_str(&input);
        text = Some(combined);
    }
    Ok(text)
}

fn os_error_text(e: &std::io::Error) -> String {
    match e.raw_os_error() {
        // SAFETY: strerror returns a pointer to a static NUL-terminated string.
        Some(code) => unsafe { std::ffi::CStr::from_ptr(libc::strerror(code)) }
            .to_string_lossy()
            .into_owned(),
        None => e.to_string(),
    }
}

/// Fork into the background like Redis's daemonize(): the parent exits, the
/// child starts a new session with standard streams on /dev/null.
fn daemonize() {
    // SAFETY: single-threaded at this point; fork/setsid/open/dup2 are plain syscalls.
    unsafe {
        match libc::fork() {
            -1 => return,
            0 => {}
            _ => libc::_exit(0),
        }
        libc::setsid();
        let fd = libc::open(c"/dev/null".as_ptr(), libc::O_RDWR, 0);
        if fd != -1 {
            libc::dup2(fd, 0);
            libc::dup2(fd, 1);
            libc::dup2(fd, 2);
            if fd > 2 {
                libc::close(fd);
            }
        }
    }
}

fn write_pidfile(path: &str) {
    if let Err(e) = std::fs::write(path, format!("{}\n", std::process::id())) {
        warn!("Failed to write PID file: {e}");
    }
}

/// Run the server; returns the process exit code.
pub fn main(args: Vec<String>) -> i32 {
    let program = args.first().cloned().unwrap_or_else(|| "gossamer-server".into());
    if let Some(first) = args.get(1) {
        match first.as_str() {
            "-v" | "--version" => {
                println!("{}", version_line());
                return 0;
            }
            "-h" | "--help" => {
                eprint!("{}", usage(&program));
                return 0;
            }
            _ => {}
        }
    }
    let cl = parse_command_line(&args);
    let text = match read_config_text(&cl) {
        Ok(text) => text,
        Err(msg) => {
            eprintln!("{msg}");
            return 1;
        }
    };
    let config = match Config::load(text.as_deref(), &cl.options) {
        Ok(config) => config,
        Err(e) => {
            eprint!("{e}");
            return 1;
        }
    };
    let daemonized = config.bool("daemonize");
    if daemonized {
        daemonize();
    }
    let mut logfile = config.str("logfile").to_string();
    if daemonized && logfile.is_empty() {
        logfile = "/dev/null".into();
    }
    if let Err(e) = crate::logging::init(config.str("loglevel"), &logfile) {
        eprintln!("Can't open the log file: {}", os_error_text(&e));
        return 1;
    }
    announce_start(&config, cl.config_file.is_some() || cl.from_stdin, &program);
    let mut pidfile = config.str("pidfile").to_string();
    if daemonized && pidfile.is_empty() {
        pidfile = "/var/run/redis.pid".into();
    }
    let executable = std::fs::canonicalize(&program)
        .map(|p| p.display().to_string())
        .unwrap_or(program.clone());
    let config_file = cl.config_file.as_ref().map(|f| {
        std::fs::canonicalize(f)
            .map(|p| p.display().to_string())
            .unwrap_or(f.clone())
    });
    let mut config = config;
    if pidfile != config.str("pidfile") {
        let _ = config.set("pidfile", &pidfile);
    }
    let srv = Server::new(config, config_file, executable, mstime());
    crate::logging::set_role(b'M');
    let mode = if srv.settings.cluster_enabled {
        "cluster"
    } else {
        "standalone"
    };
    info!("monotonic clock: POSIX clock_gettime");
    info!("Running mode={}, port={}.", mode, srv.settings.port);
    install_signal_handlers();
    crate::commands::init();
    let mut event_loop = match EventLoop::new(srv) {
        Ok(el) => el,
        Err(e) => {
            warn!("{e}");
            return 1;
        }
    };
    if !pidfile.is_empty() {
        write_pidfile(&pidfile);
    }
    warn!("Server initialized");
    info!("Ready to accept connections tcp");
    event_loop.run()
}

fn announce_start(config: &Config, has_config: bool, program: &str) {
    warn!("oO0OoO0OoO0Oo Redis is starting oO0OoO0OoO0Oo");
    warn!(
        "Redis version={}, bits=64, commit=00000000, modified=0, pid={}, just started",
        REDIS_VERSION,
        std::process::id()
    );
    warn!("Gossamer version={GOSSAMER_VERSION}, a Redis Cluster node written in Rust");
    if has_config {
        warn!("Configuration loaded");
    } else {
        warn!(
            "Warning: no config file specified, using the default config. In order to specify a config file use {program} /path/to/redis.conf"
        );
    }
    for name in config.unsupported_set() {
        info!("Config directive '{name}' is accepted but not supported by Gossamer yet; it has no effect.");
    }
}
