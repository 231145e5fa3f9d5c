//! Server configuration, compatible with redis-server 7.0.15: loading a
//! redis.conf (with `include`) followed by command-line `--directive value`
//! options, CONFIG GET formatting, CONFIG SET validation, and typed access to
//! the current values. Error texts are Redis's own, byte for byte.
//!
//! Side effects kept from Redis (both can be switched off with
//! [`LoadOptions`]): `dir` changes the process working directory as soon as it
//! is read (so later relative paths, including `include`, resolve against it),
//! and a non-empty `logfile` is opened for append at the end of loading.
//!
//! Directives Gossamer leaves to other modules (`rename-command`, `user`,
//! `loadmodule`, module configs `name.arg`) are validated for argument count
//! and handed over through [`Config::deferred`].

pub mod args;
pub mod directives;

use std::fmt;
use std::fs;
use std::io::Read;
use std::path::Path;

use crate::glob::glob_match;
use args::{c_strtoll, lossy, parse_bool, parse_double, parse_ll, parse_memory_u64, repr, split_args, split_spaces};
use directives::{DIRECTIVES, Directive, Kind};

/// The Redis version Gossamer reports and quotes in fatal config errors.
pub const REDIS_VERSION: &str = "7.0.15";

/// Keyspace notification classes (`notify-keyspace-events`), Redis's bits.
pub const NOTIFY_KEYSPACE: u32 = 1 << 0;
pub const NOTIFY_KEYEVENT: u32 = 1 << 1;
pub const NOTIFY_GENERIC: u32 = 1 << 2;
pub const NOTIFY_STRING: u32 = 1 << 3;
pub const NOTIFY_LIST: u32 = 1 << 4;
pub const NOTIFY_SET: u32 = 1 << 5;
pub const NOTIFY_HASH: u32 = 1 << 6;
pub const NOTIFY_ZSET: u32 = 1 << 7;
pub const NOTIFY_EXPIRED: u32 = 1 << 8;
pub const NOTIFY_EVICTED: u32 = 1 << 9;
pub const NOTIFY_STREAM: u32 = 1 << 10;
pub const NOTIFY_KEY_MISS: u32 = 1 << 11;
pub const NOTIFY_MODULE: u32 = 1 << 13;
pub const NOTIFY_NEW: u32 = 1 << 14;
/// The `A` alias: every class except key-miss and new.
pub const NOTIFY_ALL: u32 = NOTIFY_GENERIC
    | NOTIFY_STRING
    | NOTIFY_LIST
    | NOTIFY_SET
    | NOTIFY_HASH
    | NOTIFY_ZSET
    | NOTIFY_EXPIRED
    | NOTIFY_EVICTED
    | NOTIFY_STREAM
    | NOTIFY_MODULE;

/// Bits of `shutdown-on-sigint` / `shutdown-on-sigterm` (Redis's SHUTDOWN_*).
pub const SHUTDOWN_SAVE: u32 = 1;
pub const SHUTDOWN_NOSAVE: u32 = 2;
pub const SHUTDOWN_NOW: u32 = 4;
pub const SHUTDOWN_FORCE: u32 = 8;

const CONFIG_MIN_HZ: i64 = 1;
const CONFIG_MAX_HZ: i64 = 500;
const CONFIG_BINDADDR_MAX: usize = 16;
const REPL_BACKLOG_MIN_SIZE: i64 = 16 * 1024;
const NET_HOST_STR_LEN: usize = 256;
/// Redis truncates some error messages to its 256 byte `loadbuf`.
const LOADBUF_SIZE: usize = 256;
/// Output buffer classes in Redis's order, as CONFIG GET prints them.
const OBUF_CLASSES: [&str; 3] = ["normal", "slave", "pubsub"];
/// Directives Redis 7.0 still accepts (with exactly one argument) and ignores.
const DEPRECATED: &[&str] = &[
    "list-max-ziplist-entries",
    "list-max-ziplist-value",
    "lua-replicate-commands",
];

// ---------------------------------------------------------------------------
// Errors
// ---------------------------------------------------------------------------

/// A fatal configuration error. `Display` prints exactly what redis-server
/// 7.0.15 prints before exiting with status 1.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ConfigError {
    /// A bad line (line number within its own file, counting the appended
    /// command-line options).
    Line { line: usize, text: String, reason: String },
    /// A problem detected after all lines were read (no line information).
    Global { reason: String },
    /// A config file could not be opened. Redis reports this through its
    /// logger at warning level (`pid:C date # <message>`), so `Display` gives
    /// only the message; log it rather than printing it raw.
    OpenFile { path: String, reason: String },
}

impl ConfigError {
    /// Builds a line error, for callers that validate deferred directives
    /// (e.g. "No such command in rename-command").
    pub fn at(deferred: &Deferred, reason: &str) -> ConfigError {
        ConfigError::Line {
            line: deferred.line,
            text: deferred.text.clone(),
            reason: reason.to_string(),
        }
    }
}

impl fmt::Display for ConfigError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let banner = format!("\n*** FATAL CONFIG FILE ERROR (Redis {REDIS_VERSION}) ***\n");
        match self {
            ConfigError::Line { line, text, reason } => writeln!(
                f,
                "{banner}Reading the configuration file, at line {line}\n>>> '{text}'\n{reason}"
            ),
            ConfigError::Global { reason } => writeln!(f, "{banner}{reason}"),
            ConfigError::OpenFile { path, reason } => {
                write!(f, "Fatal error, can't open config file '{path}': {reason}")
            }
        }
    }
}

impl std::error::Error for ConfigError {}

/// C's `strerror()` text of an I/O error (without Rust's " (os error N)").
fn strerror(e: &std::io::Error) -> String {
    let text = e.to_string();
    match text.find(" (os error ") {
        Some(pos) => text[..pos].to_string(),
        None => text,
    }
}

// ---------------------------------------------------------------------------
// Values
// ---------------------------------------------------------------------------

/// A config-file directive handled outside this module, in file order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Deferred {
    /// Line number within the file it came from.
    pub line: usize,
    /// The trimmed line, for [`ConfigError::at`].
    pub text: String,
    /// The split arguments; `args[0]` is lowercased (`rename-command`, `user`,
    /// `loadmodule`, or a module config name containing a dot).
    pub args: Vec<String>,
}

/// One client output buffer limit class.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct ObufLimit {
    hard: u64,
    soft: u64,
    soft_seconds: i32,
}

/// The current value of one directive.
#[derive(Debug, Clone, PartialEq)]
enum Value {
    Nothing,
    Bool(bool),
    /// Int and Memory kinds (memory values are u64 bit patterns).
    Int(i64),
    Str(String),
    Enum(usize),
    Flags(u32),
    Save(Vec<(i64, i32)>),
    Bind(Vec<String>),
    Obuf([ObufLimit; 3]),
    Oom([i32; 3]),
    Events(u32),
    ReplicaOf(Option<(String, i32)>),
    Percentiles(Vec<f64>),
    Octal(i64),
    /// maxmemory-clients: bytes, or a negated percentage.
    MemOrPercent(i64),
    Dir(String),
}

/// Switches for the side effects of loading.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LoadOptions {
    /// `dir` changes the working directory (and CONFIG GET dir shows it).
    pub change_dir: bool,
    /// A non-empty `logfile` must be openable for append.
    pub check_logfile: bool,
}

impl Default for LoadOptions {
    fn default() -> Self {
        LoadOptions {
            change_dir: true,
            check_logfile: true,
        }
    }
}

/// The value of every directive, keyed by position in [`DIRECTIVES`].
#[derive(Debug, Clone)]
pub struct Config {
    values: Vec<Value>,
    unsupported: Vec<String>,
    deferred: Vec<Deferred>,
    change_dir: bool,
}

impl Default for Config {
    /// Every directive at redis-server 7.0.15's default.
    fn default() -> Config {
        let mut cfg = Config {
            values: vec![Value::Nothing; DIRECTIVES.len()],
            unsupported: Vec::new(),
            deferred: Vec::new(),
            change_dir: false,
        };
        for (i, d) in DIRECTIVES.iter().enumerate() {
            if d.is_file_only() {
                continue;
            }
            let args = if d.is_multi_arg() {
                split_spaces(d.default)
            } else {
                vec![d.default.to_string()]
            };
            if let Ok(v) = cfg.parse_value(d, &args) {
                cfg.values[i] = v;
            }
        }
        cfg.change_dir = true;
        cfg
    }
}

// ---------------------------------------------------------------------------
// Loading
// ---------------------------------------------------------------------------

impl Config {
    /// Loads the configuration like redis-server: `file` is the config file's
    /// text (None without a config file; stdin's text when reading `-`), `cli`
    /// the remaining argv (e.g. `["--port", "7000", "--save", ""]`), turned
    /// into extra lines exactly as redis-server does (see [`cli_to_config`]).
    pub fn load(file: Option<&str>, cli: &[String]) -> Result<Config, ConfigError> {
        Config::load_with(file, cli, LoadOptions::default())
    }

