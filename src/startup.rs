//! Start-up as redis-server does it: command line, config file (or stdin),
//! daemonize, pidfile, logging, the start-up log lines tools wait for, then
//! the event loop.

use std::io::Read;

use log::{info, warn};

use crate::config::{Config, ConfigError, read_config_file};
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

fn read_config_text(cl: &CommandLine) -> Result<Option<String>, ConfigError> {
    let mut text = None;
    if let Some(path) = &cl.config_file {
        text = Some(read_config_file(path)?);
    }
    if cl.from_stdin {
        let mut input = String::new();
        std::io::stdin()
            .read_to_string(&mut input)
            .map_err(|e| ConfigError::Global {
                reason: format!("Fatal error, can't read config from stdin: {e}"),
            })?;
        // Redis appends stdin to the file text with no separator.
        let mut combined = text.unwrap_or_default();
        combined.push_str(&input);
        text = Some(combined);
    }
    Ok(text)
}

/// Report a configuration error the way Redis does: open failures as a
/// warning log line, everything else as the FATAL CONFIG FILE ERROR report.
fn report_config_error(e: &ConfigError) {
    match e {
        ConfigError::OpenFile { .. } => warn!("{e}"),
        _ => eprint!("{e}"),
    }
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

/// Raise the open-files limit to `maxclients` + 32 reserved descriptors, as
/// Redis's adjustOpenFilesLimit does; lower maxclients when that is impossible.
fn adjust_open_files_limit(config: &mut Config) {
    const RESERVED_FDS: u64 = 32;
    let maxclients = config.int("maxclients").max(1) as u64;
    let wanted = maxclients + RESERVED_FDS;
    let mut limit = libc::rlimit {
        rlim_cur: 0,
        rlim_max: 0,
    };
    // SAFETY: getrlimit/setrlimit on structs we own.
    if unsafe { libc::getrlimit(libc::RLIMIT_NOFILE, &mut limit) } != 0 || limit.rlim_cur >= wanted {
        return;
    }
    let mut target = wanted.min(limit.rlim_max.max(limit.rlim_cur));
    while target > limit.rlim_cur {
        let new = libc::rlimit {
            rlim_cur: target,
            rlim_max: limit.rlim_max,
        };
        if unsafe { libc::setrlimit(libc::RLIMIT_NOFILE, &new) } == 0 {
            break;
        }
        target = target.saturating_sub(16);
    }
    let granted = target.max(limit.rlim_cur);
    if granted < wanted {
        let reduced = granted.saturating_sub(RESERVED_FDS).max(1);
        warn!(
            "You requested maxclients of {maxclients} requiring at least {wanted} max file descriptors. Server can't set maximum open files to {wanted}; maxclients has been reduced to {reduced} to compensate for low ulimit."
        );
        let _ = config.force_set("maxclients", &reduced.to_string());
    } else {
        info!(
            "Increased maximum number of open files to {granted} (it was originally set to {}).",
            limit.rlim_cur
        );
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
    crate::logging::init_early();
    let loaded = read_config_text(&cl).and_then(|text| Config::load(text.as_deref(), &cl.options));
    let config = match loaded {
        Ok(config) => config,
        Err(e) => {
            report_config_error(&e);
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
    if let Err(e) = crate::logging::configure(config.str("loglevel"), &logfile) {
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
    adjust_open_files_limit(&mut config);
    if pidfile != config.str("pidfile") {
        let _ = config.force_set("pidfile", &pidfile);
    }
    let mut srv = Server::new(config, config_file, executable, mstime());
    if srv.settings.cluster_enabled
        && let Err(e) = open_cluster(&mut srv)
    {
        warn!("{e}");
        return 1;
    }
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
    // loadDataFromDisk: before serving anyone; a bad file stops start-up
    // and is left untouched.
    if let Err(lines) = crate::persistence::load_at_startup(&mut event_loop.srv) {
        for line in lines {
            warn!("{line}");
        }
        return 1;
    }
    info!("Ready to accept connections tcp");
    event_loop.run()
}

/// clusterInit: lock and load (or create) cluster-config-file.
fn open_cluster(srv: &mut Server) -> Result<(), String> {
    let port = srv.settings.port;
    let cport = match srv.config.int("cluster-port") {
        0 if port > 55535 => {
            return Err("Redis port number too high. Cluster communication port is 10,000 port numbers higher than your Redis port. Your Redis port number must be 55535 or less.".into());
        }
        0 => port + 10000,
        p => p as u16,
    };
    let path = std::path::PathBuf::from(srv.config.str("cluster-config-file"));
    srv.bus_port = cport;
    let cfg = crate::cluster::core_config(&srv.config, port, cport);
    let cluster = crate::cluster::Cluster::open(&path, cfg, &mut srv.rng, crate::util::time::mstime())?;
    srv.cluster = Some(cluster);
    Ok(())
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
