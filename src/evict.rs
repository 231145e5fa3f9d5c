//! maxmemory: Redis's approximated eviction (performEvictions). Each pass
//! samples `maxmemory-samples` keys per database into a pool of the 16 best
//! candidates and evicts the best one, until used memory is under the limit,
//! the time budget is spent, or nothing is left to evict. LFU counters
//! (logarithmic, decaying per `lfu-decay-time` minutes) live here too.

use rand::RngExt;

use crate::db::Entry;
use crate::server::Server;

/// Size of the eviction pool (EVPOOL_SIZE).
const POOL_SIZE: usize = 16;

/// An eviction policy (`maxmemory-policy`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Policy {
    NoEviction,
    AllKeysLru,
    AllKeysLfu,
    AllKeysRandom,
    VolatileLru,
    VolatileLfu,
    VolatileRandom,
    VolatileTtl,
}

impl Policy {
    /// Parse a maxmemory-policy name.
    pub fn parse(name: &str) -> Policy {
        match name {
            "allkeys-lru" => Policy::AllKeysLru,
            "allkeys-lfu" => Policy::AllKeysLfu,
            "allkeys-random" => Policy::AllKeysRandom,
            "volatile-lru" => Policy::VolatileLru,
            "volatile-lfu" => Policy::VolatileLfu,
            "volatile-random" => Policy::VolatileRandom,
            "volatile-ttl" => Policy::VolatileTtl,
            _ => Policy::NoEviction,
        }
    }

    fn volatile_only(self) -> bool {
        matches!(
            self,
            Policy::VolatileLru | Policy::VolatileLfu | Policy::VolatileRandom | Policy::VolatileTtl
        )
    }

    fn random(self) -> bool {
        matches!(self, Policy::AllKeysRandom | Policy::VolatileRandom)
    }

    /// True for the LFU policies (OBJECT FREQ is available, IDLETIME is not).
    pub fn is_lfu(self) -> bool {
        matches!(self, Policy::AllKeysLfu | Policy::VolatileLfu)
    }
}

/// LFU parameters (`lfu-log-factor`, `lfu-decay-time`).
#[derive(Debug, Clone, Copy)]
pub struct Lfu {
    pub log_factor: u32,
    pub decay_minutes: i64,
}

impl Lfu {
    /// The counter after decay for the minutes elapsed since last access
    /// (LFUDecrAndReturn).
    pub fn decayed(&self, entry: &Entry, now_ms: i64) -> u8 {
        if self.decay_minutes <= 0 {
            return entry.lfu;
        }
        let elapsed_minutes = (now_ms - entry.access_ms).max(0) / 60_000;
        let periods = elapsed_minutes / self.decay_minutes;
        entry.lfu.saturating_sub(periods.min(255) as u8)
    }

    /// Record one access: decay, then a logarithmic increment (LFULogIncr).
    pub fn on_access(&self, entry: &mut Entry, now_ms: i64, rng: &mut impl rand::Rng) {
        let counter = self.decayed(entry, now_ms);
        entry.lfu = log_incr(counter, self.log_factor, rng);
    }
}

fn log_incr(counter: u8, log_factor: u32, rng: &mut impl rand::Rng) -> u8 {
    if counter == 255 {
        return 255;
    }
    let r: f64 = rng.random();
    let base = (counter as f64 - crate::db::value::LFU_INIT_VAL as f64).max(0.0);
    let p = 1.0 / (base * log_factor as f64 + 1.0);
    if r < p { counter + 1 } else { counter }
}

/// One candidate in the pool: a higher score is a better victim.
#[derive(Debug, Clone)]
struct Candidate {
    score: u64,
    db: usize,
    key: Box<[u8]>,
}

/// Eviction state kept across calls (the pool, as Redis keeps it).
#[derive(Debug, Default)]
pub struct Evictor {
    pool: Vec<Candidate>,
    next_db: usize,
    pub evicted_keys: u64,
}

/// Outcome of a pass.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    /// Under the limit (or no limit).
    Ok,
    /// Over the limit but keys were evicted; more will be next time.
    Running,
    /// Over the limit and nothing can be evicted.
    Fail,
}