    /// [`Config::load`] with control over the side effects.
    pub fn load_with(file: Option<&str>, cli: &[String], opts: LoadOptions) -> Result<Config, ConfigError> {
        let mut cfg = Config {
            change_dir: opts.change_dir,
            ..Config::default()
        };
        let mut text = file.unwrap_or("").to_string();
        text.push('\n');
        text.push_str(&cli_to_config(cli));
        let mut loader = Loader {
            cfg: &mut cfg,
            opts,
            reading_file: false,
            save_loaded: false,
        };
        loader.load_string(&text)?;
        Ok(cfg)
    }

    /// Names (canonical, in first-seen order) of directives given in the file
    /// or on the command line that Gossamer does not implement.
    pub fn unsupported_set(&self) -> Vec<String> {
        self.unsupported.clone()
    }

    /// `rename-command`, `user`, `loadmodule` and module config lines, in order.
    pub fn deferred(&self) -> &[Deferred] {
        &self.deferred
    }

    fn note_given(&mut self, name: &str, supported: bool) {
        if !supported && !self.unsupported.iter().any(|n| n == name) {
            self.unsupported.push(name.to_string());
        }
    }
}

/// Reads the config file named on redis-server's command line: the name is
/// made absolute first (as Redis does), glob patterns are expanded.
pub fn read_config_file(name: &str) -> Result<String, ConfigError> {
    read_files(&absolute_path(name))
}

/// Redis's `getAbsolutePath`: trims whitespace, joins relative paths to the
/// working directory and folds leading `../` components.
pub fn absolute_path(name: &str) -> String {
    let rel = name.trim_matches([' ', '\r', '\n', '\t']);
    if rel.starts_with('/') {
        return rel.to_string();
    }
    let mut abs = std::env::current_dir()
        .map(|p| p.to_string_lossy().into_owned())
        .unwrap_or_default();
    if !abs.ends_with('/') {
        abs.push('/');
    }
    let mut rel = rel;
    while let Some(rest) = rel.strip_prefix("../") {
        rel = rest;
        if abs.len() > 1 {
            let cut = abs[..abs.len() - 1].rfind('/').map_or(0, |p| p + 1);
            abs.truncate(cut);
        }
    }
    abs + rel
}

/// Converts redis-server's command-line options into config text, like its
/// `main()`: each `--name` starts a new line, values are quoted with
/// `sdscatrepr` so empty strings survive, a value-less `--save` becomes
/// `save ""`. A `-` as first or last element is the stdin marker and is
/// skipped (its text belongs in `file`).
pub fn cli_to_config(cli: &[String]) -> String {
    let mut options = String::new();
    let mut handled_last = true;
    for (k, arg) in cli.iter().enumerate() {
        let last = k + 1 == cli.len();
        if arg == "-" && (k == 0 || last) {
            continue;
        }
        if !(handled_last && arg.starts_with("--")) {
            options.push_str(&repr(arg.as_bytes()));
            options.push(' ');
            handled_last = true;
            continue;
        }
        if !options.is_empty() {
            options.push('\n');
        }
        options.push_str(&arg[2..]);
        options.push(' ');
        handled_last = split_args(arg).is_none_or(|v| v.len() != 1);
        if !handled_last {
            let next_is_option = !last && cli[k + 1].starts_with("--");
            if arg.eq_ignore_ascii_case("--save") && (next_is_option || last) {
                options.push_str("\"\"");
                handled_last = next_is_option;
            } else if arg.eq_ignore_ascii_case("--sentinel") && next_is_option {
                handled_last = true;
            }
        }
    }
    options
}

/// State of one `loadServerConfig` run (shared by included files).
struct Loader<'a> {
    cfg: &'a mut Config,
    opts: LoadOptions,
    /// Redis's `reading_config_file`: cleared when any (even an included)
    /// file finishes, which changes how later `save` lines behave.
    reading_file: bool,
    /// Redis's static `save_loaded`: the first `save` line replaces the
    /// defaults, later ones append.
    save_loaded: bool,
}

/// Position of the line being loaded, for error reports.
struct LineRef<'t> {
    number: usize,
    text: &'t str,
}

impl LineRef<'_> {
    fn error(&self, reason: impl Into<String>) -> ConfigError {
        ConfigError::Line {
            line: self.number,
            text: self.text.to_string(),
            reason: reason.into(),
        }
    }
}

impl Loader<'_> {
    /// Redis's `loadServerConfigFromString`.
    fn load_string(&mut self, text: &str) -> Result<(), ConfigError> {
        self.reading_file = true;
        if !text.is_empty() {
            for (i, raw) in text.split('\n').enumerate() {
                let line = raw.trim_matches([' ', '\t', '\r', '\n']);
                if line.is_empty() || line.starts_with('#') {
                    continue;
                }
                let at = LineRef {
                    number: i + 1,
                    text: line,
                };
                self.load_line(&at)?;
            }
        }
        self.finish()?;
        self.reading_file = false;
        Ok(())
    }

    fn load_line(&mut self, at: &LineRef) -> Result<(), ConfigError> {
        let Some(mut argv) = split_args(at.text) else {
            return Err(at.error("Unbalanced quotes in configuration line"));
        };
        if argv.is_empty() {
            return Ok(());
        }
        argv[0] = argv[0].to_ascii_lowercase();
        if let Some(idx) = directives::position(&argv[0]) {
            return self.load_standard(idx, &argv[1..]).map_err(|e| at.error(e));
        }
        self.load_file_only(at, argv)
    }

    /// A directive from Redis's config table.
    fn load_standard(&mut self, idx: usize, args: &[String]) -> Result<(), String> {
        let d = &DIRECTIVES[idx];
        if !d.is_multi_arg() && args.len() != 1 {
            return Err("wrong number of arguments".into());
        }
        let args = if d.is_multi_arg() && args.len() == 1 && !args[0].is_empty() {
            split_args(&args[0]).unwrap_or_default()
        } else {
            args.to_vec()
        };
        let save_state = self.reading_file.then_some(&mut self.save_loaded);
        self.cfg.apply(idx, &args, save_state)?;
        self.cfg.note_given(d.name, d.supported);
        Ok(())
    }

    /// Directives Redis handles by hand in `loadServerConfigFromString`.
    fn load_file_only(&mut self, at: &LineRef, argv: Vec<String>) -> Result<(), ConfigError> {
        let name = argv[0].as_str();
        let argc = argv.len();
        if DEPRECATED.contains(&name) && argc == 2 {
            return Ok(());
        }
        match name {
            "include" if argc == 2 => return self.include(&argv[1]),
            "rename-command" if argc == 3 => {}
            "user" | "loadmodule" if argc >= 2 => {}
            _ if name.contains('.') => {
                if argc < 2 {
                    return Err(at.error("Module config specified without value"));
                }
            }
            "sentinel" => {
                if argc != 1 {
                    return Err(at.error("sentinel directive while not in sentinel mode"));
                }
                self.cfg.note_given(name, false);
                return Ok(());
            }
            _ => return Err(at.error("Bad directive or wrong number of arguments")),
        }
        self.cfg.note_given(name, false);
        self.cfg.deferred.push(Deferred {
            line: at.number,
            text: at.text.to_string(),
            args: argv,
        });
        Ok(())
    }

    fn include(&mut self, name: &str) -> Result<(), ConfigError> {
        let supported = directives::find_any("include").is_some_and(|d| d.supported);
        self.cfg.note_given("include", supported);
        let text = read_files(name)?;
        self.load_string(&text)
    }

    /// Checks Redis runs once all lines of a file were read.
    fn finish(&mut self) -> Result<(), ConfigError> {
        if self.opts.check_logfile {
            self.check_logfile()?;
        }
        if self.cfg.bool("cluster-enabled") && self.cfg.replicaof().is_some() {
            return Err(ConfigError::Global {
                reason: "replicaof directive not allowed in cluster mode".into(),
            });
        }
        self.cfg.clamp_hz();
        Ok(())
    }

    fn check_logfile(&self) -> Result<(), ConfigError> {
        let logfile = self.cfg.str("logfile");
        if logfile.is_empty() {
            return Ok(());
        }
        fs::OpenOptions::new()
            .append(true)
            .create(true)
            .open(logfile)
            .map(|_| ())
            .map_err(|e| ConfigError::Global {
                reason: format!("Can't open the log file: {}", strerror(&e)),
            })
    }
}

/// Reads a config file, or all files matching a glob pattern (no match is
/// not an error), like Redis's `loadServerConfig`.
fn read_files(name: &str) -> Result<String, ConfigError> {
    if !name.contains(['*', '?', '[']) {
        return read_one(name);
    }
    let mut text = String::new();
    for path in expand_glob(name) {
        text.push_str(&read_one(&path)?);
    }
    Ok(text)
}

fn read_one(path: &str) -> Result<String, ConfigError> {
    let mut file = fs::File::open(path).map_err(|e| ConfigError::OpenFile {
        path: path.to_string(),
        reason: strerror(&e),
    })?;
    let mut bytes = Vec::new();
    // Like fgets() on a directory, a read error just ends the input.
    let _ = file.read_to_end(&mut bytes);
    Ok(lossy(&bytes))
}

