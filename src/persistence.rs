//! On-disk RDB snapshots, as redis-server 7.0.15 does them (rdb.c's rdbSave,
//! rdbSaveBackground, backgroundSaveDoneHandler, rdbLoad; server.c's save
//! points and finishShutdown).
//!
//! This module owns:
//! - synchronous saves ([`save`]: `temp-<pid>.rdb` in the working directory,
//!   fsync, rename over `dbfilename`, fsync of the directory);
//! - forked saves ([`bgsave`] for BGSAVE and save points, [`spawn_rdb_child`]
//!   / [`spawn_child`] for other users such as replication full sync): the
//!   child serializes the dataset as of the fork, writes it with plain
//!   `std::fs` and leaves with `libc::_exit`, never touching the event loop;
//! - reaping the child ([`poll_child`]) and the serverCron duties ([`cron`]:
//!   reap, save points with the 5 s retry after a failure, BGSAVE SCHEDULE);
//! - loading `dbfilename` at start-up ([`load_at_startup`]) and installing a
//!   decoded file into the databases ([`install`]);
//! - the save step of SHUTDOWN and SIGTERM/SIGINT ([`prepare_shutdown`]).
//!
//! All paths are relative to the working directory, which `dir` changes (as
//! in Redis). Byte-level encoding lives in [`crate::rdb`].
//!
//! # Reuse for replication
//!
//! Full syncs fork through [`spawn_child`] with `Purpose::Replication`; [`cron`] reaps the child
//! every serverCron tick and leaves `(ok, path)` in `srv.rdb.replication_done`, which
//! `crate::replication::finish_snapshot` sends to the waiting replicas.
//! Only one child exists at a time (`srv.rdb_child`); BGSAVE and SAVE answer
//! "Background save already in progress" while any RDB child runs.

use std::io::{self, Write};
use std::path::{Path, PathBuf};

use log::{info, warn};

use crate::rdb::{self, LoadedRdb, RdbError};
use crate::server::{REDIS_VERSION, Server};

/// CONFIG_BGSAVE_RETRY_DELAY: seconds between automatic attempts after a
/// failed background save.
pub const BGSAVE_RETRY_DELAY: i64 = 5;

/// Why an RDB child was forked.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Purpose {
    /// BGSAVE, save points, BGSAVE SCHEDULE: the server's own snapshot.
    Bgsave,
    /// A snapshot for a replica's full sync; the result is left in
    /// [`RdbState::replication_done`] for the replication code.
    Replication,
    /// A diskless full sync: the child writes the RDB to the replicas' sockets
    /// (see [`crate::replication::diskless`]); its result goes to
    /// [`RdbState::replication_done`] too, with an empty path.
    ReplicationSocket,
}

/// The running RDB child (Redis's child_pid with CHILD_TYPE_RDB).
#[derive(Debug, Clone)]
pub struct RdbChild {
    pub pid: i32,
    pub purpose: Purpose,
    /// Final file the child renames its temp file to.
    pub path: PathBuf,
    pub started_ms: i64,
    /// `srv.dirty` at the fork (dirty_before_bgsave).
    pub dirty_before: u64,
}

/// Persistence bookkeeping reported by INFO persistence.
#[derive(Debug, Clone)]
pub struct RdbState {
    /// lastbgsave_status: false after a failed save.
    pub last_bgsave_ok: bool,
    /// lastbgsave_try, unix seconds.
    pub last_bgsave_try: i64,
    /// rdb_save_time_last: seconds the last background save took (-1: none).
    pub last_bgsave_secs: i64,
    /// stat_rdb_saves.
    pub saves: u64,
    /// rdb_bgsave_scheduled (BGSAVE SCHEDULE or BGSAVE inside EXEC).
    pub bgsave_scheduled: bool,
    /// rdb_last_load_keys_loaded / _expired.
    pub load_keys_loaded: u64,
    pub load_keys_expired: u64,
    /// Result of the last finished [`Purpose::Replication`] child: (ok, path).
    /// The replication code takes it.
    pub replication_done: Option<(bool, PathBuf)>,
}

impl Default for RdbState {
    fn default() -> RdbState {
        RdbState {
            last_bgsave_ok: true,
            last_bgsave_try: 0,
            last_bgsave_secs: -1,
            saves: 0,
            bgsave_scheduled: false,
            load_keys_loaded: 0,
            load_keys_expired: 0,
            replication_done: None,
        }
    }
}

/// A save failed; the reason was logged (Redis's C_ERR from rdbSave).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SaveFailed;

impl std::fmt::Display for SaveFailed {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "error saving the RDB file (see the log)")
    }
}