/// Evict keys until used memory is under `maxmemory` (performEvictions).
pub fn perform_evictions(srv: &mut Server, now_ms: i64) -> Outcome {
    let maxmemory = srv.settings.maxmemory;
    if maxmemory == 0 || crate::alloc::used_memory() <= maxmemory {
        return Outcome::Ok;
    }
    let policy = srv.settings.maxmemory_policy;
    if policy == Policy::NoEviction {
        return Outcome::Fail;
    }
    let started = std::time::Instant::now();
    let budget = std::time::Duration::from_micros(500);
    let mut freed_any = false;
    while crate::alloc::used_memory() > maxmemory {
        let Some((db, key)) = pick_victim(srv, policy, now_ms) else {
            return if freed_any { Outcome::Running } else { Outcome::Fail };
        };
        if srv.dbs[db].remove(&key).is_some() {
            srv.evictor.evicted_keys += 1;
            srv.dirty += 1;
            crate::blocking::signal_key(srv, db, &key);
            crate::commands::multi::touch_watched_key(srv, db, &key);
            freed_any = true;
        }
        if started.elapsed() > budget {
            return Outcome::Running;
        }
    }
    Outcome::Ok
}

fn pick_victim(srv: &mut Server, policy: Policy, now_ms: i64) -> Option<(usize, Box<[u8]>)> {
    if policy.random() {
        return pick_random(srv, policy);
    }
    fill_pool(srv, policy, now_ms);
    while let Some(best) = srv.evictor.pool.pop() {
        let db = &srv.dbs[best.db];
        let still_there = if policy.volatile_only() {
            db.expire_at(&best.key).is_some()
        } else {
            db.peek(&best.key).is_some()
        };
        if still_there {
            return Some((best.db, best.key));
        }
    }
    None
}

/// Random policies: one random key, visiting databases round-robin.
fn pick_random(srv: &mut Server, policy: Policy) -> Option<(usize, Box<[u8]>)> {
    let n = srv.dbs.len();
    for _ in 0..n {
        let db = srv.evictor.next_db % n;
        srv.evictor.next_db += 1;
        let key = if policy.volatile_only() {
            srv.dbs[db].random_volatile(&mut srv.rng).map(|(k, _)| k)
        } else {
            srv.dbs[db].random_key(&mut srv.rng)
        };
        if let Some(key) = key {
            return Some((db, key.into()));
        }
    }
    None
}

/// Sample each database and merge the samples into the pool, best last.
fn fill_pool(srv: &mut Server, policy: Policy, now_ms: i64) {
    let samples = srv.settings.maxmemory_samples.max(1);
    let lfu = srv.settings.lfu;
    for db_index in 0..srv.dbs.len() {
        let db = &srv.dbs[db_index];
        let empty = if policy.volatile_only() {
            db.expires_len() == 0
        } else {
            db.is_empty()
        };
        if empty {
            continue;
        }
        for _ in 0..samples {
            let sampled = if policy.volatile_only() {
                db.random_volatile(&mut srv.rng).map(|(k, when)| (k, Some(when)))
            } else {
                db.random_key(&mut srv.rng).map(|k| (k, None))
            };
            let Some((key, when)) = sampled else { break };
            let Some(entry) = db.peek(key) else { continue };
            let score = match policy {
                Policy::VolatileTtl => u64::MAX - when.unwrap_or(i64::MAX).max(0) as u64,
                Policy::AllKeysLfu | Policy::VolatileLfu => 255 - lfu.decayed(entry, now_ms) as u64,
                _ => (now_ms - entry.access_ms).max(0) as u64,
            };
            if srv.evictor.pool.iter().any(|c| c.db == db_index && c.key[..] == *key) {
                continue;
            }
            srv.evictor.pool.push(Candidate {
                score,
                db: db_index,
                key: key.into(),
            });
        }
    }
    srv.evictor.pool.sort_by_key(|c| c.score);
    let excess = srv.evictor.pool.len().saturating_sub(POOL_SIZE);
    srv.evictor.pool.drain(..excess);
}