/// A small glob(3): expands `*`, `?` and `[...]` per path component, hides
/// dot files unless the component starts with a dot, returns existing paths
/// sorted bytewise.
fn expand_glob(pattern: &str) -> Vec<String> {
    let mut paths = vec![if pattern.starts_with('/') { "/" } else { "" }.to_string()];
    for comp in pattern.split('/').filter(|c| !c.is_empty()) {
        paths = paths.iter().flat_map(|base| expand_component(base, comp)).collect();
    }
    paths.retain(|p| !p.is_empty() && Path::new(p).exists());
    paths.sort();
    paths
}

fn expand_component(base: &str, comp: &str) -> Vec<String> {
    let join = |name: &str| match base {
        "" => name.to_string(),
        b if b.ends_with('/') => format!("{b}{name}"),
        b => format!("{b}/{name}"),
    };
    if !comp.contains(['*', '?', '[']) {
        return vec![join(comp)];
    }
    let pattern = comp.replace("[!", "[^");
    let dir = if base.is_empty() { "." } else { base };
    let Ok(entries) = fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut names: Vec<String> = entries
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| !n.starts_with('.') || comp.starts_with('.'))
        .filter(|n| glob_match(pattern.as_bytes(), n.as_bytes(), false))
        .collect();
    names.sort();
    names.iter().map(|n| join(n)).collect()
}

// ---------------------------------------------------------------------------
// Parsing and validation of values
// ---------------------------------------------------------------------------

impl Config {
    /// Validates `args` for directive `idx` and stores the value. For `save`,
    /// `save_state` is Redis's `save_loaded` while a config file is read.
    fn apply(&mut self, idx: usize, args: &[String], save_state: Option<&mut bool>) -> Result<(), String> {
        let d = &DIRECTIVES[idx];
        if d.name == "save" {
            return self.apply_save(idx, args, save_state);
        }
        let value = self.parse_value(d, args)?;
        self.values[idx] = value;
        Ok(())
    }

    /// Redis's `setConfigSaveOption`: in a config file the first `save` line
    /// replaces the defaults and later ones append; `save ""` clears.
    fn apply_save(&mut self, idx: usize, args: &[String], save_state: Option<&mut bool>) -> Result<(), String> {
        let clear = args.len() == 1 && args[0].is_empty();
        let args = if clear { &[][..] } else { args };
        let pairs = parse_save(args)?;
        let replace = match save_state {
            None => true,
            Some(loaded) => !std::mem::replace(loaded, true),
        };
        let Value::Save(current) = &mut self.values[idx] else {
            return Err("Invalid save parameters".into());
        };
        if clear || replace {
            current.clear();
        }
        current.extend(pairs);
        Ok(())
    }

    /// Parses the arguments of one directive into a value (Redis's per-type
    /// `set` functions, without applying them).
    fn parse_value(&self, d: &Directive, args: &[String]) -> Result<Value, String> {
        let first = args.first().map_or("", String::as_str);
        match d.kind {
            Kind::Bool => parse_bool_value(d, first),
            Kind::Int { min, max } => parse_int(first, min, max),
            Kind::Memory { min, max } => parse_mem(first, min, max),
            Kind::Enum(list) => parse_enum(list, args).map(Value::Enum),
            Kind::Flags(list) => parse_flags(d, list, args),
            Kind::Str => self.parse_str(d, first),
            Kind::Special => self.parse_special(d, args),
        }
    }

    fn parse_str(&self, d: &Directive, v: &str) -> Result<Value, String> {
        let path_like = v.contains(['/', '\\']);
        let err = match d.name {
            "dbfilename" if path_like => "dbfilename can't be a path, just a filename",
            "appendfilename" if v.is_empty() => "appendfilename can't be empty",
            "appendfilename" if path_like => "appendfilename can't be a path, just a filename",
            "appenddirname" if v.is_empty() => "appenddirname can't be empty",
            "appenddirname" if path_like => "appenddirname can't be a path, just a dirname",
            "cluster-announce-hostname" => validate_hostname(v).err().unwrap_or_default(),
            "proc-title-template" if !self.valid_title_template(v) => {
                "template format is invalid or contains unknown variables"
            }
            _ => "",
        };
        if err.is_empty() {
            Ok(Value::Str(v.to_string()))
        } else {
            Err(err.to_string())
        }
    }

    fn parse_special(&self, d: &Directive, args: &[String]) -> Result<Value, String> {
        match d.name {
            "dir" => self.parse_dir(args),
            "save" => parse_save(args).map(Value::Save),
            "client-output-buffer-limit" => self.parse_obuf(args),
            "oom-score-adj-values" => parse_oom(args),
            "notify-keyspace-events" => parse_events(args),
            "bind" => parse_bind(args),
            "replicaof" => parse_replicaof(args),
            "latency-tracking-info-percentiles" => parse_percentiles(args),
            "unixsocketperm" => parse_octal(args.first().map_or("", String::as_str)),
            "maxmemory-clients" => parse_mem_or_percent(args.first().map_or("", String::as_str)),
            _ => Err("Bad directive or wrong number of arguments".into()),
        }
    }

    /// `dir`: changes the working directory right away when enabled.
    fn parse_dir(&self, args: &[String]) -> Result<Value, String> {
        let [dir] = args else {
            return Err("wrong number of arguments".into());
        };
        if self.change_dir {
            std::env::set_current_dir(dir).map_err(|e| strerror(&e))?;
        }
        Ok(Value::Dir(dir.clone()))
    }

    /// `client-output-buffer-limit`: all-or-nothing update of the named classes.
    fn parse_obuf(&self, args: &[String]) -> Result<Value, String> {
        let mut limits = match self.value("client-output-buffer-limit") {
            Some(Value::Obuf(l)) => *l,
            _ => {
                [ObufLimit {
                    hard: 0,
                    soft: 0,
                    soft_seconds: 0,
                }; 3]
            }
        };
        if !args.len().is_multiple_of(4) {
            return Err("Wrong number of arguments in buffer limit configuration.".into());
        }
        for group in args.chunks(4) {
            let class = obuf_class(&group[0])
                .ok_or("Invalid client class specified in buffer limit configuration.".to_string())?;
            limits[class] = parse_obuf_limit(&group[1..])
                .ok_or("Error in hard, soft or soft_seconds setting in buffer limit configuration.".to_string())?;
        }
        Ok(Value::Obuf(limits))
    }

    /// Validates a `proc-title-template` like Redis: it must expand (with an
    /// empty title) to something non-blank and use only known variables.
    fn valid_title_template(&self, template: &str) -> bool {
        let mut out = String::new();
        let mut rest = template;
        while !rest.is_empty() {
            let Some(open) = rest.find('{') else {
                out.push_str(rest);
                break;
            };
            out.push_str(&rest[..open]);
            let after = &rest[open + 1..];
            if after.is_empty() {
                return false;
            }
            if let Some(quoted) = after.strip_prefix('{') {
                out.push('{');
                rest = quoted;
                continue;
            }
            let Some(close) = after.find('}') else {
                return false;
            };
            let Some(value) = self.title_variable(&after[..close]) else {
                return false;
            };
            out.push_str(&value);
            rest = &after[close + 1..];
        }
        !out.trim_matches(' ').is_empty()
    }

    fn title_variable(&self, name: &str) -> Option<String> {
        let port = self.int("port");
        let tls_port = self.int("tls-port");
        Some(match name {
            "title" => String::new(),
            "listen-addr" if port != 0 || tls_port != 0 => {
                let bind = self.bind();
                let addr = bind.first().map_or("*", String::as_str);
                format!("{addr}:{}", if port != 0 { port } else { tls_port })
            }
            "listen-addr" => format!("unixsocket:{}", self.str("unixsocket")),
            "server-mode" if self.bool("cluster-enabled") => "[cluster]".into(),
            "server-mode" => String::new(),
            "config-file" => "-".into(),
            "port" => port.to_string(),
            "tls-port" => tls_port.to_string(),
            "unixsocket" => self.str("unixsocket").to_string(),
            _ => return None,
        })
    }
}

fn parse_bool_value(d: &Directive, v: &str) -> Result<Value, String> {
    let b = parse_bool(v).ok_or("argument must be 'yes' or 'no'")?;
    if d.name == "activedefrag" && b {
        // Like Debian's redis-server, which is built without Redis' jemalloc.
        return Err("Active defragmentation cannot be enabled: it requires a Redis server \
                    compiled with a modified Jemalloc like the one shipped by default with \
                    the Redis source distribution"
            .into());
    }
    Ok(Value::Bool(b))
}

fn parse_int(v: &str, min: i64, max: i64) -> Result<Value, String> {
    let n = parse_ll(v).ok_or("argument couldn't be parsed into an integer")?;
    if n < min || n > max {
        return Err(format!("argument must be between {min} and {max} inclusive"));
    }
    Ok(Value::Int(n))
}