impl std::error::Error for SaveFailed {}

fn strerror(e: &io::Error) -> String {
    match e.raw_os_error() {
        // SAFETY: strerror returns a pointer to a NUL-terminated string.
        Some(code) => unsafe { std::ffi::CStr::from_ptr(libc::strerror(code)) }
            .to_string_lossy()
            .into_owned(),
        None => e.to_string(),
    }
}

fn cwd() -> String {
    std::env::current_dir()
        .map(|p| p.display().to_string())
        .unwrap_or_else(|_| "unknown".into())
}

/// `dbfilename`, relative to the working directory.
pub fn rdb_path(srv: &Server) -> PathBuf {
    PathBuf::from(srv.config.str("dbfilename"))
}

/// The AUX fields Redis 7.0 writes (rdbSaveInfoAuxFields), plus `extra`.
fn aux_fields(now_ms: i64, extra: &[(&'static str, Vec<u8>)]) -> Vec<(&'static str, Vec<u8>)> {
    let mut aux = vec![
        ("redis-ver", REDIS_VERSION.as_bytes().to_vec()),
        ("redis-bits", b"64".to_vec()),
        ("ctime", (now_ms / 1000).to_string().into_bytes()),
        ("used-mem", crate::alloc::used_memory().to_string().into_bytes()),
    ];
    aux.extend(extra.iter().cloned());
    aux.push(("aof-base", b"0".to_vec()));
    aux
}

/// Serialize the whole dataset as an RDB file.
pub fn snapshot(srv: &Server, now_ms: i64, extra_aux: &[(&'static str, Vec<u8>)]) -> Vec<u8> {
    rdb::write_rdb(&srv.dbs, &aux_fields(now_ms, extra_aux), now_ms)
}

/// rdbSave's file part: write `bytes` to `temp-<pid>.rdb`, fsync, rename to
/// `path`, fsync the directory. Logs Redis's messages; no state changes.
pub fn write_rdb_file(bytes: &[u8], path: &Path) -> Result<(), SaveFailed> {
    let tmp = PathBuf::from(format!("temp-{}.rdb", std::process::id()));
    let mut file = match std::fs::File::create(&tmp) {
        Ok(f) => f,
        Err(e) => {
            warn!(
                "Failed opening the temp RDB file {} (in server root dir {}) for saving: {}",
                tmp.display(),
                cwd(),
                strerror(&e)
            );
            return Err(SaveFailed);
        }
    };
    let step = file
        .write_all(bytes)
        .map_err(|e| ("rdbSaveRio", e))
        .and_then(|_| file.sync_all().map_err(|e| ("fsync", e)));
    drop(file);
    if let Err((op, e)) = step {
        warn!("Write error saving DB on disk({op}): {}", strerror(&e));
        let _ = std::fs::remove_file(&tmp);
        return Err(SaveFailed);
    }
    if let Err(e) = std::fs::rename(&tmp, path) {
        warn!(
            "Error moving temp DB file {} on the final destination {} (in server root dir {}): {}",
            tmp.display(),
            path.display(),
            cwd(),
            strerror(&e)
        );
        let _ = std::fs::remove_file(&tmp);
        return Err(SaveFailed);
    }
    let parent = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    };
    if let Err(e) = std::fs::File::open(&parent).and_then(|d| d.sync_all()) {
        warn!("Write error saving DB on disk(fsyncFileDir): {}", strerror(&e));
        return Err(SaveFailed);
    }
    info!("DB saved on disk");
    Ok(())
}

/// rdbSave: synchronous save to `dbfilename`; on success resets the dirty
/// counter and sets lastsave and the bgsave status, as Redis does.
pub fn save(srv: &mut Server, now_ms: i64) -> Result<(), SaveFailed> {
    let bytes = snapshot(srv, now_ms, &[]);
    let path = rdb_path(srv);
    write_rdb_file(&bytes, &path)?;
    srv.dirty = 0;
    srv.lastsave = crate::util::time::mstime() / 1000;
    srv.rdb.last_bgsave_ok = true;
    Ok(())
}

/// Fork a [`Purpose::Replication`] child writing an RDB of the current data
/// to `path` (through `temp-<childpid>.rdb` and a rename). Returns the pid;
/// fails when a child already runs or fork fails. Its end is reported by
/// [`poll_child`] (and stored in `srv.rdb.replication_done` by [`cron`]).
pub fn spawn_rdb_child(srv: &mut Server, path: &Path) -> io::Result<i32> {
    spawn_child(srv, path, Purpose::Replication, &[])
}

/// Fork a child writing the dataset (plus `extra_aux` fields, e.g.
/// repl-stream-db/repl-id/repl-offset) to `path`. The parent records it in
/// `srv.rdb_child`, counts it in `rdb_saves` and logs "Background saving
/// started by pid N".
pub fn spawn_child(
    srv: &mut Server,
    path: &Path,
    purpose: Purpose,
    extra_aux: &[(&'static str, Vec<u8>)],
) -> io::Result<i32> {
    fork_child(srv, path, purpose, |srv, now_ms| {
        let bytes = snapshot(srv, now_ms, extra_aux);
        if write_rdb_file(&bytes, path).is_ok() { 0 } else { 1 }
    })
}

/// Fork a child running `work` (given the server as of the fork and the fork time; it returns
/// the child's exit code). The parent records it in `srv.rdb_child`, counts it in `rdb_saves`
/// and logs "Background saving started by pid N".
pub fn fork_child(
    srv: &mut Server,
    path: &Path,
    purpose: Purpose,
    work: impl FnOnce(&Server, i64) -> i32,
) -> io::Result<i32> {
    if srv.rdb_child.is_some() {
        return Err(io::Error::other("Background save already in progress"));
    }
    let now_ms = crate::util::time::mstime();
    srv.rdb.saves += 1;
    srv.rdb.last_bgsave_try = now_ms / 1000;
    // SAFETY: the server is single-threaded; the child only serializes
    // memory it owns, writes a file or sockets and leaves with _exit.
    let pid = unsafe { libc::fork() };
    if pid == 0 {
        // Child: never returns into the event loop.
        unsafe {
            libc::signal(libc::SIGTERM, libc::SIG_DFL);
            libc::signal(libc::SIGINT, libc::SIG_DFL);
        }
        crate::logging::set_role(b'C');
        let code = work(srv, now_ms);
        // SAFETY: leave without running destructors or atexit handlers.
        unsafe { libc::_exit(code) };
    }
    if pid < 0 {
        let e = io::Error::last_os_error();
        srv.rdb.last_bgsave_ok = false;
        warn!("Can't save in background: fork: {}", strerror(&e));
        return Err(e);
    }
    info!("Background saving started by pid {pid}");
    srv.rdb_child = Some(RdbChild {
        pid,
        purpose,
        path: path.to_path_buf(),
        started_ms: now_ms,
        dirty_before: srv.dirty,
    });
    Ok(pid)
}

/// rdbSaveBackground to `dbfilename` (BGSAVE, save points).
pub fn bgsave(srv: &mut Server) -> io::Result<i32> {
    let path = rdb_path(srv);
    spawn_child(srv, &path, Purpose::Bgsave, &[])
}

/// Reap the RDB child if it has exited (waitpid WNOHANG). Returns
/// `(purpose, ok, path)` once, when it ends. For [`Purpose::Bgsave`] this
/// also applies backgroundSaveDoneHandlerDisk (dirty counter, lastsave,
/// status); for both it logs Redis's lines and records the duration.
pub fn poll_child(srv: &mut Server, now_ms: i64) -> Option<(Purpose, bool, PathBuf)> {
    let child = srv.rdb_child.as_ref()?;
    let mut status = 0;
    // SAFETY: waitpid on our own child.
    let r = unsafe { libc::waitpid(child.pid, &mut status, libc::WNOHANG) };
    if r == 0 {
        return None;
    }
    let child = srv.rdb_child.take()?;
    let (exitcode, bysignal) = if r < 0 {
        let e = io::Error::last_os_error();
        warn!(
            "waitpid() returned an error: {}. child_type: RDB, child_pid = {}",
            strerror(&e),
            child.pid
        );
        (1, 0)
    } else if libc::WIFSIGNALED(status) {
        (-1, libc::WTERMSIG(status))
    } else {
        (libc::WEXITSTATUS(status), 0)
    };
    let ok = bysignal == 0 && exitcode == 0;
    if ok {
        info!("Background saving terminated with success");
    } else if bysignal == 0 {
        warn!("Background saving error");
    } else {
        warn!("Background saving terminated by signal {bysignal}");
        let _ = std::fs::remove_file(format!("temp-{}.rdb", child.pid));
    }
    if child.purpose == Purpose::Bgsave {
        if ok {
            srv.dirty = srv.dirty.saturating_sub(child.dirty_before);
            srv.lastsave = now_ms / 1000;
            srv.rdb.last_bgsave_ok = true;
        } else if bysignal != libc::SIGUSR1 {
            srv.rdb.last_bgsave_ok = false;
        }
    }
    srv.rdb.last_bgsave_secs = now_ms / 1000 - child.started_ms / 1000;
    Some((child.purpose, ok, child.path))
}

/// Kill the running RDB child (killRDBChild), reap it and remove its temp file.
pub fn kill_child(srv: &mut Server) {
    if let Some(child) = srv.rdb_child.take() {
        // SAFETY: signalling and reaping our own child.
        unsafe {
            libc::kill(child.pid, libc::SIGUSR1);
            let mut status = 0;
            libc::waitpid(child.pid, &mut status, 0);
        }
        let _ = std::fs::remove_file(format!("temp-{}.rdb", child.pid));
    }
}

/// serverCron's persistence duties: reap a finished child (Replication
/// results go to `srv.rdb.replication_done`), otherwise check the save
/// points; then start a scheduled BGSAVE when possible.
pub fn cron(srv: &mut Server, now_ms: i64) {
    let now_s = now_ms / 1000;
    let retry_ok = |srv: &Server| now_s - srv.rdb.last_bgsave_try > BGSAVE_RETRY_DELAY || srv.rdb.last_bgsave_ok;
    if srv.rdb_child.is_some() {
        if let Some((Purpose::Replication | Purpose::ReplicationSocket, ok, path)) = poll_child(srv, now_ms) {
            srv.rdb.replication_done = Some((ok, path));
        }
    } else {
        for (seconds, changes) in srv.config.save_params() {
            if srv.dirty >= changes && now_s - srv.lastsave > seconds as i64 && retry_ok(srv) {
                info!("{changes} changes in {seconds} seconds. Saving...");
                let _ = bgsave(srv);
                break;
            }
        }
    }
    if srv.rdb_child.is_none() && srv.rdb.bgsave_scheduled && retry_ok(srv) && bgsave(srv).is_ok() {
        srv.rdb.bgsave_scheduled = false;
    }
}

/// How a shutdown was asked for (SHUTDOWN options or shutdown-on-sig*).
#[derive(Debug, Clone, Copy, Default)]
pub struct ShutdownFlags {
    pub save: bool,
    pub nosave: bool,
    pub force: bool,
}

impl ShutdownFlags {
    /// Parse `shutdown-on-sigterm` / `shutdown-on-sigint` values.
    pub fn from_config_words(words: &str) -> ShutdownFlags {
        let mut f = ShutdownFlags::default();
        for w in words.split_whitespace() {
            match w {
                "save" => f.save = true,
                "nosave" => f.nosave = true,
                "force" => f.force = true,
                _ => {}
            }
        }
        f
    }
}

/// prepareForShutdown/finishShutdown's persistence part: log "User requested
/// shutdown...", kill a saving child, and save synchronously when save
/// points are configured (and not NOSAVE) or SAVE was given. A failed save
/// is `Err` (the server must keep running) unless FORCE.
pub fn prepare_shutdown(srv: &mut Server, flags: ShutdownFlags, now_ms: i64) -> Result<(), SaveFailed> {
    warn!("User requested shutdown...");
    if srv.rdb_child.is_some() {
        warn!("There is a child saving an .rdb. Killing it!");
        kill_child(srv);
    }
    if (!srv.config.save_params().is_empty() && !flags.nosave) || flags.save {
        info!("Saving the final RDB snapshot before exiting.");
        if save(srv, now_ms).is_err() {
            if flags.force {
                warn!("Error trying to save the DB. Exit anyway.");
            } else {
                warn!("Error trying to save the DB, can't exit.");
                return Err(SaveFailed);
            }
        }
    }
    Ok(())
}

/// What loading found, for callers that restore replication state.
#[derive(Debug, Clone, Default)]
pub struct LoadOutcome {
    pub keys_loaded: u64,
    pub keys_expired: u64,
    /// `repl-id` and `repl-offset` AUX fields, when present.
    pub repl_id: Option<Vec<u8>>,
    pub repl_offset: Option<i64>,
}

/// Replace the databases' contents with a decoded file (flushes first).
/// Keys already expired at `now_ms` are dropped unless `is_replica`. Fails
/// when the file uses a database index the server does not have, or (in
/// cluster mode) has keys outside db 0; the message is Redis's.
pub fn install(srv: &mut Server, loaded: LoadedRdb, is_replica: bool, now_ms: i64) -> Result<LoadOutcome, String> {
    let databases = srv.dbs.len();
    if let Some((&max, _)) = loaded.dbs.iter().next_back()
        && max >= databases
    {
        return Err(format!(
            "FATAL: Data file was created with a Redis server configured to handle more than {databases} databases. Exiting"
        ));
    }
    if srv.settings.cluster_enabled && loaded.dbs.iter().any(|(&i, keys)| i != 0 && !keys.is_empty()) {
        return Err("You can't have keys in a DB different than DB 0 when in Cluster mode. Exiting.".into());
    }
    let mut out = LoadOutcome {
        repl_id: loaded.repl_id().map(<[u8]>::to_vec),
        repl_offset: loaded.repl_offset(),
        ..LoadOutcome::default()
    };
    for db in &mut srv.dbs {
        db.flush();
    }
    for (index, keys) in loaded.dbs {
        let db = &mut srv.dbs[index];
        for k in keys {
            if !is_replica && k.expire_ms.is_some_and(|when| when < now_ms) {
                out.keys_expired += 1;
                continue;
            }
            db.set(&k.key, k.value, now_ms, false);
            if let Some(when) = k.expire_ms {
                db.set_expire(&k.key, when);
            }
            out.keys_loaded += 1;
        }
    }
    srv.rdb.load_keys_loaded = out.keys_loaded;
    srv.rdb.load_keys_expired = out.keys_expired;
    Ok(out)
}

/// The log lines Redis writes for a file that cannot be loaded.
fn load_error_lines(bytes: &[u8], e: &RdbError) -> Vec<String> {
    const TERMINATING: &str = "Terminating server after rdb file reading failure.";
    match e {
        RdbError::BadHeader if bytes.len() < 9 || &bytes[..5] != b"REDIS" => vec![
            "Wrong signature trying to load DB from file".into(),
            "Fatal error loading the DB: Invalid argument. Exiting.".into(),
        ],
        RdbError::BadHeader => {
            let version = String::from_utf8_lossy(&bytes[5..9])
                .trim_start_matches('0')
                .to_string();
            vec![
                format!("Can't handle RDB format version {version}"),
                "Fatal error loading the DB: Invalid argument. Exiting.".into(),
            ]
        }
        RdbError::Truncated => vec![
            "Short read or OOM loading DB. Unrecoverable error, aborting now.".into(),
            "Internal error in RDB reading -> Unexpected EOF reading RDB file".into(),
            TERMINATING.into(),
        ],
        RdbError::BadChecksum => {
            let body = bytes.len().saturating_sub(8);
            let got = bytes
                .get(body..)
                .and_then(|b| <[u8; 8]>::try_from(b).ok())
                .map_or(0, u64::from_le_bytes);
            vec![
                format!(
                    "Wrong RDB checksum expected: ({:x}) but got ({got:x}). Aborting now.",
                    rdb::crc64(&bytes[..body])
                ),
                "Internal error in RDB reading -> RDB CRC error".into(),
                TERMINATING.into(),
            ]
        }
        other => vec![format!("Internal error in RDB reading -> {other}"), TERMINATING.into()],
    }
}

/// loadDataFromDisk: load `dbfilename` if it exists, logging Redis's lines.
/// A missing file is not an error. Any other failure returns the lines to
/// log before exiting with status 1; the file is never modified.
pub fn load_at_startup(srv: &mut Server) -> Result<Option<LoadOutcome>, Vec<String>> {
    let start = crate::util::time::ustime();
    let path = rdb_path(srv);
    let bytes = match std::fs::read(&path) {
        Ok(b) => b,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(vec![format!("Fatal error loading the DB: {}. Exiting.", strerror(&e))]),
    };
    let now_ms = crate::util::time::mstime();
    // Parse as a replica would (keep expired keys) so they can be counted.
    let loaded = rdb::load_rdb(&bytes, true, now_ms).map_err(|e| load_error_lines(&bytes, &e))?;
    if let Some(ver) = loaded.aux("redis-ver") {
        info!("Loading RDB produced by version {}", String::from_utf8_lossy(ver));
    }
    if let Some(ctime) = loaded.aux("ctime").and_then(crate::util::num::string2ll) {
        info!("RDB age {} seconds", now_ms / 1000 - ctime);
    }
    if let Some(mem) = loaded.aux("used-mem").and_then(crate::util::num::string2ll) {
        info!("RDB memory usage when created {:.2} Mb", mem as f64 / (1024.0 * 1024.0));
    }
    let outcome = install(srv, loaded, false, now_ms).map_err(|e| vec![e])?;
    info!(
        "Done loading RDB, keys loaded: {}, keys expired: {}.",
        outcome.keys_loaded, outcome.keys_expired
    );
    info!(
        "DB loaded from disk: {:.3} seconds",
        (crate::util::time::ustime() - start) as f64 / 1_000_000.0
    );
    Ok(Some(outcome))
}