/// Memory values and bounds compare as unsigned, like Redis's unsigned types.
fn parse_mem(v: &str, min: i64, max: i64) -> Result<Value, String> {
    let n = parse_memory_u64(v).ok_or("argument must be a memory value")?;
    let (min, max) = (min as u64, max as u64);
    if n < min || n > max {
        return Err(format!("argument must be between {min} and {max} inclusive"));
    }
    Ok(Value::Int(n as i64))
}

fn enum_error(list: &[&str]) -> String {
    let mut msg = format!("argument(s) must be one of the following: {}", list.join(", "));
    if msg.len() > LOADBUF_SIZE - 1 {
        let mut cut = LOADBUF_SIZE - 1;
        while !msg.is_char_boundary(cut) {
            cut -= 1;
        }
        msg.truncate(cut);
    }
    msg
}

fn parse_enum(list: &[&str], args: &[String]) -> Result<usize, String> {
    match args {
        [one] => list
            .iter()
            .position(|n| n.eq_ignore_ascii_case(one))
            .ok_or_else(|| enum_error(list)),
        _ => Err(enum_error(list)),
    }
}

/// Bit value of entry `i` of a Flags list: the first entry is the empty set.
fn flag_bit(i: usize) -> u32 {
    if i == 0 { 0 } else { 1 << (i - 1) }
}

fn parse_flags(d: &Directive, list: &[&str], args: &[String]) -> Result<Value, String> {
    if args.is_empty() {
        return Err(enum_error(list));
    }
    let mut bits = 0;
    for arg in args {
        let i = parse_enum(list, std::slice::from_ref(arg))?;
        bits |= flag_bit(i);
    }
    if d.name.starts_with("shutdown-on-sig") && bits & SHUTDOWN_SAVE != 0 && bits & SHUTDOWN_NOSAVE != 0 {
        return Err("shutdown options SAVE and NOSAVE can't be used simultaneously".into());
    }
    Ok(Value::Flags(bits))
}

/// Redis's `configEnumGetName` for bit flags.
fn flags_name(list: &[&str], bits: u32) -> String {
    if let Some(i) = (0..list.len()).find(|&i| flag_bit(i) == bits) {
        return list[i].to_string();
    }
    let mut names = Vec::new();
    let mut left = bits;
    for (i, name) in list.iter().enumerate() {
        let bit = flag_bit(i);
        if bit != 0 && left & bit == bit {
            names.push(*name);
            left &= !bit;
        }
    }
    if names.is_empty() || left != 0 {
        return "unknown".into();
    }
    names.join(" ")
}

fn validate_hostname(v: &str) -> Result<(), &'static str> {
    if v.len() >= NET_HOST_STR_LEN {
        return Err("Hostnames must be less than 256 characters");
    }
    if !v.bytes().all(|c| c.is_ascii_alphanumeric() || c == b'-' || c == b'.') {
        return Err("Hostnames may only contain alphanumeric characters, hyphens or dots");
    }
    Ok(())
}

/// `save <seconds> <changes> ...`: seconds >= 1, changes >= 0 (C strtoll).
fn parse_save(args: &[String]) -> Result<Vec<(i64, i32)>, String> {
    let err = || "Invalid save parameters".to_string();
    if !args.len().is_multiple_of(2) {
        return Err(err());
    }
    let mut pairs = Vec::new();
    for pair in args.chunks(2) {
        let (seconds, s_ok, _) = c_strtoll(&pair[0], 10);
        let (changes, c_ok, _) = c_strtoll(&pair[1], 10);
        if !s_ok || !c_ok || seconds < 1 || changes < 0 {
            return Err(err());
        }
        pairs.push((seconds, changes as i32));
    }
    Ok(pairs)
}

fn obuf_class(name: &str) -> Option<usize> {
    match name.to_ascii_lowercase().as_str() {
        "normal" => Some(0),
        "slave" | "replica" => Some(1),
        "pubsub" => Some(2),
        _ => None,
    }
}

/// `<hard> <soft> <soft-seconds>` of one output buffer class.
fn parse_obuf_limit(v: &[String]) -> Option<ObufLimit> {
    let hard = parse_memory_u64(&v[0])?;
    let soft = parse_memory_u64(&v[1])?;
    let (secs, full, _) = c_strtoll(&v[2], 10);
    let soft_seconds = secs as i32;
    (full && soft_seconds >= 0).then_some(ObufLimit {
        hard,
        soft,
        soft_seconds,
    })
}

fn parse_oom(args: &[String]) -> Result<Value, String> {
    let [a, b, c] = args else {
        return Err("wrong number of arguments".into());
    };
    let mut values = [0i32; 3];
    for (slot, arg) in values.iter_mut().zip([a, b, c]) {
        let (v, full, _) = c_strtoll(arg, 10);
        if !full || !(-2000..=2000).contains(&v) {
            return Err("Invalid oom-score-adj-values, elements must be between -2000 and 2000.".into());
        }
        *slot = v as i32;
    }
    Ok(Value::Oom(values))
}

const EVENT_CHARS: &[(u8, u32)] = &[
    (b'A', NOTIFY_ALL),
    (b'g', NOTIFY_GENERIC),
    (b'$', NOTIFY_STRING),
    (b'l', NOTIFY_LIST),
    (b's', NOTIFY_SET),
    (b'h', NOTIFY_HASH),
    (b'z', NOTIFY_ZSET),
    (b'x', NOTIFY_EXPIRED),
    (b'e', NOTIFY_EVICTED),
    (b'K', NOTIFY_KEYSPACE),
    (b'E', NOTIFY_KEYEVENT),
    (b't', NOTIFY_STREAM),
    (b'm', NOTIFY_KEY_MISS),
    (b'd', NOTIFY_MODULE),
    (b'n', NOTIFY_NEW),
];

/// Parses keyspace notification classes (`keyspaceEventsStringToFlags`).
pub fn parse_keyspace_events(classes: &str) -> Option<u32> {
    let mut flags = 0;
    for c in classes.bytes().take_while(|&c| c != 0) {
        flags |= EVENT_CHARS.iter().find(|(ch, _)| *ch == c)?.1;
    }
    Some(flags)
}

/// Formats keyspace notification classes (`keyspaceEventsFlagsToString`).
pub fn keyspace_events_string(flags: u32) -> String {
    let mut out = String::new();
    if flags & NOTIFY_ALL == NOTIFY_ALL {
        out.push('A');
    } else {
        for (c, bit) in "g$lshzxetdn".chars().zip([
            NOTIFY_GENERIC,
            NOTIFY_STRING,
            NOTIFY_LIST,
            NOTIFY_SET,
            NOTIFY_HASH,
            NOTIFY_ZSET,
            NOTIFY_EXPIRED,
            NOTIFY_EVICTED,
            NOTIFY_STREAM,
            NOTIFY_MODULE,
            NOTIFY_NEW,
        ]) {
            if flags & bit != 0 {
                out.push(c);
            }
        }
    }
    for (c, bit) in [('K', NOTIFY_KEYSPACE), ('E', NOTIFY_KEYEVENT), ('m', NOTIFY_KEY_MISS)] {
        if flags & bit != 0 {
            out.push(c);
        }
    }
    out
}

fn parse_events(args: &[String]) -> Result<Value, String> {
    let [classes] = args else {
        return Err("wrong number of arguments".into());
    };
    parse_keyspace_events(classes)
        .map(Value::Events)
        .ok_or_else(|| "Invalid event class character. Use 'Ag$lshzxeKEtmdn'.".into())
}

fn parse_bind(args: &[String]) -> Result<Value, String> {
    if args.len() > CONFIG_BINDADDR_MAX {
        return Err("Too many bind addresses specified.".into());
    }
    if let [only] = args
        && only.is_empty()
    {
        return Ok(Value::Bind(Vec::new()));
    }
    Ok(Value::Bind(args.to_vec()))
}

fn parse_replicaof(args: &[String]) -> Result<Value, String> {
    let [host, port] = args else {
        return Err("wrong number of arguments".into());
    };
    if host.eq_ignore_ascii_case("no") && port.eq_ignore_ascii_case("one") {
        return Ok(Value::ReplicaOf(None));
    }
    let (p, full, _) = c_strtoll(port, 10);
    let p = p as i32;
    if !full || !(0..=65535).contains(&p) {
        return Err("Invalid master port".into());
    }
    Ok(Value::ReplicaOf(Some((host.clone(), p))))
}

fn parse_percentiles(args: &[String]) -> Result<Value, String> {
    if let [only] = args
        && only.is_empty()
    {
        return Ok(Value::Percentiles(Vec::new()));
    }
    let mut out = Vec::with_capacity(args.len());
    for arg in args {
        let p = parse_double(arg).ok_or("Invalid latency-tracking-info-percentiles parameters")?;
        if !(0.0..=100.0).contains(&p) {
            return Err("latency-tracking-info-percentiles parameters should sit between [0.0,100.0]".into());
        }
        out.push(p);
    }
    Ok(Value::Percentiles(out))
}

/// `unixsocketperm`: an octal number between 0 and 0777.
fn parse_octal(v: &str) -> Result<Value, String> {
    let (n, full, overflow) = c_strtoll(v, 8);
    if !full || overflow {
        return Err("argument couldn't be parsed as an octal number".into());
    }
    if !(0..=0o777).contains(&n) {
        return Err("argument must be between 0 and 777 inclusive".into());
    }
    Ok(Value::Octal(n))
}

/// `maxmemory-clients`: bytes (memory units) or `N%` of maxmemory, stored as
/// a negated percentage.
fn parse_mem_or_percent(v: &str) -> Result<Value, String> {
    let n = match parse_memory_u64(v) {
        Some(bytes) => bytes as i64,
        None => v
            .strip_suffix('%')
            .filter(|digits| !digits.is_empty())
            .and_then(parse_ll)
            .filter(|&p| p >= 0)
            .map(|p| -p)
            .ok_or("argument must be a memory or percent value")?,
    };
    if n < -100 {
        return Err("percentage argument must be less or equal to 100".into());
    }
    Ok(Value::MemOrPercent(n))
}

/// C's `%f` followed by Redis's `trimDoubleString`.
fn format_percentile(p: f64) -> String {
    let s = format!("{p:.6}");
    if s.contains('.') {
        s.trim_end_matches('0').trim_end_matches('.').to_string()
    } else {
        s
    }
}

// ---------------------------------------------------------------------------
// CONFIG GET / CONFIG SET
// ---------------------------------------------------------------------------

impl Config {
    /// CONFIG GET for one pattern: a name without `[*?` is looked up exactly
    /// (case-insensitive, aliases and hidden configs included) and echoed as
    /// given; otherwise every non-hidden name and alias matching the glob
    /// (case-insensitive) is returned. Values are formatted like redis-server.
    pub fn get(&self, pattern: &str) -> Vec<(String, String)> {
        if !pattern.contains(['[', '*', '?']) {
            return directives::position(pattern)
                .map(|i| vec![(pattern.to_string(), self.format(i))])
                .unwrap_or_default();
        }
        let mut out = Vec::new();
        for (i, d) in DIRECTIVES.iter().enumerate() {
            if d.is_file_only() || d.is_hidden() {
                continue;
            }
            for name in std::iter::once(d.name).chain(d.alias) {
                if glob_match(pattern.as_bytes(), name.as_bytes(), true) {
                    out.push((name.to_string(), self.format(i)));
                }
            }
        }
        out
    }

    /// CONFIG SET of one parameter, validated like Redis. The error is the
    /// reason only; the caller wraps it as `ERR CONFIG SET failed (possibly
    /// related to argument '<name>') - <reason>`. Unknown names should be
    /// caught by the caller first with [`directives::find`] (Redis answers
    /// `ERR Unknown option or number of arguments for CONFIG SET - '<name>'`).
    /// Protected configs are judged for a non-local client; see [`Config::set_as`].
    pub fn set(&mut self, name: &str, value: &str) -> Result<(), String> {
        self.set_as(name, value, false)
    }

    /// [`Config::set`] for a client that is (`local_client`) or is not
    /// connected over loopback/Unix socket, which matters for protected
    /// configs when `enable-protected-configs` is `local`.
    pub fn set_as(&mut self, name: &str, value: &str, local_client: bool) -> Result<(), String> {
        let Some(idx) = directives::position(name) else {
            return Err(format!(
                "Unknown option or number of arguments for CONFIG SET - '{name}'"
            ));
        };
        let d = &DIRECTIVES[idx];
        if !d.mutable {
            return Err("can't set immutable config".into());
        }
        if d.is_protected() && !self.protected_allowed(local_client) {
            return Err("can't set protected config".into());
        }
        self.force_set(name, value)?;
        if d.name == "repl-backlog-size" {
            // Redis's resizeReplicationBacklog() raises it on CONFIG SET.
            self.values[idx] = Value::Int(self.int("repl-backlog-size").max(REPL_BACKLOG_MIN_SIZE));
        }
        Ok(())
    }

    /// Sets a value with CONFIG SET's parsing and validation but without the
    /// immutable/protected checks: for the server's own start-up adjustments
    /// (e.g. the default pidfile of a daemonized server).
    pub fn force_set(&mut self, name: &str, value: &str) -> Result<(), String> {
        let Some(idx) = directives::position(name) else {
            return Err(format!(
                "Unknown option or number of arguments for CONFIG SET - '{name}'"
            ));
        };
        let d = &DIRECTIVES[idx];
        let args = if d.is_multi_arg() {
            split_spaces(value)
        } else {
            vec![value.to_string()]
        };
        self.apply(idx, &args, None)?;
        if d.name == "hz" {
            self.clamp_hz();
        }
        Ok(())
    }

    /// Current value of `name` formatted like CONFIG GET (None if unknown).
    pub fn get_one(&self, name: &str) -> Option<String> {
        directives::position(name).map(|i| self.format(i))
    }

    fn protected_allowed(&self, local_client: bool) -> bool {
        match self.str("enable-protected-configs") {
            "yes" => true,
            "local" => local_client,
            _ => false,
        }
    }

    fn clamp_hz(&mut self) {
        if let Some(idx) = directives::position("hz")
            && let Value::Int(hz) = &mut self.values[idx]
        {
            *hz = (*hz).clamp(CONFIG_MIN_HZ, CONFIG_MAX_HZ);
        }
    }

    fn format(&self, idx: usize) -> String {
        let d = &DIRECTIVES[idx];
        match &self.values[idx] {
            Value::Nothing => String::new(),
            Value::Bool(b) => if *b { "yes" } else { "no" }.into(),
            Value::Int(v) => match d.kind {
                Kind::Memory { .. } => (*v as u64).to_string(),
                _ => v.to_string(),
            },
            Value::Str(s) => s.clone(),
            Value::Enum(i) => match d.kind {
                Kind::Enum(list) => list.get(*i).copied().unwrap_or("unknown").into(),
                _ => String::new(),
            },
            Value::Flags(bits) => match d.kind {
                Kind::Flags(list) => flags_name(list, *bits),
                _ => String::new(),
            },
            other => self.format_special(other),
        }
    }

    fn format_special(&self, value: &Value) -> String {
        match value {
            Value::Save(pairs) => join(pairs.iter().map(|(s, c)| format!("{s} {c}"))),
            Value::Bind(addrs) => addrs.join(" "),
            Value::Obuf(limits) => join(
                OBUF_CLASSES
                    .iter()
                    .zip(limits)
                    .map(|(name, l)| format!("{name} {} {} {}", l.hard, l.soft, l.soft_seconds)),
            ),
            Value::Oom(v) => join(v.iter().map(i32::to_string)),
            Value::Events(flags) => keyspace_events_string(*flags),
            Value::ReplicaOf(r) => r
                .as_ref()
                .map(|(host, port)| format!("{host} {port}"))
                .unwrap_or_default(),
            Value::Percentiles(v) => join(v.iter().map(|p| format_percentile(*p))),
            Value::Octal(v) => format!("{v:o}"),
            Value::MemOrPercent(v) if *v < 0 => format!("{}%", -v),
            Value::MemOrPercent(v) => (*v as u64).to_string(),
            Value::Dir(_) => self.dir(),
            _ => String::new(),
        }
    }
}

fn join(items: impl Iterator<Item = String>) -> String {
    items.collect::<Vec<_>>().join(" ")
}

// ---------------------------------------------------------------------------
// Typed getters
// ---------------------------------------------------------------------------

impl Config {
    fn value(&self, name: &str) -> Option<&Value> {
        directives::position(name).map(|i| &self.values[i])
    }

    /// Numeric value: integers, memory sizes in bytes (u64 bit pattern),
    /// `unixsocketperm`, `maxmemory-clients` (negative = percentage of
    /// maxmemory), bool as 0/1, enum as its index, flags as bits. 0 if unknown.
    pub fn int(&self, name: &str) -> i64 {
        match self.value(name) {
            Some(Value::Int(v) | Value::Octal(v) | Value::MemOrPercent(v)) => *v,
            Some(Value::Bool(b)) => i64::from(*b),
            Some(Value::Enum(i)) => *i as i64,
            Some(Value::Flags(bits) | Value::Events(bits)) => i64::from(*bits),
            _ => 0,
        }
    }

    /// Boolean value (false if unknown or not a bool).
    pub fn bool(&self, name: &str) -> bool {
        matches!(self.value(name), Some(Value::Bool(true)))
    }

    /// String value: strings, the name of an enum value, `dir` as configured.
    /// Empty if unknown or not a string.
    pub fn str(&self, name: &str) -> &str {
        let Some(idx) = directives::position(name) else {
            return "";
        };
        match (&self.values[idx], DIRECTIVES[idx].kind) {
            (Value::Str(s) | Value::Dir(s), _) => s,
            (Value::Enum(i), Kind::Enum(list)) => list.get(*i).copied().unwrap_or(""),
            _ => "",
        }
    }

    /// The working directory (what CONFIG GET dir shows).
    pub fn dir(&self) -> String {
        if self.change_dir {
            return std::env::current_dir()
                .map(|p| p.to_string_lossy().into_owned())
                .unwrap_or_default();
        }
        self.str("dir").to_string()
    }

    /// Addresses to listen on (may be empty after `bind ""`).
    pub fn bind(&self) -> Vec<String> {
        match self.value("bind") {
            Some(Value::Bind(addrs)) => addrs.clone(),
            _ => Vec::new(),
        }
    }

    /// RDB save points as (seconds, changes); empty when snapshotting is off.
    pub fn save_params(&self) -> Vec<(u64, u64)> {
        match self.value("save") {
            Some(Value::Save(pairs)) => pairs.iter().map(|&(s, c)| (s.max(0) as u64, c.max(0) as u64)).collect(),
            _ => Vec::new(),
        }
    }

    /// (hard bytes, soft bytes, soft seconds) of an output buffer class:
    /// `normal`, `slave`/`replica` or `pubsub`. Zeros for an unknown class.
    pub fn client_output_buffer_limit(&self, class: &str) -> (u64, u64, u64) {
        let (Some(i), Some(Value::Obuf(limits))) = (obuf_class(class), self.value("client-output-buffer-limit")) else {
            return (0, 0, 0);
        };
        let l = limits[i];
        (l.hard, l.soft, l.soft_seconds.max(0) as u64)
    }

    /// The master to replicate from, if `replicaof` is set.
    pub fn replicaof(&self) -> Option<(String, u16)> {
        match self.value("replicaof") {
            Some(Value::ReplicaOf(Some((host, port)))) => Some((host.clone(), u16::try_from(*port).unwrap_or(0))),
            _ => None,
        }
    }

    /// `notify-keyspace-events` as NOTIFY_* bits.
    pub fn notify_keyspace_events(&self) -> u32 {
        match self.value("notify-keyspace-events") {
            Some(Value::Events(bits)) => *bits,
            _ => 0,
        }
    }

    /// `oom-score-adj-values` for master, replica and background child.
    pub fn oom_score_adj_values(&self) -> [i32; 3] {
        match self.value("oom-score-adj-values") {
            Some(Value::Oom(v)) => *v,
            _ => [0, 200, 800],
        }
    }

    /// `latency-tracking-info-percentiles`.
    pub fn latency_tracking_info_percentiles(&self) -> Vec<f64> {
        match self.value("latency-tracking-info-percentiles") {
            Some(Value::Percentiles(v)) => v.clone(),
            _ => Vec::new(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const QUIET: LoadOptions = LoadOptions {
        change_dir: false,
        check_logfile: false,
    };

    fn strings(items: &[&str]) -> Vec<String> {
        items.iter().map(|s| s.to_string()).collect()
    }

    fn load(file: &str, cli: &[&str]) -> Result<Config, ConfigError> {
        Config::load_with(Some(file), &strings(cli), QUIET)
    }

    fn load_err(file: Option<&str>, cli: &[&str]) -> String {
        match Config::load_with(file, &strings(cli), QUIET) {
            Ok(_) => panic!("expected an error"),
            Err(e) => e.to_string(),
        }
    }

    fn fatal(line: usize, text: &str, reason: &str) -> String {
        format!(
            "\n*** FATAL CONFIG FILE ERROR (Redis 7.0.15) ***\n\
             Reading the configuration file, at line {line}\n>>> '{text}'\n{reason}\n"
        )
    }

    fn get1(cfg: &Config, name: &str) -> String {
        cfg.get_one(name).unwrap_or_else(|| panic!("{name} unknown"))
    }

    /// A scratch directory unique to this test process and `tag`.
    fn scratch(tag: &str) -> std::path::PathBuf {
        let dir = std::env::temp_dir().join(format!("gossamer-cfg-{}-{tag}", std::process::id()));
        let _ = fs::remove_dir_all(&dir);
        fs::create_dir_all(&dir).expect("create scratch dir");
        dir
    }

    #[test]
    fn every_default_formats_back_to_itself() {
        let cfg = Config::default();
        for d in DIRECTIVES.iter().filter(|d| !d.is_file_only() && d.name != "dir") {
            assert_eq!(get1(&cfg, d.name), d.default, "{}", d.name);
        }
    }

    #[test]
    fn defaults_match_real_redis_server() {
        // Captured from `redis-server` 7.0.15 started without a config file.
        let cfg = Config::default();
        let expected = [
            ("save", "3600 1 300 100 60 10000"),
            (
                "client-output-buffer-limit",
                "normal 0 0 0 slave 268435456 67108864 60 pubsub 33554432 8388608 60",
            ),
            ("bind", "* -::*"),
            ("maxmemory", "0"),
            ("proto-max-bulk-len", "536870912"),
            ("client-query-buffer-limit", "1073741824"),
            ("latency-tracking-info-percentiles", "50 99 99.9"),
            ("oom-score-adj-values", "0 200 800"),
            ("shutdown-on-sigint", "default"),
            ("notify-keyspace-events", ""),
            ("unixsocketperm", "0"),
            ("maxmemory-clients", "0"),
            ("list-max-ziplist-size", "-2"),
            ("slave-read-only", "yes"),
            ("lua-time-limit", "5000"),
            ("proc-title-template", "{title} {listen-addr} {server-mode}"),
            ("syslog-facility", "local0"),
            ("replicaof", ""),
            ("acl-pubsub-default", "resetchannels"),
            ("active-defrag-ignore-bytes", "104857600"),
        ];
        for (name, value) in expected {
            assert_eq!(get1(&cfg, name), value, "{name}");
        }
        assert_eq!(cfg.bind(), vec!["*", "-::*"]);
        assert_eq!(cfg.save_params(), vec![(3600, 1), (300, 100), (60, 10000)]);
        assert_eq!(cfg.client_output_buffer_limit("replica"), (268435456, 67108864, 60));
        assert_eq!(cfg.int("port"), 6379);
        assert!(cfg.bool("protected-mode"));
        assert_eq!(cfg.str("maxmemory-policy"), "noeviction");
    }

    #[test]
    fn config_get_patterns() {
        let cfg = Config::default();
        // The real server lists 192 names (aliases included, hidden excluded).
        assert_eq!(cfg.get("*").len(), 192);
        let names: Vec<String> = cfg.get("maxmemory*").into_iter().map(|(n, _)| n).collect();
        let mut sorted = names.clone();
        sorted.sort();
        assert_eq!(
            sorted,
            strings(&[
                "maxmemory",
                "maxmemory-clients",
                "maxmemory-eviction-tenacity",
                "maxmemory-policy",
                "maxmemory-samples"
            ])
        );
        assert_eq!(cfg.get("MAXMEMORY"), vec![("MAXMEMORY".into(), "0".into())]);
        assert_eq!(cfg.get("slaveof"), vec![("slaveof".into(), String::new())]);
        assert_eq!(cfg.get("SLAVE-READ-ONLY").len(), 1);
        assert_eq!(cfg.get("watchdog-period"), vec![("watchdog-period".into(), "0".into())]);
        assert!(cfg.get("watchdog-*").is_empty());
        assert!(cfg.get("include").is_empty());
        assert!(cfg.get("nonexistent").is_empty());
        assert_eq!(cfg.get("replica-announce-p[o]rt").len(), 1);
    }

    #[test]
    fn cli_options_become_lines() {
        let cli = strings(&["--port", "7000", "--save", "", "--bind", "127.0.0.1", "::1"]);
        assert_eq!(
            cli_to_config(&cli),
            "port \"7000\" \nsave \"\" \nbind \"127.0.0.1\" \"::1\" "
        );
        assert_eq!(
            cli_to_config(&strings(&["--save", "--port", "1"])),
            "save \"\"\nport \"1\" "
        );
        assert_eq!(cli_to_config(&strings(&["--save"])), "save \"\"");
        assert_eq!(cli_to_config(&strings(&["--port 7000"])), "port 7000 ");
        assert_eq!(
            cli_to_config(&strings(&["--loglevel", "--save", "5"])),
            "loglevel \"--save\" \"5\" "
        );
        assert_eq!(cli_to_config(&strings(&["-", "--port", "1"])), "port \"1\" ");
        assert_eq!(
            cli_to_config(&strings(&["--requirepass", "a b\"\n"])),
            "requirepass \"a b\\\"\\n\" "
        );
    }

    #[test]
    fn cli_values_are_applied() {
        let cfg = Config::load_with(
            None,
            &strings(&["--port", "7000", "--save", "", "--bind", "127.0.0.1", "::1"]),
            QUIET,
        )
        .expect("load");
        assert_eq!(cfg.int("port"), 7000);
        assert!(cfg.save_params().is_empty());
        assert_eq!(cfg.bind(), vec!["127.0.0.1", "::1"]);
        let cfg = load("", &["--save", "900 1", "--requirepass", "p w"]).expect("load");
        assert_eq!(cfg.save_params(), vec![(900, 1)]);
        assert_eq!(cfg.str("requirepass"), "p w");
    }

    #[test]
    fn fatal_error_texts() {
        assert_eq!(
            load_err(None, &["--port", "abc"]),
            fatal(2, "port \"abc\"", "argument couldn't be parsed into an integer")
        );
        assert_eq!(
            load_err(Some("port 6379\nfoo bar\n"), &["--port", "1"]),
            fatal(2, "foo bar", "Bad directive or wrong number of arguments")
        );
        let cases = [
            ("daemonize maybe", "argument must be 'yes' or 'no'"),
            ("port 70000", "argument must be between 0 and 65535 inclusive"),
            (
                "loglevel loud",
                "argument(s) must be one of the following: debug, verbose, notice, warning",
            ),
            ("requirepass \"abc", "Unbalanced quotes in configuration line"),
            ("port 1 2", "wrong number of arguments"),
            ("sentinel monitor x", "sentinel directive while not in sentinel mode"),
            ("slaveof 1.2.3.4 99999", "Invalid master port"),
            ("maxmemory 1.5gb", "argument must be a memory value"),
            ("unixsocketperm 800", "argument couldn't be parsed as an octal number"),
            ("unixsocketperm 1777", "argument must be between 0 and 777 inclusive"),
            ("foo.bar", "Module config specified without value"),
            ("include a b", "Bad directive or wrong number of arguments"),
            (
                "list-max-ziplist-entries 1 2",
                "Bad directive or wrong number of arguments",
            ),
            ("save 10", "Invalid save parameters"),
            ("dbfilename a/b", "dbfilename can't be a path, just a filename"),
            ("appendfilename \"\"", "appendfilename can't be empty"),
            (
                "maxmemory-clients 101%",
                "percentage argument must be less or equal to 100",
            ),
            (
                "shutdown-on-sigint save nosave",
                "shutdown options SAVE and NOSAVE can't be used simultaneously",
            ),
        ];
        for (line, reason) in cases {
            assert_eq!(load_err(Some(line), &[]), fatal(1, line, reason), "{line}");
        }
        assert_eq!(
            load_err(Some("\tport   x  \r\n"), &[]),
            fatal(1, "port   x", "argument couldn't be parsed into an integer")
        );
    }

    #[test]
    fn errors_after_reading() {
        assert_eq!(
            load_err(Some("cluster-enabled yes\nslaveof 1.2.3.4 5\n"), &[]),
            "\n*** FATAL CONFIG FILE ERROR (Redis 7.0.15) ***\nreplicaof directive not allowed in cluster mode\n"
        );
        let opts = LoadOptions {
            change_dir: false,
            check_logfile: true,
        };
        let err = Config::load_with(Some("logfile /nonexistent-gossamer/x.log"), &[], opts).expect_err("logfile");
        assert_eq!(
            err.to_string(),
            "\n*** FATAL CONFIG FILE ERROR (Redis 7.0.15) ***\nCan't open the log file: No such file or directory\n"
        );
        let opts = LoadOptions {
            change_dir: true,
            check_logfile: false,
        };
        let err = Config::load_with(Some("dir /nonexistent-gossamer"), &[], opts).expect_err("dir");
        assert_eq!(
            err.to_string(),
            fatal(1, "dir /nonexistent-gossamer", "No such file or directory")
        );
    }

    #[test]
    fn missing_files() {
        let err = read_config_file("/nonexistent-gossamer.conf").expect_err("missing");
        assert_eq!(
            err.to_string(),
            "Fatal error, can't open config file '/nonexistent-gossamer.conf': No such file or directory"
        );
        let err = read_config_file("nonexistent-gossamer.conf").expect_err("missing");
        let ConfigError::OpenFile { path, .. } = err else {
            panic!("wrong error")
        };
        assert!(path.starts_with('/') && path.ends_with("/nonexistent-gossamer.conf"));
        assert_eq!(
            load_err(Some("include nonexistent-gossamer.conf"), &[]),
            "Fatal error, can't open config file 'nonexistent-gossamer.conf': No such file or directory"
        );
        let cfg = load("include /nonexistent-gossamer-dir/*.conf\nport 1", &[]).expect("glob");
        assert_eq!(cfg.int("port"), 1);
    }

    #[test]
    fn absolute_paths() {
        assert_eq!(absolute_path(" /etc/redis.conf\n"), "/etc/redis.conf");
        let cwd = std::env::current_dir().expect("cwd");
        let parent = cwd
            .parent()
            .map(|p| p.to_string_lossy().into_owned())
            .unwrap_or_default();
        let expected = format!("{}/x.conf", parent.trim_end_matches('/'));
        assert_eq!(absolute_path("../x.conf"), expected);
    }

    #[test]
    fn include_files() {
        let dir = scratch("include");
        let inc = dir.join("inc.conf");
        fs::write(&inc, "port 7001\nmaxmemory 1mb\n").expect("write");
        fs::write(dir.join("a.conf"), "databases 4\n").expect("write");
        fs::write(dir.join("b.conf"), "databases 8\n").expect("write");
        fs::write(dir.join(".hidden.conf"), "databases 99\n").expect("write");
        let text = format!(
            "port 7000\ninclude {}\ninclude {}/*.conf\n",
            inc.display(),
            dir.display()
        );
        let cfg = load(&text, &[]).expect("load");
        assert_eq!(cfg.int("port"), 7001);
        assert_eq!(cfg.int("maxmemory"), 1 << 20);
        assert_eq!(cfg.int("databases"), 8, "glob results are sorted, dot files skipped");
        // Errors inside an included file report that file's line numbers.
        fs::write(&inc, "\n\nbar\n").expect("write");
        let text = format!("port 1\ninclude {}\n", inc.display());
        assert_eq!(
            load_err(Some(&text), &[]),
            fatal(3, "bar", "Bad directive or wrong number of arguments")
        );
        let _ = fs::remove_dir_all(&dir);
    }

    #[test]
    fn save_lines_replace_then_append() {
        let cfg = load("save 900 1\nsave 300 10\n", &[]).expect("load");
        assert_eq!(cfg.save_params(), vec![(900, 1), (300, 10)]);
        assert_eq!(get1(&cfg, "save"), "900 1 300 10");
        let cfg = load("save \"\"\nsave 60 5\n", &[]).expect("load");
        assert_eq!(cfg.save_params(), vec![(60, 5)]);
        let cfg = load("save 900 1 300 10\n", &["--save", ""]).expect("load");
        assert!(cfg.save_params().is_empty());
        let cfg = load("save \"900 1 300 10\"\n", &[]).expect("load");
        assert_eq!(cfg.save_params().len(), 2);
        // After an include finishes Redis forgets it is reading a file, so
        // later save lines replace instead of appending.
        let dir = scratch("save");
        let inc = dir.join("empty.conf");
        fs::write(&inc, "").expect("write");
        let text = format!("include {}\nsave 900 1\nsave 300 10\n", inc.display());
        let cfg = load(&text, &[]).expect("load");
        assert_eq!(cfg.save_params(), vec![(300, 10)]);
        let _ = fs::remove_dir_all(&dir);
    }

    #[test]
    fn multi_arg_values() {
        let cfg = load(
            "client-output-buffer-limit replica 1mb 2kb 3\noom-score-adj-values \"1 2 3\"\nshutdown-on-sigterm now save\n",
            &[],
        )
        .expect("load");
        assert_eq!(
            get1(&cfg, "client-output-buffer-limit"),
            "normal 0 0 0 slave 1048576 2048 3 pubsub 33554432 8388608 60"
        );
        assert_eq!(cfg.oom_score_adj_values(), [1, 2, 3]);
        assert_eq!(get1(&cfg, "shutdown-on-sigterm"), "save now");
        assert_eq!(cfg.int("shutdown-on-sigterm") as u32, SHUTDOWN_SAVE | SHUTDOWN_NOW);
        let cfg = load("bind \"\"\nreplicaof localhost 6380\n", &[]).expect("load");
        assert!(cfg.bind().is_empty());
        assert_eq!(cfg.replicaof(), Some(("localhost".into(), 6380)));
        assert_eq!(get1(&cfg, "slaveof"), "localhost 6380");
        let cfg = load("replicaof no one\n", &[]).expect("load");
        assert_eq!(cfg.replicaof(), None);
    }

    #[test]
    fn config_set_validation() {
        let mut cfg = Config::default();
        let cases = [
            ("daemonize", "yes", "can't set immutable config"),
            ("dir", "/tmp", "can't set protected config"),
            ("dbfilename", "x.rdb", "can't set protected config"),
            ("port", "abc", "argument couldn't be parsed into an integer"),
            (
                "maxmemory-policy",
                "foo",
                "argument(s) must be one of the following: volatile-lru, volatile-lfu, volatile-random, volatile-ttl, allkeys-lru, allkeys-lfu, allkeys-random, noeviction",
            ),
            ("save", "1 2  3 4", "Invalid save parameters"),
            ("maxmemory", "-1", "argument must be a memory value"),
            ("maxmemory-clients", "-1", "argument must be a memory or percent value"),
            (
                "notify-keyspace-events",
                "Q",
                "Invalid event class character. Use 'Ag$lshzxeKEtmdn'.",
            ),
            ("oom-score-adj-values", "1 2", "wrong number of arguments"),
            (
                "oom-score-adj-values",
                "0 200 3000",
                "Invalid oom-score-adj-values, elements must be between -2000 and 2000.",
            ),
            (
                "client-output-buffer-limit",
                "master 1 1 1",
                "Invalid client class specified in buffer limit configuration.",
            ),
            (
                "client-output-buffer-limit",
                "normal 1 1",
                "Wrong number of arguments in buffer limit configuration.",
            ),
            (
                "client-output-buffer-limit",
                "normal 1 1 -1",
                "Error in hard, soft or soft_seconds setting in buffer limit configuration.",
            ),
            (
                "latency-tracking-info-percentiles",
                "101",
                "latency-tracking-info-percentiles parameters should sit between [0.0,100.0]",
            ),
            (
                "latency-tracking-info-percentiles",
                "abc",
                "Invalid latency-tracking-info-percentiles parameters",
            ),
            (
                "shutdown-on-sigint",
                "",
                "argument(s) must be one of the following: default, save, nosave, now, force",
            ),
            (
                "bind",
                "1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17",
                "Too many bind addresses specified.",
            ),
            (
                "cluster-announce-hostname",
                "a_b",
                "Hostnames may only contain alphanumeric characters, hyphens or dots",
            ),
            (
                "proc-title-template",
                "{nope}",
                "template format is invalid or contains unknown variables",
            ),
            (
                "proc-title-template",
                "{title} {server-mode}",
                "template format is invalid or contains unknown variables",
            ),
            (
                "activedefrag",
                "yes",
                "Active defragmentation cannot be enabled: it requires a Redis server compiled with a modified Jemalloc like the one shipped by default with the Redis source distribution",
            ),
        ];
        for (name, value, reason) in cases {
            assert_eq!(cfg.set(name, value), Err(reason.to_string()), "{name} {value}");
        }
        // Failed sets leave the old value.
        assert_eq!(get1(&cfg, "latency-tracking-info-percentiles"), "50 99 99.9");
        assert_eq!(get1(&cfg, "save"), "3600 1 300 100 60 10000");
    }

    #[test]
    fn config_set_values_format_like_redis() {
        let mut cfg = Config::default();
        let cases = [
            ("maxmemory", "", "0"),
            ("maxmemory", "kb", "0"),
            ("maxmemory", "18446744073709551615", "18446744073709551615"),
            ("maxmemory", "99999999999999999999999", "18446744073709551615"),
            ("maxmemory", "20000000000gb", "3028092406290448384"),
            ("maxmemory", "1GB", "1073741824"),
            ("maxmemory-clients", "18446744073709551615", "1%"),
            ("maxmemory-clients", "5%", "5%"),
            ("hz", "1000", "500"),
            ("hz", "0", "1"),
            ("shutdown-on-sigint", "now save", "save now"),
            ("notify-keyspace-events", "KEA", "AKE"),
            ("notify-keyspace-events", "Exg", "gxE"),
            (
                "latency-tracking-info-percentiles",
                "50 99.99999 100",
                "50 99.99999 100",
            ),
            ("latency-tracking-info-percentiles", "", ""),
            ("save", "", ""),
            ("save", "100 ", "100 0"),
            (
                "client-output-buffer-limit",
                "",
                "normal 0 0 0 slave 268435456 67108864 60 pubsub 33554432 8388608 60",
            ),
            ("slave-read-only", "NO", "no"),
            ("loglevel", "WARNING", "warning"),
            ("bind", "", ""),
        ];
        for (name, value, shown) in cases {
            assert_eq!(cfg.set(name, value), Ok(()), "{name} {value}");
            assert_eq!(get1(&cfg, name), shown, "{name} {value}");
        }
        assert!(!cfg.bool("replica-read-only"));
        assert_eq!(cfg.int("maxmemory-clients"), -5);
        // CONFIG SET raises a tiny backlog to 16kb, a config file does not.
        assert_eq!(cfg.set("repl-backlog-size", "64"), Ok(()));
        assert_eq!(cfg.int("repl-backlog-size"), 16384);
        let cfg = load("repl-backlog-size 64", &[]).expect("load");
        assert_eq!(cfg.int("repl-backlog-size"), 64);
        // force_set skips the immutable check.
        let mut cfg = Config::default();
        assert_eq!(cfg.force_set("pidfile", "/var/run/redis.pid"), Ok(()));
        assert_eq!(cfg.str("pidfile"), "/var/run/redis.pid");
    }

    #[test]
    fn protected_configs_follow_enable_protected_configs() {
        let mut cfg = load("enable-protected-configs local\n", &[]).expect("load");
        assert_eq!(
            cfg.set_as("dbfilename", "x.rdb", false),
            Err("can't set protected config".into())
        );
        assert_eq!(cfg.set_as("dbfilename", "x.rdb", true), Ok(()));
        assert_eq!(cfg.str("dbfilename"), "x.rdb");
        assert_eq!(cfg.set_as("dir", "/somewhere", true), Ok(()));
        assert_eq!(cfg.dir(), "/somewhere");
    }

    #[test]
    fn deferred_and_unsupported() {
        let text = "rename-command CONFIG \"\"\nuser alice on\nloadmodule /x.so a b\nfoo.bar 1 2\n\
                    rdb-del-sync-files no\nport 1\nslave-lazy-flush no\nsentinel\nlist-max-ziplist-value 64\n";
        let cfg = load(text, &[]).expect("load");
        let names: Vec<&str> = cfg.deferred().iter().map(|d| d.args[0].as_str()).collect();
        assert_eq!(names, ["rename-command", "user", "loadmodule", "foo.bar"]);
        assert_eq!(cfg.deferred()[0].line, 1);
        assert_eq!(cfg.deferred()[0].args, strings(&["rename-command", "CONFIG", ""]));
        assert_eq!(
            ConfigError::at(&cfg.deferred()[0], "No such command in rename-command").to_string(),
            fatal(1, "rename-command CONFIG \"\"", "No such command in rename-command")
        );
        assert_eq!(
            cfg.unsupported_set(),
            strings(&[
                "rename-command",
                "user",
                "loadmodule",
                "foo.bar",
                "rdb-del-sync-files",
                "replica-lazy-flush",
                "sentinel"
            ])
        );
    }

    #[test]
    fn debian_config_loads() {
        let text = include_str!("../../tests/data/debian-redis.conf");
        let cfg = Config::load_with(Some(text), &[], QUIET).expect("debian redis.conf");
        assert_eq!(cfg.bind(), vec!["127.0.0.1", "-::1"]);
        assert_eq!(cfg.str("dir"), "/var/lib/redis");
        assert_eq!(cfg.str("logfile"), "/var/log/redis/redis-server.log");
        assert!(cfg.bool("daemonize"));
        assert_eq!(get1(&cfg, "save"), "3600 1 300 100 60 10000");
        assert_eq!(
            get1(&cfg, "client-output-buffer-limit"),
            "normal 0 0 0 slave 268435456 67108864 60 pubsub 33554432 8388608 60"
        );
        assert_eq!(get1(&cfg, "auto-aof-rewrite-min-size"), "67108864");
        let unsupported = cfg.unsupported_set();
        assert!(unsupported.contains(&"rdb-del-sync-files".to_string()));
        assert!(!unsupported.contains(&"port".to_string()));
    }

    #[test]
    fn example_config_loads_and_lists_everything() {
        let text = include_str!("../../redis.conf.example");
        let cfg = Config::load_with(Some(text), &[], QUIET).expect("redis.conf.example");
        for d in DIRECTIVES.iter().filter(|d| !d.is_file_only() && d.name != "dir") {
            assert_eq!(get1(&cfg, d.name), d.default, "{}", d.name);
        }
        // Gossamer's own directives are not in Redis's example file.
        for d in DIRECTIVES.iter().filter(|d| !d.is_extension()) {
            let listed = text
                .lines()
                .map(|l| l.trim_start_matches("# "))
                .any(|l| l.split(' ').next() == Some(d.name));
            assert!(listed, "{} missing from redis.conf.example", d.name);
        }
    }

    #[test]
    fn keyspace_events_round_trip() {
        assert_eq!(parse_keyspace_events(""), Some(0));
        assert_eq!(
            parse_keyspace_events("KEA"),
            Some(NOTIFY_KEYSPACE | NOTIFY_KEYEVENT | NOTIFY_ALL)
        );
        assert_eq!(parse_keyspace_events("Kx?"), None);
        assert_eq!(keyspace_events_string(NOTIFY_ALL | NOTIFY_KEY_MISS | NOTIFY_NEW), "Am");
        assert_eq!(keyspace_events_string(NOTIFY_KEYEVENT | NOTIFY_EXPIRED), "xE");
    }
}
