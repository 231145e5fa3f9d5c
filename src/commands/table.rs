//! Static command metadata table (names, arity, flags, key specs, docs).
//!
//! GENERATED FILE -- DO NOT EDIT BY HAND.
//!
//! Generated from the live `COMMAND INFO` / `COMMAND DOCS` output of
//! redis-server 7.0.15 by `tools/gen_command_table.py`.  To regenerate:
//!
//! ```text
//! redis-server --port 16398 --save '' --daemonize no &
//! python3 tools/gen_command_table.py --port 16398
//! ```
//!
//! The generator verifies, for every command and subcommand, that
//! re-encoding this model with the rules below reproduces the server's
//! `COMMAND INFO <name>` and `COMMAND DOCS <name>` replies byte for byte, in
//! RESP2 and RESP3.
//!
//! # `COMMAND INFO` entry (an array of 10 elements)
//!
//! 1. name (bulk string), 2. arity (integer), 3. flags (set of simple
//!    strings), 4. first key, 5. last key, 6. step (integers), 7. ACL
//!    categories (set of simple strings, e.g. `+@write`), 8. tips (set of
//!    bulk strings), 9. key specs (a *set* of maps), 10. subcommands: an
//!    *array* of `COMMAND INFO` entries, but an empty *set* when the command
//!    has no subcommands.
//!
//! A key spec is a map: `notes` (bulk, only if present), `flags` (set of
//! simple strings), `begin_search` (map: `type` bulk, `spec` map), and
//! `find_keys` (map: `type` bulk, `spec` map).  `begin_search` specs:
//! `index` -> {`index`: int}; `keyword` -> {`keyword`: bulk, `startfrom`:
//! int}; `unknown` -> {} (empty map).  `find_keys` specs: `range` ->
//! {`lastkey`, `keystep`, `limit`}; `keynum` -> {`keynumidx`, `firstkey`,
//! `keystep`} (all ints); `unknown` -> {}.
//!
//! `COMMAND INFO name...` replies an array with one entry per name; an
//! unknown name yields a null element (`$-1` in RESP2, `_` in RESP3).
//!
//! # `COMMAND DOCS` entry (a map)
//!
//! Fields in this order, each omitted when absent/empty: `summary`, `since`,
//! `group` (always), `complexity`, `doc_flags` (set of simple strings),
//! `deprecated_since`, `replaced_by`, `history` (a *set* of 2-element
//! arrays `[version, text]` of bulk strings), `arguments` (array of argument
//! maps), `subcommands` (map: full subcommand name -> docs entry).  All
//! scalar values are bulk strings.
//!
//! An argument map has, in this order: `name`, `type` (always), then
//! `key_spec_index` (integer, if not -1), `token`, `summary`, `since`,
//! `deprecated_since` (bulk strings, if present), `flags` (set of simple
//! strings, if non-empty), and `arguments` (array of argument maps; present
//! exactly when `type` is `oneof` or `block`).  redis-server 7.0.15 never
//! sends argument `value` or `display` fields, so [`ArgDoc::value`] and
//! [`ArgDoc::display`] are always `None`.
//!
//! `COMMAND DOCS [name...]` replies a map from command name to docs entry;
//! unknown names are skipped (the map is shorter).
//!
//! # Wire types
//!
//! In RESP3 maps are `%` and sets are `~`.  In RESP2 a map is a flat array
//! of 2*N elements (key, value, ...) and a set is a plain array.  The
//! server emits `COMMAND` / `COMMAND INFO` (no names) / `COMMAND DOCS` (no
//! names) and subcommand lists in hash-table order, which is randomised per
//! process; this table is sorted by name instead.

// Many fields are only read when replying to COMMAND DOCS / COMMAND INFO;
// keep a binary crate free of dead-code noise from this data-only module.
#![allow(dead_code)]

use std::cmp::Ordering;

/// Metadata of one command or subcommand, as reported by `COMMAND INFO`,
/// plus its `COMMAND DOCS` entry.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CommandInfo {
    /// Lower-case name; subcommands are `"parent|sub"`, e.g. `"client|list"`.
    pub name: &'static str,
    pub arity: i32,
    /// Command flags exactly as `COMMAND INFO` prints them.
    pub flags: &'static [&'static str],
    pub first_key: i32,
    pub last_key: i32,
    pub step: i32,
    /// ACL categories including the leading `@`.
    pub acl_categories: &'static [&'static str],
    pub tips: &'static [&'static str],
    pub key_specs: &'static [KeySpec],
    /// Sorted by name (the server's own order is random per process).
    pub subcommands: &'static [CommandInfo],
    pub doc: CommandDoc,
}

/// The `COMMAND DOCS` entry of a command (subcommand docs live in
/// [`CommandInfo::subcommands`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CommandDoc {
    pub summary: &'static str,
    pub since: &'static str,
    pub group: &'static str,
    /// `None` when the server omits the field (e.g. MONITOR, SYNC).
    pub complexity: Option<&'static str>,
    pub doc_flags: &'static [&'static str],
    pub deprecated_since: Option<&'static str>,
    pub replaced_by: Option<&'static str>,
    /// `(version, description)` pairs.
    pub history: &'static [(&'static str, &'static str)],
    pub arguments: &'static [ArgDoc],
}

/// One entry of a `COMMAND DOCS` `arguments` list.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ArgDoc {
    pub name: &'static str,
    /// The `type` field: `string`, `integer`, `double`, `key`, `pattern`,
    /// `unix-time`, `pure-token`, `oneof` or `block`.
    pub kind: &'static str,
    /// `-1` if the argument has no key spec.
    pub key_spec_index: i32,
    pub token: Option<&'static str>,
    pub summary: Option<&'static str>,
    pub since: Option<&'static str>,
    pub flags: &'static [&'static str],
    pub deprecated_since: Option<&'static str>,
    /// Never sent by redis-server 7.0.15; always `None`.
    pub value: Option<&'static str>,
    /// Never sent by redis-server 7.0.15; always `None`.
    pub display: Option<&'static str>,
    /// Nested arguments; the reply includes them (possibly empty) exactly
    /// when `kind` is `oneof` or `block`.
    pub arguments: &'static [ArgDoc],
}

impl ArgDoc {
    const EMPTY: ArgDoc = ArgDoc {
        name: "",
        kind: "",
        key_spec_index: -1,
        token: None,
        summary: None,
        since: None,
        flags: &[],
        deprecated_since: None,
        value: None,
        display: None,
        arguments: &[],
    };
}

/// A key specification (element 9 of a `COMMAND INFO` entry).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct KeySpec {
    pub notes: Option<&'static str>,
    pub flags: &'static [&'static str],
    pub begin_search: BeginSearch,
    pub find_keys: FindKeys,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BeginSearch {
    Index(i32),
    Keyword { keyword: &'static str, startfrom: i32 },
    Unknown,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FindKeys {
    /// `step` is the `keystep` field on the wire.
    Range {
        lastkey: i32,
        step: i32,
        limit: i32,
    },
    /// `step` is the `keystep` field on the wire.
    Keynum {
        keynumidx: i32,
        firstkey: i32,
        step: i32,
    },
    Unknown,
}

/// Compares a lower-case table name with `input`, ASCII-case-insensitively.
fn cmp_name(name: &str, input: &[u8]) -> Ordering {
    name.bytes().cmp(input.iter().map(u8::to_ascii_lowercase))
}

/// Finds a top-level command by name, ignoring ASCII case.  Does not
/// allocate.
pub fn lookup(name: &[u8]) -> Option<&'static CommandInfo> {
    COMMANDS
        .binary_search_by(|c| cmp_name(c.name, name))
        .ok()
        .map(|i| &COMMANDS[i])
}

/// Finds a subcommand of `parent` by its own name (`b"list"` for
/// `client|list`), ignoring ASCII case.  Does not allocate.
pub fn lookup_subcommand(parent: &'static CommandInfo, sub: &[u8]) -> Option<&'static CommandInfo> {
    let skip = parent.name.len() + 1;
    parent
        .subcommands
        .binary_search_by(|c| cmp_name(&c.name[skip..], sub))
        .ok()
        .map(|i| &parent.subcommands[i])
}

/// Finds a command by its full name as `COMMAND INFO` / `COMMAND DOCS`
/// accept it: `b"get"` or `b"client|list"`, ignoring ASCII case.
pub fn lookup_full(name: &[u8]) -> Option<&'static CommandInfo> {
    match name.iter().position(|&b| b == b'|') {
        None => lookup(name),
        Some(i) => lookup_subcommand(lookup(&name[..i])?, &name[i + 1..]),
    }
}

/// Every top-level command of redis-server 7.0.15, sorted by name.
pub static COMMANDS: &[CommandInfo] = &[
    CommandInfo {
        name: "acl",
        arity: -2,
        flags: &[],
        first_key: 0,
        last_key: 0,
        step: 0,
        acl_categories: &["@slow"],
        tips: &[],
        key_specs: &[],
        subcommands: &[
            CommandInfo {
                name: "acl|cat",
                arity: -2,
                flags: &["noscript", "loading", "stale"],
                first_key: 0,
                last_key: 0,
                step: 0,
                acl_categories: &["@slow"],
                tips: &[],
                key_specs: &[],
                subcommands: &[],
                doc: CommandDoc {
                    summary: "List the ACL categories or the commands inside a category",
                    since: "6.0.0",
                    group: "server",
                    complexity: Some("O(1) since the categories and commands are a fixed set."),
                    doc_flags: &[],
                    deprecated_since: None,
                    replaced_by: None,
                    history: &[],
                    arguments: &[ArgDoc {
                        name: "categoryname",
                        kind: "string",
                        flags: &["optional"],
                        ..ArgDoc::EMPTY
                    }],
                },
            },
            CommandInfo {
                name: "acl|deluser",
                arity: -3,
                flags: &["admin", "noscript", "loading", "stale"],
                first_key: 0,
                last_key: 0,
                step: 0,
                acl_categories: &["@admin", "@slow", "@dangerous"],
                tips: &[],
                key_specs: &[],
                subcommands: &[],
                doc: CommandDoc {
                    summary: "Remove the specified ACL users and the associated rules",
                    since: "6.0.0",
                    group: "server",
                    complexity: Some("O(1) amortized time considering the typical user."),
                    doc_flags: &[],
                    deprecated_since: None,
                    replaced_by: None,
                    history: &[],
                    arguments: &[ArgDoc {
                        name: "username",
                        kind: "string",
                        flags: &["multiple"],
                        ..ArgDoc::EMPTY
                    }],
                },
            },
            CommandInfo {
                name: "acl|dryrun",
                arity: -4,
                flags: &["admin", "noscript", "loading", "stale"],
                first_key: 0,
                last_key: 0,
                step: 0,
                acl_categories: &["@admin", "@slow", "@dangerous"],
                tips: &[],
                key_specs: &[],
                subcommands: &[],
                doc: CommandDoc {
                    summary: "Returns whether the user can execute the given command without executing the command.",
                    since: "7.0.0",
                    group: "server",
                    complexity: Some("O(1)."),
                    doc_flags: &[],
                    deprecated_since: None,
                    replaced_by: None,
                    history: &[],
                    arguments: &[
                        ArgDoc {
                            name: "username",
                            kind: "string",
                            ..ArgDoc::EMPTY
                        },
                        ArgDoc {
                            name: "command",
                            kind: "string",
                            ..ArgDoc::EMPTY
                        },
                        ArgDoc {
                            name: "arg",
                            kind: "string",
                            flags: &["optional", "multiple"],
                            ..ArgDoc::EMPTY
                        },
                    ],
                },
            },
            CommandInfo {
                name: "acl|genpass",
                arity: -2,
                flags: &["noscript", "loading", "stale"],
                first_key: 0,
                last_key: 0,
                step: 0,
                acl_categories: &["@slow"],
                tips: &[],
                key_specs: &[],
                subcommands: &[],
                doc: CommandDoc {
                    summary: "Generate a pseudorandom secure password to use for ACL users",
                    since: "6.0.0",
                    group: "server",
                    complexity: Some("O(1)"),
                    doc_flags: &[],
                    deprecated_since: None,
                    replaced_by: None,
                    history: &[],
                    arguments: &[ArgDoc {
                        name: "bits",
                        kind: "integer",
                        flags: &["optional"],
                        ..ArgDoc::EMPTY
                    }],
                },
            },
            CommandInfo {
                name: "acl|getuser",
                arity: 3,
                flags: &["admin", "noscript", "loading", "stale"],
                first_key: 0,
                last_key: 0,
                step: 0,
                acl_categories: &["@admin", "@slow", "@dangerous"],
                tips: &[],
                key_specs: &[],
                subcommands: &[],
                doc: CommandDoc {
                    summary: "Get the rules for a specific ACL user",
                    since: "6.0.0",
                    group: "server",
                    complexity: Some(
                        "O(N). Where N is the number of password, command and pattern rules that the user has.",
                    ),
                    doc_flags: &[],
                    deprecated_since: None,
                    replaced_by: None,
                    history: &[
                        ("6.2.0", "Added Pub/Sub channel patterns."),
                        (
                            "7.0.0",
                            "Added selectors and changed the format of key and channel patterns from a list to their rule representation.",
                        ),
                    ],
                    arguments: &[ArgDoc {
                        name: "username",
                        kind: "string",
                        ..ArgDoc::EMPTY
                    }],
                },
            },
            CommandInfo {
                name: "acl|help",
                arity: 2,
                flags: &["loading", "stale"],
                first_key: 0,
                last_key: 0,
                step: 0,
                acl_categories: &["@slow"],
                tips: &[],
                key_specs: &[],
                subcommands: &[],
                doc: CommandDoc {
                    summary: "Show helpful text about the different subcommands",
                    since: "6.0.0",
                    group: "server",
                    complexity: Some("O(1)"),
                    doc_flags: &[],
                    deprecated_since: None,
                    replaced_by: None,
                    history: &[],
                    arguments: &[],
                },
            },
            CommandInfo {
                name: "acl|list",
                arity: 2,
                flags: &["admin", "noscript", "loading", "stale"],
                first_key: 0,
                last_key: 0,
                step: 0,
                acl_categories: &["@admin", "@slow", "@dangerous"],
                tips: &[],
                key_specs: &[],
                subcommands: &[],
                doc: CommandDoc {
                    summary: "List the current ACL rules in ACL config file format",
                    since: "6.0.0",
                    group: "server",
                    complexity: Some("O(N). Where N is the number of configured users."),
                    doc_flags: &[],
                    deprecated_since: None,
                    replaced_by: None,
                    history: &[],
                    arguments: &[],
                },
            },
            CommandInfo {
                name: "acl|load",
                arity: 2,
                flags: &["admin", "noscript", "loading", "stale"],
                first_key: 0,
                last_key: 0,
                step: 0,
                acl_categories: &["@admin", "@slow", "@dangerous"],
                tips: &[],
                key_specs: &[],
                subcommands: &[],
                doc: CommandDoc {
                    summary: "Reload the ACLs from the configured ACL file",
                    since: "6.0.0",
                    group: "server",
                    complexity: Some("O(N). Where N is the number of configured users."),
                    doc_flags: &[],
                    deprecated_since: None,
                    replaced_by: None,
                    history: &[],
                    arguments: &[],
                },
            },
            CommandInfo {
                name: "acl|log",
                arity: -2,
                flags: &["admin", "noscript", "loading", "stale"],
                first_key: 0,
                last_key: 0,
                step: 0,
                acl_categories: &["@admin", "@slow", "@dangerous"],
                tips: &[],
                key_specs: &[],
                subcommands: &[],
                doc: CommandDoc {
                    summary: "List latest events denied because of ACLs in place",
                    since: "6.0.0",
                    group: "server",
                    complexity: Some("O(N) with N being the number of entries shown."),
                    doc_flags: &[],
                    deprecated_since: None,
                    replaced_by: None,
                    history: &[],
                    arguments: &[ArgDoc {
                        name: "operation",
                        kind: "oneof",
                        flags: &["optional"],
                        arguments: &[
                            ArgDoc {
                                name: "count",
                                kind: "integer",
                                ..ArgDoc::EMPTY
                            },
                            ArgDoc {
                                name: "reset",
                                kind: "pure-token",
                                token: Some("RESET"),
                                ..ArgDoc::EMPTY
                            },
                        ],
                        ..ArgDoc::EMPTY
                    }],
                },
            },
            CommandInfo {
                name: "acl|save",
                arity: 2,
                flags: &["admin", "noscript", "loading", "stale"],
                first_key: 0,
                last_key: 0,
                step: 0,
                acl_categories: &["@admin", "@slow", "@dangerous"],
                tips: &[],
                key_specs: &[],
                subcommands: &[],
                doc: CommandDoc {
                    summary: "Save the current ACL rules in the configured ACL file",
                    since: "6.0.0",
                    group: "server",
                    complexity: Some("O(N). Where N is the number of configured users."),
                    doc_flags: &[],
                    deprecated_since: None,
                    replaced_by: None,
                    history: &[],
                    arguments: &[],
                },
            },
            CommandInfo {
                name: "acl|setuser",
                arity: -3,
                flags: &["admin", "noscript", "loading", "stale"],
                first_key: 0,
                last_key: 0,
                step: 0,
                acl_categories: &["@admin", "@slow", "@dangerous"],
                tips: &[],
                key_specs: &[],
                subcommands: &[],
                doc: CommandDoc {
                    summary: "Modify or create the rules for a specific ACL user",
                    since: "6.0.0",
                    group: "server",
                    complexity: Some("O(N). Where N is the number of rules provided."),
                    doc_flags: &[],
                    deprecated_since: None,
                    replaced_by: None,
                    history: &[
                        ("6.2.0", "Added Pub/Sub channel patterns."),
                        ("7.0.0", "Added selectors and key based permissions."),
                    ],
                    arguments: &[
                        ArgDoc {
                            name: "username",
                            kind: "string",
                            ..ArgDoc::EMPTY
                        },
                        ArgDoc {
                            name: "rule",
                            kind: "string",
                            flags: &["optional", "multiple"],
                            ..ArgDoc::EMPTY
                        },
                    ],
                },
            },
            CommandInfo {
                name: "acl|users",
                arity: 2,
                flags: &["admin", "noscript", "loading", "stale"],
                first_key: 0,
                last_key: 0,
                step: 0,
                acl_categories: &["@admin", "@slow", "@dangerous"],
                tips: &[],
                key_specs: &[],
                subcommands: &[],
                doc: CommandDoc {
                    summary: "List the username of all the configured ACL rules",
                    since: "6.0.0",
                    group: "server",
                    complexity: Some("O(N). Where N is the number of configured users."),
                    doc_flags: &[],
                    deprecated_since: None,
                    replaced_by: None,
                    history: &[],
                    arguments: &[],
                },
            },
            CommandInfo {
                name: "acl|whoami",
                arity: 2,
                flags: &["noscript", "loading", "stale"],
                first_key: 0,
                last_key: 0,
                step: 0,
                acl_categories: &["@slow"],
                tips: &[],
                key_specs: &[],
                subcommands: &[],
                doc: CommandDoc {
                    summary: "Return the name of the user associated to the current connection",
                    since: "6.0.0",
                    group: "server",
                    complexity: Some("O(1)"),
                    doc_flags: &[],
                    deprecated_since: None,
                    replaced_by: None,
                    history: &[],
                    arguments: &[],
                },
            },
        ],
        doc: CommandDoc {
            summary: "A container for Access List Control commands ",
            since: "6.0.0",
            group: "server",
            complexity: Some("Depends on subcommand."),
            doc_flags: &[],
            deprecated_since: None,
            replaced_by: None,
            history: &[],
            arguments: &[],
        },
    },
    CommandInfo {
        name: "append",
        arity: 3,
        flags: &["write", "denyoom", "fast"],
        first_key: 1,
        last_key: 1,
        step: 1,
        acl_categories: &["@write", "@string", "@fast"],
        tips: &[],
        key_specs: &[KeySpec {
            notes: None,
            flags: &["RW", "insert"],
            begin_search: BeginSearch::Index(1),
            find_keys: FindKeys::Range {
                lastkey: 0,
                step: 1,
                limit: 0,
            },
        }],
        subcommands: &[],
        doc: CommandDoc {
            summary: "Append a value to a key",
            since: "2.0.0",
            group: "string",
            complexity: Some(
                "O(1). The amortized time complexity is O(1) assuming the appended value is small and the already present value is of any size, since the dynamic string library used by Redis will double the free space available on every reallocation.",
            ),
            doc_flags: &[],
            deprecated_since: None,
            replaced_by: None,
            history: &[],
            arguments: &[
                ArgDoc {
                    name: "key",
                    kind: "key",
                    key_spec_index: 0,
                    ..ArgDoc::EMPTY
                },
                ArgDoc {
                    name: "value",
                    kind: "string",
                    ..ArgDoc::EMPTY
                },
            ],
        },
    },
    CommandInfo {
        name: "asking",
        arity: 1,
        flags: &["fast"],
        first_key: 0,
        last_key: 0,
        step: 0,
        acl_categories: &["@fast", "@connection"],
        tips: &[],
        key_specs: &[],
        subcommands: &[],
        doc: CommandDoc {
            summary: "Sent by cluster clients after an -ASK redirect",
            since: "3.0.0",
            group: "cluster",
            complexity: Some("O(1)"),
            doc_flags: &[],
            deprecated_since: None,
            replaced_by: None,
            history: &[],
            arguments: &[],
        },
    },
    CommandInfo {
        name: "auth",
        arity: -2,
        flags: &["noscript", "loading", "stale", "fast", "no_auth", "allow_busy"],
        first_key: 0,
        last_key: 0,
        step: 0,
        acl_categories: &["@fast", "@connection"],
        tips: &[],
        key_specs: &[],
        subcommands: &[],
        doc: CommandDoc {
            summary: "Authenticate to the server",
            since: "1.0.0",
            group: "connection",
            complexity: Some("O(N) where N is the number of passwords defined for the user"),
            doc_flags: &[],
            deprecated_since: None,
            replaced_by: None,
            history: &[("6.0.0", "Added ACL style (username and password).")],
            arguments: &[
                ArgDoc {
                    name: "username",
                    kind: "string",
                    since: Some("6.0.0"),
                    flags: &["optional"],
                    ..ArgDoc::EMPTY
                },
                ArgDoc {
                    name: "password",
                    kind: "string",
                    ..ArgDoc::EMPTY
                },
            ],
        },
    },
    CommandInfo {
        name: "bgrewriteaof",
        arity: 1,
        flags: &["admin", "noscript", "no_async_loading"],
        first_key: 0,
        last_key: 0,
        step: 0,
        acl_categories: &["@admin", "@slow", "@dangerous"],
        tips: &[],
        key_specs: &[],
        subcommands: &[],
        doc: CommandDoc {
            summary: "Asynchronously rewrite the append-only file",
            since: "1.0.0",
            group: "server",
            complexity: Some("O(1)"),
            doc_flags: &[],
            deprecated_since: None,
            replaced_by: None,
            history: &[],
            arguments: &[],
        },
    },
    CommandInfo {
        name: "bgsave",
        arity: -1,
        flags: &["admin", "noscript", "no_async_loading"],
        first_key: 0,
        last_key: 0,
        step: 0,
        acl_categories: &["@admin", "@slow", "@dangerous"],
        tips: &[],
        key_specs: &[],
        subcommands: &[],
        doc: CommandDoc {
            summary: "Asynchronously save the dataset to disk",
            since: "1.0.0",
            group: "server",
            complexity: Some("O(1)"),
            doc_flags: &[],
            deprecated_since: None,
            replaced_by: None,
            history: &[("3.2.2", "Added the `SCHEDULE` option.")],
            arguments: &[ArgDoc {
                name: "schedule",
                kind: "pure-token",
                token: Some("SCHEDULE"),
                since: Some("3.2.2"),
                flags: &["optional"],
                ..ArgDoc::EMPTY
            }],
        },
    },
    CommandInfo {
        name: "bitcount",
        arity: -2,
        flags: &["readonly"],
        first_key: 1,
        last_key: 1,
        step: 1,
        acl_categories: &["@read", "@bitmap", "@slow"],
        tips: &[],
        key_specs: &[KeySpec {
            notes: None,
            flags: &["RO", "access"],
            begin_search: BeginSearch::Index(1),
            find_keys: FindKeys::Range {
                lastkey: 0,
                step: 1,
                limit: 0,
            },
        }],
        subcommands: &[],
        doc: CommandDoc {
            summary: "Count set bits in a string",
            since: "2.6.0",
            group: "bitmap",
            complexity: Some("O(N)"),
            doc_flags: &[],
            deprecated_since: None,
            replaced_by: None,
            history: &[("7.0.0", "Added the `BYTE|BIT` option.")],
            arguments: &[
                ArgDoc {
                    name: "key",
                    kind: "key",
                    key_spec_index: 0,
                    ..ArgDoc::EMPTY
                },
                ArgDoc {
                    name: "index",
                    kind: "block",
                    flags: &["optional"],
                    arguments: &[
                        ArgDoc {
                            name: "start",
                            kind: "integer",
                            ..ArgDoc::EMPTY
                        },
                        ArgDoc {
                            name: "end",
                            kind: "integer",
                            ..ArgDoc::EMPTY
                        },
                        ArgDoc {
                            name: "index_unit",
                            kind: "oneof",
                            since: Some("7.0.0"),
                            flags: &["optional"],
                            arguments: &[
                                ArgDoc {
                                    name: "byte",
                                    kind: "pure-token",
                                    token: Some("BYTE"),
                                    ..ArgDoc::EMPTY
                                },
                                ArgDoc {
                                    name: "bit",
                                    kind: "pure-token",
                                    token: Some("BIT"),
                                    ..ArgDoc::EMPTY
                                },
                            ],
                            ..ArgDoc::EMPTY
                        },
                    ],
                    ..ArgDoc::EMPTY
                },
            ],
        },
    },
    CommandInfo {
        name: "bitfield",
        arity: -2,
        flags: &["write", "denyoom"],
        first_key: 1,
        last_key: 1,
        step: 1,
        acl_categories: &["@write", "@bitmap", "@slow"],
        tips: &[],
        key_specs: &[KeySpec {
            notes: Some("This command allows both access and modification of the key"),
            flags: &["RW", "access", "update", "variable_flags"],
            begin_search: BeginSearch::Index(1),
            find_keys: FindKeys::Range {
                lastkey: 0,
                step: 1,
                limit: 0,
            },
        }],
        subcommands: &[],
        doc: CommandDoc {
            summary: "Perform arbitrary bitfield integer operations on strings",
            since: "3.2.0",
            group: "bitmap",
            complexity: Some("O(1) for each subcommand specified"),
            doc_flags: &[],
            deprecated_since: None,
            replaced_by: None,
            history: &[],
            arguments: &[
                ArgDoc {
                    name: "key",
                    kind: "key",
                    key_spec_index: 0,
                    ..ArgDoc::EMPTY
                },
                ArgDoc {
                    name: "operation",
                    kind: "oneof",
                    flags: &["optional", "multiple"],
                    arguments: &[
                        ArgDoc {
                            name: "encoding_offset",
                            kind: "block",
                            token: Some("GET"),
                            arguments: &[
                                ArgDoc {
                                    name: "encoding",
                                    kind: "string",
                                    ..ArgDoc::EMPTY
                                },
                                ArgDoc {
                                    name: "offset",
                                    kind: "integer",
                                    ..ArgDoc::EMPTY
                                },
                            ],
                            ..ArgDoc::EMPTY
                        },
                        ArgDoc {
                            name: "write",
                            kind: "block",
                            arguments: &[
                                ArgDoc {
                                    name: "wrap_sat_fail",
                                    kind: "oneof",
                                    token: Some("OVERFLOW"),
                                    flags: &["optional"],
                                    arguments: &[
                                        ArgDoc {
                                            name: "wrap",
                                            kind: "pure-token",
                                            token: Some("WRAP"),
                                            ..ArgDoc::EMPTY
                                        },
                                        ArgDoc {
                                            name: "sat",
                                            kind: "pure-token",
                                            token: Some("SAT"),
                                            ..ArgDoc::EMPTY
                                        },
                                        ArgDoc {
                                            name: "fail",
                                            kind: "pure-token",
                                            token: Some("FAIL"),
                                            ..ArgDoc::EMPTY
                                        },
                                    ],
                                    ..ArgDoc::EMPTY
                                },
                                ArgDoc {
                                    name: "write_operation",
                                    kind: "oneof",
                                    arguments: &[
                                        ArgDoc {
                                            name: "encoding_offset_value",
                                            kind: "block",
                                            token: Some("SET"),
                                            arguments: &[
                                                ArgDoc {
                                                    name: "encoding",
                                                    kind: "string",
                                                    ..ArgDoc::EMPTY
                                                },
                                                ArgDoc {
                                                    name: "offset",
                                                    kind: "integer",
                                                    ..ArgDoc::EMPTY
                                                },
                                                ArgDoc {
                                                    name: "value",
                                                    kind: "integer",
                                                    ..ArgDoc::EMPTY
                                                },
                                            ],
                                            ..ArgDoc::EMPTY
                                        },
                                        ArgDoc {
                                            name: "encoding_offset_increment",
                                            kind: "block",
                                            token: Some("INCRBY"),
                                            arguments: &[
                                                ArgDoc {
                                                    name: "encoding",
                                                    kind: "string",
                                                    ..ArgDoc::EMPTY
                                                },
                                                ArgDoc {
                                                    name: "offset",
                                                    kind: "integer",
                                                    ..ArgDoc::EMPTY
                                                },
                                                ArgDoc {
                                                    name: "increment",
                                                    kind: "integer",
                                                    ..ArgDoc::EMPTY
                                                },
                                            ],
                                            ..ArgDoc::EMPTY
                                        },
                                    ],
                                    ..ArgDoc::EMPTY
                                },
                            ],
                            ..ArgDoc::EMPTY
                        },
                    ],
                    ..ArgDoc::EMPTY
                },
            ],
        },
    },
    CommandInfo {
        name: "bitfield_ro",
        arity: -2,
        flags: &["readonly", "fast"],
        first_key: 1,
        last_key: 1,
        step: 1,
        acl_categories: &["@read", "@bitmap", "@fast"],
        tips: &[],
        key_specs: &[KeySpec {
            notes: None,
            flags: &["RO", "access"],
            begin_search: BeginSearch::Index(1),
            find_keys: FindKeys::Range {
                lastkey: 0,
                step: 1,
                limit: 0,
            },
        }],
        subcommands: &[],
        doc: CommandDoc {
            summary: "Perform arbitrary bitfield integer operations on strings. Read-only variant of BITFIELD",
            since: "6.0.0",
            group: "bitmap",
            complexity: Some("O(1) for each subcommand specified"),
            doc_flags: &[],
            deprecated_since: None,
            replaced_by: None,
            history: &[],
            arguments: &[
                ArgDoc {
                    name: "key",
                    kind: "key",
                    key_spec_index: 0,
                    ..ArgDoc::EMPTY
                },
                ArgDoc {
                    name: "encoding_offset",
                    kind: "block",
                    token: Some("GET"),
                    flags: &["optional", "multiple", "multiple_token"],
                    arguments: &[
                        ArgDoc {
                            name: "encoding",
                            kind: "string",
                            ..ArgDoc::EMPTY
                        },
                        ArgDoc {
                            name: "offset",
                            kind: "integer",
                            ..ArgDoc::EMPTY
                        },
                    ],
                    ..ArgDoc::EMPTY
                },
            ],
        },
    },
    CommandInfo {
        name: "bitop",
        arity: -4,
        flags: &["write", "denyoom"],
        first_key: 2,
        last_key: -1,
        step: 1,
        acl_categories: &["@write", "@bitmap", "@slow"],
        tips: &[],
        key_specs: &[
            KeySpec {
                notes: None,
                flags: &["OW", "update"],
                begin_search: BeginSearch::Index(2),
                find_keys: FindKeys::Range {
                    lastkey: 0,
                    step: 1,
                    limit: 0,
                },
            },
            KeySpec {
                notes: None,
                flags: &["RO", "access"],
                begin_search: BeginSearch::Index(3),
                find_keys: FindKeys::Range {
                    lastkey: -1,
                    step: 1,
                    limit: 0,
                },
            },
        ],
        subcommands: &[],
        doc: CommandDoc {
            summary: "Perform bitwise operations between strings",
            since: "2.6.0",
            group: "bitmap",
            complexity: Some("O(N)"),
            doc_flags: &[],
            deprecated_since: None,
            replaced_by: None,
            history: &[],
            arguments: &[
                ArgDoc {
                    name: "operation",
                    kind: "string",
                    ..ArgDoc::EMPTY
                },
                ArgDoc {
                    name: "destkey",
                    kind: "key",
                    key_spec_index: 0,
                    ..ArgDoc::EMPTY
                },
                ArgDoc {
                    name: "key",
                    kind: "key",
                    key_spec_index: 1,
                    flags: &["multiple"],
                    ..ArgDoc::EMPTY
                },
            ],
        },
    },
    CommandInfo {
        name: "bitpos",
        arity: -3,
        flags: &["readonly"],
        first_key: 1,
        last_key: 1,
        step: 1,
        acl_categories: &["@read", "@bitmap", "@slow"],
        tips: &[],
        key_specs: &[KeySpec {
            notes: None,
            flags: &["RO", "access"],
            begin_search: BeginSearch::Index(1),
            find_keys: FindKeys::Range {
                lastkey: 0,
                step: 1,
                limit: 0,
            },
        }],
        subcommands: &[],
        doc: CommandDoc {
            summary: "Find first bit set or clear in a string",
            since: "2.8.7",
            group: "bitmap",
            complexity: Some("O(N)"),
            doc_flags: &[],
            deprecated_since: None,
            replaced_by: None,
            history: &[("7.0.0", "Added the `BYTE|BIT` option.")],
            arguments: &[
                ArgDoc {
                    name: "key",
                    kind: "key",
                    key_spec_index: 0,
                    ..ArgDoc::EMPTY
                },
                ArgDoc {
                    name: "bit",
                    kind: "integer",
                    ..ArgDoc::EMPTY
                },
                ArgDoc {
                    name: "index",
                    kind: "block",
                    flags: &["optional"],
                    arguments: &[
                        ArgDoc {
                            name: "start",
                            kind: "integer",
                            ..ArgDoc::EMPTY
                        },
                        ArgDoc {
                            name: "end_index",
                            kind: "block",
                            flags: &["optional"],
                            arguments: &[
                                ArgDoc {
                                    name: "end",
                                    kind: "integer",
                                    ..ArgDoc::EMPTY
                                },
                                ArgDoc {
                                    name: "index_unit",
                                    kind: "oneof",
                                    since: Some("7.0.0"),
                                    flags: &["optional"],
                                    arguments: &[
                                        ArgDoc {
                                            name: "byte",
                                            kind: "pure-token",
                                            token: Some("BYTE"),
                                            ..ArgDoc::EMPTY
                                        },
                                        ArgDoc {
                                            name: "bit",
                                            kind: "pure-token",
                                            token: Some("BIT"),
                                            ..ArgDoc::EMPTY
                                        },
                                    ],
                                    ..ArgDoc::EMPTY
                                },
                            ],
                            ..ArgDoc::EMPTY
                        },
                    ],
                    ..ArgDoc::EMPTY
                },
            ],
        },
    },
    CommandInfo {
        name: "blmove",
        arity: 6,
        flags: &["write", "denyoom", "noscript", "blocking"],
        first_key: 1,
        last_key: 2,
        step: 1,
        acl_categories: &["@write", "@list", "@slow", "@blocking"],
        tips: &[],
        key_specs: &[
            KeySpec {
                notes: None,
                flags: &["RW", "access", "delete"],
                begin_search: BeginSearch::Index(1),
                find_keys: FindKeys::Range {
                    lastkey: 0,
                    step: 1,
                    limit: 0,
                },
            },
            KeySpec {
                notes: None,
                flags: &["RW", "insert"],
                begin_search: BeginSearch::Index(2),
                find_keys: FindKeys::Range {
                    lastkey: 0,
                    step: 1,
                    limit: 0,
                },
            },
        ],
        subcommands: &[],
        doc: CommandDoc {
            summary: "Pop an element from a list, push it to another list and return it; or block until one is available",
            since: "6.2.0",
            group: "list",
            complexity: Some("O(1)"),
            doc_flags: &[],
            deprecated_since: None,
            replaced_by: None,
            history: &[],
            arguments: &[
                ArgDoc {
                    name: "source",
                    kind: "key",
                    key_spec_index: 0,
                    ..ArgDoc::EMPTY
                },
                ArgDoc {
                    name: "destination",
                    kind: "key",
                    key_spec_index: 1,
                    ..ArgDoc::EMPTY
                },
                ArgDoc {
                    name: "wherefrom",
                    kind: "oneof",
                    arguments: &[
                        ArgDoc {
                            name: "left",
                            kind: "pure-token",
                            token: Some("LEFT"),
                            ..ArgDoc::EMPTY
                        },
                        ArgDoc {
                            name: "right",
                            kind: "pure-token",
                            token: Some("RIGHT"),
                            ..ArgDoc::EMPTY
                        },
                    ],
                    ..ArgDoc::EMPTY
                },
                ArgDoc {
                    name: "whereto",
                    kind: "oneof",
                    arguments: &[
                        ArgDoc {
                            name: "left",
                            kind: "pure-token",
                            token: Some("LEFT"),
                            ..ArgDoc::EMPTY
                        },
                        ArgDoc {
                            name: "right",
                            kind: "pure-token",
                            token: Some("RIGHT"),
                            ..ArgDoc::EMPTY
                        },
                    ],
                    ..ArgDoc::EMPTY
                },
                ArgDoc {
                    name: "timeout",
                    kind: "double",
                    ..ArgDoc::EMPTY
                },
            ],
        },
    },
    CommandInfo {
        name: "blmpop",
        arity: -5,
        flags: &["write", "blocking", "movablekeys"],
        first_key: 0,
        last_key: 0,
        step: 0,
        acl_categories: &["@write", "@list", "@slow", "@blocking"],
        tips: &[],
        key_specs: &[KeySpec {
            notes: None,
            flags: &["RW", "access", "delete"],
            begin_search: BeginSearch::Index(2),
            find_keys: FindKeys::Keynum {
                keynumidx: 0,
                firstkey: 1,
                step: 1,
            },
        }],
        subcommands: &[],
        doc: CommandDoc {
            summary: "Pop elements from a list, or block until one is available",
            since: "7.0.0",
            group: "list",
            complexity: Some("O(N+M) where N is the number of provided keys and M is the number of elements returned."),
            doc_flags: &[],
            deprecated_since: None,
            replaced_by: None,
            history: &[],
            arguments: &[
                ArgDoc {
                    name: "timeout",
                    kind: "double",
                    ..ArgDoc::EMPTY
                },
                ArgDoc {
                    name: "numkeys",
                    kind: "integer",
                    ..ArgDoc::EMPTY
                },
                ArgDoc {
                    name: "key",
                    kind: "key",
                    key_spec_index: 0,
                    flags: &["multiple"],
                    ..ArgDoc::EMPTY
                },
                ArgDoc {
                    name: "where",
                    kind: "oneof",
                    arguments: &[
                        ArgDoc {
                            name: "left",
                            kind: "pure-token",
                            token: Some("LEFT"),
                            ..ArgDoc::EMPTY
                        },
                        ArgDoc {
                            name: "right",
                            kind: "pure-token",
                            token: Some("RIGHT"),
                            ..ArgDoc::EMPTY
                        },
                    ],
                    ..ArgDoc::EMPTY
                },
                ArgDoc {
                    name: "count",
                    kind: "integer",
                    token: Some("COUNT"),
                    flags: &["optional"],
                    ..ArgDoc::EMPTY
                },
            ],
        },
    },
    CommandInfo {
        name: "blpop",
        arity: -3,
        flags: &["write", "noscript", "blocking"],
        first_key: 1,
        last_key: -2,
        step: 1,
        acl_categories: &["@write", "@list", "@slow", "@blocking"],
        tips: &[],
        key_specs: &[KeySpec {
            notes: None,
            flags: &["RW", "access", "delete"],
            begin_search: BeginSearch::Index(1),
            find_keys: FindKeys::Range {
                lastkey: -2,
                step: 1,
                limit: 0,
            },
        }],
        subcommands: &[],
        doc: CommandDoc {
            summary: "Remove and get the first element in a list, or block until one is available",
            since: "2.0.0",
            group: "list",
            complexity: Some("O(N) where N is the number of provided keys."),
            doc_flags: &[],
            deprecated_since: None,
            replaced_by: None,
            history: &[("6.0.0", "`timeout` is interpreted as a double instead of an integer.")],
            arguments: &[
                ArgDoc {
                    name: "key",
                    kind: "key",
                    key_spec_index: 0,
                    flags: &["multiple"],
                    ..ArgDoc::EMPTY
                },
                ArgDoc {
                    name: "timeout",
                    kind: "double",
                    ..ArgDoc::EMPTY
                },
            ],
        },
    },
    CommandInfo {
        name: "brpop",
        arity: -3,
        flags: &["write", "noscript", "blocking"],
        first_key: 1,
        last_key: -2,
        step: 1,
        acl_categories: &["@write", "@list", "@slow", "@blocking"],
        tips: &[],
        key_specs: &[KeySpec {
            notes: None,
            flags: &["RW", "access", "delete"],
            begin_search: BeginSearch::Index(1),
            find_keys: FindKeys::Range {
                lastkey: -2,
                step: 1,
                limit: 0,
            },
        }],
        subcommands: &[],
        doc: CommandDoc {
            summary: "Remove and get the last element in a list, or block until one is available",
            since: "2.0.0",
            group: "list",
            complexity: Some("O(N) where N is the number of provided keys."),
            doc_flags: &[],
            deprecated_since: None,
            replaced_by: None,
            history: &[("6.0.0", "`timeout` is interpreted as a double instead of an integer.")],
            arguments: &[
                ArgDoc {
                    name: "key",
                    kind: "key",
                    key_spec_index: 0,
                    flags: &["multiple"],
                    ..ArgDoc::EMPTY
                },
                ArgDoc {
                    name: "timeout",
                    kind: "double",
                    ..ArgDoc::EMPTY
                },
            ],
        },
    },
    CommandInfo {
        name: "brpoplpush",
        arity: 4,
        flags: &["write", "denyoom", "noscript", "blocking"],
        first_key: 1,
        last_key: 2,
        step: 1,
        acl_categories: &["@write", "@list", "@slow", "@blocking"],
        tips: &[],
        key_specs: &[
            KeySpec {
                notes: None,
                flags: &["RW", "access", "delete"],
                begin_search: BeginSearch::Index(1),
                find_keys: FindKeys::Range {
                    lastkey: 0,
                    step: 1,
                    limit: 0,
                },
            },
            KeySpec {
                notes: None,
                flags: &["RW", "insert"],
                begin_search: BeginSearch::Index(2),
                find_keys: FindKeys::Range {
                    lastkey: 0,
                    step: 1,
                    limit: 0,
                },
            },
        ],
        subcommands: &[],
        doc: CommandDoc {
            summary: "Pop an element from a list, push it to another list and return it; or block until one is available",
            since: "2.2.0",
            group: "list",
            complexity: Some("O(1)"),
            doc_flags: &["deprecated"],
            deprecated_since: Some("6.2.0"),
            replaced_by: Some("`BLMOVE` with the `RIGHT` and `LEFT` arguments"),
            history: &[("6.0.0", "`timeout` is interpreted as a double instead of an integer.")],
            arguments: &[
                ArgDoc {
                    name: "source",
                    kind: "key",
                    key_spec_index: 0,
                    ..ArgDoc::EMPTY
                },
                ArgDoc {
                    name: "destination",
                    kind: "key",
                    key_spec_index: 1,
                    ..ArgDoc::EMPTY
                },
                ArgDoc {
                    name: "timeout",
                    kind: "double",
                    ..ArgDoc::EMPTY
                },
            ],
        },
    },
    CommandInfo {
        name: "bzmpop",
        arity: -5,
        flags: &["write", "blocking", "movablekeys"],
        first_key: 0,
        last_key: 0,
        step: 0,
        acl_categories: &["@write", "@sortedset", "@slow", "@blocking"],
        tips: &[],
        key_specs: &[KeySpec {
            notes: None,
            flags: &["RW", "access", "delete"],
            begin_search: BeginSearch::Index(2),
            find_keys: FindKeys::Keynum {
                keynumidx: 0,
                firstkey: 1,
                step: 1,
            },
        }],
        subcommands: &[],
        doc: CommandDoc {
            summary: "Remove and return members with scores in a sorted set or block until one is available",
            since: "7.0.0",
            group: "sorted-set",
            complexity: Some(
                "O(K) + O(M*log(N)) where K is the number of provided keys, N being the number of elements in the sorted set, and M being the number of elements popped.",
            ),
            doc_flags: &[],
            deprecated_since: None,
            replaced_by: None,
            history: &[],
            arguments: &[
                ArgDoc {
                    name: "timeout",
                    kind: "double",
                    ..ArgDoc::EMPTY
                },
                ArgDoc {
                    name: "numkeys",
                    kind: "integer",
                    ..ArgDoc::EMPTY
                },
                ArgDoc {
                    name: "key",
                    kind: "key",
                    key_spec_index: 0,
                    flags: &["multiple"],
                    ..ArgDoc::EMPTY
                },
                ArgDoc {
                    name: "where",
                    kind: "oneof",
                    arguments: &[
                        ArgDoc {
                            name: "min",
                            kind: "pure-token",
                            token: Some("MIN"),
                            ..ArgDoc::EMPTY
                        },
                        ArgDoc {
                            name: "max",
                            kind: "pure-token",
                            token: Some("MAX"),
                            ..ArgDoc::EMPTY
                        },
                    ],
                    ..ArgDoc::EMPTY
                },
                ArgDoc {
                    name: "count",
                    kind: "integer",
                    token: Some("COUNT"),
                    flags: &["optional"],
                    ..ArgDoc::EMPTY
                },
            ],
        },
    },
    CommandInfo {
        name: "bzpopmax",
        arity: -3,
        flags: &["write", "noscript", "blocking", "fast"],
        first_key: 1,
        last_key: -2,
        step: 1,
        acl_categories: &["@write", "@sortedset", "@fast", "@blocking"],
        tips: &[],
        key_specs: &[KeySpec {
            notes: None,
            flags: &["RW", "access", "delete"],
            begin_search: BeginSearch::Index(1),
            find_keys: FindKeys::Range {
                lastkey: -2,
                step: 1,
                limit: 0,
            },
        }],
        subcommands: &[],
        doc: CommandDoc {
            summary: "Remove and return the member with the highest score from one or more sorted sets, or block until one is available",
            since: "5.0.0",
            group: "sorted-set",
            complexity: Some("O(log(N)) with N being the number of elements in the sorted set."),
            doc_flags: &[],
            deprecated_since: None,
            replaced_by: None,
            history: &[("6.0.0", "`timeout` is interpreted as a double instead of an integer.")],
            arguments: &[
                ArgDoc {
                    name: "key",
                    kind: "key",
                    key_spec_index: 0,
                    flags: &["multiple"],
                    ..ArgDoc::EMPTY
                },
                ArgDoc {
                    name: "timeout",
                    kind: "double",
                    ..ArgDoc::EMPTY
                },
            ],
        },
    },
    CommandInfo {
        name: "bzpopmin",
        arity: -3,
        flags: &["write", "noscript", "blocking", "fast"],
        first_key: 1,
        last_key: -2,
        step: 1,
        acl_categories: &["@write", "@sortedset", "@fast", "@blocking"],
        tips: &[],
        key_specs: &[KeySpec {
            notes: None,
            flags: &["RW", "access", "delete"],
            begin_search: BeginSearch::Index(1),
            find_keys: FindKeys::Range {
                lastkey: -2,
                step: 1,
                limit: 0,
            },
        }],
        subcommands: &[],
        doc: CommandDoc {
            summary: "Remove and return the member with the lowest score from one or more sorted sets, or block until one is available",
            since: "5.0.0",
            group: "sorted-set",
            complexity: Some("O(log(N)) with N being the number of elements in the sorted set."),
            doc_flags: &[],
            deprecated_since: None,
            replaced_by: None,
            history: &[("6.0.0", "`timeout` is interpreted as a double instead of an integer.")],
            arguments: &[
                ArgDoc {
                    name: "key",
                    kind: "key",
                    key_spec_index: 0,
                    flags: &["multiple"],
                    ..ArgDoc::EMPTY
                },
                ArgDoc {
                    name: "timeout",
                    kind: "double",
                    ..ArgDoc::EMPTY
                },
            ],
        },
    },
    CommandInfo {
        name: "client",
        arity: -2,
        flags: &[],
        first_key: 0,
        last_key: 0,
        step: 0,
        acl_categories: &["@slow"],
        tips: &[],
        key_specs: &[],
        subcommands: &[
            CommandInfo {
                name: "client|caching",
                arity: 3,
                flags: &["noscript", "loading", "stale"],
                first_key: 0,
                last_key: 0,
                step: 0,
                acl_categories: &["@slow", "@connection"],
                tips: &[],
                key_specs: &[],
                subcommands: &[],
                doc: CommandDoc {
                    summary: "Instruct the server about tracking or not keys in the next request",
                    since: "6.0.0",
                    group: "connection",
                    complexity: Some("O(1)"),
                    doc_flags: &[],
                    deprecated_since: None,
                    replaced_by: None,
                    history: &[],
                    arguments: &[ArgDoc {
                        name: "mode",
                        kind: "oneof",
                        arguments: &[
                            ArgDoc {
                                name: "yes",
                                kind: "pure-token",
                                token: Some("YES"),
                                ..ArgDoc::EMPTY
                            },
                            ArgDoc {
                                name: "no",
                                kind: "pure-token",
                                token: Some("NO"),
                                ..ArgDoc::EMPTY
                            },
                        ],
                        ..ArgDoc::EMPTY
                    }],
                },
            },
            CommandInfo {
                name: "client|getname",
                arity: 2,
                flags: &["noscript", "loading", "stale"],
                first_key: 0,
                last_key: 0,
                step: 0,
                acl_categories: &["@slow", "@connection"],
                tips: &[],
                key_specs: &[],
                subcommands: &[],
                doc: CommandDoc {
                    summary: "Get the current connection name",
                    since: "2.6.9",
                    group: "connection",
                    complexity: Some("O(1)"),
                    doc_flags: &[],
                    deprecated_since: None,
                    replaced_by: None,
                    history: &[],
                    arguments: &[],
                },
            },
            CommandInfo {
                name: "client|getredir",
                arity: 2,
                flags: &["noscript", "loading", "stale"],
                first_key: 0,
                last_key: 0,
                step: 0,
                acl_categories: &["@slow", "@connection"],
                tips: &[],
                key_specs: &[],
                subcommands: &[],
                doc: CommandDoc {
                    summary: "Get tracking notifications redirection client ID if any",
                    since: "6.0.0",
                    group: "connection",
                    complexity: Some("O(1)"),
                    doc_flags: &[],
                    deprecated_since: None,
                    replaced_by: None,
                    history: &[],
                    arguments: &[],
                },
            },
            CommandInfo {
                name: "client|help",
                arity: 2,
                flags: &["loading", "stale"],
                first_key: 0,
                last_key: 0,
                step: 0,
                acl_categories: &["@slow", "@connection"],
                tips: &[],
                key_specs: &[],
                subcommands: &[],
                doc: CommandDoc {
                    summary: "Show helpful text about the different subcommands",
                    since: "5.0.0",
                    group: "connection",
                    complexity: Some("O(1)"),
                    doc_flags: &[],
                    deprecated_since: None,
                    replaced_by: None,
                    history: &[],
                    arguments: &[],
                },
            },
            CommandInfo {
                name: "client|id",
                arity: 2,
                flags: &["noscript", "loading", "stale"],
                first_key: 0,
                last_key: 0,
                step: 0,
                acl_categories: &["@slow", "@connection"],
                tips: &[],
                key_specs: &[],
                subcommands: &[],
                doc: CommandDoc {
                    summary: "Returns the client ID for the current connection",
                    since: "5.0.0",
                    group: "connection",
                    complexity: Some("O(1)"),
                    doc_flags: &[],
                    deprecated_since: None,
                    replaced_by: None,
                    history: &[],
                    arguments: &[],
                },
            },
            CommandInfo {
                name: "client|info",
                arity: 2,
                flags: &["noscript", "loading", "stale"],
                first_key: 0,
                last_key: 0,
                step: 0,
                acl_categories: &["@slow", "@connection"],
                tips: &["nondeterministic_output"],
                key_specs: &[],
                subcommands: &[],
                doc: CommandDoc {
                    summary: "Returns information about the current client connection.",
                    since: "6.2.0",
                    group: "connection",
                    complexity: Some("O(1)"),
                    doc_flags: &[],
                    deprecated_since: None,
                    replaced_by: None,
                    history: &[],
                    arguments: &[],
                },
            },
            CommandInfo {
                name: "client|kill",
                arity: -3,
                flags: &["admin", "noscript", "loading", "stale"],
                first_key: 0,
                last_key: 0,
                step: 0,
                acl_categories: &["@admin", "@slow", "@dangerous", "@connection"],
                tips: &[],
                key_specs: &[],
                subcommands: &[],
                doc: CommandDoc {
                    summary: "Kill the connection of a client",
                    since: "2.4.0",
                    group: "connection",
                    complexity: Some("O(N) where N is the number of client connections"),
                    doc_flags: &[],
                    deprecated_since: None,
                    replaced_by: None,
                    history: &[
                        ("2.8.12", "Added new filter format."),
                        ("2.8.12", "`ID` option."),
                        ("3.2.0", "Added `master` type in for `TYPE` option."),
                        (
                            "5.0.0",
                            "Replaced `slave` `TYPE` with `replica`. `slave` still supported for backward compatibility.",
                        ),
                        ("6.2.0", "`LADDR` option."),
                    ],
                    arguments: &[ArgDoc {
                        name: "filter",
                        kind: "oneof",
                        arguments: &[
                            ArgDoc {
                                name: "ip:port",
                                kind: "string",
                                deprecated_since: Some("2.8.12"),
                                ..ArgDoc::EMPTY
                            },
                            ArgDoc {
                                name: "new-format",
                                kind: "oneof",
                                flags: &["multiple"],
                                arguments: &[
                                    ArgDoc {
                                        name: "client-id",
                                        kind: "integer",
                                        token: Some("ID"),
                                        since: Some("2.8.12"),
                                        flags: &["optional"],
                                        ..ArgDoc::EMPTY
                                    },
                                    ArgDoc {
                                        name: "normal_master_slave_pubsub",
                                        kind: "oneof",
                                        token: Some("TYPE"),
                                        since: Some("2.8.12"),
                                        flags: &["optional"],
                                        arguments: &[
                                            ArgDoc {
                                                name: "normal",
                                                kind: "pure-token",
                                                token: Some("NORMAL"),
                                                ..ArgDoc::EMPTY
                                            },
                                            ArgDoc {
                                                name: "master",
                                                kind: "pure-token",
                                                token: Some("MASTER"),
                                                since: Some("3.2.0"),
                                                ..ArgDoc::EMPTY
                                            },
                                            ArgDoc {
                                                name: "slave",
                                                kind: "pure-token",
                                                token: Some("SLAVE"),
                                                ..ArgDoc::EMPTY
                                            },
                                            ArgDoc {
                                                name: "replica",
                                                kind: "pure-token",
                                                token: Some("REPLICA"),
                                                since: Some("5.0.0"),
                                                ..ArgDoc::EMPTY
                                            },
                                            ArgDoc {
                                                name: "pubsub",
                                                kind: "pure-token",
                                                token: Some("PUBSUB"),
                                                ..ArgDoc::EMPTY
                                            },
                                        ],
                                        ..ArgDoc::EMPTY
                                    },
                                    ArgDoc {
                                        name: "username",
                                        kind: "string",
                                        token: Some("USER"),
                                        flags: &["optional"],
                                        ..ArgDoc::EMPTY
                                    },
                                    ArgDoc {
                                        name: "ip:port",
                                        kind: "string",
                                        token: Some("ADDR"),
                                        flags: &["optional"],
                                        ..ArgDoc::EMPTY
                                    },
                                    ArgDoc {
                                        name: "ip:port",
                                        kind: "string",
                                        token: Some("LADDR"),
                                        since: Some("6.2.0"),
                                        flags: &["optional"],
                                        ..ArgDoc::EMPTY
                                    },
                                    ArgDoc {
                                        name: "yes/no",
                                        kind: "string",
                                        token: Some("SKIPME"),
                                        flags: &["optional"],
                                        ..ArgDoc::EMPTY
                                    },
                                ],
                                ..ArgDoc::EMPTY
                            },
                        ],
                        ..ArgDoc::EMPTY
                    }],
                },
            },
            CommandInfo {
                name: "client|list",
                arity: -2,
                flags: &["admin", "noscript", "loading", "stale"],
                first_key: 0,
                last_key: 0,
                step: 0,
                acl_categories: &["@admin", "@slow", "@dangerous", "@connection"],
                tips: &["nondeterministic_output"],
                key_specs: &[],
                subcommands: &[],
                doc: CommandDoc {
                    summary: "Get the list of client connections",
                    since: "2.4.0",
                    group: "connection",
                    complexity: Some("O(N) where N is the number of client connections"),
                    doc_flags: &[],
                    deprecated_since: None,
                    replaced_by: None,
                    history: &[
                        ("2.8.12", "Added unique client `id` field."),
                        ("5.0.0", "Added optional `TYPE` filter."),
                        ("6.0.0", "Added `user` field."),
                        (
                            "6.2.0",
                            "Added `argv-mem`, `tot-mem`, `laddr` and `redir` fields and the optional `ID` filter.",
                        ),
                        ("7.0.0", "Added `resp`, `multi-mem`, `rbs` and `rbp` fields."),
                        ("7.0.3", "Added `ssub` field."),
                    ],
                    arguments: &[
                        ArgDoc {
                            name: "normal_master_replica_pubsub",
                            kind: "oneof",
                            token: Some("TYPE"),
                            since: Some("5.0.0"),
                            flags: &["optional"],
                            arguments: &[
                                ArgDoc {
                                    name: "normal",
                                    kind: "pure-token",
                                    token: Some("NORMAL"),
                                    ..ArgDoc::EMPTY
                                },
                                ArgDoc {
                                    name: "master",
                                    kind: "pure-token",
                                    token: Some("MASTER"),
                                    ..ArgDoc::EMPTY
                                },
                                ArgDoc {
                                    name: "replica",
                                    kind: "pure-token",
                                    token: Some("REPLICA"),
                                    ..ArgDoc::EMPTY
                                },
                                ArgDoc {
                                    name: "pubsub",
                                    kind: "pure-token",
                                    token: Some("PUBSUB"),
                                    ..ArgDoc::EMPTY
                                },
                            ],
                            ..ArgDoc::EMPTY
                        },
                        ArgDoc {
                            name: "id",
                            kind: "block",
                            token: Some("ID"),
                            since: Some("6.2.0"),
                            flags: &["optional"],
                            arguments: &[ArgDoc {
                                name: "client-id",
                                kind: "integer",
                                flags: &["multiple"],
                                ..ArgDoc::EMPTY
                            }],
                            ..ArgDoc::EMPTY
                        },
                    ],
                },
            },
            CommandInfo {
                name: "client|no-evict",
                arity: 3,
                flags: &["admin", "noscript", "loading", "stale"],
                first_key: 0,
                last_key: 0,
                step: 0,
                acl_categories: &["@admin", "@slow", "@dangerous", "@connection"],
                tips: &[],
                key_specs: &[],
                subcommands: &[],
                doc: CommandDoc {
                    summary: "Set client eviction mode for the current connection",
                    since: "7.0.0",
                    group: "connection",
                    complexity: Some("O(1)"),
                    doc_flags: &[],
                    deprecated_since: None,
                    replaced_by: None,
                    history: &[],
                    arguments: &[ArgDoc {
                        name: "enabled",
                        kind: "oneof",
                        arguments: &[
                            ArgDoc {
                                name: "on",
                                kind: "pure-token",
                                token: Some("ON"),
                                ..ArgDoc::EMPTY
                            },
                            ArgDoc {
                                name: "off",
                                kind: "pure-token",
                                token: Some("OFF"),
                                ..ArgDoc::EMPTY
                            },
                        ],
                        ..ArgDoc::EMPTY
                    }],
                },
            },
            CommandInfo {
                name: "client|pause",
                arity: -3,
                flags: &["admin", "noscript", "loading", "stale"],
                first_key: 0,
                last_key: 0,
                step: 0,
                acl_categories: &["@admin", "@slow", "@dangerous", "@connection"],
                tips: &[],
                key_specs: &[],
                subcommands: &[],
                doc: CommandDoc {
                    summary: "Stop processing commands from clients for some time",
                    since: "2.9.50",
                    group: "connection",
                    complexity: Some("O(1)"),
                    doc_flags: &[],
                    deprecated_since: None,
                    replaced_by: None,
                    history: &[("6.2.0", "`CLIENT PAUSE WRITE` mode added along with the `mode` option.")],
                    arguments: &[
                        ArgDoc {
                            name: "timeout",
                            kind: "integer",
                            ..ArgDoc::EMPTY
                        },
                        ArgDoc {
                            name: "mode",
                            kind: "oneof",
                            since: Some("6.2.0"),
                            flags: &["optional"],
                            arguments: &[
                                ArgDoc {
                                    name: "write",
                                    kind: "pure-token",
                                    token: Some("WRITE"),
                                    ..ArgDoc::EMPTY
                                },
                                ArgDoc {
                                    name: "all",
                                    kind: "pure-token",
                                    token: Some("ALL"),
                                    ..ArgDoc::EMPTY
                                },
                            ],
                            ..ArgDoc::EMPTY
                        },
                    ],
                },
            },
            CommandInfo {
                name: "client|reply",
                arity: 3,
                flags: &["noscript", "loading", "stale"],
                first_key: 0,
                last_key: 0,
                step: 0,
                acl_categories: &["@slow", "@connection"],
                tips: &[],
                key_specs: &[],
                subcommands: &[],
                doc: CommandDoc {
                    summary: "Instruct the server whether to reply to commands",
                    since: "3.2.0",
                    group: "connection",
                    complexity: Some("O(1)"),
                    doc_flags: &[],
                    deprecated_since: None,
                    replaced_by: None,
                    history: &[],
                    arguments: &[ArgDoc {
                        name: "on_off_skip",
                        kind: "oneof",
                        arguments: &[
                            ArgDoc {
                                name: "on",
                                kind: "pure-token",
                                token: Some("ON"),
                                ..ArgDoc::EMPTY
                            },
                            ArgDoc {
                                name: "off",
                                kind: "pure-token",
                                token: Some("OFF"),
                                ..ArgDoc::EMPTY
                            },
                            ArgDoc {
                                name: "skip",
                                kind: "pure-token",
                                token: Some("SKIP"),
                                ..ArgDoc::EMPTY
                            },
                        ],
                        ..ArgDoc::EMPTY
                    }],
                },
            },
            CommandInfo {
                name: "client|setname",
                arity: 3,
                flags: &["noscript", "loading", "stale"],
                first_key: 0,
                last_key: 0,
                step: 0,
                acl_categories: &["@slow", "@connection"],
                tips: &[],
                key_specs: &[],
                subcommands: &[],
                doc: CommandDoc {
                    summary: "Set the current connection name",
                    since: "2.6.9",
                    group: "connection",
                    complexity: Some("O(1)"),
                    doc_flags: &[],
                    deprecated_since: None,
                    replaced_by: None,
                    history: &[],
                    arguments: &[ArgDoc {
                        name: "connection-name",
                        kind: "string",
                        ..ArgDoc::EMPTY
                    }],
                },
            },
            CommandInfo {
                name: "client|tracking",
                arity: -3,
                flags: &["noscript", "loading", "stale"],
                first_key: 0,
                last_key: 0,
                step: 0,
                acl_categories: &["@slow", "@connection"],
                tips: &[],
                key_specs: &[],
                subcommands: &[],
                doc: CommandDoc {
                    summary: "Enable or disable server assisted client side caching support",
                    since: "6.0.0",
                    group: "connection",
                    complexity: Some("O(1). Some options may introduce additional complexity."),
                    doc_flags: &[],
                    deprecated_since: None,
                    replaced_by: None,
                    history: &[],
                    arguments: &[
                        ArgDoc {
                            name: "status",
                            kind: "oneof",
                            arguments: &[
                                ArgDoc {
                                    name: "on",
                                    kind: "pure-token",
                                    token: Some("ON"),
                                    ..ArgDoc::EMPTY
                                },
                                ArgDoc {
                                    name: "off",
                                    kind: "pure-token",
                                    token: Some("OFF"),
                                    ..ArgDoc::EMPTY
                                },
                            ],
                            ..ArgDoc::EMPTY
                        },
                        ArgDoc {
                            name: "client-id",
                            kind: "integer",
                            token: Some("REDIRECT"),
                            flags: &["optional"],
                            ..ArgDoc::EMPTY
                        },
                        ArgDoc {
                            name: "prefix",
                            kind: "string",
                            token: Some("PREFIX"),
                            flags: &["optional", "multiple", "multiple_token"],
                            ..ArgDoc::EMPTY
                        },
                        ArgDoc {
                            name: "bcast",
                            kind: "pure-token",
                            token: Some("BCAST"),
                            flags: &["optional"],
                            ..ArgDoc::EMPTY
                        },
                        ArgDoc {
                            name: "optin",
                            kind: "pure-token",
                            token: Some("OPTIN"),
                            flags: &["optional"],
                            ..ArgDoc::EMPTY
                        },
                        ArgDoc {
                            name: "optout",
                            kind: "pure-token",
                            token: Some("OPTOUT"),
                            flags: &["optional"],
                            ..ArgDoc::EMPTY
                        },
                        ArgDoc {
                            name: "noloop",
                            kind: "pure-token",
                            token: Some("NOLOOP"),
                            flags: &["optional"],
                            ..ArgDoc::EMPTY
                        },
                    ],
                },
            },
            CommandInfo {
                name: "client|trackinginfo",
                arity: 2,
                flags: &["noscript", "loading", "stale"],
                first_key: 0,
                last_key: 0,
                step: 0,
                acl_categories: &["@slow", "@connection"],
                tips: &[],
                key_specs: &[],
                subcommands: &[],
                doc: CommandDoc {
                    summary: "Return information about server assisted client side caching for the current connection",
                    since: "6.2.0",
                    group: "connection",
                    complexity: Some("O(1)"),
                    doc_flags: &[],
                    deprecated_since: None,
                    replaced_by: None,
                    history: &[],
                    arguments: &[],
                },
            },
            CommandInfo {
                name: "client|unblock",
                arity: -3,
                flags: &["admin", "noscript", "loading", "stale"],
                first_key: 0,
                last_key: 0,
                step: 0,
                acl_categories: &["@admin", "@slow", "@dangerous", "@connection"],
                tips: &[],
                key_specs: &[],
                subcommands: &[],
                doc: CommandDoc {
                    summary: "Unblock a client blocked in a blocking command from a different connection",
                    since: "5.0.0",
                    group: "connection",
                    complexity: Some("O(log N) where N is the number of client connections"),
                    doc_flags: &[],
                    deprecated_since: None,
                    replaced_by: None,
                    history: &[],
                    arguments: &[
                        ArgDoc {
                            name: "client-id",
                            kind: "integer",
                            ..ArgDoc::EMPTY
                        },
                        ArgDoc {
                            name: "timeout_error",
                            kind: "oneof",
                            flags: &["optional"],
                            arguments: &[
                                ArgDoc {
                                    name: "timeout",
                                    kind: "pure-token",
                                    token: Some("TIMEOUT"),
                                    ..ArgDoc::EMPTY
                                },
                                ArgDoc {
                                    name: "error",
                                    kind: "pure-token",
                                    token: Some("ERROR"),
                                    ..ArgDoc::EMPTY
                                },
                            ],
                            ..ArgDoc::EMPTY
                        },
                    ],
                },
            },
            CommandInfo {
                name: "client|unpause",
                arity: 2,
                flags: &["admin", "noscript", "loading", "stale"],
                first_key: 0,
                last_key: 0,
                step: 0,
                acl_categories: &["@admin", "@slow", "@dangerous", "@connection"],
                tips: &[],
                key_specs: &[],
                subcommands: &[],
                doc: CommandDoc {
                    summary: "Resume processing of clients that were paused",
                    since: "6.2.0",
                    group: "connection",
                    complexity: Some("O(N) Where N is the number of paused clients"),
                    doc_flags: &[],
                    deprecated_since: None,
                    replaced_by: None,
                    history: &[],
                    arguments: &[],
                },
            },
        ],
        doc: CommandDoc {
            summary: "A container for client connection commands",
            since: "2.4.0",
            group: "connection",
            complexity: Some("Depends on subcommand."),
            doc_flags: &[],
            deprecated_since: None,
            replaced_by: None,
            history: &[],
            arguments: &[],
        },
    },
    CommandInfo {
        name: "cluster",
        arity: -2,
        flags: &[],
        first_key: 0,
        last_key: 0,
        step: 0,
        acl_categories: &["@slow"],
        tips: &[],
        key_specs: &[],
        subcommands: &[
            CommandInfo {
                name: "cluster|addslots",
                arity: -3,
                flags: &["admin", "stale", "no_async_loading"],
                first_key: 0,
                last_key: 0,
                step: 0,
                acl_categories: &["@admin", "@slow", "@dangerous"],
                tips: &[],
                key_specs: &[],
                subcommands: &[],
                doc: CommandDoc {
                    summary: "Assign new hash slots to receiving node",
                    since: "3.0.0",
                    group: "cluster",
                    complexity: Some("O(N) where N is the total number of hash slot arguments"),
                    doc_flags: &[],
                    deprecated_since: None,
                    replaced_by: None,
                    history: &[],
                    arguments: &[ArgDoc {
                        name: "slot",
                        kind: "integer",
                        flags: &["multiple"],
                        ..ArgDoc::EMPTY
                    }],
                },
            },
            CommandInfo {
                name: "cluster|addslotsrange",
                arity: -4,
                flags: &["admin", "stale", "no_async_loading"],
                first_key: 0,
                last_key: 0,
                step: 0,
                acl_categories: &["@admin", "@slow", "@dangerous"],
                tips: &[],
                key_specs: &[],
                subcommands: &[],
                doc: CommandDoc {
                    summary: "Assign new hash slots to receiving node",
                    since: "7.0.0",
                    group: "cluster",
                    complexity: Some(
                        "O(N) where N is the total number of the slots between the start slot and end slot arguments.",
                    ),
                    doc_flags: &[],
                    deprecated_since: None,
                    replaced_by: None,
                    history: &[],
                    arguments: &[ArgDoc {
                        name: "start-slot_end-slot",
                        kind: "block",
                        flags: &["multiple"],
                        arguments: &[
                            ArgDoc {
                                name: "start-slot",
                                kind: "integer",
                                ..ArgDoc::EMPTY
                            },
                            ArgDoc {
                                name: "end-slot",
                                kind: "integer",
                                ..ArgDoc::EMPTY
                            },
                        ],
                        ..ArgDoc::EMPTY
                    }],
                },
            },
            CommandInfo {
                name: "cluster|bumpepoch",
                arity: 2,
                flags: &["admin", "stale", "no_async_loading"],
                first_key: 0,
                last_key: 0,
                step: 0,
                acl_categories: &["@admin", "@slow", "@dangerous"],
                tips: &["nondeterministic_output"],
                key_specs: &[],
                subcommands: &[],
                doc: CommandDoc {
                    summary: "Advance the cluster config epoch",
                    since: "3.0.0",
                    group: "cluster",
                    complexity: Some("O(1)"),
                    doc_flags: &[],
                    deprecated_since: None,
                    replaced_by: None,
                    history: &[],
                    arguments: &[],
                },
            },
            CommandInfo {
                name: "cluster|count-failure-reports",
                arity: 3,
                flags: &["admin", "stale"],
                first_key: 0,
                last_key: 0,
                step: 0,
                acl_categories: &["@admin", "@slow", "@dangerous"],
                tips: &["nondeterministic_output"],
                key_specs: &[],
                subcommands: &[],
                doc: CommandDoc {
                    summary: "Return the number of failure reports active for a given node",
                    since: "3.0.0",
                    group: "cluster",
                    complexity: Some("O(N) where N is the number of failure reports"),
                    doc_flags: &[],
                    deprecated_since: None,
                    replaced_by: None,
                    history: &[],
                    arguments: &[ArgDoc {
                        name: "node-id",
                        kind: "string",
                        ..ArgDoc::EMPTY
                    }],
                },
            },
            CommandInfo {
                name: "cluster|countkeysinslot",
                arity: 3,
                flags: &["stale"],
                first_key: 0,
                last_key: 0,
                step: 0,
                acl_categories: &["@slow"],
                tips: &[],
                key_specs: &[],
                subcommands: &[],
                doc: CommandDoc {
                    summary: "Return the number of local keys in the specified hash slot",
                    since: "3.0.0",
                    group: "cluster",
                    complexity: Some("O(1)"),
                    doc_flags: &[],
                    deprecated_since: None,
                    replaced_by: None,
                    history: &[],
                    arguments: &[ArgDoc {
                        name: "slot",
                        kind: "integer",
                        ..ArgDoc::EMPTY
                    }],
                },
            },
            CommandInfo {
                name: "cluster|delslots",
                arity: -3,
                flags: &["admin", "stale", "no_async_loading"],
                first_key: 0,
                last_key: 0,
                step: 0,
                acl_categories: &["@admin", "@slow", "@dangerous"],
                tips: &[],
                key_specs: &[],
                subcommands: &[],
                doc: CommandDoc {
                    summary: "Set hash slots as unbound in receiving node",
                    since: "3.0.0",
                    group: "cluster",
                    complexity: Some("O(N) where N is the total number of hash slot arguments"),
                    doc_flags: &[],
                    deprecated_since: None,
                    replaced_by: None,
                    history: &[],
                    arguments: &[ArgDoc {
                        name: "slot",
                        kind: "integer",
                        flags: &["multiple"],
                        ..ArgDoc::EMPTY
                    }],
                },
            },
            CommandInfo {
                name: "cluster|delslotsrange",
                arity: -4,
                flags: &["admin", "stale", "no_async_loading"],
                first_key: 0,
                last_key: 0,
                step: 0,
                acl_categories: &["@admin", "@slow", "@dangerous"],
                tips: &[],
                key_specs: &[],
                subcommands: &[],
                doc: CommandDoc {
                    summary: "Set hash slots as unbound in receiving node",
                    since: "7.0.0",
                    group: "cluster",
                    complexity: Some(
                        "O(N) where N is the total number of the slots between the start slot and end slot arguments.",
                    ),
                    doc_flags: &[],
                    deprecated_since: None,
                    replaced_by: None,
                    history: &[],
                    arguments: &[ArgDoc {
                        name: "start-slot_end-slot",
                        kind: "block",
                        flags: &["multiple"],
                        arguments: &[
                            ArgDoc {
                                name: "start-slot",
                                kind: "integer",
                                ..ArgDoc::EMPTY
                            },
                            ArgDoc {
                                name: "end-slot",
                                kind: "integer",
                                ..ArgDoc::EMPTY
                            },
                        ],
                        ..ArgDoc::EMPTY
                    }],
                },
            },
            CommandInfo {
                name: "cluster|failover",
                arity: -2,
                flags: &["admin", "stale", "no_async_loading"],
                first_key: 0,
                last_key: 0,
                step: 0,
                acl_categories: &["@admin", "@slow", "@dangerous"],
                tips: &[],
                key_specs: &[],
                subcommands: &[],
                doc: CommandDoc {
                    summary: "Forces a replica to perform a manual failover of its master.",
                    since: "3.0.0",
                    group: "cluster",
                    complexity: Some("O(1)"),
                    doc_flags: &[],
                    deprecated_since: None,
                    replaced_by: None,
                    history: &[],
                    arguments: &[ArgDoc {
                        name: "options",
                        kind: "oneof",
                        flags: &["optional"],
                        arguments: &[
                            ArgDoc {
                                name: "force",
                                kind: "pure-token",
                                token: Some("FORCE"),
                                ..ArgDoc::EMPTY
                            },
                            ArgDoc {
                                name: "takeover",
                                kind: "pure-token",
                                token: Some("TAKEOVER"),
                                ..ArgDoc::EMPTY
                            },
                        ],
                        ..ArgDoc::EMPTY
                    }],
                },
            },
            CommandInfo {
                name: "cluster|flushslots",
                arity: 2,
                flags: &["admin", "stale", "no_async_loading"],
                first_key: 0,
                last_key: 0,
                step: 0,
                acl_categories: &["@admin", "@slow", "@dangerous"],
                tips: &[],
                key_specs: &[],
                subcommands: &[],
                doc: CommandDoc {
                    summary: "Delete a node's own slots information",
                    since: "3.0.0",
                    group: "cluster",
                    complexity: Some("O(1)"),
                    doc_flags: &[],
                    deprecated_since: None,
                    replaced_by: None,
                    history: &[],
                    arguments: &[],
                },
            },
            CommandInfo {
                name: "cluster|forget",
                arity: 3,
                flags: &["admin", "stale", "no_async_loading"],
                first_key: 0,
                last_key: 0,
                step: 0,
                acl_categories: &["@admin", "@slow", "@dangerous"],
                tips: &[],
                key_specs: &[],
                subcommands: &[],
                doc: CommandDoc {
                    summary: "Remove a node from the nodes table",
                    since: "3.0.0",
                    group: "cluster",
                    complexity: Some("O(1)"),
                    doc_flags: &[],
                    deprecated_since: None,
                    replaced_by: None,
                    history: &[],
                    arguments: &[ArgDoc {
                        name: "node-id",
                        kind: "string",
                        ..ArgDoc::EMPTY
                    }],
                },
            },
            CommandInfo {
                name: "cluster|getkeysinslot",
                arity: 4,
                flags: &["stale"],
                first_key: 0,
                last_key: 0,
                step: 0,
                acl_categories: &["@slow"],
                tips: &["nondeterministic_output"],
                key_specs: &[],
                subcommands: &[],
                doc: CommandDoc {
                    summary: "Return local key names in the specified hash slot",
                    since: "3.0.0",
                    group: "cluster",
                    complexity: Some("O(log(N)) where N is the number of requested keys"),
                    doc_flags: &[],
                    deprecated_since: None,
                    replaced_by: None,
                    history: &[],
                    arguments: &[
                        ArgDoc {
                            name: "slot",
                            kind: "integer",
                            ..ArgDoc::EMPTY
                        },
                        ArgDoc {
                            name: "count",
                            kind: "integer",
                            ..ArgDoc::EMPTY
                        },
                    ],
                },
            },
            CommandInfo {
                name: "cluster|help",
                arity: 2,
                flags: &["loading", "stale"],
                first_key: 0,
                last_key: 0,
                step: 0,
                acl_categories: &["@slow"],
                tips: &[],
                key_specs: &[],
                subcommands: &[],
                doc: CommandDoc {
                    summary: "Show helpful text about the different subcommands",
                    since: "5.0.0",
                    group: "cluster",
                    complexity: Some("O(1)"),
                    doc_flags: &[],
                    deprecated_since: None,
                    replaced_by: None,
                    history: &[],
                    arguments: &[],
                },
            },
            CommandInfo {
                name: "cluster|info",
                arity: 2,
                flags: &["stale"],
                first_key: 0,
                last_key: 0,
                step: 0,
                acl_categories: &["@slow"],
                tips: &["nondeterministic_output"],
                key_specs: &[],
                subcommands: &[],
                doc: CommandDoc {
                    summary: "Provides info about Redis Cluster node state",
                    since: "3.0.0",
                    group: "cluster",
                    complexity: Some("O(1)"),
                    doc_flags: &[],
                    deprecated_since: None,
                    replaced_by: None,
                    history: &[],
                    arguments: &[],
                },
            },
            CommandInfo {
                name: "cluster|keyslot",
                arity: 3,
                flags: &["stale"],
                first_key: 0,
                last_key: 0,
                step: 0,
                acl_categories: &["@slow"],
                tips: &[],
                key_specs: &[],
                subcommands: &[],
                doc: CommandDoc {
                    summary: "Returns the hash slot of the specified key",
                    since: "3.0.0",
                    group: "cluster",
                    complexity: Some("O(N) where N is the number of bytes in the key"),
                    doc_flags: &[],
                    deprecated_since: None,
                    replaced_by: None,
                    history: &[],
                    arguments: &[ArgDoc {
                        name: "key",
                        kind: "string",
                        ..ArgDoc::EMPTY
                    }],
                },
            },
            CommandInfo {
                name: "cluster|links",
                arity: 2,
                flags: &["stale"],
                first_key: 0,
                last_key: 0,
                step: 0,
                acl_categories: &["@slow"],
                tips: &["nondeterministic_output"],
                key_specs: &[],
                subcommands: &[],
                doc: CommandDoc {
                    summary: "Returns a list of all TCP links to and from peer nodes in cluster",
                    since: "7.0.0",
                    group: "cluster",
                    complexity: Some("O(N) where N is the total number of Cluster nodes"),
                    doc_flags: &[],
                    deprecated_since: None,
                    replaced_by: None,
                    history: &[],
                    arguments: &[],
                },
            },
            CommandInfo {
                name: "cluster|meet",
                arity: -4,
                flags: &["admin", "stale", "no_async_loading"],
                first_key: 0,
                last_key: 0,
                step: 0,
                acl_categories: &["@admin", "@slow", "@dangerous"],
                tips: &[],
                key_specs: &[],
                subcommands: &[],
                doc: CommandDoc {
                    summary: "Force a node cluster to handshake with another node",
                    since: "3.0.0",
                    group: "cluster",
                    complexity: Some("O(1)"),
                    doc_flags: &[],
                    deprecated_since: None,
                    replaced_by: None,
                    history: &[("4.0.0", "Added the optional `cluster_bus_port` argument.")],
                    arguments: &[
                        ArgDoc {
                            name: "ip",
                            kind: "string",
                            ..ArgDoc::EMPTY
                        },
                        ArgDoc {
                            name: "port",
                            kind: "integer",
                            ..ArgDoc::EMPTY
                        },
                        ArgDoc {
                            name: "cluster_bus_port",
                            kind: "integer",
                            since: Some("4.0.0"),
                            flags: &["optional"],
                            ..ArgDoc::EMPTY
                        },
                    ],
                },
            },
            CommandInfo {
                name: "cluster|myid",
                arity: 2,
                flags: &["stale"],
                first_key: 0,
                last_key: 0,
                step: 0,
                acl_categories: &["@slow"],
                tips: &[],
                key_specs: &[],
                subcommands: &[],
                doc: CommandDoc {
                    summary: "Return the node id",
                    since: "3.0.0",
                    group: "cluster",
                    complexity: Some("O(1)"),
                    doc_flags: &[],
                    deprecated_since: None,
                    replaced_by: None,
                    history: &[],
                    arguments: &[],
                },
            },
            CommandInfo {
                name: "cluster|nodes",
                arity: 2,
                flags: &["stale"],
                first_key: 0,
                last_key: 0,
                step: 0,
                acl_categories: &["@slow"],
                tips: &["nondeterministic_output"],
                key_specs: &[],
                subcommands: &[],
                doc: CommandDoc {
                    summary: "Get Cluster config for the node",
                    since: "3.0.0",
                    group: "cluster",
                    complexity: Some("O(N) where N is the total number of Cluster nodes"),
                    doc_flags: &[],
                    deprecated_since: None,
                    replaced_by: None,
                    history: &[],
                    arguments: &[],
                },
            },
            CommandInfo {
                name: "cluster|replicas",
                arity: 3,
                flags: &["admin", "stale"],
                first_key: 0,
                last_key: 0,
                step: 0,
                acl_categories: &["@admin", "@slow", "@dangerous"],
                tips: &["nondeterministic_output"],
                key_specs: &[],
                subcommands: &[],
                doc: CommandDoc {
                    summary: "List replica nodes of the specified master node",
                    since: "5.0.0",
                    group: "cluster",
                    complexity: Some("O(1)"),
                    doc_flags: &[],
                    deprecated_since: None,
                    replaced_by: None,
                    history: &[],
                    arguments: &[ArgDoc {
                        name: "node-id",
                        kind: "string",
                        ..ArgDoc::EMPTY
                    }],
                },
            },
            CommandInfo {
                name: "cluster|replicate",
                arity: 3,
                flags: &["admin", "stale", "no_async_loading"],
                first_key: 0,
                last_key: 0,
                step: 0,
                acl_categories: &["@admin", "@slow", "@dangerous"],
                tips: &[],
                key_specs: &[],
                subcommands: &[],
                doc: CommandDoc {
                    summary: "Reconfigure a node as a replica of the specified master node",
                    since: "3.0.0",
                    group: "cluster",
                    complexity: Some("O(1)"),
                    doc_flags: &[],
                    deprecated_since: None,
                    replaced_by: None,
                    history: &[],
                    arguments: &[ArgDoc {
                        name: "node-id",
                        kind: "string",
                        ..ArgDoc::EMPTY
                    }],
                },
            },
            CommandInfo {
                name: "cluster|reset",
                arity: -2,
                flags: &["admin", "noscript", "stale"],
                first_key: 0,
                last_key: 0,
                step: 0,
                acl_categories: &["@admin", "@slow", "@dangerous"],
                tips: &[],
                key_specs: &[],
                subcommands: &[],
                doc: CommandDoc {
                    summary: "Reset a Redis Cluster node",
                    since: "3.0.0",
                    group: "cluster",
                    complexity: Some(
                        "O(N) where N is the number of known nodes. The command may execute a FLUSHALL as a side effect.",
                    ),
                    doc_flags: &[],
                    deprecated_since: None,
                    replaced_by: None,
                    history: &[],
                    arguments: &[ArgDoc {
                        name: "hard_soft",
                        kind: "oneof",
                        flags: &["optional"],
                        arguments: &[
                            ArgDoc {
                                name: "hard",
                                kind: "pure-token",
                                token: Some("HARD"),
                                ..ArgDoc::EMPTY
                            },
                            ArgDoc {
                                name: "soft",
                                kind: "pure-token",
                                token: Some("SOFT"),
                                ..ArgDoc::EMPTY
                            },
                        ],
                        ..ArgDoc::EMPTY
                    }],
                },
            },
            CommandInfo {
                name: "cluster|saveconfig",
                arity: 2,
                flags: &["admin", "stale", "no_async_loading"],
                first_key: 0,
                last_key: 0,
                step: 0,
                acl_categories: &["@admin", "@slow", "@dangerous"],
                tips: &[],
                key_specs: &[],
                subcommands: &[],
                doc: CommandDoc {
                    summary: "Forces the node to save cluster state on disk",
                    since: "3.0.0",
                    group: "cluster",
                    complexity: Some("O(1)"),
                    doc_flags: &[],
                    deprecated_since: None,
                    replaced_by: None,
                    history: &[],
                    arguments: &[],
                },
            },
            CommandInfo {
                name: "cluster|set-config-epoch",
                arity: 3,
                flags: &["admin", "stale", "no_async_loading"],
                first_key: 0,
                last_key: 0,
                step: 0,
                acl_categories: &["@admin", "@slow", "@dangerous"],
                tips: &[],
                key_specs: &[],
                subcommands: &[],
                doc: CommandDoc {
                    summary: "Set the configuration epoch in a new node",
                    since: "3.0.0",
                    group: "cluster",
                    complexity: Some("O(1)"),
                    doc_flags: &[],
                    deprecated_since: None,
                    replaced_by: None,
                    history: &[],
                    arguments: &[ArgDoc {
                        name: "config-epoch",
                        kind: "integer",
                        ..ArgDoc::EMPTY
                    }],
                },
            },
            CommandInfo {
                name: "cluster|setslot",
                arity: -4,
                flags: &["admin", "stale", "no_async_loading"],
                first_key: 0,
                last_key: 0,
                step: 0,
                acl_categories: &["@admin", "@slow", "@dangerous"],
                tips: &[],
                key_specs: &[],
                subcommands: &[],
                doc: CommandDoc {
                    summary: "Bind a hash slot to a specific node",
                    since: "3.0.0",
                    group: "cluster",
                    complexity: Some("O(1)"),
                    doc_flags: &[],
                    deprecated_since: None,
                    replaced_by: None,
                    history: &[],
                    arguments: &[
                        ArgDoc {
                            name: "slot",
                            kind: "integer",
                            ..ArgDoc::EMPTY
                        },
                        ArgDoc {
                            name: "subcommand",
                            kind: "oneof",
                            arguments: &[
                                ArgDoc {
                                    name: "node-id",
                                    kind: "string",
                                    token: Some("IMPORTING"),
                                    ..ArgDoc::EMPTY
                                },
                                ArgDoc {
                                    name: "node-id",
                                    kind: "string",
                                    token: Some("MIGRATING"),
                                    ..ArgDoc::EMPTY
                                },
                                ArgDoc {
                                    name: "node-id",
                                    kind: "string",
                                    token: Some("NODE"),
                                    ..ArgDoc::EMPTY
                                },
                                ArgDoc {
                                    name: "stable",
                                    kind: "pure-token",
                                    token: Some("STABLE"),
                                    ..ArgDoc::EMPTY
                                },
                            ],
                            ..ArgDoc::EMPTY
                        },
                    ],
                },
            },
            CommandInfo {
                name: "cluster|shards",
                arity: 2,
                flags: &["stale"],
                first_key: 0,
                last_key: 0,
                step: 0,
                acl_categories: &["@slow"],
                tips: &["nondeterministic_output"],
                key_specs: &[],
                subcommands: &[],
                doc: CommandDoc {
                    summary: "Get array of cluster slots to node mappings",
                    since: "7.0.0",
                    group: "cluster",
                    complexity: Some("O(N) where N is the total number of cluster nodes"),
                    doc_flags: &[],
                    deprecated_since: None,
                    replaced_by: None,
                    history: &[],
                    arguments: &[],
                },
            },
            CommandInfo {
                name: "cluster|slaves",
                arity: 3,
                flags: &["admin", "stale"],
                first_key: 0,
                last_key: 0,
                step: 0,
                acl_categories: &["@admin", "@slow", "@dangerous"],
                tips: &["nondeterministic_output"],
                key_specs: &[],
                subcommands: &[],
                doc: CommandDoc {
                    summary: "List replica nodes of the specified master node",
                    since: "3.0.0",
                    group: "cluster",
                    complexity: Some("O(1)"),
                    doc_flags: &["deprecated"],
                    deprecated_since: Some("5.0.0"),
                    replaced_by: Some("`CLUSTER REPLICAS`"),
                    history: &[],
                    arguments: &[ArgDoc {
                        name: "node-id",
                        kind: "string",
                        ..ArgDoc::EMPTY
                    }],
                },
            },
            CommandInfo {
                name: "cluster|slots",
                arity: 2,
                flags: &["stale"],
                first_key: 0,
                last_key: 0,
                step: 0,
                acl_categories: &["@slow"],
                tips: &["nondeterministic_output"],
                key_specs: &[],
                subcommands: &[],
                doc: CommandDoc {
                    summary: "Get array of Cluster slot to node mappings",
                    since: "3.0.0",
                    group: "cluster",
                    complexity: Some("O(N) where N is the total number of Cluster nodes"),
                    doc_flags: &["deprecated"],
                    deprecated_since: Some("7.0.0"),
                    replaced_by: Some("`CLUSTER SHARDS`"),
                    history: &[
                        ("4.0.0", "Added node IDs."),
                        ("7.0.0", "Added additional networking metadata field."),
                    ],
                    arguments: &[],
                },
            },
        ],
        doc: CommandDoc {
            summary: "A container for cluster commands",
            since: "3.0.0",
            group: "cluster",
            complexity: Some("Depends on subcommand."),
            doc_flags: &[],
            deprecated_since: None,
            replaced_by: None,
            history: &[],
            arguments: &[],
        },
    },
    CommandInfo {
        name: "command",
        arity: -1,
        flags: &["loading", "stale"],
        first_key: 0,
        last_key: 0,
        step: 0,
        acl_categories: &["@slow", "@connection"],
        tips: &["nondeterministic_output_order"],
        key_specs: &[],
        subcommands: &[
            CommandInfo {
                name: "command|count",
                arity: 2,
                flags: &["loading", "stale"],
                first_key: 0,
                last_key: 0,
                step: 0,
                acl_categories: &["@slow", "@connection"],
                tips: &[],
                key_specs: &[],
                subcommands: &[],
                doc: CommandDoc {
                    summary: "Get total number of Redis commands",
                    since: "2.8.13",
                    group: "server",
                    complexity: Some("O(1)"),
                    doc_flags: &[],
                    deprecated_since: None,
                    replaced_by: None,
                    history: &[],
                    arguments: &[],
                },
            },
            CommandInfo {
                name: "command|docs",
                arity: -2,
                flags: &["loading", "stale"],
                first_key: 0,
                last_key: 0,
                step: 0,
                acl_categories: &["@slow", "@connection"],
                tips: &["nondeterministic_output_order"],
                key_specs: &[],
                subcommands: &[],
                doc: CommandDoc {
                    summary: "Get array of specific Redis command documentation",
                    since: "7.0.0",
                    group: "server",
                    complexity: Some("O(N) where N is the number of commands to look up"),
                    doc_flags: &[],
                    deprecated_since: None,
                    replaced_by: None,
                    history: &[],
                    arguments: &[ArgDoc {
                        name: "command-name",
                        kind: "string",
                        flags: &["optional", "multiple"],
                        ..ArgDoc::EMPTY
                    }],
                },
            },
            CommandInfo {
                name: "command|getkeys",
                arity: -4,
                flags: &["loading", "stale"],
                first_key: 0,
                last_key: 0,
                step: 0,
                acl_categories: &["@slow", "@connection"],
                tips: &[],
                key_specs: &[],
                subcommands: &[],
                doc: CommandDoc {
                    summary: "Extract keys given a full Redis command",
                    since: "2.8.13",
                    group: "server",
                    complexity: Some("O(N) where N is the number of arguments to the command"),
                    doc_flags: &[],
                    deprecated_since: None,
                    replaced_by: None,
                    history: &[],
                    arguments: &[],
                },
            },
            CommandInfo {
                name: "command|getkeysandflags",
                arity: -4,
                flags: &["loading", "stale"],
                first_key: 0,
                last_key: 0,
                step: 0,
                acl_categories: &["@slow", "@connection"],
                tips: &[],
                key_specs: &[],
                subcommands: &[],
                doc: CommandDoc {
                    summary: "Extract keys and access flags given a full Redis command",
                    since: "7.0.0",
                    group: "server",
                    complexity: Some("O(N) where N is the number of arguments to the command"),
                    doc_flags: &[],
                    deprecated_since: None,
                    replaced_by: None,
                    history: &[],
                    arguments: &[],
                },
            },
            CommandInfo {
                name: "command|help",
                arity: 2,
                flags: &["loading", "stale"],
                first_key: 0,
                last_key: 0,
                step: 0,
                acl_categories: &["@slow", "@connection"],
                tips: &[],
                key_specs: &[],
                subcommands: &[],
                doc: CommandDoc {
                    summary: "Show helpful text about the different subcommands",
                    since: "5.0.0",
                    group: "server",
                    complexity: Some("O(1)"),
                    doc_flags: &[],
                    deprecated_since: None,
                    replaced_by: None,
                    history: &[],
                    arguments: &[],
                },
            },
            CommandInfo {
                name: "command|info",
                arity: -2,
                flags: &["loading", "stale"],
                first_key: 0,
                last_key: 0,
                step: 0,
                acl_categories: &["@slow", "@connection"],
                tips: &["nondeterministic_output_order"],
                key_specs: &[],
                subcommands: &[],
                doc: CommandDoc {
                    summary: "Get array of specific Redis command details, or all when no argument is given.",
                    since: "2.8.13",
                    group: "server",
                    complexity: Some("O(N) where N is the number of commands to look up"),
                    doc_flags: &[],
                    deprecated_since: None,
                    replaced_by: None,
                    history: &[(
                        "7.0.0",
                        "Allowed to be called with no argument to get info on all commands.",
                    )],
                    arguments: &[ArgDoc {
                        name: "command-name",
                        kind: "string",
                        flags: &["optional", "multiple"],
                        ..ArgDoc::EMPTY
                    }],
                },
            },
            CommandInfo {
                name: "command|list",
                arity: -2,
                flags: &["loading", "stale"],
                first_key: 0,
                last_key: 0,
                step: 0,
                acl_categories: &["@slow", "@connection"],
                tips: &["nondeterministic_output_order"],
                key_specs: &[],
                subcommands: &[],
                doc: CommandDoc {
                    summary: "Get an array of Redis command names",
                    since: "7.0.0",
                    group: "server",
                    complexity: Some("O(N) where N is the total number of Redis commands"),
                    doc_flags: &[],
                    deprecated_since: None,
                    replaced_by: None,
                    history: &[],
                    arguments: &[ArgDoc {
                        name: "filterby",
                        kind: "oneof",
                        token: Some("FILTERBY"),
                        flags: &["optional"],
                        arguments: &[
                            ArgDoc {
                                name: "module-name",
                                kind: "string",
                                token: Some("MODULE"),
                                ..ArgDoc::EMPTY
                            },
                            ArgDoc {
                                name: "category",
                                kind: "string",
                                token: Some("ACLCAT"),
                                ..ArgDoc::EMPTY
                            },
                            ArgDoc {
                                name: "pattern",
                                kind: "pattern",
                                token: Some("PATTERN"),
                                ..ArgDoc::EMPTY
                            },
                        ],
                        ..ArgDoc::EMPTY
                    }],
                },
            },
        ],
        doc: CommandDoc {
            summary: "Get array of Redis command details",
            since: "2.8.13",
            group: "server",
            complexity: Some("O(N) where N is the total number of Redis commands"),
            doc_flags: &[],
            deprecated_since: None,
            replaced_by: None,
            history: &[],
            arguments: &[],
        },
    },
    CommandInfo {
        name: "config",
        arity: -2,
        flags: &[],
        first_key: 0,
        last_key: 0,
        step: 0,
        acl_categories: &["@slow"],
        tips: &[],
        key_specs: &[],
        subcommands: &[
            CommandInfo {
                name: "config|get",
                arity: -3,
                flags: &["admin", "noscript", "loading", "stale"],
                first_key: 0,
                last_key: 0,
                step: 0,
                acl_categories: &["@admin", "@slow", "@dangerous"],
                tips: &[],
                key_specs: &[],
                subcommands: &[],
                doc: CommandDoc {
                    summary: "Get the values of configuration parameters",
                    since: "2.0.0",
                    group: "server",
                    complexity: Some("O(N) when N is the number of configuration parameters provided"),
                    doc_flags: &[],
                    deprecated_since: None,
                    replaced_by: None,
                    history: &[(
                        "7.0.0",
                        "Added the ability to pass multiple pattern parameters in one call",
                    )],
                    arguments: &[ArgDoc {
                        name: "parameter",
                        kind: "block",
                        flags: &["multiple"],
                        arguments: &[ArgDoc {
                            name: "parameter",
                            kind: "string",
                            ..ArgDoc::EMPTY
                        }],
                        ..ArgDoc::EMPTY
                    }],
                },
            },
            CommandInfo {
                name: "config|help",
                arity: 2,
                flags: &["loading", "stale"],
                first_key: 0,
                last_key: 0,
                step: 0,
                acl_categories: &["@slow"],
                tips: &[],
                key_specs: &[],
                subcommands: &[],
                doc: CommandDoc {
                    summary: "Show helpful text about the different subcommands",
                    since: "5.0.0",
                    group: "server",
                    complexity: Some("O(1)"),
                    doc_flags: &[],
                    deprecated_since: None,
                    replaced_by: None,
                    history: &[],
                    arguments: &[],
                },
            },
            CommandInfo {
                name: "config|resetstat",
                arity: 2,
                flags: &["admin", "noscript", "loading", "stale"],
                first_key: 0,
                last_key: 0,
                step: 0,
                acl_categories: &["@admin", "@slow", "@dangerous"],
                tips: &[],
                key_specs: &[],
                subcommands: &[],
                doc: CommandDoc {
                    summary: "Reset the stats returned by INFO",
                    since: "2.0.0",
                    group: "server",
                    complexity: Some("O(1)"),
                    doc_flags: &[],
                    deprecated_since: None,
                    replaced_by: None,
                    history: &[],
                    arguments: &[],
                },
            },
            CommandInfo {
                name: "config|rewrite",
                arity: 2,
                flags: &["admin", "noscript", "loading", "stale"],
                first_key: 0,
                last_key: 0,
                step: 0,
                acl_categories: &["@admin", "@slow", "@dangerous"],
                tips: &[],
                key_specs: &[],
                subcommands: &[],
                doc: CommandDoc {
                    summary: "Rewrite the configuration file with the in memory configuration",
                    since: "2.8.0",
                    group: "server",
                    complexity: Some("O(1)"),
                    doc_flags: &[],
                    deprecated_since: None,
                    replaced_by: None,
                    history: &[],
                    arguments: &[],
                },
            },
            CommandInfo {
                name: "config|set",
                arity: -4,
                flags: &["admin", "noscript", "loading", "stale"],
                first_key: 0,
                last_key: 0,
                step: 0,
                acl_categories: &["@admin", "@slow", "@dangerous"],
                tips: &["request_policy:all_nodes", "response_policy:all_succeeded"],
                key_specs: &[],
                subcommands: &[],
                doc: CommandDoc {
                    summary: "Set configuration parameters to the given values",
                    since: "2.0.0",
                    group: "server",
                    complexity: Some("O(N) when N is the number of configuration parameters provided"),
                    doc_flags: &[],
                    deprecated_since: None,
                    replaced_by: None,
                    history: &[("7.0.0", "Added the ability to set multiple parameters in one call.")],
                    arguments: &[ArgDoc {
                        name: "parameter_value",
                        kind: "block",
                        flags: &["multiple"],
                        arguments: &[
                            ArgDoc {
                                name: "parameter",
                                kind: "string",
                                ..ArgDoc::EMPTY
                            },
                            ArgDoc {
                                name: "value",
                                kind: "string",
                                ..ArgDoc::EMPTY
                            },
                        ],
                        ..ArgDoc::EMPTY
                    }],
                },
            },
        ],
        doc: CommandDoc {
            summary: "A container for server configuration commands",
            since: "2.0.0",
            group: "server",
            complexity: Some("Depends on subcommand."),
            doc_flags: &[],
            deprecated_since: None,
            replaced_by: None,
            history: &[],
            arguments: &[],
        },
    },
    CommandInfo {
        name: "copy",
        arity: -3,
        flags: &["write", "denyoom"],
        first_key: 1,
        last_key: 2,
        step: 1,
        acl_categories: &["@keyspace", "@write", "@slow"],
        tips: &[],
        key_specs: &[
            KeySpec {
                notes: None,
                flags: &["RO", "access"],
                begin_search: BeginSearch::Index(1),
                find_keys: FindKeys::Range {
                    lastkey: 0,
                    step: 1,
                    limit: 0,
                },
            },
            KeySpec {
                notes: None,
                flags: &["OW", "update"],
                begin_search: BeginSearch::Index(2),
                find_keys: FindKeys::Range {
                    lastkey: 0,
                    step: 1,
                    limit: 0,
                },
            },
        ],
        subcommands: &[],
        doc: CommandDoc {
            summary: "Copy a key",
            since: "6.2.0",
            group: "generic",
            complexity: Some(
                "O(N) worst case for collections, where N is the number of nested items. O(1) for string values.",
            ),
            doc_flags: &[],
            deprecated_since: None,
            replaced_by: None,
            history: &[],
            arguments: &[
                ArgDoc {
                    name: "source",
                    kind: "key",
                    key_spec_index: 0,
                    ..ArgDoc::EMPTY
                },
                ArgDoc {
                    name: "destination",
                    kind: "key",
                    key_spec_index: 1,
                    ..ArgDoc::EMPTY
                },
                ArgDoc {
                    name: "destination-db",
                    kind: "integer",
                    token: Some("DB"),
                    flags: &["optional"],
                    ..ArgDoc::EMPTY
                },
                ArgDoc {
                    name: "replace",
                    kind: "pure-token",
                    token: Some("REPLACE"),
                    flags: &["optional"],
                    ..ArgDoc::EMPTY
                },
            ],
        },
    },
    CommandInfo {
        name: "dbsize",
        arity: 1,
        flags: &["readonly", "fast"],
        first_key: 0,
        last_key: 0,
        step: 0,
        acl_categories: &["@keyspace", "@read", "@fast"],
        tips: &["request_policy:all_shards", "response_policy:agg_sum"],
        key_specs: &[],
        subcommands: &[],
        doc: CommandDoc {
            summary: "Return the number of keys in the selected database",
            since: "1.0.0",
            group: "server",
            complexity: Some("O(1)"),
            doc_flags: &[],
            deprecated_since: None,
            replaced_by: None,
            history: &[],
            arguments: &[],
        },
    },
    CommandInfo {
        name: "debug",
        arity: -2,
        flags: &["admin", "noscript", "loading", "stale"],
        first_key: 0,
        last_key: 0,
        step: 0,
        acl_categories: &["@admin", "@slow", "@dangerous"],
        tips: &[],
        key_specs: &[],
        subcommands: &[],
        doc: CommandDoc {
            summary: "A container for debugging commands",
            since: "1.0.0",
            group: "server",
            complexity: Some("Depends on subcommand."),
            doc_flags: &["syscmd"],
            deprecated_since: None,
            replaced_by: None,
            history: &[],
            arguments: &[],
        },
    },
    CommandInfo {
        name: "decr",
        arity: 2,
        flags: &["write", "denyoom", "fast"],
        first_key: 1,
        last_key: 1,
        step: 1,
        acl_categories: &["@write", "@string", "@fast"],
        tips: &[],
        key_specs: &[KeySpec {
            notes: None,
            flags: &["RW", "access", "update"],
            begin_search: BeginSearch::Index(1),
            find_keys: FindKeys::Range {
                lastkey: 0,
                step: 1,
                limit: 0,
            },
        }],
        subcommands: &[],
        doc: CommandDoc {
            summary: "Decrement the integer value of a key by one",
            since: "1.0.0",
            group: "string",
            complexity: Some("O(1)"),
            doc_flags: &[],
            deprecated_since: None,
            replaced_by: None,
            history: &[],
            arguments: &[ArgDoc {
                name: "key",
                kind: "key",
                key_spec_index: 0,
                ..ArgDoc::EMPTY
            }],
        },
    },
    CommandInfo {
        name: "decrby",
        arity: 3,
        flags: &["write", "denyoom", "fast"],
        first_key: 1,
        last_key: 1,
        step: 1,
        acl_categories: &["@write", "@string", "@fast"],
        tips: &[],
        key_specs: &[KeySpec {
            notes: None,
            flags: &["RW", "access", "update"],
            begin_search: BeginSearch::Index(1),
            find_keys: FindKeys::Range {
                lastkey: 0,
                step: 1,
                limit: 0,
            },
        }],
        subcommands: &[],
        doc: CommandDoc {
            summary: "Decrement the integer value of a key by the given number",
            since: "1.0.0",
            group: "string",
            complexity: Some("O(1)"),
            doc_flags: &[],
            deprecated_since: None,
            replaced_by: None,
            history: &[],
            arguments: &[
                ArgDoc {
                    name: "key",
                    kind: "key",
                    key_spec_index: 0,
                    ..ArgDoc::EMPTY
                },
                ArgDoc {
                    name: "decrement",
                    kind: "integer",
                    ..ArgDoc::EMPTY
                },
            ],
        },
    },
    CommandInfo {
        name: "del",
        arity: -2,
        flags: &["write"],
        first_key: 1,
        last_key: -1,
        step: 1,
        acl_categories: &["@keyspace", "@write", "@slow"],
        tips: &["request_policy:multi_shard", "response_policy:agg_sum"],
        key_specs: &[KeySpec {
            notes: None,
            flags: &["RM", "delete"],
            begin_search: BeginSearch::Index(1),
            find_keys: FindKeys::Range {
                lastkey: -1,
                step: 1,
                limit: 0,
            },
        }],
        subcommands: &[],
        doc: CommandDoc {
            summary: "Delete a key",
            since: "1.0.0",
            group: "generic",
            complexity: Some(
                "O(N) where N is the number of keys that will be removed. When a key to remove holds a value other than a string, the individual complexity for this key is O(M) where M is the number of elements in the list, set, sorted set or hash. Removing a single key that holds a string value is O(1).",
            ),
            doc_flags: &[],
            deprecated_since: None,
            replaced_by: None,
            history: &[],
            arguments: &[ArgDoc {
                name: "key",
                kind: "key",
                key_spec_index: 0,
                flags: &["multiple"],
                ..ArgDoc::EMPTY
            }],
        },
    },
    CommandInfo {
        name: "discard",
        arity: 1,
        flags: &["noscript", "loading", "stale", "fast", "allow_busy"],
        first_key: 0,
        last_key: 0,
        step: 0,
        acl_categories: &["@fast", "@transaction"],
        tips: &[],
        key_specs: &[],
        subcommands: &[],
        doc: CommandDoc {
            summary: "Discard all commands issued after MULTI",
            since: "2.0.0",
            group: "transactions",
            complexity: Some("O(N), when N is the number of queued commands"),
            doc_flags: &[],
            deprecated_since: None,
            replaced_by: None,
            history: &[],
            arguments: &[],
        },
    },
    CommandInfo {
        name: "dump",
        arity: 2,
        flags: &["readonly"],
        first_key: 1,
        last_key: 1,
        step: 1,
        acl_categories: &["@keyspace", "@read", "@slow"],
        tips: &["nondeterministic_output"],
        key_specs: &[KeySpec {
            notes: None,
            flags: &["RO", "access"],
            begin_search: BeginSearch::Index(1),
            find_keys: FindKeys::Range {
                lastkey: 0,
                step: 1,
                limit: 0,
            },
        }],
        subcommands: &[],
        doc: CommandDoc {
            summary: "Return a serialized version of the value stored at the specified key.",
            since: "2.6.0",
            group: "generic",
            complexity: Some(
                "O(1) to access the key and additional O(N*M) to serialize it, where N is the number of Redis objects composing the value and M their average size. For small string values the time complexity is thus O(1)+O(1*M) where M is small, so simply O(1).",
            ),
            doc_flags: &[],
            deprecated_since: None,
            replaced_by: None,
            history: &[],
            arguments: &[ArgDoc {
                name: "key",
                kind: "key",
                key_spec_index: 0,
                ..ArgDoc::EMPTY
            }],
        },
    },
    CommandInfo {
        name: "echo",
        arity: 2,
        flags: &["loading", "stale", "fast"],
        first_key: 0,
        last_key: 0,
        step: 0,
        acl_categories: &["@fast", "@connection"],
        tips: &[],
        key_specs: &[],
        subcommands: &[],
        doc: CommandDoc {
            summary: "Echo the given string",
            since: "1.0.0",
            group: "connection",
            complexity: Some("O(1)"),
            doc_flags: &[],
            deprecated_since: None,
            replaced_by: None,
            history: &[],
            arguments: &[ArgDoc {
                name: "message",
                kind: "string",
                ..ArgDoc::EMPTY
            }],
        },
    },
    CommandInfo {
        name: "eval",
        arity: -3,
        flags: &["noscript", "stale", "skip_monitor", "no_mandatory_keys", "movablekeys"],
        first_key: 0,
        last_key: 0,
        step: 0,
        acl_categories: &["@slow", "@scripting"],
        tips: &[],
        key_specs: &[KeySpec {
            notes: Some("We cannot tell how the keys will be used so we assume the worst, RW and UPDATE"),
            flags: &["RW", "access", "update"],
            begin_search: BeginSearch::Index(2),
            find_keys: FindKeys::Keynum {
                keynumidx: 0,
                firstkey: 1,
                step: 1,
            },
        }],
        subcommands: &[],
        doc: CommandDoc {
            summary: "Execute a Lua script server side",
            since: "2.6.0",
            group: "scripting",
            complexity: Some("Depends on the script that is executed."),
            doc_flags: &[],
            deprecated_since: None,
            replaced_by: None,
            history: &[],
            arguments: &[
                ArgDoc {
                    name: "script",
                    kind: "string",
                    ..ArgDoc::EMPTY
                },
                ArgDoc {
                    name: "numkeys",
                    kind: "integer",
                    ..ArgDoc::EMPTY
                },
                ArgDoc {
                    name: "key",
                    kind: "key",
                    key_spec_index: 0,
                    flags: &["optional", "multiple"],
                    ..ArgDoc::EMPTY
                },
                ArgDoc {
                    name: "arg",
                    kind: "string",
                    flags: &["optional", "multiple"],
                    ..ArgDoc::EMPTY
                },
            ],
        },
    },
    CommandInfo {
        name: "eval_ro",
        arity: -3,
        flags: &[
            "readonly",
            "noscript",
            "stale",
            "skip_monitor",
            "no_mandatory_keys",
            "movablekeys",
        ],
        first_key: 0,
        last_key: 0,
        step: 0,
        acl_categories: &["@slow", "@scripting"],
        tips: &[],
        key_specs: &[KeySpec {
            notes: Some("We cannot tell how the keys will be used so we assume the worst, RO and ACCESS"),
            flags: &["RO", "access"],
            begin_search: BeginSearch::Index(2),
            find_keys: FindKeys::Keynum {
                keynumidx: 0,
                firstkey: 1,
                step: 1,
            },
        }],
        subcommands: &[],
        doc: CommandDoc {
            summary: "Execute a read-only Lua script server side",
            since: "7.0.0",
            group: "scripting",
            complexity: Some("Depends on the script that is executed."),
            doc_flags: &[],
            deprecated_since: None,
            replaced_by: None,
            history: &[],
            arguments: &[
                ArgDoc {
                    name: "script",
                    kind: "string",
                    ..ArgDoc::EMPTY
                },
                ArgDoc {
                    name: "numkeys",
                    kind: "integer",
                    ..ArgDoc::EMPTY
                },
                ArgDoc {
                    name: "key",
                    kind: "key",
                    key_spec_index: 0,
                    flags: &["optional", "multiple"],
                    ..ArgDoc::EMPTY
                },
                ArgDoc {
                    name: "arg",
                    kind: "string",
                    flags: &["optional", "multiple"],
                    ..ArgDoc::EMPTY
                },
            ],
        },
    },
    CommandInfo {
        name: "evalsha",
        arity: -3,
        flags: &["noscript", "stale", "skip_monitor", "no_mandatory_keys", "movablekeys"],
        first_key: 0,
        last_key: 0,
        step: 0,
        acl_categories: &["@slow", "@scripting"],
        tips: &[],
        key_specs: &[KeySpec {
            notes: None,
            flags: &["RW", "access", "update"],
            begin_search: BeginSearch::Index(2),
            find_keys: FindKeys::Keynum {
                keynumidx: 0,
                firstkey: 1,
                step: 1,
            },
        }],
        subcommands: &[],
        doc: CommandDoc {
            summary: "Execute a Lua script server side",
            since: "2.6.0",
            group: "scripting",
            complexity: Some("Depends on the script that is executed."),
            doc_flags: &[],
            deprecated_since: None,
            replaced_by: None,
            history: &[],
            arguments: &[
                ArgDoc {
                    name: "sha1",
                    kind: "string",
                    ..ArgDoc::EMPTY
                },
                ArgDoc {
                    name: "numkeys",
                    kind: "integer",
                    ..ArgDoc::EMPTY
                },
                ArgDoc {
                    name: "key",
                    kind: "key",
                    key_spec_index: 0,
                    flags: &["optional", "multiple"],
                    ..ArgDoc::EMPTY
                },
                ArgDoc {
                    name: "arg",
                    kind: "string",
                    flags: &["optional", "multiple"],
                    ..ArgDoc::EMPTY
                },
            ],
        },
    },
    CommandInfo {
        name: "evalsha_ro",
        arity: -3,
        flags: &[
            "readonly",
            "noscript",
            "stale",
            "skip_monitor",
            "no_mandatory_keys",
            "movablekeys",
        ],
        first_key: 0,
        last_key: 0,
        step: 0,
        acl_categories: &["@slow", "@scripting"],
        tips: &[],
        key_specs: &[KeySpec {
            notes: None,
            flags: &["RO", "access"],
            begin_search: BeginSearch::Index(2),
            find_keys: FindKeys::Keynum {
                keynumidx: 0,
                firstkey: 1,
                step: 1,
            },
        }],
        subcommands: &[],
        doc: CommandDoc {
            summary: "Execute a read-only Lua script server side",
            since: "7.0.0",
            group: "scripting",
            complexity: Some("Depends on the script that is executed."),
            doc_flags: &[],
            deprecated_since: None,
            replaced_by: None,
            history: &[],
            arguments: &[
                ArgDoc {
                    name: "sha1",
                    kind: "string",
                    ..ArgDoc::EMPTY
                },
                ArgDoc {
                    name: "numkeys",
                    kind: "integer",
                    ..ArgDoc::EMPTY
                },
                ArgDoc {
                    name: "key",
                    kind: "key",
                    key_spec_index: 0,
                    flags: &["optional", "multiple"],
                    ..ArgDoc::EMPTY
                },
                ArgDoc {
                    name: "arg",
                    kind: "string",
                    flags: &["optional", "multiple"],
                    ..ArgDoc::EMPTY
                },
            ],
        },
    },
    CommandInfo {
        name: "exec",
        arity: 1,
        flags: &["noscript", "loading", "stale", "skip_slowlog"],
        first_key: 0,
        last_key: 0,
        step: 0,
        acl_categories: &["@slow", "@transaction"],
        tips: &[],
        key_specs: &[],
        subcommands: &[],
        doc: CommandDoc {
            summary: "Execute all commands issued after MULTI",
            since: "1.2.0",
            group: "transactions",
            complexity: Some("Depends on commands in the transaction"),
            doc_flags: &[],
            deprecated_since: None,
            replaced_by: None,
            history: &[],
            arguments: &[],
        },
    },
    CommandInfo {
        name: "exists",
        arity: -2,
        flags: &["readonly", "fast"],
        first_key: 1,
        last_key: -1,
        step: 1,
        acl_categories: &["@keyspace", "@read", "@fast"],
        tips: &["request_policy:multi_shard", "response_policy:agg_sum"],
        key_specs: &[KeySpec {
            notes: None,
            flags: &["RO"],
            begin_search: BeginSearch::Index(1),
            find_keys: FindKeys::Range {
                lastkey: -1,
                step: 1,
                limit: 0,
            },
        }],
        subcommands: &[],
        doc: CommandDoc {
            summary: "Determine if a key exists",
            since: "1.0.0",
            group: "generic",
            complexity: Some("O(N) where N is the number of keys to check."),
            doc_flags: &[],
            deprecated_since: None,
            replaced_by: None,
            history: &[("3.0.3", "Accepts multiple `key` arguments.")],
            arguments: &[ArgDoc {
                name: "key",
                kind: "key",
                key_spec_index: 0,
                flags: &["multiple"],
                ..ArgDoc::EMPTY
            }],
        },
    },
    CommandInfo {
        name: "expire",
        arity: -3,
        flags: &["write", "fast"],
        first_key: 1,
        last_key: 1,
        step: 1,
        acl_categories: &["@keyspace", "@write", "@fast"],
        tips: &[],
        key_specs: &[KeySpec {
            notes: None,
            flags: &["RW", "update"],
            begin_search: BeginSearch::Index(1),
            find_keys: FindKeys::Range {
                lastkey: 0,
                step: 1,
                limit: 0,
            },
        }],
        subcommands: &[],
        doc: CommandDoc {
            summary: "Set a key's time to live in seconds",
            since: "1.0.0",
            group: "generic",
            complexity: Some("O(1)"),
            doc_flags: &[],
            deprecated_since: None,
            replaced_by: None,
            history: &[("7.0.0", "Added options: `NX`, `XX`, `GT` and `LT`.")],
            arguments: &[
                ArgDoc {
                    name: "key",
                    kind: "key",
                    key_spec_index: 0,
                    ..ArgDoc::EMPTY
                },
                ArgDoc {
                    name: "seconds",
                    kind: "integer",
                    ..ArgDoc::EMPTY
                },
                ArgDoc {
                    name: "condition",
                    kind: "oneof",
                    since: Some("7.0.0"),
                    flags: &["optional"],
                    arguments: &[
                        ArgDoc {
                            name: "nx",
                            kind: "pure-token",
                            token: Some("NX"),
                            ..ArgDoc::EMPTY
                        },
                        ArgDoc {
                            name: "xx",
                            kind: "pure-token",
                            token: Some("XX"),
                            ..ArgDoc::EMPTY
                        },
                        ArgDoc {
                            name: "gt",
                            kind: "pure-token",
                            token: Some("GT"),
                            ..ArgDoc::EMPTY
                        },
                        ArgDoc {
                            name: "lt",
                            kind: "pure-token",
                            token: Some("LT"),
                            ..ArgDoc::EMPTY
                        },
                    ],
                    ..ArgDoc::EMPTY
                },
            ],
        },
    },
    CommandInfo {
        name: "expireat",
        arity: -3,
        flags: &["write", "fast"],
        first_key: 1,
        last_key: 1,
        step: 1,
        acl_categories: &["@keyspace", "@write", "@fast"],
        tips: &[],
        key_specs: &[KeySpec {
            notes: None,
            flags: &["RW", "update"],
            begin_search: BeginSearch::Index(1),
            find_keys: FindKeys::Range {
                lastkey: 0,
                step: 1,
                limit: 0,
            },
        }],
        subcommands: &[],
        doc: CommandDoc {
            summary: "Set the expiration for a key as a UNIX timestamp",
            since: "1.2.0",
            group: "generic",
            complexity: Some("O(1)"),
            doc_flags: &[],
            deprecated_since: None,
            replaced_by: None,
            history: &[("7.0.0", "Added options: `NX`, `XX`, `GT` and `LT`.")],
            arguments: &[
                ArgDoc {
                    name: "key",
                    kind: "key",
                    key_spec_index: 0,
                    ..ArgDoc::EMPTY
                },
                ArgDoc {
                    name: "unix-time-seconds",
                    kind: "unix-time",
                    ..ArgDoc::EMPTY
                },
                ArgDoc {
                    name: "condition",
                    kind: "oneof",
                    since: Some("7.0.0"),
                    flags: &["optional"],
                    arguments: &[
                        ArgDoc {
                            name: "nx",
                            kind: "pure-token",
                            token: Some("NX"),
                            ..ArgDoc::EMPTY
                        },
                        ArgDoc {
                            name: "xx",
                            kind: "pure-token",
                            token: Some("XX"),
                            ..ArgDoc::EMPTY
                        },
                        ArgDoc {
                            name: "gt",
                            kind: "pure-token",
                            token: Some("GT"),
                            ..ArgDoc::EMPTY
                        },
                        ArgDoc {
                            name: "lt",
                            kind: "pure-token",
                            token: Some("LT"),
                            ..ArgDoc::EMPTY
                        },
                    ],
                    ..ArgDoc::EMPTY
                },
            ],
        },
    },
    CommandInfo {
        name: "expiretime",
        arity: 2,
        flags: &["readonly", "fast"],
        first_key: 1,
        last_key: 1,
        step: 1,
        acl_categories: &["@keyspace", "@read", "@fast"],
        tips: &[],
        key_specs: &[KeySpec {
            notes: None,
            flags: &["RO", "access"],
            begin_search: BeginSearch::Index(1),
            find_keys: FindKeys::Range {
                lastkey: 0,
                step: 1,
                limit: 0,
            },
        }],
        subcommands: &[],
        doc: CommandDoc {
            summary: "Get the expiration Unix timestamp for a key",
            since: "7.0.0",
            group: "generic",
            complexity: Some("O(1)"),
            doc_flags: &[],
            deprecated_since: None,
            replaced_by: None,
            history: &[],
            arguments: &[ArgDoc {
                name: "key",
                kind: "key",
                key_spec_index: 0,
                ..ArgDoc::EMPTY
            }],
        },
    },
    CommandInfo {
        name: "failover",
        arity: -1,
        flags: &["admin", "noscript", "stale"],
        first_key: 0,
        last_key: 0,
        step: 0,
        acl_categories: &["@admin", "@slow", "@dangerous"],
        tips: &[],
        key_specs: &[],
        subcommands: &[],
        doc: CommandDoc {
            summary: "Start a coordinated failover between this server and one of its replicas.",
            since: "6.2.0",
            group: "server",
            complexity: Some("O(1)"),
            doc_flags: &[],
            deprecated_since: None,
            replaced_by: None,
            history: &[],
            arguments: &[
                ArgDoc {
                    name: "target",
                    kind: "block",
                    token: Some("TO"),
                    flags: &["optional"],
                    arguments: &[
                        ArgDoc {
                            name: "host",
                            kind: "string",
                            ..ArgDoc::EMPTY
                        },
                        ArgDoc {
                            name: "port",
                            kind: "integer",
                            ..ArgDoc::EMPTY
                        },
                        ArgDoc {
                            name: "force",
                            kind: "pure-token",
                            token: Some("FORCE"),
                            flags: &["optional"],
                            ..ArgDoc::EMPTY
                        },
                    ],
                    ..ArgDoc::EMPTY
                },
                ArgDoc {
                    name: "abort",
                    kind: "pure-token",
                    token: Some("ABORT"),
                    flags: &["optional"],
                    ..ArgDoc::EMPTY
                },
                ArgDoc {
                    name: "milliseconds",
                    kind: "integer",
                    token: Some("TIMEOUT"),
                    flags: &["optional"],
                    ..ArgDoc::EMPTY
                },
            ],
        },
    },
    CommandInfo {
        name: "fcall",
        arity: -3,
        flags: &["noscript", "stale", "skip_monitor", "no_mandatory_keys", "movablekeys"],
        first_key: 0,
        last_key: 0,
        step: 0,
        acl_categories: &["@slow", "@scripting"],
        tips: &[],
        key_specs: &[KeySpec {
            notes: Some("We cannot tell how the keys will be used so we assume the worst, RW and UPDATE"),
            flags: &["RW", "access", "update"],
            begin_search: BeginSearch::Index(2),
            find_keys: FindKeys::Keynum {
                keynumidx: 0,
                firstkey: 1,
                step: 1,
            },
        }],
        subcommands: &[],
        doc: CommandDoc {
            summary: "Invoke a function",
            since: "7.0.0",
            group: "scripting",
            complexity: Some("Depends on the function that is executed."),
            doc_flags: &[],
            deprecated_since: None,
            replaced_by: None,
            history: &[],
            arguments: &[
                ArgDoc {
                    name: "function",
                    kind: "string",
                    ..ArgDoc::EMPTY
                },
                ArgDoc {
                    name: "numkeys",
                    kind: "integer",
                    ..ArgDoc::EMPTY
                },
                ArgDoc {
                    name: "key",
                    kind: "key",
                    key_spec_index: 0,
                    flags: &["optional", "multiple"],
                    ..ArgDoc::EMPTY
                },
                ArgDoc {
                    name: "arg",
                    kind: "string",
                    flags: &["optional", "multiple"],
                    ..ArgDoc::EMPTY
                },
            ],
        },
    },
    CommandInfo {
        name: "fcall_ro",
        arity: -3,
        flags: &[
            "readonly",
            "noscript",
            "stale",
            "skip_monitor",
            "no_mandatory_keys",
            "movablekeys",
        ],
        first_key: 0,
        last_key: 0,
        step: 0,
        acl_categories: &["@slow", "@scripting"],
        tips: &[],
        key_specs: &[KeySpec {
            notes: Some("We cannot tell how the keys will be used so we assume the worst, RO and ACCESS"),
            flags: &["RO", "access"],
            begin_search: BeginSearch::Index(2),
            find_keys: FindKeys::Keynum {
                keynumidx: 0,
                firstkey: 1,
                step: 1,
            },
        }],
        subcommands: &[],
        doc: CommandDoc {
            summary: "Invoke a read-only function",
            since: "7.0.0",
            group: "scripting",
            complexity: Some("Depends on the function that is executed."),
            doc_flags: &[],
            deprecated_since: None,
            replaced_by: None,
            history: &[],
            arguments: &[
                ArgDoc {
                    name: "function",
                    kind: "string",
                    ..ArgDoc::EMPTY
                },
                ArgDoc {
                    name: "numkeys",
                    kind: "integer",
                    ..ArgDoc::EMPTY
                },
                ArgDoc {
                    name: "key",
                    kind: "key",
                    key_spec_index: 0,
                    flags: &["optional", "multiple"],
                    ..ArgDoc::EMPTY
                },
                ArgDoc {
                    name: "arg",
                    kind: "string",
                    flags: &["optional", "multiple"],
                    ..ArgDoc::EMPTY
                },
            ],
        },
    },
    CommandInfo {
        name: "flushall",
        arity: -1,
        flags: &["write"],
        first_key: 0,
        last_key: 0,
        step: 0,
        acl_categories: &["@keyspace", "@write", "@slow", "@dangerous"],
        tips: &["request_policy:all_shards", "response_policy:all_succeeded"],
        key_specs: &[],
        subcommands: &[],
        doc: CommandDoc {
            summary: "Remove all keys from all databases",
            since: "1.0.0",
            group: "server",
            complexity: Some("O(N) where N is the total number of keys in all databases"),
            doc_flags: &[],
            deprecated_since: None,
            replaced_by: None,
            history: &[
                ("4.0.0", "Added the `ASYNC` flushing mode modifier."),
                ("6.2.0", "Added the `SYNC` flushing mode modifier."),
            ],
            arguments: &[ArgDoc {
                name: "async",
                kind: "oneof",
                flags: &["optional"],
                arguments: &[
                    ArgDoc {
                        name: "async",
                        kind: "pure-token",
                        token: Some("ASYNC"),
                        since: Some("4.0.0"),
                        ..ArgDoc::EMPTY
                    },
                    ArgDoc {
                        name: "sync",
                        kind: "pure-token",
                        token: Some("SYNC"),
                        since: Some("6.2.0"),
                        ..ArgDoc::EMPTY
                    },
                ],
                ..ArgDoc::EMPTY
            }],
        },
    },
    CommandInfo {
        name: "flushdb",
        arity: -1,
        flags: &["write"],
        first_key: 0,
        last_key: 0,
        step: 0,
        acl_categories: &["@keyspace", "@write", "@slow", "@dangerous"],
        tips: &["request_policy:all_shards", "response_policy:all_succeeded"],
        key_specs: &[],
        subcommands: &[],
        doc: CommandDoc {
            summary: "Remove all keys from the current database",
            since: "1.0.0",
            group: "server",
            complexity: Some("O(N) where N is the number of keys in the selected database"),
            doc_flags: &[],
            deprecated_since: None,
            replaced_by: None,
            history: &[
                ("4.0.0", "Added the `ASYNC` flushing mode modifier."),
                ("6.2.0", "Added the `SYNC` flushing mode modifier."),
            ],
            arguments: &[ArgDoc {
                name: "async",
                kind: "oneof",
                flags: &["optional"],
                arguments: &[
                    ArgDoc {
                        name: "async",
                        kind: "pure-token",
                        token: Some("ASYNC"),
                        since: Some("4.0.0"),
                        ..ArgDoc::EMPTY
                    },
                    ArgDoc {
                        name: "sync",
                        kind: "pure-token",
                        token: Some("SYNC"),
                        since: Some("6.2.0"),
                        ..ArgDoc::EMPTY
                    },
                ],
                ..ArgDoc::EMPTY
            }],
        },
    },
    CommandInfo {
        name: "function",
        arity: -2,
        flags: &[],
        first_key: 0,
        last_key: 0,
        step: 0,
        acl_categories: &["@slow"],
        tips: &[],
        key_specs: &[],
        subcommands: &[
            CommandInfo {
                name: "function|delete",
                arity: 3,
                flags: &["write", "noscript"],
                first_key: 0,
                last_key: 0,
                step: 0,
                acl_categories: &["@write", "@slow", "@scripting"],
                tips: &["request_policy:all_shards", "response_policy:all_succeeded"],
                key_specs: &[],
                subcommands: &[],
                doc: CommandDoc {
                    summary: "Delete a function by name",
                    since: "7.0.0",
                    group: "scripting",
                    complexity: Some("O(1)"),
                    doc_flags: &[],
                    deprecated_since: None,
                    replaced_by: None,
                    history: &[],
                    arguments: &[ArgDoc {
                        name: "library-name",
                        kind: "string",
                        ..ArgDoc::EMPTY
                    }],
                },
            },
            CommandInfo {
                name: "function|dump",
                arity: 2,
                flags: &["noscript"],
                first_key: 0,
                last_key: 0,
                step: 0,
                acl_categories: &["@slow", "@scripting"],
                tips: &[],
                key_specs: &[],
                subcommands: &[],
                doc: CommandDoc {
                    summary: "Dump all functions into a serialized binary payload",
                    since: "7.0.0",
                    group: "scripting",
                    complexity: Some("O(N) where N is the number of functions"),
                    doc_flags: &[],
                    deprecated_since: None,
                    replaced_by: None,
                    history: &[],
                    arguments: &[],
                },
            },
            CommandInfo {
                name: "function|flush",
                arity: -2,
                flags: &["write", "noscript"],
                first_key: 0,
                last_key: 0,
                step: 0,
                acl_categories: &["@write", "@slow", "@scripting"],
                tips: &["request_policy:all_shards", "response_policy:all_succeeded"],
                key_specs: &[],
                subcommands: &[],
                doc: CommandDoc {
                    summary: "Deleting all functions",
                    since: "7.0.0",
                    group: "scripting",
                    complexity: Some("O(N) where N is the number of functions deleted"),
                    doc_flags: &[],
                    deprecated_since: None,
                    replaced_by: None,
                    history: &[],
                    arguments: &[ArgDoc {
                        name: "async",
                        kind: "oneof",
                        flags: &["optional"],
                        arguments: &[
                            ArgDoc {
                                name: "async",
                                kind: "pure-token",
                                token: Some("ASYNC"),
                                ..ArgDoc::EMPTY
                            },
                            ArgDoc {
                                name: "sync",
                                kind: "pure-token",
                                token: Some("SYNC"),
                                ..ArgDoc::EMPTY
                            },
                        ],
                        ..ArgDoc::EMPTY
                    }],
                },
            },
            CommandInfo {
                name: "function|help",
                arity: 2,
                flags: &["loading", "stale"],
                first_key: 0,
                last_key: 0,
                step: 0,
                acl_categories: &["@slow", "@scripting"],
                tips: &[],
                key_specs: &[],
                subcommands: &[],
                doc: CommandDoc {
                    summary: "Show helpful text about the different subcommands",
                    since: "7.0.0",
                    group: "scripting",
                    complexity: Some("O(1)"),
                    doc_flags: &[],
                    deprecated_since: None,
                    replaced_by: None,
                    history: &[],
                    arguments: &[],
                },
            },
            CommandInfo {
                name: "function|kill",
                arity: 2,
                flags: &["noscript", "allow_busy"],
                first_key: 0,
                last_key: 0,
                step: 0,
                acl_categories: &["@slow", "@scripting"],
                tips: &["request_policy:all_shards", "response_policy:one_succeeded"],
                key_specs: &[],
                subcommands: &[],
                doc: CommandDoc {
                    summary: "Kill the function currently in execution.",
                    since: "7.0.0",
                    group: "scripting",
                    complexity: Some("O(1)"),
                    doc_flags: &[],
                    deprecated_since: None,
                    replaced_by: None,
                    history: &[],
                    arguments: &[],
                },
            },
            CommandInfo {
                name: "function|list",
                arity: -2,
                flags: &["noscript"],
                first_key: 0,
                last_key: 0,
                step: 0,
                acl_categories: &["@slow", "@scripting"],
                tips: &["nondeterministic_output_order"],
                key_specs: &[],
                subcommands: &[],
                doc: CommandDoc {
                    summary: "List information about all the functions",
                    since: "7.0.0",
                    group: "scripting",
                    complexity: Some("O(N) where N is the number of functions"),
                    doc_flags: &[],
                    deprecated_since: None,
                    replaced_by: None,
                    history: &[],
                    arguments: &[
                        ArgDoc {
                            name: "library-name-pattern",
                            kind: "string",
                            token: Some("LIBRARYNAME"),
                            flags: &["optional"],
                            ..ArgDoc::EMPTY
                        },
                        ArgDoc {
                            name: "withcode",
                            kind: "pure-token",
                            token: Some("WITHCODE"),
                            flags: &["optional"],
                            ..ArgDoc::EMPTY
                        },
                    ],
                },
            },
            CommandInfo {
                name: "function|load",
                arity: -3,
                flags: &["write", "denyoom", "noscript"],
                first_key: 0,
                last_key: 0,
                step: 0,
                acl_categories: &["@write", "@slow", "@scripting"],
                tips: &["request_policy:all_shards", "response_policy:all_succeeded"],
                key_specs: &[],
                subcommands: &[],
                doc: CommandDoc {
                    summary: "Create a function with the given arguments (name, code, description)",
                    since: "7.0.0",
                    group: "scripting",
                    complexity: Some("O(1) (considering compilation time is redundant)"),
                    doc_flags: &[],
                    deprecated_since: None,
                    replaced_by: None,
                    history: &[],
                    arguments: &[
                        ArgDoc {
                            name: "replace",
                            kind: "pure-token",
                            token: Some("REPLACE"),
                            flags: &["optional"],
                            ..ArgDoc::EMPTY
                        },
                        ArgDoc {
                            name: "function-code",
                            kind: "string",
                            ..ArgDoc::EMPTY
                        },
                    ],
                },
            },
            CommandInfo {
                name: "function|restore",
                arity: -3,
                flags: &["write", "denyoom", "noscript"],
                first_key: 0,
                last_key: 0,
                step: 0,
                acl_categories: &["@write", "@slow", "@scripting"],
                tips: &["request_policy:all_shards", "response_policy:all_succeeded"],
                key_specs: &[],
                subcommands: &[],
                doc: CommandDoc {
                    summary: "Restore all the functions on the given payload",
                    since: "7.0.0",
                    group: "scripting",
                    complexity: Some("O(N) where N is the number of functions on the payload"),
                    doc_flags: &[],
                    deprecated_since: None,
                    replaced_by: None,
                    history: &[],
                    arguments: &[
                        ArgDoc {
                            name: "serialized-value",
                            kind: "string",
                            ..ArgDoc::EMPTY
                        },
                        ArgDoc {
                            name: "policy",
                            kind: "oneof",
                            flags: &["optional"],
                            arguments: &[
                                ArgDoc {
                                    name: "flush",
                                    kind: "pure-token",
                                    token: Some("FLUSH"),
                                    ..ArgDoc::EMPTY
                                },
                                ArgDoc {
                                    name: "append",
                                    kind: "pure-token",
                                    token: Some("APPEND"),
                                    ..ArgDoc::EMPTY
                                },
                                ArgDoc {
                                    name: "replace",
                                    kind: "pure-token",
                                    token: Some("REPLACE"),
                                    ..ArgDoc::EMPTY
                                },
                            ],
                            ..ArgDoc::EMPTY
                        },
                    ],
                },
            },
            CommandInfo {
                name: "function|stats",
                arity: 2,
                flags: &["noscript", "allow_busy"],
                first_key: 0,
                last_key: 0,
                step: 0,
                acl_categories: &["@slow", "@scripting"],
                tips: &[
                    "nondeterministic_output",
                    "request_policy:all_shards",
                    "response_policy:special",
                ],
                key_specs: &[],
                subcommands: &[],
                doc: CommandDoc {
                    summary: "Return information about the function currently running (name, description, duration)",
                    since: "7.0.0",
                    group: "scripting",
                    complexity: Some("O(1)"),
                    doc_flags: &[],
                    deprecated_since: None,
                    replaced_by: None,
                    history: &[],
                    arguments: &[],
                },
            },
        ],
        doc: CommandDoc {
            summary: "A container for function commands",
            since: "7.0.0",
            group: "scripting",
            complexity: Some("Depends on subcommand."),
            doc_flags: &[],
            deprecated_since: None,
            replaced_by: None,
            history: &[],
            arguments: &[],
        },
    },
    CommandInfo {
        name: "geoadd",
        arity: -5,
        flags: &["write", "denyoom"],
        first_key: 1,
        last_key: 1,
        step: 1,
        acl_categories: &["@write", "@geo", "@slow"],
        tips: &[],
        key_specs: &[KeySpec {
            notes: None,
            flags: &["RW", "update"],
            begin_search: BeginSearch::Index(1),
            find_keys: FindKeys::Range {
                lastkey: 0,
                step: 1,
                limit: 0,
            },
        }],
        subcommands: &[],
        doc: CommandDoc {
            summary: "Add one or more geospatial items in the geospatial index represented using a sorted set",
            since: "3.2.0",
            group: "geo",
            complexity: Some("O(log(N)) for each item added, where N is the number of elements in the sorted set."),
            doc_flags: &[],
            deprecated_since: None,
            replaced_by: None,
            history: &[("6.2.0", "Added the `CH`, `NX` and `XX` options.")],
            arguments: &[
                ArgDoc {
                    name: "key",
                    kind: "key",
                    key_spec_index: 0,
                    ..ArgDoc::EMPTY
                },
                ArgDoc {
                    name: "condition",
                    kind: "oneof",
                    since: Some("6.2.0"),
                    flags: &["optional"],
                    arguments: &[
                        ArgDoc {
                            name: "nx",
                            kind: "pure-token",
                            token: Some("NX"),
                            ..ArgDoc::EMPTY
                        },
                        ArgDoc {
                            name: "xx",
                            kind: "pure-token",
                            token: Some("XX"),
                            ..ArgDoc::EMPTY
                        },
                    ],
                    ..ArgDoc::EMPTY
                },
                ArgDoc {
                    name: "change",
                    kind: "pure-token",
                    token: Some("CH"),
                    since: Some("6.2.0"),
                    flags: &["optional"],
                    ..ArgDoc::EMPTY
                },
                ArgDoc {
                    name: "longitude_latitude_member",
                    kind: "block",
                    flags: &["multiple"],
                    arguments: &[
                        ArgDoc {
                            name: "longitude",
                            kind: "double",
                            ..ArgDoc::EMPTY
                        },
                        ArgDoc {
                            name: "latitude",
                            kind: "double",
                            ..ArgDoc::EMPTY
                        },
                        ArgDoc {
                            name: "member",
                            kind: "string",
                            ..ArgDoc::EMPTY
                        },
                    ],
                    ..ArgDoc::EMPTY
                },
            ],
        },
    },
    CommandInfo {
        name: "geodist",
        arity: -4,
        flags: &["readonly"],
        first_key: 1,
        last_key: 1,
        step: 1,
        acl_categories: &["@read", "@geo", "@slow"],
        tips: &[],
        key_specs: &[KeySpec {
            notes: None,
            flags: &["RO", "access"],
            begin_search: BeginSearch::Index(1),
            find_keys: FindKeys::Range {
                lastkey: 0,
                step: 1,
                limit: 0,
            },
        }],
        subcommands: &[],
        doc: CommandDoc {
            summary: "Returns the distance between two members of a geospatial index",
            since: "3.2.0",
            group: "geo",
            complexity: Some("O(log(N))"),
            doc_flags: &[],
            deprecated_since: None,
            replaced_by: None,
            history: &[],
            arguments: &[
                ArgDoc {
                    name: "key",
                    kind: "key",
                    key_spec_index: 0,
                    ..ArgDoc::EMPTY
                },
                ArgDoc {
                    name: "member1",
                    kind: "string",
                    ..ArgDoc::EMPTY
                },
                ArgDoc {
                    name: "member2",
                    kind: "string",
                    ..ArgDoc::EMPTY
                },
                ArgDoc {
                    name: "unit",
                    kind: "oneof",
                    flags: &["optional"],
                    arguments: &[
                        ArgDoc {
                            name: "m",
                            kind: "pure-token",
                            token: Some("M"),
                            ..ArgDoc::EMPTY
                        },
                        ArgDoc {
                            name: "km",
                            kind: "pure-token",
                            token: Some("KM"),
                            ..ArgDoc::EMPTY
                        },
                        ArgDoc {
                            name: "ft",
                            kind: "pure-token",
                            token: Some("FT"),
                            ..ArgDoc::EMPTY
                        },
                        ArgDoc {
                            name: "mi",
                            kind: "pure-token",
                            token: Some("MI"),
                            ..ArgDoc::EMPTY
                        },
                    ],
                    ..ArgDoc::EMPTY
                },
            ],
        },
    },
    CommandInfo {
        name: "geohash",
        arity: -2,
        flags: &["readonly"],
        first_key: 1,
        last_key: 1,
        step: 1,
        acl_categories: &["@read", "@geo", "@slow"],
        tips: &[],
        key_specs: &[KeySpec {
            notes: None,
            flags: &["RO", "access"],
            begin_search: BeginSearch::Index(1),
            find_keys: FindKeys::Range {
                lastkey: 0,
                step: 1,
                limit: 0,
            },
        }],
        subcommands: &[],
        doc: CommandDoc {
            summary: "Returns members of a geospatial index as standard geohash strings",
            since: "3.2.0",
            group: "geo",
            complexity: Some(
                "O(log(N)) for each member requested, where N is the number of elements in the sorted set.",
            ),
            doc_flags: &[],
            deprecated_since: None,
            replaced_by: None,
            history: &[],
            arguments: &[
                ArgDoc {
                    name: "key",
                    kind: "key",
                    key_spec_index: 0,
                    ..ArgDoc::EMPTY
                },
                ArgDoc {
                    name: "member",
                    kind: "string",
                    flags: &["multiple"],
                    ..ArgDoc::EMPTY
                },
            ],
        },
    },
    CommandInfo {
        name: "geopos",
        arity: -2,
        flags: &["readonly"],
        first_key: 1,
        last_key: 1,
        step: 1,
        acl_categories: &["@read", "@geo", "@slow"],
        tips: &[],
        key_specs: &[KeySpec {
            notes: None,
            flags: &["RO", "access"],
            begin_search: BeginSearch::Index(1),
            find_keys: FindKeys::Range {
                lastkey: 0,
                step: 1,
                limit: 0,
            },
        }],
        subcommands: &[],
        doc: CommandDoc {
            summary: "Returns longitude and latitude of members of a geospatial index",
            since: "3.2.0",
            group: "geo",
            complexity: Some("O(N) where N is the number of members requested."),
            doc_flags: &[],
            deprecated_since: None,
            replaced_by: None,
            history: &[],
            arguments: &[
                ArgDoc {
                    name: "key",
                    kind: "key",
                    key_spec_index: 0,
                    ..ArgDoc::EMPTY
                },
                ArgDoc {
                    name: "member",
                    kind: "string",
                    flags: &["multiple"],
                    ..ArgDoc::EMPTY
                },
            ],
        },
    },
    CommandInfo {
        name: "georadius",
        arity: -6,
        flags: &["write", "denyoom", "movablekeys"],
        first_key: 1,
        last_key: 1,
        step: 1,
        acl_categories: &["@write", "@geo", "@slow"],
        tips: &[],
        key_specs: &[
            KeySpec {
                notes: None,
                flags: &["RO", "access"],
                begin_search: BeginSearch::Index(1),
                find_keys: FindKeys::Range {
                    lastkey: 0,
                    step: 1,
                    limit: 0,
                },
            },
            KeySpec {
                notes: None,
                flags: &["OW", "update"],
                begin_search: BeginSearch::Keyword {
                    keyword: "STORE",
                    startfrom: 6,
                },
                find_keys: FindKeys::Range {
                    lastkey: 0,
                    step: 1,
                    limit: 0,
                },
            },
            KeySpec {
                notes: None,
                flags: &["OW", "update"],
                begin_search: BeginSearch::Keyword {
                    keyword: "STOREDIST",
                    startfrom: 6,
                },
                find_keys: FindKeys::Range {
                    lastkey: 0,
                    step: 1,
                    limit: 0,
                },
            },
        ],
        subcommands: &[],
        doc: CommandDoc {
            summary: "Query a sorted set representing a geospatial index to fetch members matching a given maximum distance from a point",
            since: "3.2.0",
            group: "geo",
            complexity: Some(
                "O(N+log(M)) where N is the number of elements inside the bounding box of the circular area delimited by center and radius and M is the number of items inside the index.",
            ),
            doc_flags: &["deprecated"],
            deprecated_since: Some("6.2.0"),
            replaced_by: Some("`GEOSEARCH` and `GEOSEARCHSTORE` with the `BYRADIUS` argument"),
            history: &[
                ("6.2.0", "Added the `ANY` option for `COUNT`."),
                ("7.0.0", "Added support for uppercase unit names."),
            ],
            arguments: &[
                ArgDoc {
                    name: "key",
                    kind: "key",
                    key_spec_index: 0,
                    ..ArgDoc::EMPTY
                },
                ArgDoc {
                    name: "longitude",
                    kind: "double",
                    ..ArgDoc::EMPTY
                },
                ArgDoc {
                    name: "latitude",
                    kind: "double",
                    ..ArgDoc::EMPTY
                },
                ArgDoc {
                    name: "radius",
                    kind: "double",
                    ..ArgDoc::EMPTY
                },
                ArgDoc {
                    name: "unit",
                    kind: "oneof",
                    arguments: &[
                        ArgDoc {
                            name: "m",
                            kind: "pure-token",
                            token: Some("M"),
                            ..ArgDoc::EMPTY
                        },
                        ArgDoc {
                            name: "km",
                            kind: "pure-token",
                            token: Some("KM"),
                            ..ArgDoc::EMPTY
                        },
                        ArgDoc {
                            name: "ft",
                            kind: "pure-token",
                            token: Some("FT"),
                            ..ArgDoc::EMPTY
                        },
                        ArgDoc {
                            name: "mi",
                            kind: "pure-token",
                            token: Some("MI"),
                            ..ArgDoc::EMPTY
                        },
                    ],
                    ..ArgDoc::EMPTY
                },
                ArgDoc {
                    name: "withcoord",
                    kind: "pure-token",
                    token: Some("WITHCOORD"),
                    flags: &["optional"],
                    ..ArgDoc::EMPTY
                },
                ArgDoc {
                    name: "withdist",
                    kind: "pure-token",
                    token: Some("WITHDIST"),
                    flags: &["optional"],
                    ..ArgDoc::EMPTY
                },
                ArgDoc {
                    name: "withhash",
                    kind: "pure-token",
                    token: Some("WITHHASH"),
                    flags: &["optional"],
                    ..ArgDoc::EMPTY
                },
                ArgDoc {
                    name: "count",
                    kind: "block",
                    flags: &["optional"],
                    arguments: &[
                        ArgDoc {
                            name: "count",
                            kind: "integer",
                            token: Some("COUNT"),
                            ..ArgDoc::EMPTY
                        },
                        ArgDoc {
                            name: "any",
                            kind: "pure-token",
                            token: Some("ANY"),
                            since: Some("6.2.0"),
                            flags: &["optional"],
                            ..ArgDoc::EMPTY
                        },
                    ],
                    ..ArgDoc::EMPTY
                },
                ArgDoc {
                    name: "order",
                    kind: "oneof",
                    flags: &["optional"],
                    arguments: &[
                        ArgDoc {
                            name: "asc",
                            kind: "pure-token",
                            token: Some("ASC"),
                            ..ArgDoc::EMPTY
                        },
                        ArgDoc {
                            name: "desc",
                            kind: "pure-token",
                            token: Some("DESC"),
                            ..ArgDoc::EMPTY
                        },
                    ],
                    ..ArgDoc::EMPTY
                },
                ArgDoc {
                    name: "key",
                    kind: "key",
                    key_spec_index: 1,
                    token: Some("STORE"),
                    flags: &["optional"],
                    ..ArgDoc::EMPTY
                },
                ArgDoc {
                    name: "key",
                    kind: "key",
                    key_spec_index: 2,
                    token: Some("STOREDIST"),
                    flags: &["optional"],
                    ..ArgDoc::EMPTY
                },
            ],
        },
    },
    CommandInfo {
        name: "georadius_ro",
        arity: -6,
        flags: &["readonly"],
        first_key: 1,
        last_key: 1,
        step: 1,
        acl_categories: &["@read", "@geo", "@slow"],
        tips: &[],
        key_specs: &[KeySpec {
            notes: None,
            flags: &["RO", "access"],
            begin_search: BeginSearch::Index(1),
            find_keys: FindKeys::Range {
                lastkey: 0,
                step: 1,
                limit: 0,
            },
        }],
        subcommands: &[],
        doc: CommandDoc {
            summary: "A read-only variant for GEORADIUS",
            since: "3.2.10",
            group: "geo",
            complexity: Some(
                "O(N+log(M)) where N is the number of elements inside the bounding box of the circular area delimited by center and radius and M is the number of items inside the index.",
            ),
            doc_flags: &["deprecated"],
            deprecated_since: Some("6.2.0"),
            replaced_by: Some("`GEOSEARCH` with the `BYRADIUS` argument"),
            history: &[("6.2.0", "Added the `ANY` option for `COUNT`.")],
            arguments: &[
                ArgDoc {
                    name: "key",
                    kind: "key",
                    key_spec_index: 0,
                    ..ArgDoc::EMPTY
                },
                ArgDoc {
                    name: "longitude",
                    kind: "double",
                    ..ArgDoc::EMPTY
                },
                ArgDoc {
                    name: "latitude",
                    kind: "double",
                    ..ArgDoc::EMPTY
                },
                ArgDoc {
                    name: "radius",
                    kind: "double",
                    ..ArgDoc::EMPTY
                },
                ArgDoc {
                    name: "unit",
                    kind: "oneof",
                    arguments: &[
                        ArgDoc {
                            name: "m",
                            kind: "pure-token",
                            token: Some("M"),
                            ..ArgDoc::EMPTY
                        },
                        ArgDoc {
                            name: "km",
                            kind: "pure-token",
                            token: Some("KM"),
                            ..ArgDoc::EMPTY
                        },
                        ArgDoc {
                            name: "ft",
                            kind: "pure-token",
                            token: Some("FT"),
                            ..ArgDoc::EMPTY
                        },
                        ArgDoc {
                            name: "mi",
                            kind: "pure-token",
                            token: Some("MI"),
                            ..ArgDoc::EMPTY
                        },
                    ],
                    ..ArgDoc::EMPTY
                },
                ArgDoc {
                    name: "withcoord",
                    kind: "pure-token",
                    token: Some("WITHCOORD"),
                    flags: &["optional"],
                    ..ArgDoc::EMPTY
                },
                ArgDoc {
                    name: "withdist",
                    kind: "pure-token",
                    token: Some("WITHDIST"),
                    flags: &["optional"],
                    ..ArgDoc::EMPTY
                },
                ArgDoc {
                    name: "withhash",
                    kind: "pure-token",
                    token: Some("WITHHASH"),
                    flags: &["optional"],
                    ..ArgDoc::EMPTY
                },
                ArgDoc {
                    name: "count",
                    kind: "block",
                    flags: &["optional"],
                    arguments: &[
                        ArgDoc {
                            name: "count",
                            kind: "integer",
                            token: Some("COUNT"),
                            ..ArgDoc::EMPTY
                        },
                        ArgDoc {
                            name: "any",
                            kind: "pure-token",
                            token: Some("ANY"),
                            since: Some("6.2.0"),
                            flags: &["optional"],
                            ..ArgDoc::EMPTY
                        },
                    ],
                    ..ArgDoc::EMPTY
                },
                ArgDoc {
                    name: "order",
                    kind: "oneof",
                    flags: &["optional"],
                    arguments: &[
                        ArgDoc {
                            name: "asc",
                            kind: "pure-token",
                            token: Some("ASC"),
                            ..ArgDoc::EMPTY
                        },
                        ArgDoc {
                            name: "desc",
                            kind: "pure-token",
                            token: Some("DESC"),
                            ..ArgDoc::EMPTY
                        },
                    ],
                    ..ArgDoc::EMPTY
                },
            ],
        },
    },
    CommandInfo {
        name: "georadiusbymember",
        arity: -5,
        flags: &["write", "denyoom", "movablekeys"],
        first_key: 1,
        last_key: 1,
        step: 1,
        acl_categories: &["@write", "@geo", "@slow"],
        tips: &[],
        key_specs: &[
            KeySpec {
                notes: None,
                flags: &["RO", "access"],
                begin_search: BeginSearch::Index(1),
                find_keys: FindKeys::Range {
                    lastkey: 0,
                    step: 1,
                    limit: 0,
                },
            },
            KeySpec {
                notes: None,
                flags: &["OW", "update"],
                begin_search: BeginSearch::Keyword {
                    keyword: "STORE",
                    startfrom: 5,
                },
                find_keys: FindKeys::Range {
                    lastkey: 0,
                    step: 1,
                    limit: 0,
                },
            },
            KeySpec {
                notes: None,
                flags: &["OW", "update"],
                begin_search: BeginSearch::Keyword {
                    keyword: "STOREDIST",
                    startfrom: 5,
                },
                find_keys: FindKeys::Range {
                    lastkey: 0,
                    step: 1,
                    limit: 0,
                },
            },
        ],
        subcommands: &[],
        doc: CommandDoc {
            summary: "Query a sorted set representing a geospatial index to fetch members matching a given maximum distance from a member",
            since: "3.2.0",
            group: "geo",
            complexity: Some(
                "O(N+log(M)) where N is the number of elements inside the bounding box of the circular area delimited by center and radius and M is the number of items inside the index.",
            ),
            doc_flags: &["deprecated"],
            deprecated_since: Some("6.2.0"),
            replaced_by: Some("`GEOSEARCH` and `GEOSEARCHSTORE` with the `BYRADIUS` and `FROMMEMBER` arguments"),
            history: &[("7.0.0", "Added support for uppercase unit names.")],
            arguments: &[
                ArgDoc {
                    name: "key",
                    kind: "key",
                    key_spec_index: 0,
                    ..ArgDoc::EMPTY
                },
                ArgDoc {
                    name: "member",
                    kind: "string",
                    ..ArgDoc::EMPTY
                },
                ArgDoc {
                    name: "radius",
                    kind: "double",
                    ..ArgDoc::EMPTY
                },
                ArgDoc {
                    name: "unit",
                    kind: "oneof",
                    arguments: &[
                        ArgDoc {
                            name: "m",
                            kind: "pure-token",
                            token: Some("M"),
                            ..ArgDoc::EMPTY
                        },
                        ArgDoc {
                            name: "km",
                            kind: "pure-token",
                            token: Some("KM"),
                            ..ArgDoc::EMPTY
                        },
                        ArgDoc {
                            name: "ft",
                            kind: "pure-token",
                            token: Some("FT"),
                            ..ArgDoc::EMPTY
                        },
                        ArgDoc {
                            name: "mi",
                            kind: "pure-token",
                            token: Some("MI"),
                            ..ArgDoc::EMPTY
                        },
                    ],
                    ..ArgDoc::EMPTY
                },
                ArgDoc {
                    name: "withcoord",
                    kind: "pure-token",
                    token: Some("WITHCOORD"),
                    flags: &["optional"],
                    ..ArgDoc::EMPTY
                },
                ArgDoc {
                    name: "withdist",
                    kind: "pure-token",
                    token: Some("WITHDIST"),
                    flags: &["optional"],
                    ..ArgDoc::EMPTY
                },
                ArgDoc {
                    name: "withhash",
                    kind: "pure-token",
                    token: Some("WITHHASH"),
                    flags: &["optional"],
                    ..ArgDoc::EMPTY
                },
                ArgDoc {
                    name: "count",
                    kind: "block",
                    flags: &["optional"],
                    arguments: &[
                        ArgDoc {
                            name: "count",
                            kind: "integer",
                            token: Some("COUNT"),
                            ..ArgDoc::EMPTY
                        },
                        ArgDoc {
                            name: "any",
                            kind: "pure-token",
                            token: Some("ANY"),
                            flags: &["optional"],
                            ..ArgDoc::EMPTY
                        },
                    ],
                    ..ArgDoc::EMPTY
                },
                ArgDoc {
                    name: "order",
                    kind: "oneof",
                    flags: &["optional"],
                    arguments: &[
                        ArgDoc {
                            name: "asc",
                            kind: "pure-token",
                            token: Some("ASC"),
                            ..ArgDoc::EMPTY
                        },
                        ArgDoc {
                            name: "desc",
                            kind: "pure-token",
                            token: Some("DESC"),
                            ..ArgDoc::EMPTY
                        },
                    ],
                    ..ArgDoc::EMPTY
                },
                ArgDoc {
                    name: "key",
                    kind: "key",
                    key_spec_index: 1,
                    token: Some("STORE"),
                    flags: &["optional"],
                    ..ArgDoc::EMPTY
                },
                ArgDoc {
                    name: "key",
                    kind: "key",
                    key_spec_index: 2,
                    token: Some("STOREDIST"),
                    flags: &["optional"],
                    ..ArgDoc::EMPTY
                },
            ],
        },
    },
    CommandInfo {
        name: "georadiusbymember_ro",
        arity: -5,
        flags: &["readonly"],
        first_key: 1,
        last_key: 1,
        step: 1,
        acl_categories: &["@read", "@geo", "@slow"],
        tips: &[],
        key_specs: &[KeySpec {
            notes: None,
            flags: &["RO", "access"],
            begin_search: BeginSearch::Index(1),
            find_keys: FindKeys::Range {
                lastkey: 0,
                step: 1,
                limit: 0,
            },
        }],
        subcommands: &[],
        doc: CommandDoc {
            summary: "A read-only variant for GEORADIUSBYMEMBER",
            since: "3.2.10",
            group: "geo",
            complexity: Some(
                "O(N+log(M)) where N is the number of elements inside the bounding box of the circular area delimited by center and radius and M is the number of items inside the index.",
            ),
            doc_flags: &["deprecated"],
            deprecated_since: Some("6.2.0"),
            replaced_by: Some("`GEOSEARCH` with the `BYRADIUS` and `FROMMEMBER` arguments"),
            history: &[],
            arguments: &[
                ArgDoc {
                    name: "key",
                    kind: "key",
                    key_spec_index: 0,
                    ..ArgDoc::EMPTY
                },
                ArgDoc {
                    name: "member",
                    kind: "string",
                    ..ArgDoc::EMPTY
                },
                ArgDoc {
                    name: "radius",
                    kind: "double",
                    ..ArgDoc::EMPTY
                },
                ArgDoc {
                    name: "unit",
                    kind: "oneof",
                    arguments: &[
                        ArgDoc {
                            name: "m",
                            kind: "pure-token",
                            token: Some("M"),
                            ..ArgDoc::EMPTY
                        },
                        ArgDoc {
                            name: "km",
                            kind: "pure-token",
                            token: Some("KM"),
                            ..ArgDoc::EMPTY
                        },
                        ArgDoc {
                            name: "ft",
                            kind: "pure-token",
                            token: Some("FT"),
                            ..ArgDoc::EMPTY
                        },
                        ArgDoc {
                            name: "mi",
                            kind: "pure-token",
                            token: Some("MI"),
                            ..ArgDoc::EMPTY
                        },
                    ],
                    ..ArgDoc::EMPTY
                },
                ArgDoc {
                    name: "withcoord",
                    kind: "pure-token",
                    token: Some("WITHCOORD"),
                    flags: &["optional"],
                    ..ArgDoc::EMPTY
                },
                ArgDoc {
                    name: "withdist",
                    kind: "pure-token",
                    token: Some("WITHDIST"),
                    flags: &["optional"],
                    ..ArgDoc::EMPTY
                },
                ArgDoc {
                    name: "withhash",
                    kind: "pure-token",
                    token: Some("WITHHASH"),
                    flags: &["optional"],
                    ..ArgDoc::EMPTY
                },
                ArgDoc {
                    name: "count",
                    kind: "block",
                    flags: &["optional"],
                    arguments: &[
                        ArgDoc {
                            name: "count",
                            kind: "integer",
                            token: Some("COUNT"),
                            ..ArgDoc::EMPTY
                        },
                        ArgDoc {
                            name: "any",
                            kind: "pure-token",
                            token: Some("ANY"),
                            flags: &["optional"],
                            ..ArgDoc::EMPTY
                        },
                    ],
                    ..ArgDoc::EMPTY
                },
                ArgDoc {
                    name: "order",
                    kind: "oneof",
                    flags: &["optional"],
                    arguments: &[
                        ArgDoc {
                            name: "asc",
                            kind: "pure-token",
                            token: Some("ASC"),
                            ..ArgDoc::EMPTY
                        },
                        ArgDoc {
                            name: "desc",
                            kind: "pure-token",
                            token: Some("DESC"),
                            ..ArgDoc::EMPTY
                        },
                    ],
                    ..ArgDoc::EMPTY
                },
            ],
        },
    },
    CommandInfo {
        name: "geosearch",
        arity: -7,
        flags: &["readonly"],
        first_key: 1,
        last_key: 1,
        step: 1,
        acl_categories: &["@read", "@geo", "@slow"],
        tips: &[],
        key_specs: &[KeySpec {
            notes: None,
            flags: &["RO", "access"],
            begin_search: BeginSearch::Index(1),
            find_keys: FindKeys::Range {
                lastkey: 0,
                step: 1,
                limit: 0,
            },
        }],
        subcommands: &[],
        doc: CommandDoc {
            summary: "Query a sorted set representing a geospatial index to fetch members inside an area of a box or a circle.",
            since: "6.2.0",
            group: "geo",
            complexity: Some(
                "O(N+log(M)) where N is the number of elements in the grid-aligned bounding box area around the shape provided as the filter and M is the number of items inside the shape",
            ),
            doc_flags: &[],
            deprecated_since: None,
            replaced_by: None,
            history: &[("7.0.0", "Added support for uppercase unit names.")],
            arguments: &[
                ArgDoc {
                    name: "key",
                    kind: "key",
                    key_spec_index: 0,
                    ..ArgDoc::EMPTY
                },
                ArgDoc {
                    name: "from",
                    kind: "oneof",
                    arguments: &[
                        ArgDoc {
                            name: "member",
                            kind: "string",
                            token: Some("FROMMEMBER"),
                            ..ArgDoc::EMPTY
                        },
                        ArgDoc {
                            name: "longitude_latitude",
                            kind: "block",
                            token: Some("FROMLONLAT"),
                            arguments: &[
                                ArgDoc {
                                    name: "longitude",
                                    kind: "double",
                                    ..ArgDoc::EMPTY
                                },
                                ArgDoc {
                                    name: "latitude",
                                    kind: "double",
                                    ..ArgDoc::EMPTY
                                },
                            ],
                            ..ArgDoc::EMPTY
                        },
                    ],
                    ..ArgDoc::EMPTY
                },
                ArgDoc {
                    name: "by",
                    kind: "oneof",
                    arguments: &[
                        ArgDoc {
                            name: "circle",
                            kind: "block",
                            arguments: &[
                                ArgDoc {
                                    name: "radius",
                                    kind: "double",
                                    token: Some("BYRADIUS"),
                                    ..ArgDoc::EMPTY
                                },
                                ArgDoc {
                                    name: "unit",
                                    kind: "oneof",
                                    arguments: &[
                                        ArgDoc {
                                            name: "m",
                                            kind: "pure-token",
                                            token: Some("M"),
                                            ..ArgDoc::EMPTY
                                        },
                                        ArgDoc {
                                            name: "km",
                                            kind: "pure-token",
                                            token: Some("KM"),
                                            ..ArgDoc::EMPTY
                                        },
                                        ArgDoc {
                                            name: "ft",
                                            kind: "pure-token",
                                            token: Some("FT"),
                                            ..ArgDoc::EMPTY
                                        },
                                        ArgDoc {
                                            name: "mi",
                                            kind: "pure-token",
                                            token: Some("MI"),
                                            ..ArgDoc::EMPTY
                                        },
                                    ],
                                    ..ArgDoc::EMPTY
                                },
                            ],
                            ..ArgDoc::EMPTY
                        },
                        ArgDoc {
                            name: "box",
                            kind: "block",
                            arguments: &[
                                ArgDoc {
                                    name: "width",
                                    kind: "double",
                                    token: Some("BYBOX"),
                                    ..ArgDoc::EMPTY
                                },
                                ArgDoc {
                                    name: "height",
                                    kind: "double",
                                    ..ArgDoc::EMPTY
                                },
                                ArgDoc {
                                    name: "unit",
                                    kind: "oneof",
                                    arguments: &[
                                        ArgDoc {
                                            name: "m",
                                            kind: "pure-token",
                                            token: Some("M"),
                                            ..ArgDoc::EMPTY
                                        },
                                        ArgDoc {
                                            name: "km",
                                            kind: "pure-token",
                                            token: Some("KM"),
                                            ..ArgDoc::EMPTY
                                        },
                                        ArgDoc {
                                            name: "ft",
                                            kind: "pure-token",
                                            token: Some("FT"),
                                            ..ArgDoc::EMPTY
                                        },
                                        ArgDoc {
                                            name: "mi",
                                            kind: "pure-token",
                                            token: Some("MI"),
                                            ..ArgDoc::EMPTY
                                        },
                                    ],
                                    ..ArgDoc::EMPTY
                                },
                            ],
                            ..ArgDoc::EMPTY
                        },
                    ],
                    ..ArgDoc::EMPTY
                },
                ArgDoc {
                    name: "order",
                    kind: "oneof",
                    flags: &["optional"],
                    arguments: &[
                        ArgDoc {
                            name: "asc",
                            kind: "pure-token",
                            token: Some("ASC"),
                            ..ArgDoc::EMPTY
                        },
                        ArgDoc {
                            name: "desc",
                            kind: "pure-token",
                            token: Some("DESC"),
                            ..ArgDoc::EMPTY
                        },
                    ],
                    ..ArgDoc::EMPTY
                },
                ArgDoc {
                    name: "count",
                    kind: "block",
                    flags: &["optional"],
                    arguments: &[
                        ArgDoc {
                            name: "count",
                            kind: "integer",
                            token: Some("COUNT"),
                            ..ArgDoc::EMPTY
                        },
                        ArgDoc {
                            name: "any",
                            kind: "pure-token",
                            token: Some("ANY"),
                            flags: &["optional"],
                            ..ArgDoc::EMPTY
                        },
                    ],
                    ..ArgDoc::EMPTY
                },
                ArgDoc {
                    name: "withcoord",
                    kind: "pure-token",
                    token: Some("WITHCOORD"),
                    flags: &["optional"],
                    ..ArgDoc::EMPTY
                },
                ArgDoc {
                    name: "withdist",
                    kind: "pure-token",
                    token: Some("WITHDIST"),
                    flags: &["optional"],
                    ..ArgDoc::EMPTY
                },
                ArgDoc {
                    name: "withhash",
                    kind: "pure-token",
                    token: Some("WITHHASH"),
                    flags: &["optional"],
                    ..ArgDoc::EMPTY
                },
            ],
        },
    },
    CommandInfo {
        name: "geosearchstore",
        arity: -8,
        flags: &["write", "denyoom"],
        first_key: 1,
        last_key: 2,
        step: 1,
        acl_categories: &["@write", "@geo", "@slow"],
        tips: &[],
        key_specs: &[
            KeySpec {
                notes: None,
                flags: &["OW", "update"],
                begin_search: BeginSearch::Index(1),
                find_keys: FindKeys::Range {
                    lastkey: 0,
                    step: 1,
                    limit: 0,
                },
            },
            KeySpec {
                notes: None,
                flags: &["RO", "access"],
                begin_search: BeginSearch::Index(2),
                find_keys: FindKeys::Range {
                    lastkey: 0,
                    step: 1,
                    limit: 0,
                },
            },
        ],
        subcommands: &[],
        doc: CommandDoc {
            summary: "Query a sorted set representing a geospatial index to fetch members inside an area of a box or a circle, and store the result in another key.",
            since: "6.2.0",
            group: "geo",
            complexity: Some(
                "O(N+log(M)) where N is the number of elements in the grid-aligned bounding box area around the shape provided as the filter and M is the number of items inside the shape",
            ),
            doc_flags: &[],
            deprecated_since: None,
            replaced_by: None,
            history: &[("7.0.0", "Added support for uppercase unit names.")],
            arguments: &[
                ArgDoc {
                    name: "destination",
                    kind: "key",
                    key_spec_index: 0,
                    ..ArgDoc::EMPTY
                },
                ArgDoc {
                    name: "source",
                    kind: "key",
                    key_spec_index: 1,
                    ..ArgDoc::EMPTY
                },
                ArgDoc {
                    name: "from",
                    kind: "oneof",
                    arguments: &[
                        ArgDoc {
                            name: "member",
                            kind: "string",
                            token: Some("FROMMEMBER"),
                            ..ArgDoc::EMPTY
                        },
                        ArgDoc {
                            name: "longitude_latitude",
                            kind: "block",
                            token: Some("FROMLONLAT"),
                            arguments: &[
                                ArgDoc {
                                    name: "longitude",
                                    kind: "double",
                                    ..ArgDoc::EMPTY
                                },
                                ArgDoc {
                                    name: "latitude",
                                    kind: "double",
                                    ..ArgDoc::EMPTY
                                },
                            ],
                            ..ArgDoc::EMPTY
                        },
                    ],
                    ..ArgDoc::EMPTY
                },
                ArgDoc {
                    name: "by",
                    kind: "oneof",
                    arguments: &[
                        ArgDoc {
                            name: "circle",
                            kind: "block",
                            arguments: &[
                                ArgDoc {
                                    name: "radius",
                                    kind: "double",
                                    token: Some("BYRADIUS"),
                                    ..ArgDoc::EMPTY
                                },
                                ArgDoc {
                                    name: "unit",
                                    kind: "oneof",
                                    arguments: &[
                                        ArgDoc {
                                            name: "m",
                                            kind: "pure-token",
                                            token: Some("M"),
                                            ..ArgDoc::EMPTY
                                        },
                                        ArgDoc {
                                            name: "km",
                                            kind: "pure-token",
                                            token: Some("KM"),
                                            ..ArgDoc::EMPTY
                                        },
                                        ArgDoc {
                                            name: "ft",
                                            kind: "pure-token",
                                            token: Some("FT"),
                                            ..ArgDoc::EMPTY
                                        },
                                        ArgDoc {
                                            name: "mi",
                                            kind: "pure-token",
                                            token: Some("MI"),
                                            ..ArgDoc::EMPTY
                                        },
                                    ],
                                    ..ArgDoc::EMPTY
                                },
                            ],
                            ..ArgDoc::EMPTY
                        },
                        ArgDoc {
                            name: "box",
                            kind: "block",
                            arguments: &[
                                ArgDoc {
                                    name: "width",
                                    kind: "double",
                                    token: Some("BYBOX"),
                                    ..ArgDoc::EMPTY
                                },
                                ArgDoc {
                                    name: "height",
                                    kind: "double",
                                    ..ArgDoc::EMPTY
                                },
                                ArgDoc {
                                    name: "unit",
                                    kind: "oneof",
                                    arguments: &[
                                        ArgDoc {
                                            name: "m",
                                            kind: "pure-token",
                                            token: Some("M"),
                                            ..ArgDoc::EMPTY
                                        },
                                        ArgDoc {
                                            name: "km",
                                            kind: "pure-token",
                                            token: Some("KM"),
                                            ..ArgDoc::EMPTY
                                        },
                                        ArgDoc {
                                            name: "ft",
                                            kind: "pure-token",
                                            token: Some("FT"),
                                            ..ArgDoc::EMPTY
                                        },
                                        ArgDoc {
                                            name: "mi",
                                            kind: "pure-token",
                                            token: Some("MI"),
                                            ..ArgDoc::EMPTY
                                        },
                                    ],
                                    ..ArgDoc::EMPTY
                                },
                            ],
                            ..ArgDoc::EMPTY
                        },
                    ],
                    ..ArgDoc::EMPTY
                },
                ArgDoc {
                    name: "order",
                    kind: "oneof",
                    flags: &["optional"],
                    arguments: &[
                        ArgDoc {
                            name: "asc",
                            kind: "pure-token",
                            token: Some("ASC"),
                            ..ArgDoc::EMPTY
                        },
                        ArgDoc {
                            name: "desc",
                            kind: "pure-token",
                            token: Some("DESC"),
                            ..ArgDoc::EMPTY
                        },
                    ],
                    ..ArgDoc::EMPTY
                },
                ArgDoc {
                    name: "count",
                    kind: "block",
                    flags: &["optional"],
                    arguments: &[
                        ArgDoc {
                            name: "count",
                            kind: "integer",
                            token: Some("COUNT"),
                            ..ArgDoc::EMPTY
                        },
                        ArgDoc {
                            name: "any",
                            kind: "pure-token",
                            token: Some("ANY"),
                            flags: &["optional"],
                            ..ArgDoc::EMPTY
                        },
                    ],
                    ..ArgDoc::EMPTY
                },
                ArgDoc {
                    name: "storedist",
                    kind: "pure-token",
                    token: Some("STOREDIST"),
                    flags: &["optional"],
                    ..ArgDoc::EMPTY
                },
            ],
        },
    },
    CommandInfo {
        name: "get",
        arity: 2,
        flags: &["readonly", "fast"],
        first_key: 1,
        last_key: 1,
        step: 1,
        acl_categories: &["@read", "@string", "@fast"],
        tips: &[],
        key_specs: &[KeySpec {
            notes: None,
            flags: &["RO", "access"],
            begin_search: BeginSearch::Index(1),
            find_keys: FindKeys::Range {
                lastkey: 0,
                step: 1,
                limit: 0,
            },
        }],
        subcommands: &[],
        doc: CommandDoc {
            summary: "Get the value of a key",
            since: "1.0.0",
            group: "string",
            complexity: Some("O(1)"),
            doc_flags: &[],
            deprecated_since: None,
            replaced_by: None,
            history: &[],
            arguments: &[ArgDoc {
                name: "key",
                kind: "key",
                key_spec_index: 0,
                ..ArgDoc::EMPTY
            }],
        },
    },
    CommandInfo {
        name: "getbit",
        arity: 3,
        flags: &["readonly", "fast"],
        first_key: 1,
        last_key: 1,
        step: 1,
        acl_categories: &["@read", "@bitmap", "@fast"],
        tips: &[],
        key_specs: &[KeySpec {
            notes: None,
            flags: &["RO", "access"],
            begin_search: BeginSearch::Index(1),
            find_keys: FindKeys::Range {
                lastkey: 0,
                step: 1,
                limit: 0,
            },
        }],
        subcommands: &[],
        doc: CommandDoc {
            summary: "Returns the bit value at offset in the string value stored at key",
            since: "2.2.0",
            group: "bitmap",
            complexity: Some("O(1)"),
            doc_flags: &[],
            deprecated_since: None,
            replaced_by: None,
            history: &[],
            arguments: &[
                ArgDoc {
                    name: "key",
                    kind: "key",
                    key_spec_index: 0,
                    ..ArgDoc::EMPTY
                },
                ArgDoc {
                    name: "offset",
                    kind: "integer",
                    ..ArgDoc::EMPTY
                },
            ],
        },
    },
    CommandInfo {
        name: "getdel",
        arity: 2,
        flags: &["write", "fast"],
        first_key: 1,
        last_key: 1,
        step: 1,
        acl_categories: &["@write", "@string", "@fast"],
        tips: &[],
        key_specs: &[KeySpec {
            notes: None,
            flags: &["RW", "access", "delete"],
            begin_search: BeginSearch::Index(1),
            find_keys: FindKeys::Range {
                lastkey: 0,
                step: 1,
                limit: 0,
            },
        }],
        subcommands: &[],
        doc: CommandDoc {
            summary: "Get the value of a key and delete the key",
            since: "6.2.0",
            group: "string",
            complexity: Some("O(1)"),
            doc_flags: &[],
            deprecated_since: None,
            replaced_by: None,
            history: &[],
            arguments: &[ArgDoc {
                name: "key",
                kind: "key",
                key_spec_index: 0,
                ..ArgDoc::EMPTY
            }],
        },
    },
    CommandInfo {
        name: "getex",
        arity: -2,
        flags: &["write", "fast"],
        first_key: 1,
        last_key: 1,
        step: 1,
        acl_categories: &["@write", "@string", "@fast"],
        tips: &[],
        key_specs: &[KeySpec {
            notes: Some("RW and UPDATE because it changes the TTL"),
            flags: &["RW", "access", "update"],
            begin_search: BeginSearch::Index(1),
            find_keys: FindKeys::Range {
                lastkey: 0,
                step: 1,
                limit: 0,
            },
        }],
        subcommands: &[],
        doc: CommandDoc {
            summary: "Get the value of a key and optionally set its expiration",
            since: "6.2.0",
            group: "string",
            complexity: Some("O(1)"),
            doc_flags: &[],
            deprecated_since: None,
            replaced_by: None,
            history: &[],
            arguments: &[
                ArgDoc {
                    name: "key",
                    kind: "key",
                    key_spec_index: 0,
                    ..ArgDoc::EMPTY
                },
                ArgDoc {
                    name: "expiration",
                    kind: "oneof",
                    flags: &["optional"],
                    arguments: &[
                        ArgDoc {
                            name: "seconds",
                            kind: "integer",
                            token: Some("EX"),
                            ..ArgDoc::EMPTY
                        },
                        ArgDoc {
                            name: "milliseconds",
                            kind: "integer",
                            token: Some("PX"),
                            ..ArgDoc::EMPTY
                        },
                        ArgDoc {
                            name: "unix-time-seconds",
                            kind: "unix-time",
                            token: Some("EXAT"),
                            ..ArgDoc::EMPTY
                        },
                        ArgDoc {
                            name: "unix-time-milliseconds",
                            kind: "unix-time",
                            token: Some("PXAT"),
                            ..ArgDoc::EMPTY
                        },
                        ArgDoc {
                            name: "persist",
                            kind: "pure-token",
                            token: Some("PERSIST"),
                            ..ArgDoc::EMPTY
                        },
                    ],
                    ..ArgDoc::EMPTY
                },
            ],
        },
    },
    CommandInfo {
        name: "getrange",
        arity: 4,
        flags: &["readonly"],
        first_key: 1,
        last_key: 1,
        step: 1,
        acl_categories: &["@read", "@string", "@slow"],
        tips: &[],
        key_specs: &[KeySpec {
            notes: None,
            flags: &["RO", "access"],
            begin_search: BeginSearch::Index(1),
            find_keys: FindKeys::Range {
                lastkey: 0,
                step: 1,
                limit: 0,
            },
        }],
        subcommands: &[],
        doc: CommandDoc {
            summary: "Get a substring of the string stored at a key",
            since: "2.4.0",
            group: "string",
            complexity: Some(
                "O(N) where N is the length of the returned string. The complexity is ultimately determined by the returned length, but because creating a substring from an existing string is very cheap, it can be considered O(1) for small strings.",
            ),
            doc_flags: &[],
            deprecated_since: None,
            replaced_by: None,
            history: &[],
            arguments: &[
                ArgDoc {
                    name: "key",
                    kind: "key",
                    key_spec_index: 0,
                    ..ArgDoc::EMPTY
                },
                ArgDoc {
                    name: "start",
                    kind: "integer",
                    ..ArgDoc::EMPTY
                },
                ArgDoc {
                    name: "end",
                    kind: "integer",
                    ..ArgDoc::EMPTY
                },
            ],
        },
    },
    CommandInfo {
        name: "getset",
        arity: 3,
        flags: &["write", "denyoom", "fast"],
        first_key: 1,
        last_key: 1,
        step: 1,
        acl_categories: &["@write", "@string", "@fast"],
        tips: &[],
        key_specs: &[KeySpec {
            notes: None,
            flags: &["RW", "access", "update"],
            begin_search: BeginSearch::Index(1),
            find_keys: FindKeys::Range {
                lastkey: 0,
                step: 1,
                limit: 0,
            },
        }],
        subcommands: &[],
        doc: CommandDoc {
            summary: "Set the string value of a key and return its old value",
            since: "1.0.0",
            group: "string",
            complexity: Some("O(1)"),
            doc_flags: &["deprecated"],
            deprecated_since: Some("6.2.0"),
            replaced_by: Some("`SET` with the `!GET` argument"),
            history: &[],
            arguments: &[
                ArgDoc {
                    name: "key",
                    kind: "key",
                    key_spec_index: 0,
                    ..ArgDoc::EMPTY
                },
                ArgDoc {
                    name: "value",
                    kind: "string",
                    ..ArgDoc::EMPTY
                },
            ],
        },
    },
    CommandInfo {
        name: "hdel",
        arity: -3,
        flags: &["write", "fast"],
        first_key: 1,
        last_key: 1,
        step: 1,
        acl_categories: &["@write", "@hash", "@fast"],
        tips: &[],
        key_specs: &[KeySpec {
            notes: None,
            flags: &["RW", "delete"],
            begin_search: BeginSearch::Index(1),
            find_keys: FindKeys::Range {
                lastkey: 0,
                step: 1,
                limit: 0,
            },
        }],
        subcommands: &[],
        doc: CommandDoc {
            summary: "Delete one or more hash fields",
            since: "2.0.0",
            group: "hash",
            complexity: Some("O(N) where N is the number of fields to be removed."),
            doc_flags: &[],
            deprecated_since: None,
            replaced_by: None,
            history: &[("2.4.0", "Accepts multiple `field` arguments.")],
            arguments: &[
                ArgDoc {
                    name: "key",
                    kind: "key",
                    key_spec_index: 0,
                    ..ArgDoc::EMPTY
                },
                ArgDoc {
                    name: "field",
                    kind: "string",
                    flags: &["multiple"],
                    ..ArgDoc::EMPTY
                },
            ],
        },
    },
    CommandInfo {
        name: "hello",
        arity: -1,
        flags: &["noscript", "loading", "stale", "fast", "no_auth", "allow_busy"],
        first_key: 0,
        last_key: 0,
        step: 0,
        acl_categories: &["@fast", "@connection"],
        tips: &[],
        key_specs: &[],
        subcommands: &[],
        doc: CommandDoc {
            summary: "Handshake with Redis",
            since: "6.0.0",
            group: "connection",
            complexity: Some("O(1)"),
            doc_flags: &[],
            deprecated_since: None,
            replaced_by: None,
            history: &[(
                "6.2.0",
                "`protover` made optional; when called without arguments the command reports the current connection's context.",
            )],
            arguments: &[ArgDoc {
                name: "arguments",
                kind: "block",
                flags: &["optional"],
                arguments: &[
                    ArgDoc {
                        name: "protover",
                        kind: "integer",
                        ..ArgDoc::EMPTY
                    },
                    ArgDoc {
                        name: "username_password",
                        kind: "block",
                        token: Some("AUTH"),
                        flags: &["optional"],
                        arguments: &[
                            ArgDoc {
                                name: "username",
                                kind: "string",
                                ..ArgDoc::EMPTY
                            },
                            ArgDoc {
                                name: "password",
                                kind: "string",
                                ..ArgDoc::EMPTY
                            },
                        ],
                        ..ArgDoc::EMPTY
                    },
                    ArgDoc {
                        name: "clientname",
                        kind: "string",
                        token: Some("SETNAME"),
                        flags: &["optional"],
                        ..ArgDoc::EMPTY
                    },
                ],
                ..ArgDoc::EMPTY
            }],
        },
    },
    CommandInfo {
        name: "hexists",
        arity: 3,
        flags: &["readonly", "fast"],
        first_key: 1,
        last_key: 1,
        step: 1,
        acl_categories: &["@read", "@hash", "@fast"],
        tips: &[],
        key_specs: &[KeySpec {
            notes: None,
            flags: &["RO"],
            begin_search: BeginSearch::Index(1),
            find_keys: FindKeys::Range {
                lastkey: 0,
                step: 1,
                limit: 0,
            },
        }],
        subcommands: &[],
        doc: CommandDoc {
            summary: "Determine if a hash field exists",
            since: "2.0.0",
            group: "hash",
            complexity: Some("O(1)"),
            doc_flags: &[],
            deprecated_since: None,
            replaced_by: None,
            history: &[],
            arguments: &[
                ArgDoc {
                    name: "key",
                    kind: "key",
                    key_spec_index: 0,
                    ..ArgDoc::EMPTY
                },
                ArgDoc {
                    name: "field",
                    kind: "string",
                    ..ArgDoc::EMPTY
                },
            ],
        },
    },
    CommandInfo {
        name: "hget",
        arity: 3,
        flags: &["readonly", "fast"],
        first_key: 1,
        last_key: 1,
        step: 1,
        acl_categories: &["@read", "@hash", "@fast"],
        tips: &[],
        key_specs: &[KeySpec {
            notes: None,
            flags: &["RO", "access"],
            begin_search: BeginSearch::Index(1),
            find_keys: FindKeys::Range {
                lastkey: 0,
                step: 1,
                limit: 0,
            },
        }],
        subcommands: &[],
        doc: CommandDoc {
            summary: "Get the value of a hash field",
            since: "2.0.0",
            group: "hash",
            complexity: Some("O(1)"),
            doc_flags: &[],
            deprecated_since: None,
            replaced_by: None,
            history: &[],
            arguments: &[
                ArgDoc {
                    name: "key",
                    kind: "key",
                    key_spec_index: 0,
                    ..ArgDoc::EMPTY
                },
                ArgDoc {
                    name: "field",
                    kind: "string",
                    ..ArgDoc::EMPTY
                },
            ],
        },
    },
    CommandInfo {
        name: "hgetall",
        arity: 2,
        flags: &["readonly"],
        first_key: 1,
        last_key: 1,
        step: 1,
        acl_categories: &["@read", "@hash", "@slow"],
        tips: &["nondeterministic_output_order"],
        key_specs: &[KeySpec {
            notes: None,
            flags: &["RO", "access"],
            begin_search: BeginSearch::Index(1),
            find_keys: FindKeys::Range {
                lastkey: 0,
                step: 1,
                limit: 0,
            },
        }],
        subcommands: &[],
        doc: CommandDoc {
            summary: "Get all the fields and values in a hash",
            since: "2.0.0",
            group: "hash",
            complexity: Some("O(N) where N is the size of the hash."),
            doc_flags: &[],
            deprecated_since: None,
            replaced_by: None,
            history: &[],
            arguments: &[ArgDoc {
                name: "key",
                kind: "key",
                key_spec_index: 0,
                ..ArgDoc::EMPTY
            }],
        },
    },
    CommandInfo {
        name: "hincrby",
        arity: 4,
        flags: &["write", "denyoom", "fast"],
        first_key: 1,
        last_key: 1,
        step: 1,
        acl_categories: &["@write", "@hash", "@fast"],
        tips: &[],
        key_specs: &[KeySpec {
            notes: None,
            flags: &["RW", "access", "update"],
            begin_search: BeginSearch::Index(1),
            find_keys: FindKeys::Range {
                lastkey: 0,
                step: 1,
                limit: 0,
            },
        }],
        subcommands: &[],
        doc: CommandDoc {
            summary: "Increment the integer value of a hash field by the given number",
            since: "2.0.0",
            group: "hash",
            complexity: Some("O(1)"),
            doc_flags: &[],
            deprecated_since: None,
            replaced_by: None,
            history: &[],
            arguments: &[
                ArgDoc {
                    name: "key",
                    kind: "key",
                    key_spec_index: 0,
                    ..ArgDoc::EMPTY
                },
                ArgDoc {
                    name: "field",
                    kind: "string",
                    ..ArgDoc::EMPTY
                },
                ArgDoc {
                    name: "increment",
                    kind: "integer",
                    ..ArgDoc::EMPTY
                },
            ],
        },
    },
    CommandInfo {
        name: "hincrbyfloat",
        arity: 4,
        flags: &["write", "denyoom", "fast"],
        first_key: 1,
        last_key: 1,
        step: 1,
        acl_categories: &["@write", "@hash", "@fast"],
        tips: &[],
        key_specs: &[KeySpec {
            notes: None,
            flags: &["RW", "access", "update"],
            begin_search: BeginSearch::Index(1),
            find_keys: FindKeys::Range {
                lastkey: 0,
                step: 1,
                limit: 0,
            },
        }],
        subcommands: &[],
        doc: CommandDoc {
            summary: "Increment the float value of a hash field by the given amount",
            since: "2.6.0",
            group: "hash",
            complexity: Some("O(1)"),
            doc_flags: &[],
            deprecated_since: None,
            replaced_by: None,
            history: &[],
            arguments: &[
                ArgDoc {
                    name: "key",
                    kind: "key",
                    key_spec_index: 0,
                    ..ArgDoc::EMPTY
                },
                ArgDoc {
                    name: "field",
                    kind: "string",
                    ..ArgDoc::EMPTY
                },
                ArgDoc {
                    name: "increment",
                    kind: "double",
                    ..ArgDoc::EMPTY
                },
            ],
        },
    },
    CommandInfo {
        name: "hkeys",
        arity: 2,
        flags: &["readonly"],
        first_key: 1,
        last_key: 1,
        step: 1,
        acl_categories: &["@read", "@hash", "@slow"],
        tips: &["nondeterministic_output_order"],
        key_specs: &[KeySpec {
            notes: None,
            flags: &["RO", "access"],
            begin_search: BeginSearch::Index(1),
            find_keys: FindKeys::Range {
                lastkey: 0,
                step: 1,
                limit: 0,
            },
        }],
        subcommands: &[],
        doc: CommandDoc {
            summary: "Get all the fields in a hash",
            since: "2.0.0",
            group: "hash",
            complexity: Some("O(N) where N is the size of the hash."),
            doc_flags: &[],
            deprecated_since: None,
            replaced_by: None,
            history: &[],
            arguments: &[ArgDoc {
                name: "key",
                kind: "key",
                key_spec_index: 0,
                ..ArgDoc::EMPTY
            }],
        },
    },
    CommandInfo {
        name: "hlen",
        arity: 2,
        flags: &["readonly", "fast"],
        first_key: 1,
        last_key: 1,
        step: 1,
        acl_categories: &["@read", "@hash", "@fast"],
        tips: &[],
        key_specs: &[KeySpec {
            notes: None,
            flags: &["RO"],
            begin_search: BeginSearch::Index(1),
            find_keys: FindKeys::Range {
                lastkey: 0,
                step: 1,
                limit: 0,
            },
        }],
        subcommands: &[],
        doc: CommandDoc {
            summary: "Get the number of fields in a hash",
            since: "2.0.0",
            group: "hash",
            complexity: Some("O(1)"),
            doc_flags: &[],
            deprecated_since: None,
            replaced_by: None,
            history: &[],
            arguments: &[ArgDoc {
                name: "key",
                kind: "key",
                key_spec_index: 0,
                ..ArgDoc::EMPTY
            }],
        },
    },
    CommandInfo {
        name: "hmget",
        arity: -3,
        flags: &["readonly", "fast"],
        first_key: 1,
        last_key: 1,
        step: 1,
        acl_categories: &["@read", "@hash", "@fast"],
        tips: &[],
        key_specs: &[KeySpec {
            notes: None,
            flags: &["RO", "access"],
            begin_search: BeginSearch::Index(1),
            find_keys: FindKeys::Range {
                lastkey: 0,
                step: 1,
                limit: 0,
            },
        }],
        subcommands: &[],
        doc: CommandDoc {
            summary: "Get the values of all the given hash fields",
            since: "2.0.0",
            group: "hash",
            complexity: Some("O(N) where N is the number of fields being requested."),
            doc_flags: &[],
            deprecated_since: None,
            replaced_by: None,
            history: &[],
            arguments: &[
                ArgDoc {
                    name: "key",
                    kind: "key",
                    key_spec_index: 0,
                    ..ArgDoc::EMPTY
                },
                ArgDoc {
                    name: "field",
                    kind: "string",
                    flags: &["multiple"],
                    ..ArgDoc::EMPTY
                },
            ],
        },
    },
    CommandInfo {
        name: "hmset",
        arity: -4,
        flags: &["write", "denyoom", "fast"],
        first_key: 1,
        last_key: 1,
        step: 1,
        acl_categories: &["@write", "@hash", "@fast"],
        tips: &[],
        key_specs: &[KeySpec {
            notes: None,
            flags: &["RW", "update"],
            begin_search: BeginSearch::Index(1),
            find_keys: FindKeys::Range {
                lastkey: 0,
                step: 1,
                limit: 0,
            },
        }],
        subcommands: &[],
        doc: CommandDoc {
            summary: "Set multiple hash fields to multiple values",
            since: "2.0.0",
            group: "hash",
            complexity: Some("O(N) where N is the number of fields being set."),
            doc_flags: &["deprecated"],
            deprecated_since: Some("4.0.0"),
            replaced_by: Some("`HSET` with multiple field-value pairs"),
            history: &[],
            arguments: &[
                ArgDoc {
                    name: "key",
                    kind: "key",
                    key_spec_index: 0,
                    ..ArgDoc::EMPTY
                },
                ArgDoc {
                    name: "field_value",
                    kind: "block",
                    flags: &["multiple"],
                    arguments: &[
                        ArgDoc {
                            name: "field",
                            kind: "string",
                            ..ArgDoc::EMPTY
                        },
                        ArgDoc {
                            name: "value",
                            kind: "string",
                            ..ArgDoc::EMPTY
                        },
                    ],
                    ..ArgDoc::EMPTY
                },
            ],
        },
    },
    CommandInfo {
        name: "hrandfield",
        arity: -2,
        flags: &["readonly"],
        first_key: 1,
        last_key: 1,
        step: 1,
        acl_categories: &["@read", "@hash", "@slow"],
        tips: &["nondeterministic_output"],
        key_specs: &[KeySpec {
            notes: None,
            flags: &["RO", "access"],
            begin_search: BeginSearch::Index(1),
            find_keys: FindKeys::Range {
                lastkey: 0,
                step: 1,
                limit: 0,
            },
        }],
        subcommands: &[],
        doc: CommandDoc {
            summary: "Get one or multiple random fields from a hash",
            since: "6.2.0",
            group: "hash",
            complexity: Some("O(N) where N is the number of fields returned"),
            doc_flags: &[],
            deprecated_since: None,
            replaced_by: None,
            history: &[],
            arguments: &[
                ArgDoc {
                    name: "key",
                    kind: "key",
                    key_spec_index: 0,
                    ..ArgDoc::EMPTY
                },
                ArgDoc {
                    name: "options",
                    kind: "block",
                    flags: &["optional"],
                    arguments: &[
                        ArgDoc {
                            name: "count",
                            kind: "integer",
                            ..ArgDoc::EMPTY
                        },
                        ArgDoc {
                            name: "withvalues",
                            kind: "pure-token",
                            token: Some("WITHVALUES"),
                            flags: &["optional"],
                            ..ArgDoc::EMPTY
                        },
                    ],
                    ..ArgDoc::EMPTY
                },
            ],
        },
    },
    CommandInfo {
        name: "hscan",
        arity: -3,
        flags: &["readonly"],
        first_key: 1,
        last_key: 1,
        step: 1,
        acl_categories: &["@read", "@hash", "@slow"],
        tips: &["nondeterministic_output"],
        key_specs: &[KeySpec {
            notes: None,
            flags: &["RO", "access"],
            begin_search: BeginSearch::Index(1),
            find_keys: FindKeys::Range {
                lastkey: 0,
                step: 1,
                limit: 0,
            },
        }],
        subcommands: &[],
        doc: CommandDoc {
            summary: "Incrementally iterate hash fields and associated values",
            since: "2.8.0",
            group: "hash",
            complexity: Some(
                "O(1) for every call. O(N) for a complete iteration, including enough command calls for the cursor to return back to 0. N is the number of elements inside the collection..",
            ),
            doc_flags: &[],
            deprecated_since: None,
            replaced_by: None,
            history: &[],
            arguments: &[
                ArgDoc {
                    name: "key",
                    kind: "key",
                    key_spec_index: 0,
                    ..ArgDoc::EMPTY
                },
                ArgDoc {
                    name: "cursor",
                    kind: "integer",
                    ..ArgDoc::EMPTY
                },
                ArgDoc {
                    name: "pattern",
                    kind: "pattern",
                    token: Some("MATCH"),
                    flags: &["optional"],
                    ..ArgDoc::EMPTY
                },
                ArgDoc {
                    name: "count",
                    kind: "integer",
                    token: Some("COUNT"),
                    flags: &["optional"],
                    ..ArgDoc::EMPTY
                },
            ],
        },
    },
    CommandInfo {
        name: "hset",
        arity: -4,
        flags: &["write", "denyoom", "fast"],
        first_key: 1,
        last_key: 1,
        step: 1,
        acl_categories: &["@write", "@hash", "@fast"],
        tips: &[],
        key_specs: &[KeySpec {
            notes: None,
            flags: &["RW", "update"],
            begin_search: BeginSearch::Index(1),
            find_keys: FindKeys::Range {
                lastkey: 0,
                step: 1,
                limit: 0,
            },
        }],
        subcommands: &[],
        doc: CommandDoc {
            summary: "Set the string value of a hash field",
            since: "2.0.0",
            group: "hash",
            complexity: Some(
                "O(1) for each field/value pair added, so O(N) to add N field/value pairs when the command is called with multiple field/value pairs.",
            ),
            doc_flags: &[],
            deprecated_since: None,
            replaced_by: None,
            history: &[("4.0.0", "Accepts multiple `field` and `value` arguments.")],
            arguments: &[
                ArgDoc {
                    name: "key",
                    kind: "key",
                    key_spec_index: 0,
                    ..ArgDoc::EMPTY
                },
                ArgDoc {
                    name: "field_value",
                    kind: "block",
                    flags: &["multiple"],
                    arguments: &[
                        ArgDoc {
                            name: "field",
                            kind: "string",
                            ..ArgDoc::EMPTY
                        },
                        ArgDoc {
                            name: "value",
                            kind: "string",
                            ..ArgDoc::EMPTY
                        },
                    ],
                    ..ArgDoc::EMPTY
                },
            ],
        },
    },
    CommandInfo {
        name: "hsetnx",
        arity: 4,
        flags: &["write", "denyoom", "fast"],
        first_key: 1,
        last_key: 1,
        step: 1,
        acl_categories: &["@write", "@hash", "@fast"],
        tips: &[],
        key_specs: &[KeySpec {
            notes: None,
            flags: &["RW", "insert"],
            begin_search: BeginSearch::Index(1),
            find_keys: FindKeys::Range {
                lastkey: 0,
                step: 1,
                limit: 0,
            },
        }],
        subcommands: &[],
        doc: CommandDoc {
            summary: "Set the value of a hash field, only if the field does not exist",
            since: "2.0.0",
            group: "hash",
            complexity: Some("O(1)"),
            doc_flags: &[],
            deprecated_since: None,
            replaced_by: None,
            history: &[],
            arguments: &[
                ArgDoc {
                    name: "key",
                    kind: "key",
                    key_spec_index: 0,
                    ..ArgDoc::EMPTY
                },
                ArgDoc {
                    name: "field",
                    kind: "string",
                    ..ArgDoc::EMPTY
                },
                ArgDoc {
                    name: "value",
                    kind: "string",
                    ..ArgDoc::EMPTY
                },
            ],
        },
    },
    CommandInfo {
        name: "hstrlen",
        arity: 3,
        flags: &["readonly", "fast"],
        first_key: 1,
        last_key: 1,
        step: 1,
        acl_categories: &["@read", "@hash", "@fast"],
        tips: &[],
        key_specs: &[KeySpec {
            notes: None,
            flags: &["RO"],
            begin_search: BeginSearch::Index(1),
            find_keys: FindKeys::Range {
                lastkey: 0,
                step: 1,
                limit: 0,
            },
        }],
        subcommands: &[],
        doc: CommandDoc {
            summary: "Get the length of the value of a hash field",
            since: "3.2.0",
            group: "hash",
            complexity: Some("O(1)"),
            doc_flags: &[],
            deprecated_since: None,
            replaced_by: None,
            history: &[],
            arguments: &[
                ArgDoc {
                    name: "key",
                    kind: "key",
                    key_spec_index: 0,
                    ..ArgDoc::EMPTY
                },
                ArgDoc {
                    name: "field",
                    kind: "string",
                    ..ArgDoc::EMPTY
                },
            ],
        },
    },
    CommandInfo {
        name: "hvals",
        arity: 2,
        flags: &["readonly"],
        first_key: 1,
        last_key: 1,
        step: 1,
        acl_categories: &["@read", "@hash", "@slow"],
        tips: &["nondeterministic_output_order"],
        key_specs: &[KeySpec {
            notes: None,
            flags: &["RO", "access"],
            begin_search: BeginSearch::Index(1),
            find_keys: FindKeys::Range {
                lastkey: 0,
                step: 1,
                limit: 0,
            },
        }],
        subcommands: &[],
        doc: CommandDoc {
            summary: "Get all the values in a hash",
            since: "2.0.0",
            group: "hash",
            complexity: Some("O(N) where N is the size of the hash."),
            doc_flags: &[],
            deprecated_since: None,
            replaced_by: None,
            history: &[],
            arguments: &[ArgDoc {
                name: "key",
                kind: "key",
                key_spec_index: 0,
                ..ArgDoc::EMPTY
            }],
        },
    },
    CommandInfo {
        name: "incr",
        arity: 2,
        flags: &["write", "denyoom", "fast"],
        first_key: 1,
        last_key: 1,
        step: 1,
        acl_categories: &["@write", "@string", "@fast"],
        tips: &[],
        key_specs: &[KeySpec {
            notes: None,
            flags: &["RW", "access", "update"],
            begin_search: BeginSearch::Index(1),
            find_keys: FindKeys::Range {
                lastkey: 0,
                step: 1,
                limit: 0,
            },
        }],
        subcommands: &[],
        doc: CommandDoc {
            summary: "Increment the integer value of a key by one",
            since: "1.0.0",
            group: "string",
            complexity: Some("O(1)"),
            doc_flags: &[],
            deprecated_since: None,
            replaced_by: None,
            history: &[],
            arguments: &[ArgDoc {
                name: "key",
                kind: "key",
                key_spec_index: 0,
                ..ArgDoc::EMPTY
            }],
        },
    },
    CommandInfo {
        name: "incrby",
        arity: 3,
        flags: &["write", "denyoom", "fast"],
        first_key: 1,
        last_key: 1,
        step: 1,
        acl_categories: &["@write", "@string", "@fast"],
        tips: &[],
        key_specs: &[KeySpec {
            notes: None,
            flags: &["RW", "access", "update"],
            begin_search: BeginSearch::Index(1),
            find_keys: FindKeys::Range {
                lastkey: 0,
                step: 1,
                limit: 0,
            },
        }],
        subcommands: &[],
        doc: CommandDoc {
            summary: "Increment the integer value of a key by the given amount",
            since: "1.0.0",
            group: "string",
            complexity: Some("O(1)"),
            doc_flags: &[],
            deprecated_since: None,
            replaced_by: None,
            history: &[],
            arguments: &[
                ArgDoc {
                    name: "key",
                    kind: "key",
                    key_spec_index: 0,
                    ..ArgDoc::EMPTY
                },
                ArgDoc {
                    name: "increment",
                    kind: "integer",
                    ..ArgDoc::EMPTY
                },
            ],
        },
    },
    CommandInfo {
        name: "incrbyfloat",
        arity: 3,
        flags: &["write", "denyoom", "fast"],
        first_key: 1,
        last_key: 1,
        step: 1,
        acl_categories: &["@write", "@string", "@fast"],
        tips: &[],
        key_specs: &[KeySpec {
            notes: None,
            flags: &["RW", "access", "update"],
            begin_search: BeginSearch::Index(1),
            find_keys: FindKeys::Range {
                lastkey: 0,
                step: 1,
                limit: 0,
            },
        }],
        subcommands: &[],
        doc: CommandDoc {
            summary: "Increment the float value of a key by the given amount",
            since: "2.6.0",
            group: "string",
            complexity: Some("O(1)"),
            doc_flags: &[],
            deprecated_since: None,
            replaced_by: None,
            history: &[],
            arguments: &[
                ArgDoc {
                    name: "key",
                    kind: "key",
                    key_spec_index: 0,
                    ..ArgDoc::EMPTY
                },
                ArgDoc {
                    name: "increment",
                    kind: "double",
                    ..ArgDoc::EMPTY
                },
            ],
        },
    },
    CommandInfo {
        name: "info",
        arity: -1,
        flags: &["loading", "stale"],
        first_key: 0,
        last_key: 0,
        step: 0,
        acl_categories: &["@slow", "@dangerous"],
        tips: &[
            "nondeterministic_output",
            "request_policy:all_shards",
            "response_policy:special",
        ],
        key_specs: &[],
        subcommands: &[],
        doc: CommandDoc {
            summary: "Get information and statistics about the server",
            since: "1.0.0",
            group: "server",
            complexity: Some("O(1)"),
            doc_flags: &[],
            deprecated_since: None,
            replaced_by: None,
            history: &[("7.0.0", "Added support for taking multiple section arguments.")],
            arguments: &[ArgDoc {
                name: "section",
                kind: "string",
                flags: &["optional", "multiple"],
                ..ArgDoc::EMPTY
            }],
        },
    },
    CommandInfo {
        name: "keys",
        arity: 2,
        flags: &["readonly"],
        first_key: 0,
        last_key: 0,
        step: 0,
        acl_categories: &["@keyspace", "@read", "@slow", "@dangerous"],
        tips: &["request_policy:all_shards", "nondeterministic_output_order"],
        key_specs: &[],
        subcommands: &[],
        doc: CommandDoc {
            summary: "Find all keys matching the given pattern",
            since: "1.0.0",
            group: "generic",
            complexity: Some(
                "O(N) with N being the number of keys in the database, under the assumption that the key names in the database and the given pattern have limited length.",
            ),
            doc_flags: &[],
            deprecated_since: None,
            replaced_by: None,
            history: &[],
            arguments: &[ArgDoc {
                name: "pattern",
                kind: "pattern",
                ..ArgDoc::EMPTY
            }],
        },
    },
    CommandInfo {
        name: "lastsave",
        arity: 1,
        flags: &["loading", "stale", "fast"],
        first_key: 0,
        last_key: 0,
        step: 0,
        acl_categories: &["@admin", "@fast", "@dangerous"],
        tips: &["nondeterministic_output"],
        key_specs: &[],
        subcommands: &[],
        doc: CommandDoc {
            summary: "Get the UNIX time stamp of the last successful save to disk",
            since: "1.0.0",
            group: "server",
            complexity: Some("O(1)"),
            doc_flags: &[],
            deprecated_since: None,
            replaced_by: None,
            history: &[],
            arguments: &[],
        },
    },
    CommandInfo {
        name: "latency",
        arity: -2,
        flags: &[],
        first_key: 0,
        last_key: 0,
        step: 0,
        acl_categories: &["@slow"],
        tips: &[],
        key_specs: &[],
        subcommands: &[
            CommandInfo {
                name: "latency|doctor",
                arity: 2,
                flags: &["admin", "noscript", "loading", "stale"],
                first_key: 0,
                last_key: 0,
                step: 0,
                acl_categories: &["@admin", "@slow", "@dangerous"],
                tips: &[
                    "nondeterministic_output",
                    "request_policy:all_nodes",
                    "response_policy:special",
                ],
                key_specs: &[],
                subcommands: &[],
                doc: CommandDoc {
                    summary: "Return a human readable latency analysis report.",
                    since: "2.8.13",
                    group: "server",
                    complexity: Some("O(1)"),
                    doc_flags: &[],
                    deprecated_since: None,
                    replaced_by: None,
                    history: &[],
                    arguments: &[],
                },
            },
            CommandInfo {
                name: "latency|graph",
                arity: 3,
                flags: &["admin", "noscript", "loading", "stale"],
                first_key: 0,
                last_key: 0,
                step: 0,
                acl_categories: &["@admin", "@slow", "@dangerous"],
                tips: &[
                    "nondeterministic_output",
                    "request_policy:all_nodes",
                    "response_policy:special",
                ],
                key_specs: &[],
                subcommands: &[],
                doc: CommandDoc {
                    summary: "Return a latency graph for the event.",
                    since: "2.8.13",
                    group: "server",
                    complexity: Some("O(1)"),
                    doc_flags: &[],
                    deprecated_since: None,
                    replaced_by: None,
                    history: &[],
                    arguments: &[ArgDoc {
                        name: "event",
                        kind: "string",
                        ..ArgDoc::EMPTY
                    }],
                },
            },
            CommandInfo {
                name: "latency|help",
                arity: 2,
                flags: &["loading", "stale"],
                first_key: 0,
                last_key: 0,
                step: 0,
                acl_categories: &["@slow"],
                tips: &[],
                key_specs: &[],
                subcommands: &[],
                doc: CommandDoc {
                    summary: "Show helpful text about the different subcommands.",
                    since: "2.8.13",
                    group: "server",
                    complexity: Some("O(1)"),
                    doc_flags: &[],
                    deprecated_since: None,
                    replaced_by: None,
                    history: &[],
                    arguments: &[],
                },
            },
            CommandInfo {
                name: "latency|histogram",
                arity: -2,
                flags: &["admin", "noscript", "loading", "stale"],
                first_key: 0,
                last_key: 0,
                step: 0,
                acl_categories: &["@admin", "@slow", "@dangerous"],
                tips: &[
                    "nondeterministic_output",
                    "request_policy:all_nodes",
                    "response_policy:special",
                ],
                key_specs: &[],
                subcommands: &[],
                doc: CommandDoc {
                    summary: "Return the cumulative distribution of latencies of a subset of commands or all.",
                    since: "7.0.0",
                    group: "server",
                    complexity: Some(
                        "O(N) where N is the number of commands with latency information being retrieved.",
                    ),
                    doc_flags: &[],
                    deprecated_since: None,
                    replaced_by: None,
                    history: &[],
                    arguments: &[ArgDoc {
                        name: "command",
                        kind: "string",
                        flags: &["optional", "multiple"],
                        ..ArgDoc::EMPTY
                    }],
                },
            },
            CommandInfo {
                name: "latency|history",
                arity: 3,
                flags: &["admin", "noscript", "loading", "stale"],
                first_key: 0,
                last_key: 0,
                step: 0,
                acl_categories: &["@admin", "@slow", "@dangerous"],
                tips: &[
                    "nondeterministic_output",
                    "request_policy:all_nodes",
                    "response_policy:special",
                ],
                key_specs: &[],
                subcommands: &[],
                doc: CommandDoc {
                    summary: "Return timestamp-latency samples for the event.",
                    since: "2.8.13",
                    group: "server",
                    complexity: Some("O(1)"),
                    doc_flags: &[],
                    deprecated_since: None,
                    replaced_by: None,
                    history: &[],
                    arguments: &[ArgDoc {
                        name: "event",
                        kind: "string",
                        ..ArgDoc::EMPTY
                    }],
                },
            },
            CommandInfo {
                name: "latency|latest",
                arity: 2,
                flags: &["admin", "noscript", "loading", "stale"],
                first_key: 0,
                last_key: 0,
                step: 0,
                acl_categories: &["@admin", "@slow", "@dangerous"],
                tips: &[
                    "nondeterministic_output",
                    "request_policy:all_nodes",
                    "response_policy:special",
                ],
                key_specs: &[],
                subcommands: &[],
                doc: CommandDoc {
                    summary: "Return the latest latency samples for all events.",
                    since: "2.8.13",
                    group: "server",
                    complexity: Some("O(1)"),
                    doc_flags: &[],
                    deprecated_since: None,
                    replaced_by: None,
                    history: &[],
                    arguments: &[],
                },
            },
            CommandInfo {
                name: "latency|reset",
                arity: -2,
                flags: &["admin", "noscript", "loading", "stale"],
                first_key: 0,
                last_key: 0,
                step: 0,
                acl_categories: &["@admin", "@slow", "@dangerous"],
                tips: &["request_policy:all_nodes", "response_policy:all_succeeded"],
                key_specs: &[],
                subcommands: &[],
                doc: CommandDoc {
                    summary: "Reset latency data for one or more events.",
                    since: "2.8.13",
                    group: "server",
                    complexity: Some("O(1)"),
                    doc_flags: &[],
                    deprecated_since: None,
                    replaced_by: None,
                    history: &[],
                    arguments: &[ArgDoc {
                        name: "event",
                        kind: "string",
                        flags: &["optional", "multiple"],
                        ..ArgDoc::EMPTY
                    }],
                },
            },
        ],
        doc: CommandDoc {
            summary: "A container for latency diagnostics commands",
            since: "2.8.13",
            group: "server",
            complexity: Some("Depends on subcommand."),
            doc_flags: &[],
            deprecated_since: None,
            replaced_by: None,
            history: &[],
            arguments: &[],
        },
    },
    CommandInfo {
        name: "lcs",
        arity: -3,
        flags: &["readonly"],
        first_key: 1,
        last_key: 2,
        step: 1,
        acl_categories: &["@read", "@string", "@slow"],
        tips: &[],
        key_specs: &[KeySpec {
            notes: None,
            flags: &["RO", "access"],
            begin_search: BeginSearch::Index(1),
            find_keys: FindKeys::Range {
                lastkey: 1,
                step: 1,
                limit: 0,
            },
        }],
        subcommands: &[],
        doc: CommandDoc {
            summary: "Find longest common substring",
            since: "7.0.0",
            group: "string",
            complexity: Some("O(N*M) where N and M are the lengths of s1 and s2, respectively"),
            doc_flags: &[],
            deprecated_since: None,
            replaced_by: None,
            history: &[],
            arguments: &[
                ArgDoc {
                    name: "key1",
                    kind: "key",
                    key_spec_index: 0,
                    ..ArgDoc::EMPTY
                },
                ArgDoc {
                    name: "key2",
                    kind: "key",
                    key_spec_index: 0,
                    ..ArgDoc::EMPTY
                },
                ArgDoc {
                    name: "len",
                    kind: "pure-token",
                    token: Some("LEN"),
                    flags: &["optional"],
                    ..ArgDoc::EMPTY
                },
                ArgDoc {
                    name: "idx",
                    kind: "pure-token",
                    token: Some("IDX"),
                    flags: &["optional"],
                    ..ArgDoc::EMPTY
                },
                ArgDoc {
                    name: "len",
                    kind: "integer",
                    token: Some("MINMATCHLEN"),
                    flags: &["optional"],
                    ..ArgDoc::EMPTY
                },
                ArgDoc {
                    name: "withmatchlen",
                    kind: "pure-token",
                    token: Some("WITHMATCHLEN"),
                    flags: &["optional"],
                    ..ArgDoc::EMPTY
                },
            ],
        },
    },
    CommandInfo {
        name: "lindex",
        arity: 3,
        flags: &["readonly"],
        first_key: 1,
        last_key: 1,
        step: 1,
        acl_categories: &["@read", "@list", "@slow"],
        tips: &[],
        key_specs: &[KeySpec {
            notes: None,
            flags: &["RO", "access"],
            begin_search: BeginSearch::Index(1),
            find_keys: FindKeys::Range {
                lastkey: 0,
                step: 1,
                limit: 0,
            },
        }],
        subcommands: &[],
        doc: CommandDoc {
            summary: "Get an element from a list by its index",
            since: "1.0.0",
            group: "list",
            complexity: Some(
                "O(N) where N is the number of elements to traverse to get to the element at index. This makes asking for the first or the last element of the list O(1).",
            ),
            doc_flags: &[],
            deprecated_since: None,
            replaced_by: None,
            history: &[],
            arguments: &[
                ArgDoc {
                    name: "key",
                    kind: "key",
                    key_spec_index: 0,
                    ..ArgDoc::EMPTY
                },
                ArgDoc {
                    name: "index",
                    kind: "integer",
                    ..ArgDoc::EMPTY
                },
            ],
        },
    },
    CommandInfo {
        name: "linsert",
        arity: 5,
        flags: &["write", "denyoom"],
        first_key: 1,
        last_key: 1,
        step: 1,
        acl_categories: &["@write", "@list", "@slow"],
        tips: &[],
        key_specs: &[KeySpec {
            notes: None,
            flags: &["RW", "insert"],
            begin_search: BeginSearch::Index(1),
            find_keys: FindKeys::Range {
                lastkey: 0,
                step: 1,
                limit: 0,
            },
        }],
        subcommands: &[],
        doc: CommandDoc {
            summary: "Insert an element before or after another element in a list",
            since: "2.2.0",
            group: "list",
            complexity: Some(
                "O(N) where N is the number of elements to traverse before seeing the value pivot. This means that inserting somewhere on the left end on the list (head) can be considered O(1) and inserting somewhere on the right end (tail) is O(N).",
            ),
            doc_flags: &[],
            deprecated_since: None,
            replaced_by: None,
            history: &[],
            arguments: &[
                ArgDoc {
                    name: "key",
                    kind: "key",
                    key_spec_index: 0,
                    ..ArgDoc::EMPTY
                },
                ArgDoc {
                    name: "where",
                    kind: "oneof",
                    arguments: &[
                        ArgDoc {
                            name: "before",
                            kind: "pure-token",
                            token: Some("BEFORE"),
                            ..ArgDoc::EMPTY
                        },
                        ArgDoc {
                            name: "after",
                            kind: "pure-token",
                            token: Some("AFTER"),
                            ..ArgDoc::EMPTY
                        },
                    ],
                    ..ArgDoc::EMPTY
                },
                ArgDoc {
                    name: "pivot",
                    kind: "string",
                    ..ArgDoc::EMPTY
                },
                ArgDoc {
                    name: "element",
                    kind: "string",
                    ..ArgDoc::EMPTY
                },
            ],
        },
    },
    CommandInfo {
        name: "llen",
        arity: 2,
        flags: &["readonly", "fast"],
        first_key: 1,
        last_key: 1,
        step: 1,
        acl_categories: &["@read", "@list", "@fast"],
        tips: &[],
        key_specs: &[KeySpec {
            notes: None,
            flags: &["RO"],
            begin_search: BeginSearch::Index(1),
            find_keys: FindKeys::Range {
                lastkey: 0,
                step: 1,
                limit: 0,
            },
        }],
        subcommands: &[],
        doc: CommandDoc {
            summary: "Get the length of a list",
            since: "1.0.0",
            group: "list",
            complexity: Some("O(1)"),
            doc_flags: &[],
            deprecated_since: None,
            replaced_by: None,
            history: &[],
            arguments: &[ArgDoc {
                name: "key",
                kind: "key",
                key_spec_index: 0,
                ..ArgDoc::EMPTY
            }],
        },
    },
    CommandInfo {
        name: "lmove",
        arity: 5,
        flags: &["write", "denyoom"],
        first_key: 1,
        last_key: 2,
        step: 1,
        acl_categories: &["@write", "@list", "@slow"],
        tips: &[],
        key_specs: &[
            KeySpec {
                notes: None,
                flags: &["RW", "access", "delete"],
                begin_search: BeginSearch::Index(1),
                find_keys: FindKeys::Range {
                    lastkey: 0,
                    step: 1,
                    limit: 0,
                },
            },
            KeySpec {
                notes: None,
                flags: &["RW", "insert"],
                begin_search: BeginSearch::Index(2),
                find_keys: FindKeys::Range {
                    lastkey: 0,
                    step: 1,
                    limit: 0,
                },
            },
        ],
        subcommands: &[],
        doc: CommandDoc {
            summary: "Pop an element from a list, push it to another list and return it",
            since: "6.2.0",
            group: "list",
            complexity: Some("O(1)"),
            doc_flags: &[],
            deprecated_since: None,
            replaced_by: None,
            history: &[],
            arguments: &[
                ArgDoc {
                    name: "source",
                    kind: "key",
                    key_spec_index: 0,
                    ..ArgDoc::EMPTY
                },
                ArgDoc {
                    name: "destination",
                    kind: "key",
                    key_spec_index: 1,
                    ..ArgDoc::EMPTY
                },
                ArgDoc {
                    name: "wherefrom",
                    kind: "oneof",
                    arguments: &[
                        ArgDoc {
                            name: "left",
                            kind: "pure-token",
                            token: Some("LEFT"),
                            ..ArgDoc::EMPTY
                        },
                        ArgDoc {
                            name: "right",
                            kind: "pure-token",
                            token: Some("RIGHT"),
                            ..ArgDoc::EMPTY
                        },
                    ],
                    ..ArgDoc::EMPTY
                },
                ArgDoc {
                    name: "whereto",
                    kind: "oneof",
                    arguments: &[
                        ArgDoc {
                            name: "left",
                            kind: "pure-token",
                            token: Some("LEFT"),
                            ..ArgDoc::EMPTY
                        },
                        ArgDoc {
                            name: "right",
                            kind: "pure-token",
                            token: Some("RIGHT"),
                            ..ArgDoc::EMPTY
                        },
                    ],
                    ..ArgDoc::EMPTY
                },
            ],
        },
    },
    CommandInfo {
        name: "lmpop",
        arity: -4,
        flags: &["write", "movablekeys"],
        first_key: 0,
        last_key: 0,
        step: 0,
        acl_categories: &["@write", "@list", "@slow"],
        tips: &[],
        key_specs: &[KeySpec {
            notes: None,
            flags: &["RW", "access", "delete"],
            begin_search: BeginSearch::Index(1),
            find_keys: FindKeys::Keynum {
                keynumidx: 0,
                firstkey: 1,
                step: 1,
            },
        }],
        subcommands: &[],
        doc: CommandDoc {
            summary: "Pop elements from a list",
            since: "7.0.0",
            group: "list",
            complexity: Some("O(N+M) where N is the number of provided keys and M is the number of elements returned."),
            doc_flags: &[],
            deprecated_since: None,
            replaced_by: None,
            history: &[],
            arguments: &[
                ArgDoc {
                    name: "numkeys",
                    kind: "integer",
                    ..ArgDoc::EMPTY
                },
                ArgDoc {
                    name: "key",
                    kind: "key",
                    key_spec_index: 0,
                    flags: &["multiple"],
                    ..ArgDoc::EMPTY
                },
                ArgDoc {
                    name: "where",
                    kind: "oneof",
                    arguments: &[
                        ArgDoc {
                            name: "left",
                            kind: "pure-token",
                            token: Some("LEFT"),
                            ..ArgDoc::EMPTY
                        },
                        ArgDoc {
                            name: "right",
                            kind: "pure-token",
                            token: Some("RIGHT"),
                            ..ArgDoc::EMPTY
                        },
                    ],
                    ..ArgDoc::EMPTY
                },
                ArgDoc {
                    name: "count",
                    kind: "integer",
                    token: Some("COUNT"),
                    flags: &["optional"],
                    ..ArgDoc::EMPTY
                },
            ],
        },
    },
    CommandInfo {
        name: "lolwut",
        arity: -1,
        flags: &["readonly", "fast"],
        first_key: 0,
        last_key: 0,
        step: 0,
        acl_categories: &["@read", "@fast"],
        tips: &[],
        key_specs: &[],
        subcommands: &[],
        doc: CommandDoc {
            summary: "Display some computer art and the Redis version",
            since: "5.0.0",
            group: "server",
            complexity: None,
            doc_flags: &[],
            deprecated_since: None,
            replaced_by: None,
            history: &[],
            arguments: &[ArgDoc {
                name: "version",
                kind: "integer",
                token: Some("VERSION"),
                flags: &["optional"],
                ..ArgDoc::EMPTY
            }],
        },
    },
    CommandInfo {
        name: "lpop",
        arity: -2,
        flags: &["write", "fast"],
        first_key: 1,
        last_key: 1,
        step: 1,
        acl_categories: &["@write", "@list", "@fast"],
        tips: &[],
        key_specs: &[KeySpec {
            notes: None,
            flags: &["RW", "access", "delete"],
            begin_search: BeginSearch::Index(1),
            find_keys: FindKeys::Range {
                lastkey: 0,
                step: 1,
                limit: 0,
            },
        }],
        subcommands: &[],
        doc: CommandDoc {
            summary: "Remove and get the first elements in a list",
            since: "1.0.0",
            group: "list",
            complexity: Some("O(N) where N is the number of elements returned"),
            doc_flags: &[],
            deprecated_since: None,
            replaced_by: None,
            history: &[("6.2.0", "Added the `count` argument.")],
            arguments: &[
                ArgDoc {
                    name: "key",
                    kind: "key",
                    key_spec_index: 0,
                    ..ArgDoc::EMPTY
                },
                ArgDoc {
                    name: "count",
                    kind: "integer",
                    since: Some("6.2.0"),
                    flags: &["optional"],
                    ..ArgDoc::EMPTY
                },
            ],
        },
    },
    CommandInfo {
        name: "lpos",
        arity: -3,
        flags: &["readonly"],
        first_key: 1,
        last_key: 1,
        step: 1,
        acl_categories: &["@read", "@list", "@slow"],
        tips: &[],
        key_specs: &[KeySpec {
            notes: None,
            flags: &["RO", "access"],
            begin_search: BeginSearch::Index(1),
            find_keys: FindKeys::Range {
                lastkey: 0,
                step: 1,
                limit: 0,
            },
        }],
        subcommands: &[],
        doc: CommandDoc {
            summary: "Return the index of matching elements on a list",
            since: "6.0.6",
            group: "list",
            complexity: Some(
                "O(N) where N is the number of elements in the list, for the average case. When searching for elements near the head or the tail of the list, or when the MAXLEN option is provided, the command may run in constant time.",
            ),
            doc_flags: &[],
            deprecated_since: None,
            replaced_by: None,
            history: &[],
            arguments: &[
                ArgDoc {
                    name: "key",
                    kind: "key",
                    key_spec_index: 0,
                    ..ArgDoc::EMPTY
                },
                ArgDoc {
                    name: "element",
                    kind: "string",
                    ..ArgDoc::EMPTY
                },
                ArgDoc {
                    name: "rank",
                    kind: "integer",
                    token: Some("RANK"),
                    flags: &["optional"],
                    ..ArgDoc::EMPTY
                },
                ArgDoc {
                    name: "num-matches",
                    kind: "integer",
                    token: Some("COUNT"),
                    flags: &["optional"],
                    ..ArgDoc::EMPTY
                },
                ArgDoc {
                    name: "len",
                    kind: "integer",
                    token: Some("MAXLEN"),
                    flags: &["optional"],
                    ..ArgDoc::EMPTY
                },
            ],
        },
    },
    CommandInfo {
        name: "lpush",
        arity: -3,
        flags: &["write", "denyoom", "fast"],
        first_key: 1,
        last_key: 1,
        step: 1,
        acl_categories: &["@write", "@list", "@fast"],
        tips: &[],
        key_specs: &[KeySpec {
            notes: None,
            flags: &["RW", "insert"],
            begin_search: BeginSearch::Index(1),
            find_keys: FindKeys::Range {
                lastkey: 0,
                step: 1,
                limit: 0,
            },
        }],
        subcommands: &[],
        doc: CommandDoc {
            summary: "Prepend one or multiple elements to a list",
            since: "1.0.0",
            group: "list",
            complexity: Some(
                "O(1) for each element added, so O(N) to add N elements when the command is called with multiple arguments.",
            ),
            doc_flags: &[],
            deprecated_since: None,
            replaced_by: None,
            history: &[("2.4.0", "Accepts multiple `element` arguments.")],
            arguments: &[
                ArgDoc {
                    name: "key",
                    kind: "key",
                    key_spec_index: 0,
                    ..ArgDoc::EMPTY
                },
                ArgDoc {
                    name: "element",
                    kind: "string",
                    flags: &["multiple"],
                    ..ArgDoc::EMPTY
                },
            ],
        },
    },
    CommandInfo {
        name: "lpushx",
        arity: -3,
        flags: &["write", "denyoom", "fast"],
        first_key: 1,
        last_key: 1,
        step: 1,
        acl_categories: &["@write", "@list", "@fast"],
        tips: &[],
        key_specs: &[KeySpec {
            notes: None,
            flags: &["RW", "insert"],
            begin_search: BeginSearch::Index(1),
            find_keys: FindKeys::Range {
                lastkey: 0,
                step: 1,
                limit: 0,
            },
        }],
        subcommands: &[],
        doc: CommandDoc {
            summary: "Prepend an element to a list, only if the list exists",
            since: "2.2.0",
            group: "list",
            complexity: Some(
                "O(1) for each element added, so O(N) to add N elements when the command is called with multiple arguments.",
            ),
            doc_flags: &[],
            deprecated_since: None,
            replaced_by: None,
            history: &[("4.0.0", "Accepts multiple `element` arguments.")],
            arguments: &[
                ArgDoc {
                    name: "key",
                    kind: "key",
                    key_spec_index: 0,
                    ..ArgDoc::EMPTY
                },
                ArgDoc {
                    name: "element",
                    kind: "string",
                    flags: &["multiple"],
                    ..ArgDoc::EMPTY
                },
            ],
        },
    },
    CommandInfo {
        name: "lrange",
        arity: 4,
        flags: &["readonly"],
        first_key: 1,
        last_key: 1,
        step: 1,
        acl_categories: &["@read", "@list", "@slow"],
        tips: &[],
        key_specs: &[KeySpec {
            notes: None,
            flags: &["RO", "access"],
            begin_search: BeginSearch::Index(1),
            find_keys: FindKeys::Range {
                lastkey: 0,
                step: 1,
                limit: 0,
            },
        }],
        subcommands: &[],
        doc: CommandDoc {
            summary: "Get a range of elements from a list",
            since: "1.0.0",
            group: "list",
            complexity: Some(
                "O(S+N) where S is the distance of start offset from HEAD for small lists, from nearest end (HEAD or TAIL) for large lists; and N is the number of elements in the specified range.",
            ),
            doc_flags: &[],
            deprecated_since: None,
            replaced_by: None,
            history: &[],
            arguments: &[
                ArgDoc {
                    name: "key",
                    kind: "key",
                    key_spec_index: 0,
                    ..ArgDoc::EMPTY
                },
                ArgDoc {
                    name: "start",
                    kind: "integer",
                    ..ArgDoc::EMPTY
                },
                ArgDoc {
                    name: "stop",
                    kind: "integer",
                    ..ArgDoc::EMPTY
                },
            ],
        },
    },
    CommandInfo {
        name: "lrem",
        arity: 4,
        flags: &["write"],
        first_key: 1,
        last_key: 1,
        step: 1,
        acl_categories: &["@write", "@list", "@slow"],
        tips: &[],
        key_specs: &[KeySpec {
            notes: None,
            flags: &["RW", "delete"],
            begin_search: BeginSearch::Index(1),
            find_keys: FindKeys::Range {
                lastkey: 0,
                step: 1,
                limit: 0,
            },
        }],
        subcommands: &[],
        doc: CommandDoc {
            summary: "Remove elements from a list",
            since: "1.0.0",
            group: "list",
            complexity: Some("O(N+M) where N is the length of the list and M is the number of elements removed."),
            doc_flags: &[],
            deprecated_since: None,
            replaced_by: None,
            history: &[],
            arguments: &[
                ArgDoc {
                    name: "key",
                    kind: "key",
                    key_spec_index: 0,
                    ..ArgDoc::EMPTY
                },
                ArgDoc {
                    name: "count",
                    kind: "integer",
                    ..ArgDoc::EMPTY
                },
                ArgDoc {
                    name: "element",
                    kind: "string",
                    ..ArgDoc::EMPTY
                },
            ],
        },
    },
    CommandInfo {
        name: "lset",
        arity: 4,
        flags: &["write", "denyoom"],
        first_key: 1,
        last_key: 1,
        step: 1,
        acl_categories: &["@write", "@list", "@slow"],
        tips: &[],
        key_specs: &[KeySpec {
            notes: None,
            flags: &["RW", "update"],
            begin_search: BeginSearch::Index(1),
            find_keys: FindKeys::Range {
                lastkey: 0,
                step: 1,
                limit: 0,
            },
        }],
        subcommands: &[],
        doc: CommandDoc {
            summary: "Set the value of an element in a list by its index",
            since: "1.0.0",
            group: "list",
            complexity: Some(
                "O(N) where N is the length of the list. Setting either the first or the last element of the list is O(1).",
            ),
            doc_flags: &[],
            deprecated_since: None,
            replaced_by: None,
            history: &[],
            arguments: &[
                ArgDoc {
                    name: "key",
                    kind: "key",
                    key_spec_index: 0,
                    ..ArgDoc::EMPTY
                },
                ArgDoc {
                    name: "index",
                    kind: "integer",
                    ..ArgDoc::EMPTY
                },
                ArgDoc {
                    name: "element",
                    kind: "string",
                    ..ArgDoc::EMPTY
                },
            ],
        },
    },
    CommandInfo {
        name: "ltrim",
        arity: 4,
        flags: &["write"],
        first_key: 1,
        last_key: 1,
        step: 1,
        acl_categories: &["@write", "@list", "@slow"],
        tips: &[],
        key_specs: &[KeySpec {
            notes: None,
            flags: &["RW", "delete"],
            begin_search: BeginSearch::Index(1),
            find_keys: FindKeys::Range {
                lastkey: 0,
                step: 1,
                limit: 0,
            },
        }],
        subcommands: &[],
        doc: CommandDoc {
            summary: "Trim a list to the specified range",
            since: "1.0.0",
            group: "list",
            complexity: Some("O(N) where N is the number of elements to be removed by the operation."),
            doc_flags: &[],
            deprecated_since: None,
            replaced_by: None,
            history: &[],
            arguments: &[
                ArgDoc {
                    name: "key",
                    kind: "key",
                    key_spec_index: 0,
                    ..ArgDoc::EMPTY
                },
                ArgDoc {
                    name: "start",
                    kind: "integer",
                    ..ArgDoc::EMPTY
                },
                ArgDoc {
                    name: "stop",
                    kind: "integer",
                    ..ArgDoc::EMPTY
                },
            ],
        },
    },
    CommandInfo {
        name: "memory",
        arity: -2,
        flags: &[],
        first_key: 0,
        last_key: 0,
        step: 0,
        acl_categories: &["@slow"],
        tips: &[],
        key_specs: &[],
        subcommands: &[
            CommandInfo {
                name: "memory|doctor",
                arity: 2,
                flags: &[],
                first_key: 0,
                last_key: 0,
                step: 0,
                acl_categories: &["@slow"],
                tips: &[
                    "nondeterministic_output",
                    "request_policy:all_shards",
                    "response_policy:special",
                ],
                key_specs: &[],
                subcommands: &[],
                doc: CommandDoc {
                    summary: "Outputs memory problems report",
                    since: "4.0.0",
                    group: "server",
                    complexity: Some("O(1)"),
                    doc_flags: &[],
                    deprecated_since: None,
                    replaced_by: None,
                    history: &[],
                    arguments: &[],
                },
            },
            CommandInfo {
                name: "memory|help",
                arity: 2,
                flags: &["loading", "stale"],
                first_key: 0,
                last_key: 0,
                step: 0,
                acl_categories: &["@slow"],
                tips: &[],
                key_specs: &[],
                subcommands: &[],
                doc: CommandDoc {
                    summary: "Show helpful text about the different subcommands",
                    since: "4.0.0",
                    group: "server",
                    complexity: Some("O(1)"),
                    doc_flags: &[],
                    deprecated_since: None,
                    replaced_by: None,
                    history: &[],
                    arguments: &[],
                },
            },
            CommandInfo {
                name: "memory|malloc-stats",
                arity: 2,
                flags: &[],
                first_key: 0,
                last_key: 0,
                step: 0,
                acl_categories: &["@slow"],
                tips: &[
                    "nondeterministic_output",
                    "request_policy:all_shards",
                    "response_policy:special",
                ],
                key_specs: &[],
                subcommands: &[],
                doc: CommandDoc {
                    summary: "Show allocator internal stats",
                    since: "4.0.0",
                    group: "server",
                    complexity: Some("Depends on how much memory is allocated, could be slow"),
                    doc_flags: &[],
                    deprecated_since: None,
                    replaced_by: None,
                    history: &[],
                    arguments: &[],
                },
            },
            CommandInfo {
                name: "memory|purge",
                arity: 2,
                flags: &[],
                first_key: 0,
                last_key: 0,
                step: 0,
                acl_categories: &["@slow"],
                tips: &["request_policy:all_shards", "response_policy:all_succeeded"],
                key_specs: &[],
                subcommands: &[],
                doc: CommandDoc {
                    summary: "Ask the allocator to release memory",
                    since: "4.0.0",
                    group: "server",
                    complexity: Some("Depends on how much memory is allocated, could be slow"),
                    doc_flags: &[],
                    deprecated_since: None,
                    replaced_by: None,
                    history: &[],
                    arguments: &[],
                },
            },
            CommandInfo {
                name: "memory|stats",
                arity: 2,
                flags: &[],
                first_key: 0,
                last_key: 0,
                step: 0,
                acl_categories: &["@slow"],
                tips: &[
                    "nondeterministic_output",
                    "request_policy:all_shards",
                    "response_policy:special",
                ],
                key_specs: &[],
                subcommands: &[],
                doc: CommandDoc {
                    summary: "Show memory usage details",
                    since: "4.0.0",
                    group: "server",
                    complexity: Some("O(1)"),
                    doc_flags: &[],
                    deprecated_since: None,
                    replaced_by: None,
                    history: &[],
                    arguments: &[],
                },
            },
            CommandInfo {
                name: "memory|usage",
                arity: -3,
                flags: &["readonly"],
                first_key: 2,
                last_key: 2,
                step: 1,
                acl_categories: &["@read", "@slow"],
                tips: &[],
                key_specs: &[KeySpec {
                    notes: None,
                    flags: &["RO"],
                    begin_search: BeginSearch::Index(2),
                    find_keys: FindKeys::Range {
                        lastkey: 0,
                        step: 1,
                        limit: 0,
                    },
                }],
                subcommands: &[],
                doc: CommandDoc {
                    summary: "Estimate the memory usage of a key",
                    since: "4.0.0",
                    group: "server",
                    complexity: Some("O(N) where N is the number of samples."),
                    doc_flags: &[],
                    deprecated_since: None,
                    replaced_by: None,
                    history: &[],
                    arguments: &[
                        ArgDoc {
                            name: "key",
                            kind: "key",
                            key_spec_index: 0,
                            ..ArgDoc::EMPTY
                        },
                        ArgDoc {
                            name: "count",
                            kind: "integer",
                            token: Some("SAMPLES"),
                            flags: &["optional"],
                            ..ArgDoc::EMPTY
                        },
                    ],
                },
            },
        ],
        doc: CommandDoc {
            summary: "A container for memory diagnostics commands",
            since: "4.0.0",
            group: "server",
            complexity: Some("Depends on subcommand."),
            doc_flags: &[],
            deprecated_since: None,
            replaced_by: None,
            history: &[],
            arguments: &[],
        },
    },
    CommandInfo {
        name: "mget",
        arity: -2,
        flags: &["readonly", "fast"],
        first_key: 1,
        last_key: -1,
        step: 1,
        acl_categories: &["@read", "@string", "@fast"],
        tips: &["request_policy:multi_shard"],
        key_specs: &[KeySpec {
            notes: None,
            flags: &["RO", "access"],
            begin_search: BeginSearch::Index(1),
            find_keys: FindKeys::Range {
                lastkey: -1,
                step: 1,
                limit: 0,
            },
        }],
        subcommands: &[],
        doc: CommandDoc {
            summary: "Get the values of all the given keys",
            since: "1.0.0",
            group: "string",
            complexity: Some("O(N) where N is the number of keys to retrieve."),
            doc_flags: &[],
            deprecated_since: None,
            replaced_by: None,
            history: &[],
            arguments: &[ArgDoc {
                name: "key",
                kind: "key",
                key_spec_index: 0,
                flags: &["multiple"],
                ..ArgDoc::EMPTY
            }],
        },
    },
    CommandInfo {
        name: "migrate",
        arity: -6,
        flags: &["write", "movablekeys"],
        first_key: 3,
        last_key: 3,
        step: 1,
        acl_categories: &["@keyspace", "@write", "@slow", "@dangerous"],
        tips: &["nondeterministic_output"],
        key_specs: &[
            KeySpec {
                notes: None,
                flags: &["RW", "access", "delete"],
                begin_search: BeginSearch::Index(3),
                find_keys: FindKeys::Range {
                    lastkey: 0,
                    step: 1,
                    limit: 0,
                },
            },
            KeySpec {
                notes: None,
                flags: &["RW", "access", "delete", "incomplete"],
                begin_search: BeginSearch::Keyword {
                    keyword: "KEYS",
                    startfrom: -2,
                },
                find_keys: FindKeys::Range {
                    lastkey: -1,
                    step: 1,
                    limit: 0,
                },
            },
        ],
        subcommands: &[],
        doc: CommandDoc {
            summary: "Atomically transfer a key from a Redis instance to another one.",
            since: "2.6.0",
            group: "generic",
            complexity: Some(
                "This command actually executes a DUMP+DEL in the source instance, and a RESTORE in the target instance. See the pages of these commands for time complexity. Also an O(N) data transfer between the two instances is performed.",
            ),
            doc_flags: &[],
            deprecated_since: None,
            replaced_by: None,
            history: &[
                ("3.0.0", "Added the `COPY` and `REPLACE` options."),
                ("3.0.6", "Added the `KEYS` option."),
                ("4.0.7", "Added the `AUTH` option."),
                ("6.0.0", "Added the `AUTH2` option."),
            ],
            arguments: &[
                ArgDoc {
                    name: "host",
                    kind: "string",
                    ..ArgDoc::EMPTY
                },
                ArgDoc {
                    name: "port",
                    kind: "integer",
                    ..ArgDoc::EMPTY
                },
                ArgDoc {
                    name: "key_or_empty_string",
                    kind: "oneof",
                    arguments: &[
                        ArgDoc {
                            name: "key",
                            kind: "key",
                            key_spec_index: 0,
                            ..ArgDoc::EMPTY
                        },
                        ArgDoc {
                            name: "empty_string",
                            kind: "pure-token",
                            token: Some(""),
                            ..ArgDoc::EMPTY
                        },
                    ],
                    ..ArgDoc::EMPTY
                },
                ArgDoc {
                    name: "destination-db",
                    kind: "integer",
                    ..ArgDoc::EMPTY
                },
                ArgDoc {
                    name: "timeout",
                    kind: "integer",
                    ..ArgDoc::EMPTY
                },
                ArgDoc {
                    name: "copy",
                    kind: "pure-token",
                    token: Some("COPY"),
                    since: Some("3.0.0"),
                    flags: &["optional"],
                    ..ArgDoc::EMPTY
                },
                ArgDoc {
                    name: "replace",
                    kind: "pure-token",
                    token: Some("REPLACE"),
                    since: Some("3.0.0"),
                    flags: &["optional"],
                    ..ArgDoc::EMPTY
                },
                ArgDoc {
                    name: "authentication",
                    kind: "oneof",
                    flags: &["optional"],
                    arguments: &[
                        ArgDoc {
                            name: "password",
                            kind: "string",
                            token: Some("AUTH"),
                            since: Some("4.0.7"),
                            flags: &["optional"],
                            ..ArgDoc::EMPTY
                        },
                        ArgDoc {
                            name: "username_password",
                            kind: "block",
                            token: Some("AUTH2"),
                            since: Some("6.0.0"),
                            flags: &["optional"],
                            arguments: &[
                                ArgDoc {
                                    name: "username",
                                    kind: "string",
                                    ..ArgDoc::EMPTY
                                },
                                ArgDoc {
                                    name: "password",
                                    kind: "string",
                                    ..ArgDoc::EMPTY
                                },
                            ],
                            ..ArgDoc::EMPTY
                        },
                    ],
                    ..ArgDoc::EMPTY
                },
                ArgDoc {
                    name: "key",
                    kind: "key",
                    key_spec_index: 1,
                    token: Some("KEYS"),
                    since: Some("3.0.6"),
                    flags: &["optional", "multiple"],
                    ..ArgDoc::EMPTY
                },
            ],
        },
    },
    CommandInfo {
        name: "module",
        arity: -2,
        flags: &[],
        first_key: 0,
        last_key: 0,
        step: 0,
        acl_categories: &["@slow"],
        tips: &[],
        key_specs: &[],
        subcommands: &[
            CommandInfo {
                name: "module|help",
                arity: 2,
                flags: &["loading", "stale"],
                first_key: 0,
                last_key: 0,
                step: 0,
                acl_categories: &["@slow"],
                tips: &[],
                key_specs: &[],
                subcommands: &[],
                doc: CommandDoc {
                    summary: "Show helpful text about the different subcommands",
                    since: "5.0.0",
                    group: "server",
                    complexity: Some("O(1)"),
                    doc_flags: &[],
                    deprecated_since: None,
                    replaced_by: None,
                    history: &[],
                    arguments: &[],
                },
            },
            CommandInfo {
                name: "module|list",
                arity: 2,
                flags: &["admin", "noscript"],
                first_key: 0,
                last_key: 0,
                step: 0,
                acl_categories: &["@admin", "@slow", "@dangerous"],
                tips: &["nondeterministic_output_order"],
                key_specs: &[],
                subcommands: &[],
                doc: CommandDoc {
                    summary: "List all modules loaded by the server",
                    since: "4.0.0",
                    group: "server",
                    complexity: Some("O(N) where N is the number of loaded modules."),
                    doc_flags: &[],
                    deprecated_since: None,
                    replaced_by: None,
                    history: &[],
                    arguments: &[],
                },
            },
            CommandInfo {
                name: "module|load",
                arity: -3,
                flags: &["admin", "noscript", "no_async_loading"],
                first_key: 0,
                last_key: 0,
                step: 0,
                acl_categories: &["@admin", "@slow", "@dangerous"],
                tips: &[],
                key_specs: &[],
                subcommands: &[],
                doc: CommandDoc {
                    summary: "Load a module",
                    since: "4.0.0",
                    group: "server",
                    complexity: Some("O(1)"),
                    doc_flags: &[],
                    deprecated_since: None,
                    replaced_by: None,
                    history: &[],
                    arguments: &[
                        ArgDoc {
                            name: "path",
                            kind: "string",
                            ..ArgDoc::EMPTY
                        },
                        ArgDoc {
                            name: "arg",
                            kind: "string",
                            flags: &["optional", "multiple"],
                            ..ArgDoc::EMPTY
                        },
                    ],
                },
            },
            CommandInfo {
                name: "module|loadex",
                arity: -3,
                flags: &["admin", "noscript", "no_async_loading"],
                first_key: 0,
                last_key: 0,
                step: 0,
                acl_categories: &["@admin", "@slow", "@dangerous"],
                tips: &[],
                key_specs: &[],
                subcommands: &[],
                doc: CommandDoc {
                    summary: "Load a module with extended parameters",
                    since: "7.0.0",
                    group: "server",
                    complexity: Some("O(1)"),
                    doc_flags: &[],
                    deprecated_since: None,
                    replaced_by: None,
                    history: &[],
                    arguments: &[
                        ArgDoc {
                            name: "path",
                            kind: "string",
                            ..ArgDoc::EMPTY
                        },
                        ArgDoc {
                            name: "configs",
                            kind: "block",
                            token: Some("CONFIG"),
                            flags: &["optional", "multiple", "multiple_token"],
                            arguments: &[
                                ArgDoc {
                                    name: "name",
                                    kind: "string",
                                    ..ArgDoc::EMPTY
                                },
                                ArgDoc {
                                    name: "value",
                                    kind: "string",
                                    ..ArgDoc::EMPTY
                                },
                            ],
                            ..ArgDoc::EMPTY
                        },
                        ArgDoc {
                            name: "args",
                            kind: "block",
                            token: Some("ARGS"),
                            flags: &["optional", "multiple"],
                            arguments: &[ArgDoc {
                                name: "arg",
                                kind: "string",
                                ..ArgDoc::EMPTY
                            }],
                            ..ArgDoc::EMPTY
                        },
                    ],
                },
            },
            CommandInfo {
                name: "module|unload",
                arity: 3,
                flags: &["admin", "noscript", "no_async_loading"],
                first_key: 0,
                last_key: 0,
                step: 0,
                acl_categories: &["@admin", "@slow", "@dangerous"],
                tips: &[],
                key_specs: &[],
                subcommands: &[],
                doc: CommandDoc {
                    summary: "Unload a module",
                    since: "4.0.0",
                    group: "server",
                    complexity: Some("O(1)"),
                    doc_flags: &[],
                    deprecated_since: None,
                    replaced_by: None,
                    history: &[],
                    arguments: &[ArgDoc {
                        name: "name",
                        kind: "string",
                        ..ArgDoc::EMPTY
                    }],
                },
            },
        ],
        doc: CommandDoc {
            summary: "A container for module commands",
            since: "4.0.0",
            group: "server",
            complexity: Some("Depends on subcommand."),
            doc_flags: &[],
            deprecated_since: None,
            replaced_by: None,
            history: &[],
            arguments: &[],
        },
    },
    CommandInfo {
        name: "monitor",
        arity: 1,
        flags: &["admin", "noscript", "loading", "stale"],
        first_key: 0,
        last_key: 0,
        step: 0,
        acl_categories: &["@admin", "@slow", "@dangerous"],
        tips: &[],
        key_specs: &[],
        subcommands: &[],
        doc: CommandDoc {
            summary: "Listen for all requests received by the server in real time",
            since: "1.0.0",
            group: "server",
            complexity: None,
            doc_flags: &[],
            deprecated_since: None,
            replaced_by: None,
            history: &[],
            arguments: &[],
        },
    },
    CommandInfo {
        name: "move",
        arity: 3,
        flags: &["write", "fast"],
        first_key: 1,
        last_key: 1,
        step: 1,
        acl_categories: &["@keyspace", "@write", "@fast"],
        tips: &[],
        key_specs: &[KeySpec {
            notes: None,
            flags: &["RW", "access", "update"],
            begin_search: BeginSearch::Index(1),
            find_keys: FindKeys::Range {
                lastkey: 0,
                step: 1,
                limit: 0,
            },
        }],
        subcommands: &[],
        doc: CommandDoc {
            summary: "Move a key to another database",
            since: "1.0.0",
            group: "generic",
            complexity: Some("O(1)"),
            doc_flags: &[],
            deprecated_since: None,
            replaced_by: None,
            history: &[],
            arguments: &[
                ArgDoc {
                    name: "key",
                    kind: "key",
                    key_spec_index: 0,
                    ..ArgDoc::EMPTY
                },
                ArgDoc {
                    name: "db",
                    kind: "integer",
                    ..ArgDoc::EMPTY
                },
            ],
        },
    },
    CommandInfo {
        name: "mset",
        arity: -3,
        flags: &["write", "denyoom"],
        first_key: 1,
        last_key: -1,
        step: 2,
        acl_categories: &["@write", "@string", "@slow"],
        tips: &["request_policy:multi_shard", "response_policy:all_succeeded"],
        key_specs: &[KeySpec {
            notes: None,
            flags: &["OW", "update"],
            begin_search: BeginSearch::Index(1),
            find_keys: FindKeys::Range {
                lastkey: -1,
                step: 2,
                limit: 0,
            },
        }],
        subcommands: &[],
        doc: CommandDoc {
            summary: "Set multiple keys to multiple values",
            since: "1.0.1",
            group: "string",
            complexity: Some("O(N) where N is the number of keys to set."),
            doc_flags: &[],
            deprecated_since: None,
            replaced_by: None,
            history: &[],
            arguments: &[ArgDoc {
                name: "key_value",
                kind: "block",
                flags: &["multiple"],
                arguments: &[
                    ArgDoc {
                        name: "key",
                        kind: "key",
                        key_spec_index: 0,
                        ..ArgDoc::EMPTY
                    },
                    ArgDoc {
                        name: "value",
                        kind: "string",
                        ..ArgDoc::EMPTY
                    },
                ],
                ..ArgDoc::EMPTY
            }],
        },
    },
    CommandInfo {
        name: "msetnx",
        arity: -3,
        flags: &["write", "denyoom"],
        first_key: 1,
        last_key: -1,
        step: 2,
        acl_categories: &["@write", "@string", "@slow"],
        tips: &["request_policy:multi_shard", "response_policy:agg_min"],
        key_specs: &[KeySpec {
            notes: None,
            flags: &["OW", "insert"],
            begin_search: BeginSearch::Index(1),
            find_keys: FindKeys::Range {
                lastkey: -1,
                step: 2,
                limit: 0,
            },
        }],
        subcommands: &[],
        doc: CommandDoc {
            summary: "Set multiple keys to multiple values, only if none of the keys exist",
            since: "1.0.1",
            group: "string",
            complexity: Some("O(N) where N is the number of keys to set."),
            doc_flags: &[],
            deprecated_since: None,
            replaced_by: None,
            history: &[],
            arguments: &[ArgDoc {
                name: "key_value",
                kind: "block",
                flags: &["multiple"],
                arguments: &[
                    ArgDoc {
                        name: "key",
                        kind: "key",
                        key_spec_index: 0,
                        ..ArgDoc::EMPTY
                    },
                    ArgDoc {
                        name: "value",
                        kind: "string",
                        ..ArgDoc::EMPTY
                    },
                ],
                ..ArgDoc::EMPTY
            }],
        },
    },
    CommandInfo {
        name: "multi",
        arity: 1,
        flags: &["noscript", "loading", "stale", "fast", "allow_busy"],
        first_key: 0,
        last_key: 0,
        step: 0,
        acl_categories: &["@fast", "@transaction"],
        tips: &[],
        key_specs: &[],
        subcommands: &[],
        doc: CommandDoc {
            summary: "Mark the start of a transaction block",
            since: "1.2.0",
            group: "transactions",
            complexity: Some("O(1)"),
            doc_flags: &[],
            deprecated_since: None,
            replaced_by: None,
            history: &[],
            arguments: &[],
        },
    },
    CommandInfo {
        name: "object",
        arity: -2,
        flags: &[],
        first_key: 0,
        last_key: 0,
        step: 0,
        acl_categories: &["@slow"],
        tips: &[],
        key_specs: &[],
        subcommands: &[
            CommandInfo {
                name: "object|encoding",
                arity: 3,
                flags: &["readonly"],
                first_key: 2,
                last_key: 2,
                step: 1,
                acl_categories: &["@keyspace", "@read", "@slow"],
                tips: &["nondeterministic_output"],
                key_specs: &[KeySpec {
                    notes: None,
                    flags: &["RO"],
                    begin_search: BeginSearch::Index(2),
                    find_keys: FindKeys::Range {
                        lastkey: 0,
                        step: 1,
                        limit: 0,
                    },
                }],
                subcommands: &[],
                doc: CommandDoc {
                    summary: "Inspect the internal encoding of a Redis object",
                    since: "2.2.3",
                    group: "generic",
                    complexity: Some("O(1)"),
                    doc_flags: &[],
                    deprecated_since: None,
                    replaced_by: None,
                    history: &[],
                    arguments: &[ArgDoc {
                        name: "key",
                        kind: "key",
                        key_spec_index: 0,
                        ..ArgDoc::EMPTY
                    }],
                },
            },
            CommandInfo {
                name: "object|freq",
                arity: 3,
                flags: &["readonly"],
                first_key: 2,
                last_key: 2,
                step: 1,
                acl_categories: &["@keyspace", "@read", "@slow"],
                tips: &["nondeterministic_output"],
                key_specs: &[KeySpec {
                    notes: None,
                    flags: &["RO"],
                    begin_search: BeginSearch::Index(2),
                    find_keys: FindKeys::Range {
                        lastkey: 0,
                        step: 1,
                        limit: 0,
                    },
                }],
                subcommands: &[],
                doc: CommandDoc {
                    summary: "Get the logarithmic access frequency counter of a Redis object",
                    since: "4.0.0",
                    group: "generic",
                    complexity: Some("O(1)"),
                    doc_flags: &[],
                    deprecated_since: None,
                    replaced_by: None,
                    history: &[],
                    arguments: &[ArgDoc {
                        name: "key",
                        kind: "key",
                        key_spec_index: 0,
                        ..ArgDoc::EMPTY
                    }],
                },
            },
            CommandInfo {
                name: "object|help",
                arity: 2,
                flags: &["loading", "stale"],
                first_key: 0,
                last_key: 0,
                step: 0,
                acl_categories: &["@keyspace", "@slow"],
                tips: &[],
                key_specs: &[],
                subcommands: &[],
                doc: CommandDoc {
                    summary: "Show helpful text about the different subcommands",
                    since: "6.2.0",
                    group: "generic",
                    complexity: Some("O(1)"),
                    doc_flags: &[],
                    deprecated_since: None,
                    replaced_by: None,
                    history: &[],
                    arguments: &[],
                },
            },
            CommandInfo {
                name: "object|idletime",
                arity: 3,
                flags: &["readonly"],
                first_key: 2,
                last_key: 2,
                step: 1,
                acl_categories: &["@keyspace", "@read", "@slow"],
                tips: &["nondeterministic_output"],
                key_specs: &[KeySpec {
                    notes: None,
                    flags: &["RO"],
                    begin_search: BeginSearch::Index(2),
                    find_keys: FindKeys::Range {
                        lastkey: 0,
                        step: 1,
                        limit: 0,
                    },
                }],
                subcommands: &[],
                doc: CommandDoc {
                    summary: "Get the time since a Redis object was last accessed",
                    since: "2.2.3",
                    group: "generic",
                    complexity: Some("O(1)"),
                    doc_flags: &[],
                    deprecated_since: None,
                    replaced_by: None,
                    history: &[],
                    arguments: &[ArgDoc {
                        name: "key",
                        kind: "key",
                        key_spec_index: 0,
                        ..ArgDoc::EMPTY
                    }],
                },
            },
            CommandInfo {
                name: "object|refcount",
                arity: 3,
                flags: &["readonly"],
                first_key: 2,
                last_key: 2,
                step: 1,
                acl_categories: &["@keyspace", "@read", "@slow"],
                tips: &["nondeterministic_output"],
                key_specs: &[KeySpec {
                    notes: None,
                    flags: &["RO"],
                    begin_search: BeginSearch::Index(2),
                    find_keys: FindKeys::Range {
                        lastkey: 0,
                        step: 1,
                        limit: 0,
                    },
                }],
                subcommands: &[],
                doc: CommandDoc {
                    summary: "Get the number of references to the value of the key",
                    since: "2.2.3",
                    group: "generic",
                    complexity: Some("O(1)"),
                    doc_flags: &[],
                    deprecated_since: None,
                    replaced_by: None,
                    history: &[],
                    arguments: &[ArgDoc {
                        name: "key",
                        kind: "key",
                        key_spec_index: 0,
                        ..ArgDoc::EMPTY
                    }],
                },
            },
        ],
        doc: CommandDoc {
            summary: "A container for object introspection commands",
            since: "2.2.3",
            group: "generic",
            complexity: Some("Depends on subcommand."),
            doc_flags: &[],
            deprecated_since: None,
            replaced_by: None,
            history: &[],
            arguments: &[],
        },
    },
    CommandInfo {
        name: "persist",
        arity: 2,
        flags: &["write", "fast"],
        first_key: 1,
        last_key: 1,
        step: 1,
        acl_categories: &["@keyspace", "@write", "@fast"],
        tips: &[],
        key_specs: &[KeySpec {
            notes: None,
            flags: &["RW", "update"],
            begin_search: BeginSearch::Index(1),
            find_keys: FindKeys::Range {
                lastkey: 0,
                step: 1,
                limit: 0,
            },
        }],
        subcommands: &[],
        doc: CommandDoc {
            summary: "Remove the expiration from a key",
            since: "2.2.0",
            group: "generic",
            complexity: Some("O(1)"),
            doc_flags: &[],
            deprecated_since: None,
            replaced_by: None,
            history: &[],
            arguments: &[ArgDoc {
                name: "key",
                kind: "key",
                key_spec_index: 0,
                ..ArgDoc::EMPTY
            }],
        },
    },
    CommandInfo {
        name: "pexpire",
        arity: -3,
        flags: &["write", "fast"],
        first_key: 1,
        last_key: 1,
        step: 1,
        acl_categories: &["@keyspace", "@write", "@fast"],
        tips: &[],
        key_specs: &[KeySpec {
            notes: None,
            flags: &["RW", "update"],
            begin_search: BeginSearch::Index(1),
            find_keys: FindKeys::Range {
                lastkey: 0,
                step: 1,
                limit: 0,
            },
        }],
        subcommands: &[],
        doc: CommandDoc {
            summary: "Set a key's time to live in milliseconds",
            since: "2.6.0",
            group: "generic",
            complexity: Some("O(1)"),
            doc_flags: &[],
            deprecated_since: None,
            replaced_by: None,
            history: &[("7.0.0", "Added options: `NX`, `XX`, `GT` and `LT`.")],
            arguments: &[
                ArgDoc {
                    name: "key",
                    kind: "key",
                    key_spec_index: 0,
                    ..ArgDoc::EMPTY
                },
                ArgDoc {
                    name: "milliseconds",
                    kind: "integer",
                    ..ArgDoc::EMPTY
                },
                ArgDoc {
                    name: "condition",
                    kind: "oneof",
                    since: Some("7.0.0"),
                    flags: &["optional"],
                    arguments: &[
                        ArgDoc {
                            name: "nx",
                            kind: "pure-token",
                            token: Some("NX"),
                            ..ArgDoc::EMPTY
                        },
                        ArgDoc {
                            name: "xx",
                            kind: "pure-token",
                            token: Some("XX"),
                            ..ArgDoc::EMPTY
                        },
                        ArgDoc {
                            name: "gt",
                            kind: "pure-token",
                            token: Some("GT"),
                            ..ArgDoc::EMPTY
                        },
                        ArgDoc {
                            name: "lt",
                            kind: "pure-token",
                            token: Some("LT"),
                            ..ArgDoc::EMPTY
                        },
                    ],
                    ..ArgDoc::EMPTY
                },
            ],
        },
    },
    CommandInfo {
        name: "pexpireat",
        arity: -3,
        flags: &["write", "fast"],
        first_key: 1,
        last_key: 1,
        step: 1,
        acl_categories: &["@keyspace", "@write", "@fast"],
        tips: &[],
        key_specs: &[KeySpec {
            notes: None,
            flags: &["RW", "update"],
            begin_search: BeginSearch::Index(1),
            find_keys: FindKeys::Range {
                lastkey: 0,
                step: 1,
                limit: 0,
            },
        }],
        subcommands: &[],
        doc: CommandDoc {
            summary: "Set the expiration for a key as a UNIX timestamp specified in milliseconds",
            since: "2.6.0",
            group: "generic",
            complexity: Some("O(1)"),
            doc_flags: &[],
            deprecated_since: None,
            replaced_by: None,
            history: &[("7.0.0", "Added options: `NX`, `XX`, `GT` and `LT`.")],
            arguments: &[
                ArgDoc {
                    name: "key",
                    kind: "key",
                    key_spec_index: 0,
                    ..ArgDoc::EMPTY
                },
                ArgDoc {
                    name: "unix-time-milliseconds",
                    kind: "unix-time",
                    ..ArgDoc::EMPTY
                },
                ArgDoc {
                    name: "condition",
                    kind: "oneof",
                    since: Some("7.0.0"),
                    flags: &["optional"],
                    arguments: &[
                        ArgDoc {
                            name: "nx",
                            kind: "pure-token",
                            token: Some("NX"),
                            ..ArgDoc::EMPTY
                        },
                        ArgDoc {
                            name: "xx",
                            kind: "pure-token",
                            token: Some("XX"),
                            ..ArgDoc::EMPTY
                        },
                        ArgDoc {
                            name: "gt",
                            kind: "pure-token",
                            token: Some("GT"),
                            ..ArgDoc::EMPTY
                        },
                        ArgDoc {
                            name: "lt",
                            kind: "pure-token",
                            token: Some("LT"),
                            ..ArgDoc::EMPTY
                        },
                    ],
                    ..ArgDoc::EMPTY
                },
            ],
        },
    },
    CommandInfo {
        name: "pexpiretime",
        arity: 2,
        flags: &["readonly", "fast"],
        first_key: 1,
        last_key: 1,
        step: 1,
        acl_categories: &["@keyspace", "@read", "@fast"],
        tips: &[],
        key_specs: &[KeySpec {
            notes: None,
            flags: &["RO", "access"],
            begin_search: BeginSearch::Index(1),
            find_keys: FindKeys::Range {
                lastkey: 0,
                step: 1,
                limit: 0,
            },
        }],
        subcommands: &[],
        doc: CommandDoc {
            summary: "Get the expiration Unix timestamp for a key in milliseconds",
            since: "7.0.0",
            group: "generic",
            complexity: Some("O(1)"),
            doc_flags: &[],
            deprecated_since: None,
            replaced_by: None,
            history: &[],
            arguments: &[ArgDoc {
                name: "key",
                kind: "key",
                key_spec_index: 0,
                ..ArgDoc::EMPTY
            }],
        },
    },
    CommandInfo {
        name: "pfadd",
        arity: -2,
        flags: &["write", "denyoom", "fast"],
        first_key: 1,
        last_key: 1,
        step: 1,
        acl_categories: &["@write", "@hyperloglog", "@fast"],
        tips: &[],
        key_specs: &[KeySpec {
            notes: None,
            flags: &["RW", "insert"],
            begin_search: BeginSearch::Index(1),
            find_keys: FindKeys::Range {
                lastkey: 0,
                step: 1,
                limit: 0,
            },
        }],
        subcommands: &[],
        doc: CommandDoc {
            summary: "Adds the specified elements to the specified HyperLogLog.",
            since: "2.8.9",
            group: "hyperloglog",
            complexity: Some("O(1) to add every element."),
            doc_flags: &[],
            deprecated_since: None,
            replaced_by: None,
            history: &[],
            arguments: &[
                ArgDoc {
                    name: "key",
                    kind: "key",
                    key_spec_index: 0,
                    ..ArgDoc::EMPTY
                },
                ArgDoc {
                    name: "element",
                    kind: "string",
                    flags: &["optional", "multiple"],
                    ..ArgDoc::EMPTY
                },
            ],
        },
    },
    CommandInfo {
        name: "pfcount",
        arity: -2,
        flags: &["readonly"],
        first_key: 1,
        last_key: -1,
        step: 1,
        acl_categories: &["@read", "@hyperloglog", "@slow"],
        tips: &[],
        key_specs: &[KeySpec {
            notes: Some("RW because it may change the internal representation of the key, and propagate to replicas"),
            flags: &["RW", "access"],
            begin_search: BeginSearch::Index(1),
            find_keys: FindKeys::Range {
                lastkey: -1,
                step: 1,
                limit: 0,
            },
        }],
        subcommands: &[],
        doc: CommandDoc {
            summary: "Return the approximated cardinality of the set(s) observed by the HyperLogLog at key(s).",
            since: "2.8.9",
            group: "hyperloglog",
            complexity: Some(
                "O(1) with a very small average constant time when called with a single key. O(N) with N being the number of keys, and much bigger constant times, when called with multiple keys.",
            ),
            doc_flags: &[],
            deprecated_since: None,
            replaced_by: None,
            history: &[],
            arguments: &[ArgDoc {
                name: "key",
                kind: "key",
                key_spec_index: 0,
                flags: &["multiple"],
                ..ArgDoc::EMPTY
            }],
        },
    },
    CommandInfo {
        name: "pfdebug",
        arity: 3,
        flags: &["write", "denyoom", "admin"],
        first_key: 2,
        last_key: 2,
        step: 1,
        acl_categories: &["@write", "@hyperloglog", "@admin", "@slow", "@dangerous"],
        tips: &[],
        key_specs: &[KeySpec {
            notes: None,
            flags: &["RW", "access"],
            begin_search: BeginSearch::Index(2),
            find_keys: FindKeys::Range {
                lastkey: 0,
                step: 1,
                limit: 0,
            },
        }],
        subcommands: &[],
        doc: CommandDoc {
            summary: "Internal commands for debugging HyperLogLog values",
            since: "2.8.9",
            group: "hyperloglog",
            complexity: Some("N/A"),
            doc_flags: &["syscmd"],
            deprecated_since: None,
            replaced_by: None,
            history: &[],
            arguments: &[
                ArgDoc {
                    name: "subcommand",
                    kind: "string",
                    ..ArgDoc::EMPTY
                },
                ArgDoc {
                    name: "key",
                    kind: "key",
                    key_spec_index: 0,
                    ..ArgDoc::EMPTY
                },
            ],
        },
    },
    CommandInfo {
        name: "pfmerge",
        arity: -2,
        flags: &["write", "denyoom"],
        first_key: 1,
        last_key: -1,
        step: 1,
        acl_categories: &["@write", "@hyperloglog", "@slow"],
        tips: &[],
        key_specs: &[
            KeySpec {
                notes: None,
                flags: &["RW", "access", "insert"],
                begin_search: BeginSearch::Index(1),
                find_keys: FindKeys::Range {
                    lastkey: 0,
                    step: 1,
                    limit: 0,
                },
            },
            KeySpec {
                notes: None,
                flags: &["RO", "access"],
                begin_search: BeginSearch::Index(2),
                find_keys: FindKeys::Range {
                    lastkey: -1,
                    step: 1,
                    limit: 0,
                },
            },
        ],
        subcommands: &[],
        doc: CommandDoc {
            summary: "Merge N different HyperLogLogs into a single one.",
            since: "2.8.9",
            group: "hyperloglog",
            complexity: Some("O(N) to merge N HyperLogLogs, but with high constant times."),
            doc_flags: &[],
            deprecated_since: None,
            replaced_by: None,
            history: &[],
            arguments: &[
                ArgDoc {
                    name: "destkey",
                    kind: "key",
                    key_spec_index: 0,
                    ..ArgDoc::EMPTY
                },
                ArgDoc {
                    name: "sourcekey",
                    kind: "key",
                    key_spec_index: 1,
                    flags: &["multiple"],
                    ..ArgDoc::EMPTY
                },
            ],
        },
    },
    CommandInfo {
        name: "pfselftest",
        arity: 1,
        flags: &["admin"],
        first_key: 0,
        last_key: 0,
        step: 0,
        acl_categories: &["@hyperloglog", "@admin", "@slow", "@dangerous"],
        tips: &[],
        key_specs: &[],
        subcommands: &[],
        doc: CommandDoc {
            summary: "An internal command for testing HyperLogLog values",
            since: "2.8.9",
            group: "hyperloglog",
            complexity: Some("N/A"),
            doc_flags: &["syscmd"],
            deprecated_since: None,
            replaced_by: None,
            history: &[],
            arguments: &[],
        },
    },
    CommandInfo {
        name: "ping",
        arity: -1,
        flags: &["fast"],
        first_key: 0,
        last_key: 0,
        step: 0,
        acl_categories: &["@fast", "@connection"],
        tips: &["request_policy:all_shards", "response_policy:all_succeeded"],
        key_specs: &[],
        subcommands: &[],
        doc: CommandDoc {
            summary: "Ping the server",
            since: "1.0.0",
            group: "connection",
            complexity: Some("O(1)"),
            doc_flags: &[],
            deprecated_since: None,
            replaced_by: None,
            history: &[],
            arguments: &[ArgDoc {
                name: "message",
                kind: "string",
                flags: &["optional"],
                ..ArgDoc::EMPTY
            }],
        },
    },
    CommandInfo {
        name: "psetex",
        arity: 4,
        flags: &["write", "denyoom"],
        first_key: 1,
        last_key: 1,
        step: 1,
        acl_categories: &["@write", "@string", "@slow"],
        tips: &[],
        key_specs: &[KeySpec {
            notes: None,
            flags: &["OW", "update"],
            begin_search: BeginSearch::Index(1),
            find_keys: FindKeys::Range {
                lastkey: 0,
                step: 1,
                limit: 0,
            },
        }],
        subcommands: &[],
        doc: CommandDoc {
            summary: "Set the value and expiration in milliseconds of a key",
            since: "2.6.0",
            group: "string",
            complexity: Some("O(1)"),
            doc_flags: &[],
            deprecated_since: None,
            replaced_by: None,
            history: &[],
            arguments: &[
                ArgDoc {
                    name: "key",
                    kind: "key",
                    key_spec_index: 0,
                    ..ArgDoc::EMPTY
                },
                ArgDoc {
                    name: "milliseconds",
                    kind: "integer",
                    ..ArgDoc::EMPTY
                },
                ArgDoc {
                    name: "value",
                    kind: "string",
                    ..ArgDoc::EMPTY
                },
            ],
        },
    },
    CommandInfo {
        name: "psubscribe",
        arity: -2,
        flags: &["pubsub", "noscript", "loading", "stale"],
        first_key: 0,
        last_key: 0,
        step: 0,
        acl_categories: &["@pubsub", "@slow"],
        tips: &[],
        key_specs: &[],
        subcommands: &[],
        doc: CommandDoc {
            summary: "Listen for messages published to channels matching the given patterns",
            since: "2.0.0",
            group: "pubsub",
            complexity: Some("O(N) where N is the number of patterns the client is already subscribed to."),
            doc_flags: &[],
            deprecated_since: None,
            replaced_by: None,
            history: &[],
            arguments: &[ArgDoc {
                name: "pattern",
                kind: "block",
                flags: &["multiple"],
                arguments: &[ArgDoc {
                    name: "pattern",
                    kind: "pattern",
                    ..ArgDoc::EMPTY
                }],
                ..ArgDoc::EMPTY
            }],
        },
    },
    CommandInfo {
        name: "psync",
        arity: -3,
        flags: &["admin", "noscript", "no_async_loading", "no_multi"],
        first_key: 0,
        last_key: 0,
        step: 0,
        acl_categories: &["@admin", "@slow", "@dangerous"],
        tips: &[],
        key_specs: &[],
        subcommands: &[],
        doc: CommandDoc {
            summary: "Internal command used for replication",
            since: "2.8.0",
            group: "server",
            complexity: None,
            doc_flags: &[],
            deprecated_since: None,
            replaced_by: None,
            history: &[],
            arguments: &[
                ArgDoc {
                    name: "replicationid",
                    kind: "string",
                    ..ArgDoc::EMPTY
                },
                ArgDoc {
                    name: "offset",
                    kind: "integer",
                    ..ArgDoc::EMPTY
                },
            ],
        },
    },
    CommandInfo {
        name: "pttl",
        arity: 2,
        flags: &["readonly", "fast"],
        first_key: 1,
        last_key: 1,
        step: 1,
        acl_categories: &["@keyspace", "@read", "@fast"],
        tips: &["nondeterministic_output"],
        key_specs: &[KeySpec {
            notes: None,
            flags: &["RO", "access"],
            begin_search: BeginSearch::Index(1),
            find_keys: FindKeys::Range {
                lastkey: 0,
                step: 1,
                limit: 0,
            },
        }],
        subcommands: &[],
        doc: CommandDoc {
            summary: "Get the time to live for a key in milliseconds",
            since: "2.6.0",
            group: "generic",
            complexity: Some("O(1)"),
            doc_flags: &[],
            deprecated_since: None,
            replaced_by: None,
            history: &[("2.8.0", "Added the -2 reply.")],
            arguments: &[ArgDoc {
                name: "key",
                kind: "key",
                key_spec_index: 0,
                ..ArgDoc::EMPTY
            }],
        },
    },
    CommandInfo {
        name: "publish",
        arity: 3,
        flags: &["pubsub", "loading", "stale", "fast"],
        first_key: 0,
        last_key: 0,
        step: 0,
        acl_categories: &["@pubsub", "@fast"],
        tips: &[],
        key_specs: &[],
        subcommands: &[],
        doc: CommandDoc {
            summary: "Post a message to a channel",
            since: "2.0.0",
            group: "pubsub",
            complexity: Some(
                "O(N+M) where N is the number of clients subscribed to the receiving channel and M is the total number of subscribed patterns (by any client).",
            ),
            doc_flags: &[],
            deprecated_since: None,
            replaced_by: None,
            history: &[],
            arguments: &[
                ArgDoc {
                    name: "channel",
                    kind: "string",
                    ..ArgDoc::EMPTY
                },
                ArgDoc {
                    name: "message",
                    kind: "string",
                    ..ArgDoc::EMPTY
                },
            ],
        },
    },
    CommandInfo {
        name: "pubsub",
        arity: -2,
        flags: &[],
        first_key: 0,
        last_key: 0,
        step: 0,
        acl_categories: &["@slow"],
        tips: &[],
        key_specs: &[],
        subcommands: &[
            CommandInfo {
                name: "pubsub|channels",
                arity: -2,
                flags: &["pubsub", "loading", "stale"],
                first_key: 0,
                last_key: 0,
                step: 0,
                acl_categories: &["@pubsub", "@slow"],
                tips: &[],
                key_specs: &[],
                subcommands: &[],
                doc: CommandDoc {
                    summary: "List active channels",
                    since: "2.8.0",
                    group: "pubsub",
                    complexity: Some(
                        "O(N) where N is the number of active channels, and assuming constant time pattern matching (relatively short channels and patterns)",
                    ),
                    doc_flags: &[],
                    deprecated_since: None,
                    replaced_by: None,
                    history: &[],
                    arguments: &[ArgDoc {
                        name: "pattern",
                        kind: "pattern",
                        flags: &["optional"],
                        ..ArgDoc::EMPTY
                    }],
                },
            },
            CommandInfo {
                name: "pubsub|help",
                arity: 2,
                flags: &["loading", "stale"],
                first_key: 0,
                last_key: 0,
                step: 0,
                acl_categories: &["@slow"],
                tips: &[],
                key_specs: &[],
                subcommands: &[],
                doc: CommandDoc {
                    summary: "Show helpful text about the different subcommands",
                    since: "6.2.0",
                    group: "pubsub",
                    complexity: Some("O(1)"),
                    doc_flags: &[],
                    deprecated_since: None,
                    replaced_by: None,
                    history: &[],
                    arguments: &[],
                },
            },
            CommandInfo {
                name: "pubsub|numpat",
                arity: 2,
                flags: &["pubsub", "loading", "stale"],
                first_key: 0,
                last_key: 0,
                step: 0,
                acl_categories: &["@pubsub", "@slow"],
                tips: &[],
                key_specs: &[],
                subcommands: &[],
                doc: CommandDoc {
                    summary: "Get the count of unique patterns pattern subscriptions",
                    since: "2.8.0",
                    group: "pubsub",
                    complexity: Some("O(1)"),
                    doc_flags: &[],
                    deprecated_since: None,
                    replaced_by: None,
                    history: &[],
                    arguments: &[],
                },
            },
            CommandInfo {
                name: "pubsub|numsub",
                arity: -2,
                flags: &["pubsub", "loading", "stale"],
                first_key: 0,
                last_key: 0,
                step: 0,
                acl_categories: &["@pubsub", "@slow"],
                tips: &[],
                key_specs: &[],
                subcommands: &[],
                doc: CommandDoc {
                    summary: "Get the count of subscribers for channels",
                    since: "2.8.0",
                    group: "pubsub",
                    complexity: Some("O(N) for the NUMSUB subcommand, where N is the number of requested channels"),
                    doc_flags: &[],
                    deprecated_since: None,
                    replaced_by: None,
                    history: &[],
                    arguments: &[ArgDoc {
                        name: "channel",
                        kind: "string",
                        flags: &["optional", "multiple"],
                        ..ArgDoc::EMPTY
                    }],
                },
            },
            CommandInfo {
                name: "pubsub|shardchannels",
                arity: -2,
                flags: &["pubsub", "loading", "stale"],
                first_key: 0,
                last_key: 0,
                step: 0,
                acl_categories: &["@pubsub", "@slow"],
                tips: &[],
                key_specs: &[],
                subcommands: &[],
                doc: CommandDoc {
                    summary: "List active shard channels",
                    since: "7.0.0",
                    group: "pubsub",
                    complexity: Some(
                        "O(N) where N is the number of active shard channels, and assuming constant time pattern matching (relatively short shard channels).",
                    ),
                    doc_flags: &[],
                    deprecated_since: None,
                    replaced_by: None,
                    history: &[],
                    arguments: &[ArgDoc {
                        name: "pattern",
                        kind: "pattern",
                        flags: &["optional"],
                        ..ArgDoc::EMPTY
                    }],
                },
            },
            CommandInfo {
                name: "pubsub|shardnumsub",
                arity: -2,
                flags: &["pubsub", "loading", "stale"],
                first_key: 0,
                last_key: 0,
                step: 0,
                acl_categories: &["@pubsub", "@slow"],
                tips: &[],
                key_specs: &[],
                subcommands: &[],
                doc: CommandDoc {
                    summary: "Get the count of subscribers for shard channels",
                    since: "7.0.0",
                    group: "pubsub",
                    complexity: Some(
                        "O(N) for the SHARDNUMSUB subcommand, where N is the number of requested shard channels",
                    ),
                    doc_flags: &[],
                    deprecated_since: None,
                    replaced_by: None,
                    history: &[],
                    arguments: &[ArgDoc {
                        name: "shardchannel",
                        kind: "string",
                        flags: &["optional", "multiple"],
                        ..ArgDoc::EMPTY
                    }],
                },
            },
        ],
        doc: CommandDoc {
            summary: "A container for Pub/Sub commands",
            since: "2.8.0",
            group: "pubsub",
            complexity: Some("Depends on subcommand."),
            doc_flags: &[],
            deprecated_since: None,
            replaced_by: None,
            history: &[],
            arguments: &[],
        },
    },
    CommandInfo {
        name: "punsubscribe",
        arity: -1,
        flags: &["pubsub", "noscript", "loading", "stale"],
        first_key: 0,
        last_key: 0,
        step: 0,
        acl_categories: &["@pubsub", "@slow"],
        tips: &[],
        key_specs: &[],
        subcommands: &[],
        doc: CommandDoc {
            summary: "Stop listening for messages posted to channels matching the given patterns",
            since: "2.0.0",
            group: "pubsub",
            complexity: Some(
                "O(N+M) where N is the number of patterns the client is already subscribed and M is the number of total patterns subscribed in the system (by any client).",
            ),
            doc_flags: &[],
            deprecated_since: None,
            replaced_by: None,
            history: &[],
            arguments: &[ArgDoc {
                name: "pattern",
                kind: "pattern",
                flags: &["optional", "multiple"],
                ..ArgDoc::EMPTY
            }],
        },
    },
    CommandInfo {
        name: "quit",
        arity: -1,
        flags: &["noscript", "loading", "stale", "fast", "no_auth", "allow_busy"],
        first_key: 0,
        last_key: 0,
        step: 0,
        acl_categories: &["@fast", "@connection"],
        tips: &[],
        key_specs: &[],
        subcommands: &[],
        doc: CommandDoc {
            summary: "Close the connection",
            since: "1.0.0",
            group: "connection",
            complexity: Some("O(1)"),
            doc_flags: &[],
            deprecated_since: None,
            replaced_by: None,
            history: &[],
            arguments: &[],
        },
    },
    CommandInfo {
        name: "randomkey",
        arity: 1,
        flags: &["readonly"],
        first_key: 0,
        last_key: 0,
        step: 0,
        acl_categories: &["@keyspace", "@read", "@slow"],
        tips: &["request_policy:all_shards", "nondeterministic_output"],
        key_specs: &[],
        subcommands: &[],
        doc: CommandDoc {
            summary: "Return a random key from the keyspace",
            since: "1.0.0",
            group: "generic",
            complexity: Some("O(1)"),
            doc_flags: &[],
            deprecated_since: None,
            replaced_by: None,
            history: &[],
            arguments: &[],
        },
    },
    CommandInfo {
        name: "readonly",
        arity: 1,
        flags: &["loading", "stale", "fast"],
        first_key: 0,
        last_key: 0,
        step: 0,
        acl_categories: &["@fast", "@connection"],
        tips: &[],
        key_specs: &[],
        subcommands: &[],
        doc: CommandDoc {
            summary: "Enables read queries for a connection to a cluster replica node",
            since: "3.0.0",
            group: "cluster",
            complexity: Some("O(1)"),
            doc_flags: &[],
            deprecated_since: None,
            replaced_by: None,
            history: &[],
            arguments: &[],
        },
    },
    CommandInfo {
        name: "readwrite",
        arity: 1,
        flags: &["loading", "stale", "fast"],
        first_key: 0,
        last_key: 0,
        step: 0,
        acl_categories: &["@fast", "@connection"],
        tips: &[],
        key_specs: &[],
        subcommands: &[],
        doc: CommandDoc {
            summary: "Disables read queries for a connection to a cluster replica node",
            since: "3.0.0",
            group: "cluster",
            complexity: Some("O(1)"),
            doc_flags: &[],
            deprecated_since: None,
            replaced_by: None,
            history: &[],
            arguments: &[],
        },
    },
    CommandInfo {
        name: "rename",
        arity: 3,
        flags: &["write"],
        first_key: 1,
        last_key: 2,
        step: 1,
        acl_categories: &["@keyspace", "@write", "@slow"],
        tips: &[],
        key_specs: &[
            KeySpec {
                notes: None,
                flags: &["RW", "access", "delete"],
                begin_search: BeginSearch::Index(1),
                find_keys: FindKeys::Range {
                    lastkey: 0,
                    step: 1,
                    limit: 0,
                },
            },
            KeySpec {
                notes: None,
                flags: &["OW", "update"],
                begin_search: BeginSearch::Index(2),
                find_keys: FindKeys::Range {
                    lastkey: 0,
                    step: 1,
                    limit: 0,
                },
            },
        ],
        subcommands: &[],
        doc: CommandDoc {
            summary: "Rename a key",
            since: "1.0.0",
            group: "generic",
            complexity: Some("O(1)"),
            doc_flags: &[],
            deprecated_since: None,
            replaced_by: None,
            history: &[],
            arguments: &[
                ArgDoc {
                    name: "key",
                    kind: "key",
                    key_spec_index: 0,
                    ..ArgDoc::EMPTY
                },
                ArgDoc {
                    name: "newkey",
                    kind: "key",
                    key_spec_index: 1,
                    ..ArgDoc::EMPTY
                },
            ],
        },
    },
    CommandInfo {
        name: "renamenx",
        arity: 3,
        flags: &["write", "fast"],
        first_key: 1,
        last_key: 2,
        step: 1,
        acl_categories: &["@keyspace", "@write", "@fast"],
        tips: &[],
        key_specs: &[
            KeySpec {
                notes: None,
                flags: &["RW", "access", "delete"],
                begin_search: BeginSearch::Index(1),
                find_keys: FindKeys::Range {
                    lastkey: 0,
                    step: 1,
                    limit: 0,
                },
            },
            KeySpec {
                notes: None,
                flags: &["OW", "insert"],
                begin_search: BeginSearch::Index(2),
                find_keys: FindKeys::Range {
                    lastkey: 0,
                    step: 1,
                    limit: 0,
                },
            },
        ],
        subcommands: &[],
        doc: CommandDoc {
            summary: "Rename a key, only if the new key does not exist",
            since: "1.0.0",
            group: "generic",
            complexity: Some("O(1)"),
            doc_flags: &[],
            deprecated_since: None,
            replaced_by: None,
            history: &[(
                "3.2.0",
                "The command no longer returns an error when source and destination names are the same.",
            )],
            arguments: &[
                ArgDoc {
                    name: "key",
                    kind: "key",
                    key_spec_index: 0,
                    ..ArgDoc::EMPTY
                },
                ArgDoc {
                    name: "newkey",
                    kind: "key",
                    key_spec_index: 1,
                    ..ArgDoc::EMPTY
                },
            ],
        },
    },
    CommandInfo {
        name: "replconf",
        arity: -1,
        flags: &["admin", "noscript", "loading", "stale", "allow_busy"],
        first_key: 0,
        last_key: 0,
        step: 0,
        acl_categories: &["@admin", "@slow", "@dangerous"],
        tips: &[],
        key_specs: &[],
        subcommands: &[],
        doc: CommandDoc {
            summary: "An internal command for configuring the replication stream",
            since: "3.0.0",
            group: "server",
            complexity: Some("O(1)"),
            doc_flags: &["syscmd"],
            deprecated_since: None,
            replaced_by: None,
            history: &[],
            arguments: &[],
        },
    },
    CommandInfo {
        name: "replicaof",
        arity: 3,
        flags: &["admin", "noscript", "stale", "no_async_loading"],
        first_key: 0,
        last_key: 0,
        step: 0,
        acl_categories: &["@admin", "@slow", "@dangerous"],
        tips: &[],
        key_specs: &[],
        subcommands: &[],
        doc: CommandDoc {
            summary: "Make the server a replica of another instance, or promote it as master.",
            since: "5.0.0",
            group: "server",
            complexity: Some("O(1)"),
            doc_flags: &[],
            deprecated_since: None,
            replaced_by: None,
            history: &[],
            arguments: &[ArgDoc {
                name: "args",
                kind: "oneof",
                arguments: &[
                    ArgDoc {
                        name: "host-port",
                        kind: "block",
                        arguments: &[
                            ArgDoc {
                                name: "host",
                                kind: "string",
                                ..ArgDoc::EMPTY
                            },
                            ArgDoc {
                                name: "port",
                                kind: "integer",
                                ..ArgDoc::EMPTY
                            },
                        ],
                        ..ArgDoc::EMPTY
                    },
                    ArgDoc {
                        name: "no-one",
                        kind: "block",
                        arguments: &[
                            ArgDoc {
                                name: "no",
                                kind: "pure-token",
                                token: Some("NO"),
                                ..ArgDoc::EMPTY
                            },
                            ArgDoc {
                                name: "one",
                                kind: "pure-token",
                                token: Some("ONE"),
                                ..ArgDoc::EMPTY
                            },
                        ],
                        ..ArgDoc::EMPTY
                    },
                ],
                ..ArgDoc::EMPTY
            }],
        },
    },
    CommandInfo {
        name: "reset",
        arity: 1,
        flags: &["noscript", "loading", "stale", "fast", "no_auth", "allow_busy"],
        first_key: 0,
        last_key: 0,
        step: 0,
        acl_categories: &["@fast", "@connection"],
        tips: &[],
        key_specs: &[],
        subcommands: &[],
        doc: CommandDoc {
            summary: "Reset the connection",
            since: "6.2.0",
            group: "connection",
            complexity: Some("O(1)"),
            doc_flags: &[],
            deprecated_since: None,
            replaced_by: None,
            history: &[],
            arguments: &[],
        },
    },
    CommandInfo {
        name: "restore",
        arity: -4,
        flags: &["write", "denyoom"],
        first_key: 1,
        last_key: 1,
        step: 1,
        acl_categories: &["@keyspace", "@write", "@slow", "@dangerous"],
        tips: &[],
        key_specs: &[KeySpec {
            notes: None,
            flags: &["OW", "update"],
            begin_search: BeginSearch::Index(1),
            find_keys: FindKeys::Range {
                lastkey: 0,
                step: 1,
                limit: 0,
            },
        }],
        subcommands: &[],
        doc: CommandDoc {
            summary: "Create a key using the provided serialized value, previously obtained using DUMP.",
            since: "2.6.0",
            group: "generic",
            complexity: Some(
                "O(1) to create the new key and additional O(N*M) to reconstruct the serialized value, where N is the number of Redis objects composing the value and M their average size. For small string values the time complexity is thus O(1)+O(1*M) where M is small, so simply O(1). However for sorted set values the complexity is O(N*M*log(N)) because inserting values into sorted sets is O(log(N)).",
            ),
            doc_flags: &[],
            deprecated_since: None,
            replaced_by: None,
            history: &[
                ("3.0.0", "Added the `REPLACE` modifier."),
                ("5.0.0", "Added the `ABSTTL` modifier."),
                ("5.0.0", "Added the `IDLETIME` and `FREQ` options."),
            ],
            arguments: &[
                ArgDoc {
                    name: "key",
                    kind: "key",
                    key_spec_index: 0,
                    ..ArgDoc::EMPTY
                },
                ArgDoc {
                    name: "ttl",
                    kind: "integer",
                    ..ArgDoc::EMPTY
                },
                ArgDoc {
                    name: "serialized-value",
                    kind: "string",
                    ..ArgDoc::EMPTY
                },
                ArgDoc {
                    name: "replace",
                    kind: "pure-token",
                    token: Some("REPLACE"),
                    since: Some("3.0.0"),
                    flags: &["optional"],
                    ..ArgDoc::EMPTY
                },
                ArgDoc {
                    name: "absttl",
                    kind: "pure-token",
                    token: Some("ABSTTL"),
                    since: Some("5.0.0"),
                    flags: &["optional"],
                    ..ArgDoc::EMPTY
                },
                ArgDoc {
                    name: "seconds",
                    kind: "integer",
                    token: Some("IDLETIME"),
                    since: Some("5.0.0"),
                    flags: &["optional"],
                    ..ArgDoc::EMPTY
                },
                ArgDoc {
                    name: "frequency",
                    kind: "integer",
                    token: Some("FREQ"),
                    since: Some("5.0.0"),
                    flags: &["optional"],
                    ..ArgDoc::EMPTY
                },
            ],
        },
    },
    CommandInfo {
        name: "restore-asking",
        arity: -4,
        flags: &["write", "denyoom", "asking"],
        first_key: 1,
        last_key: 1,
        step: 1,
        acl_categories: &["@keyspace", "@write", "@slow", "@dangerous"],
        tips: &[],
        key_specs: &[KeySpec {
            notes: None,
            flags: &["OW", "update"],
            begin_search: BeginSearch::Index(1),
            find_keys: FindKeys::Range {
                lastkey: 0,
                step: 1,
                limit: 0,
            },
        }],
        subcommands: &[],
        doc: CommandDoc {
            summary: "An internal command for migrating keys in a cluster",
            since: "3.0.0",
            group: "server",
            complexity: Some(
                "O(1) to create the new key and additional O(N*M) to reconstruct the serialized value, where N is the number of Redis objects composing the value and M their average size. For small string values the time complexity is thus O(1)+O(1*M) where M is small, so simply O(1). However for sorted set values the complexity is O(N*M*log(N)) because inserting values into sorted sets is O(log(N)).",
            ),
            doc_flags: &["syscmd"],
            deprecated_since: None,
            replaced_by: None,
            history: &[
                ("3.0.0", "Added the `REPLACE` modifier."),
                ("5.0.0", "Added the `ABSTTL` modifier."),
                ("5.0.0", "Added the `IDLETIME` and `FREQ` options."),
            ],
            arguments: &[
                ArgDoc {
                    name: "key",
                    kind: "key",
                    key_spec_index: 0,
                    ..ArgDoc::EMPTY
                },
                ArgDoc {
                    name: "ttl",
                    kind: "integer",
                    ..ArgDoc::EMPTY
                },
                ArgDoc {
                    name: "serialized-value",
                    kind: "string",
                    ..ArgDoc::EMPTY
                },
                ArgDoc {
                    name: "replace",
                    kind: "pure-token",
                    token: Some("REPLACE"),
                    since: Some("3.0.0"),
                    flags: &["optional"],
                    ..ArgDoc::EMPTY
                },
                ArgDoc {
                    name: "absttl",
                    kind: "pure-token",
                    token: Some("ABSTTL"),
                    since: Some("5.0.0"),
                    flags: &["optional"],
                    ..ArgDoc::EMPTY
                },
                ArgDoc {
                    name: "seconds",
                    kind: "integer",
                    token: Some("IDLETIME"),
                    since: Some("5.0.0"),
                    flags: &["optional"],
                    ..ArgDoc::EMPTY
                },
                ArgDoc {
                    name: "frequency",
                    kind: "integer",
                    token: Some("FREQ"),
                    since: Some("5.0.0"),
                    flags: &["optional"],
                    ..ArgDoc::EMPTY
                },
            ],
        },
    },
    CommandInfo {
        name: "role",
        arity: 1,
        flags: &["noscript", "loading", "stale", "fast"],
        first_key: 0,
        last_key: 0,
        step: 0,
        acl_categories: &["@admin", "@fast", "@dangerous"],
        tips: &[],
        key_specs: &[],
        subcommands: &[],
        doc: CommandDoc {
            summary: "Return the role of the instance in the context of replication",
            since: "2.8.12",
            group: "server",
            complexity: Some("O(1)"),
            doc_flags: &[],
            deprecated_since: None,
            replaced_by: None,
            history: &[],
            arguments: &[],
        },
    },
    CommandInfo {
        name: "rpop",
        arity: -2,
        flags: &["write", "fast"],
        first_key: 1,
        last_key: 1,
        step: 1,
        acl_categories: &["@write", "@list", "@fast"],
        tips: &[],
        key_specs: &[KeySpec {
            notes: None,
            flags: &["RW", "access", "delete"],
            begin_search: BeginSearch::Index(1),
            find_keys: FindKeys::Range {
                lastkey: 0,
                step: 1,
                limit: 0,
            },
        }],
        subcommands: &[],
        doc: CommandDoc {
            summary: "Remove and get the last elements in a list",
            since: "1.0.0",
            group: "list",
            complexity: Some("O(N) where N is the number of elements returned"),
            doc_flags: &[],
            deprecated_since: None,
            replaced_by: None,
            history: &[("6.2.0", "Added the `count` argument.")],
            arguments: &[
                ArgDoc {
                    name: "key",
                    kind: "key",
                    key_spec_index: 0,
                    ..ArgDoc::EMPTY
                },
                ArgDoc {
                    name: "count",
                    kind: "integer",
                    since: Some("6.2.0"),
                    flags: &["optional"],
                    ..ArgDoc::EMPTY
                },
            ],
        },
    },
    CommandInfo {
        name: "rpoplpush",
        arity: 3,
        flags: &["write", "denyoom"],
        first_key: 1,
        last_key: 2,
        step: 1,
        acl_categories: &["@write", "@list", "@slow"],
        tips: &[],
        key_specs: &[
            KeySpec {
                notes: None,
                flags: &["RW", "access", "delete"],
                begin_search: BeginSearch::Index(1),
                find_keys: FindKeys::Range {
                    lastkey: 0,
                    step: 1,
                    limit: 0,
                },
            },
            KeySpec {
                notes: None,
                flags: &["RW", "insert"],
                begin_search: BeginSearch::Index(2),
                find_keys: FindKeys::Range {
                    lastkey: 0,
                    step: 1,
                    limit: 0,
                },
            },
        ],
        subcommands: &[],
        doc: CommandDoc {
            summary: "Remove the last element in a list, prepend it to another list and return it",
            since: "1.2.0",
            group: "list",
            complexity: Some("O(1)"),
            doc_flags: &["deprecated"],
            deprecated_since: Some("6.2.0"),
            replaced_by: Some("`LMOVE` with the `RIGHT` and `LEFT` arguments"),
            history: &[],
            arguments: &[
                ArgDoc {
                    name: "source",
                    kind: "key",
                    key_spec_index: 0,
                    ..ArgDoc::EMPTY
                },
                ArgDoc {
                    name: "destination",
                    kind: "key",
                    key_spec_index: 1,
                    ..ArgDoc::EMPTY
                },
            ],
        },
    },
    CommandInfo {
        name: "rpush",
        arity: -3,
        flags: &["write", "denyoom", "fast"],
        first_key: 1,
        last_key: 1,
        step: 1,
        acl_categories: &["@write", "@list", "@fast"],
        tips: &[],
        key_specs: &[KeySpec {
            notes: None,
            flags: &["RW", "insert"],
            begin_search: BeginSearch::Index(1),
            find_keys: FindKeys::Range {
                lastkey: 0,
                step: 1,
                limit: 0,
            },
        }],
        subcommands: &[],
        doc: CommandDoc {
            summary: "Append one or multiple elements to a list",
            since: "1.0.0",
            group: "list",
            complexity: Some(
                "O(1) for each element added, so O(N) to add N elements when the command is called with multiple arguments.",
            ),
            doc_flags: &[],
            deprecated_since: None,
            replaced_by: None,
            history: &[("2.4.0", "Accepts multiple `element` arguments.")],
            arguments: &[
                ArgDoc {
                    name: "key",
                    kind: "key",
                    key_spec_index: 0,
                    ..ArgDoc::EMPTY
                },
                ArgDoc {
                    name: "element",
                    kind: "string",
                    flags: &["multiple"],
                    ..ArgDoc::EMPTY
                },
            ],
        },
    },
    CommandInfo {
        name: "rpushx",
        arity: -3,
        flags: &["write", "denyoom", "fast"],
        first_key: 1,
        last_key: 1,
        step: 1,
        acl_categories: &["@write", "@list", "@fast"],
        tips: &[],
        key_specs: &[KeySpec {
            notes: None,
            flags: &["RW", "insert"],
            begin_search: BeginSearch::Index(1),
            find_keys: FindKeys::Range {
                lastkey: 0,
                step: 1,
                limit: 0,
            },
        }],
        subcommands: &[],
        doc: CommandDoc {
            summary: "Append an element to a list, only if the list exists",
            since: "2.2.0",
            group: "list",
            complexity: Some(
                "O(1) for each element added, so O(N) to add N elements when the command is called with multiple arguments.",
            ),
            doc_flags: &[],
            deprecated_since: None,
            replaced_by: None,
            history: &[("4.0.0", "Accepts multiple `element` arguments.")],
            arguments: &[
                ArgDoc {
                    name: "key",
                    kind: "key",
                    key_spec_index: 0,
                    ..ArgDoc::EMPTY
                },
                ArgDoc {
                    name: "element",
                    kind: "string",
                    flags: &["multiple"],
                    ..ArgDoc::EMPTY
                },
            ],
        },
    },
    CommandInfo {
        name: "sadd",
        arity: -3,
        flags: &["write", "denyoom", "fast"],
        first_key: 1,
        last_key: 1,
        step: 1,
        acl_categories: &["@write", "@set", "@fast"],
        tips: &[],
        key_specs: &[KeySpec {
            notes: None,
            flags: &["RW", "insert"],
            begin_search: BeginSearch::Index(1),
            find_keys: FindKeys::Range {
                lastkey: 0,
                step: 1,
                limit: 0,
            },
        }],
        subcommands: &[],
        doc: CommandDoc {
            summary: "Add one or more members to a set",
            since: "1.0.0",
            group: "set",
            complexity: Some(
                "O(1) for each element added, so O(N) to add N elements when the command is called with multiple arguments.",
            ),
            doc_flags: &[],
            deprecated_since: None,
            replaced_by: None,
            history: &[("2.4.0", "Accepts multiple `member` arguments.")],
            arguments: &[
                ArgDoc {
                    name: "key",
                    kind: "key",
                    key_spec_index: 0,
                    ..ArgDoc::EMPTY
                },
                ArgDoc {
                    name: "member",
                    kind: "string",
                    flags: &["multiple"],
                    ..ArgDoc::EMPTY
                },
            ],
        },
    },
    CommandInfo {
        name: "save",
        arity: 1,
        flags: &["admin", "noscript", "no_async_loading", "no_multi"],
        first_key: 0,
        last_key: 0,
        step: 0,
        acl_categories: &["@admin", "@slow", "@dangerous"],
        tips: &[],
        key_specs: &[],
        subcommands: &[],
        doc: CommandDoc {
            summary: "Synchronously save the dataset to disk",
            since: "1.0.0",
            group: "server",
            complexity: Some("O(N) where N is the total number of keys in all databases"),
            doc_flags: &[],
            deprecated_since: None,
            replaced_by: None,
            history: &[],
            arguments: &[],
        },
    },
    CommandInfo {
        name: "scan",
        arity: -2,
        flags: &["readonly"],
        first_key: 0,
        last_key: 0,
        step: 0,
        acl_categories: &["@keyspace", "@read", "@slow"],
        tips: &["nondeterministic_output", "request_policy:special"],
        key_specs: &[],
        subcommands: &[],
        doc: CommandDoc {
            summary: "Incrementally iterate the keys space",
            since: "2.8.0",
            group: "generic",
            complexity: Some(
                "O(1) for every call. O(N) for a complete iteration, including enough command calls for the cursor to return back to 0. N is the number of elements inside the collection.",
            ),
            doc_flags: &[],
            deprecated_since: None,
            replaced_by: None,
            history: &[("6.0.0", "Added the `TYPE` subcommand.")],
            arguments: &[
                ArgDoc {
                    name: "cursor",
                    kind: "integer",
                    ..ArgDoc::EMPTY
                },
                ArgDoc {
                    name: "pattern",
                    kind: "pattern",
                    token: Some("MATCH"),
                    flags: &["optional"],
                    ..ArgDoc::EMPTY
                },
                ArgDoc {
                    name: "count",
                    kind: "integer",
                    token: Some("COUNT"),
                    flags: &["optional"],
                    ..ArgDoc::EMPTY
                },
                ArgDoc {
                    name: "type",
                    kind: "string",
                    token: Some("TYPE"),
                    since: Some("6.0.0"),
                    flags: &["optional"],
                    ..ArgDoc::EMPTY
                },
            ],
        },
    },
    CommandInfo {
        name: "scard",
        arity: 2,
        flags: &["readonly", "fast"],
        first_key: 1,
        last_key: 1,
        step: 1,
        acl_categories: &["@read", "@set", "@fast"],
        tips: &[],
        key_specs: &[KeySpec {
            notes: None,
            flags: &["RO"],
            begin_search: BeginSearch::Index(1),
            find_keys: FindKeys::Range {
                lastkey: 0,
                step: 1,
                limit: 0,
            },
        }],
        subcommands: &[],
        doc: CommandDoc {
            summary: "Get the number of members in a set",
            since: "1.0.0",
            group: "set",
            complexity: Some("O(1)"),
            doc_flags: &[],
            deprecated_since: None,
            replaced_by: None,
            history: &[],
            arguments: &[ArgDoc {
                name: "key",
                kind: "key",
                key_spec_index: 0,
                ..ArgDoc::EMPTY
            }],
        },
    },
    CommandInfo {
        name: "script",
        arity: -2,
        flags: &[],
        first_key: 0,
        last_key: 0,
        step: 0,
        acl_categories: &["@slow"],
        tips: &[],
        key_specs: &[],
        subcommands: &[
            CommandInfo {
                name: "script|debug",
                arity: 3,
                flags: &["noscript"],
                first_key: 0,
                last_key: 0,
                step: 0,
                acl_categories: &["@slow", "@scripting"],
                tips: &[],
                key_specs: &[],
                subcommands: &[],
                doc: CommandDoc {
                    summary: "Set the debug mode for executed scripts.",
                    since: "3.2.0",
                    group: "scripting",
                    complexity: Some("O(1)"),
                    doc_flags: &[],
                    deprecated_since: None,
                    replaced_by: None,
                    history: &[],
                    arguments: &[ArgDoc {
                        name: "mode",
                        kind: "oneof",
                        arguments: &[
                            ArgDoc {
                                name: "yes",
                                kind: "pure-token",
                                token: Some("YES"),
                                ..ArgDoc::EMPTY
                            },
                            ArgDoc {
                                name: "sync",
                                kind: "pure-token",
                                token: Some("SYNC"),
                                ..ArgDoc::EMPTY
                            },
                            ArgDoc {
                                name: "no",
                                kind: "pure-token",
                                token: Some("NO"),
                                ..ArgDoc::EMPTY
                            },
                        ],
                        ..ArgDoc::EMPTY
                    }],
                },
            },
            CommandInfo {
                name: "script|exists",
                arity: -3,
                flags: &["noscript"],
                first_key: 0,
                last_key: 0,
                step: 0,
                acl_categories: &["@slow", "@scripting"],
                tips: &["request_policy:all_shards", "response_policy:agg_logical_and"],
                key_specs: &[],
                subcommands: &[],
                doc: CommandDoc {
                    summary: "Check existence of scripts in the script cache.",
                    since: "2.6.0",
                    group: "scripting",
                    complexity: Some(
                        "O(N) with N being the number of scripts to check (so checking a single script is an O(1) operation).",
                    ),
                    doc_flags: &[],
                    deprecated_since: None,
                    replaced_by: None,
                    history: &[],
                    arguments: &[ArgDoc {
                        name: "sha1",
                        kind: "string",
                        flags: &["multiple"],
                        ..ArgDoc::EMPTY
                    }],
                },
            },
            CommandInfo {
                name: "script|flush",
                arity: -2,
                flags: &["noscript"],
                first_key: 0,
                last_key: 0,
                step: 0,
                acl_categories: &["@slow", "@scripting"],
                tips: &["request_policy:all_nodes", "response_policy:all_succeeded"],
                key_specs: &[],
                subcommands: &[],
                doc: CommandDoc {
                    summary: "Remove all the scripts from the script cache.",
                    since: "2.6.0",
                    group: "scripting",
                    complexity: Some("O(N) with N being the number of scripts in cache"),
                    doc_flags: &[],
                    deprecated_since: None,
                    replaced_by: None,
                    history: &[("6.2.0", "Added the `ASYNC` and `SYNC` flushing mode modifiers.")],
                    arguments: &[ArgDoc {
                        name: "async",
                        kind: "oneof",
                        since: Some("6.2.0"),
                        flags: &["optional"],
                        arguments: &[
                            ArgDoc {
                                name: "async",
                                kind: "pure-token",
                                token: Some("ASYNC"),
                                ..ArgDoc::EMPTY
                            },
                            ArgDoc {
                                name: "sync",
                                kind: "pure-token",
                                token: Some("SYNC"),
                                ..ArgDoc::EMPTY
                            },
                        ],
                        ..ArgDoc::EMPTY
                    }],
                },
            },
            CommandInfo {
                name: "script|help",
                arity: 2,
                flags: &["loading", "stale"],
                first_key: 0,
                last_key: 0,
                step: 0,
                acl_categories: &["@slow", "@scripting"],
                tips: &[],
                key_specs: &[],
                subcommands: &[],
                doc: CommandDoc {
                    summary: "Show helpful text about the different subcommands",
                    since: "5.0.0",
                    group: "scripting",
                    complexity: Some("O(1)"),
                    doc_flags: &[],
                    deprecated_since: None,
                    replaced_by: None,
                    history: &[],
                    arguments: &[],
                },
            },
            CommandInfo {
                name: "script|kill",
                arity: 2,
                flags: &["noscript", "allow_busy"],
                first_key: 0,
                last_key: 0,
                step: 0,
                acl_categories: &["@slow", "@scripting"],
                tips: &["request_policy:all_shards", "response_policy:one_succeeded"],
                key_specs: &[],
                subcommands: &[],
                doc: CommandDoc {
                    summary: "Kill the script currently in execution.",
                    since: "2.6.0",
                    group: "scripting",
                    complexity: Some("O(1)"),
                    doc_flags: &[],
                    deprecated_since: None,
                    replaced_by: None,
                    history: &[],
                    arguments: &[],
                },
            },
            CommandInfo {
                name: "script|load",
                arity: 3,
                flags: &["noscript", "stale"],
                first_key: 0,
                last_key: 0,
                step: 0,
                acl_categories: &["@slow", "@scripting"],
                tips: &["request_policy:all_nodes", "response_policy:all_succeeded"],
                key_specs: &[],
                subcommands: &[],
                doc: CommandDoc {
                    summary: "Load the specified Lua script into the script cache.",
                    since: "2.6.0",
                    group: "scripting",
                    complexity: Some("O(N) with N being the length in bytes of the script body."),
                    doc_flags: &[],
                    deprecated_since: None,
                    replaced_by: None,
                    history: &[],
                    arguments: &[ArgDoc {
                        name: "script",
                        kind: "string",
                        ..ArgDoc::EMPTY
                    }],
                },
            },
        ],
        doc: CommandDoc {
            summary: "A container for Lua scripts management commands",
            since: "2.6.0",
            group: "scripting",
            complexity: Some("Depends on subcommand."),
            doc_flags: &[],
            deprecated_since: None,
            replaced_by: None,
            history: &[],
            arguments: &[],
        },
    },
    CommandInfo {
        name: "sdiff",
        arity: -2,
        flags: &["readonly"],
        first_key: 1,
        last_key: -1,
        step: 1,
        acl_categories: &["@read", "@set", "@slow"],
        tips: &["nondeterministic_output_order"],
        key_specs: &[KeySpec {
            notes: None,
            flags: &["RO", "access"],
            begin_search: BeginSearch::Index(1),
            find_keys: FindKeys::Range {
                lastkey: -1,
                step: 1,
                limit: 0,
            },
        }],
        subcommands: &[],
        doc: CommandDoc {
            summary: "Subtract multiple sets",
            since: "1.0.0",
            group: "set",
            complexity: Some("O(N) where N is the total number of elements in all given sets."),
            doc_flags: &[],
            deprecated_since: None,
            replaced_by: None,
            history: &[],
            arguments: &[ArgDoc {
                name: "key",
                kind: "key",
                key_spec_index: 0,
                flags: &["multiple"],
                ..ArgDoc::EMPTY
            }],
        },
    },
    CommandInfo {
        name: "sdiffstore",
        arity: -3,
        flags: &["write", "denyoom"],
        first_key: 1,
        last_key: -1,
        step: 1,
        acl_categories: &["@write", "@set", "@slow"],
        tips: &[],
        key_specs: &[
            KeySpec {
                notes: None,
                flags: &["OW", "update"],
                begin_search: BeginSearch::Index(1),
                find_keys: FindKeys::Range {
                    lastkey: 0,
                    step: 1,
                    limit: 0,
                },
            },
            KeySpec {
                notes: None,
                flags: &["RO", "access"],
                begin_search: BeginSearch::Index(2),
                find_keys: FindKeys::Range {
                    lastkey: -1,
                    step: 1,
                    limit: 0,
                },
            },
        ],
        subcommands: &[],
        doc: CommandDoc {
            summary: "Subtract multiple sets and store the resulting set in a key",
            since: "1.0.0",
            group: "set",
            complexity: Some("O(N) where N is the total number of elements in all given sets."),
            doc_flags: &[],
            deprecated_since: None,
            replaced_by: None,
            history: &[],
            arguments: &[
                ArgDoc {
                    name: "destination",
                    kind: "key",
                    key_spec_index: 0,
                    ..ArgDoc::EMPTY
                },
                ArgDoc {
                    name: "key",
                    kind: "key",
                    key_spec_index: 1,
                    flags: &["multiple"],
                    ..ArgDoc::EMPTY
                },
            ],
        },
    },
    CommandInfo {
        name: "select",
        arity: 2,
        flags: &["loading", "stale", "fast"],
        first_key: 0,
        last_key: 0,
        step: 0,
        acl_categories: &["@fast", "@connection"],
        tips: &[],
        key_specs: &[],
        subcommands: &[],
        doc: CommandDoc {
            summary: "Change the selected database for the current connection",
            since: "1.0.0",
            group: "connection",
            complexity: Some("O(1)"),
            doc_flags: &[],
            deprecated_since: None,
            replaced_by: None,
            history: &[],
            arguments: &[ArgDoc {
                name: "index",
                kind: "integer",
                ..ArgDoc::EMPTY
            }],
        },
    },
    CommandInfo {
        name: "set",
        arity: -3,
        flags: &["write", "denyoom"],
        first_key: 1,
        last_key: 1,
        step: 1,
        acl_categories: &["@write", "@string", "@slow"],
        tips: &[],
        key_specs: &[KeySpec {
            notes: Some("RW and ACCESS due to the optional `GET` argument"),
            flags: &["RW", "access", "update", "variable_flags"],
            begin_search: BeginSearch::Index(1),
            find_keys: FindKeys::Range {
                lastkey: 0,
                step: 1,
                limit: 0,
            },
        }],
        subcommands: &[],
        doc: CommandDoc {
            summary: "Set the string value of a key",
            since: "1.0.0",
            group: "string",
            complexity: Some("O(1)"),
            doc_flags: &[],
            deprecated_since: None,
            replaced_by: None,
            history: &[
                ("2.6.12", "Added the `EX`, `PX`, `NX` and `XX` options."),
                ("6.0.0", "Added the `KEEPTTL` option."),
                ("6.2.0", "Added the `GET`, `EXAT` and `PXAT` option."),
                ("7.0.0", "Allowed the `NX` and `GET` options to be used together."),
            ],
            arguments: &[
                ArgDoc {
                    name: "key",
                    kind: "key",
                    key_spec_index: 0,
                    ..ArgDoc::EMPTY
                },
                ArgDoc {
                    name: "value",
                    kind: "string",
                    ..ArgDoc::EMPTY
                },
                ArgDoc {
                    name: "condition",
                    kind: "oneof",
                    since: Some("2.6.12"),
                    flags: &["optional"],
                    arguments: &[
                        ArgDoc {
                            name: "nx",
                            kind: "pure-token",
                            token: Some("NX"),
                            ..ArgDoc::EMPTY
                        },
                        ArgDoc {
                            name: "xx",
                            kind: "pure-token",
                            token: Some("XX"),
                            ..ArgDoc::EMPTY
                        },
                    ],
                    ..ArgDoc::EMPTY
                },
                ArgDoc {
                    name: "get",
                    kind: "pure-token",
                    token: Some("GET"),
                    since: Some("6.2.0"),
                    flags: &["optional"],
                    ..ArgDoc::EMPTY
                },
                ArgDoc {
                    name: "expiration",
                    kind: "oneof",
                    flags: &["optional"],
                    arguments: &[
                        ArgDoc {
                            name: "seconds",
                            kind: "integer",
                            token: Some("EX"),
                            since: Some("2.6.12"),
                            ..ArgDoc::EMPTY
                        },
                        ArgDoc {
                            name: "milliseconds",
                            kind: "integer",
                            token: Some("PX"),
                            since: Some("2.6.12"),
                            ..ArgDoc::EMPTY
                        },
                        ArgDoc {
                            name: "unix-time-seconds",
                            kind: "unix-time",
                            token: Some("EXAT"),
                            since: Some("6.2.0"),
                            ..ArgDoc::EMPTY
                        },
                        ArgDoc {
                            name: "unix-time-milliseconds",
                            kind: "unix-time",
                            token: Some("PXAT"),
                            since: Some("6.2.0"),
                            ..ArgDoc::EMPTY
                        },
                        ArgDoc {
                            name: "keepttl",
                            kind: "pure-token",
                            token: Some("KEEPTTL"),
                            since: Some("6.0.0"),
                            ..ArgDoc::EMPTY
                        },
                    ],
                    ..ArgDoc::EMPTY
                },
            ],
        },
    },
    CommandInfo {
        name: "setbit",
        arity: 4,
        flags: &["write", "denyoom"],
        first_key: 1,
        last_key: 1,
        step: 1,
        acl_categories: &["@write", "@bitmap", "@slow"],
        tips: &[],
        key_specs: &[KeySpec {
            notes: None,
            flags: &["RW", "access", "update"],
            begin_search: BeginSearch::Index(1),
            find_keys: FindKeys::Range {
                lastkey: 0,
                step: 1,
                limit: 0,
            },
        }],
        subcommands: &[],
        doc: CommandDoc {
            summary: "Sets or clears the bit at offset in the string value stored at key",
            since: "2.2.0",
            group: "bitmap",
            complexity: Some("O(1)"),
            doc_flags: &[],
            deprecated_since: None,
            replaced_by: None,
            history: &[],
            arguments: &[
                ArgDoc {
                    name: "key",
                    kind: "key",
                    key_spec_index: 0,
                    ..ArgDoc::EMPTY
                },
                ArgDoc {
                    name: "offset",
                    kind: "integer",
                    ..ArgDoc::EMPTY
                },
                ArgDoc {
                    name: "value",
                    kind: "integer",
                    ..ArgDoc::EMPTY
                },
            ],
        },
    },
    CommandInfo {
        name: "setex",
        arity: 4,
        flags: &["write", "denyoom"],
        first_key: 1,
        last_key: 1,
        step: 1,
        acl_categories: &["@write", "@string", "@slow"],
        tips: &[],
        key_specs: &[KeySpec {
            notes: None,
            flags: &["OW", "update"],
            begin_search: BeginSearch::Index(1),
            find_keys: FindKeys::Range {
                lastkey: 0,
                step: 1,
                limit: 0,
            },
        }],
        subcommands: &[],
        doc: CommandDoc {
            summary: "Set the value and expiration of a key",
            since: "2.0.0",
            group: "string",
            complexity: Some("O(1)"),
            doc_flags: &[],
            deprecated_since: None,
            replaced_by: None,
            history: &[],
            arguments: &[
                ArgDoc {
                    name: "key",
                    kind: "key",
                    key_spec_index: 0,
                    ..ArgDoc::EMPTY
                },
                ArgDoc {
                    name: "seconds",
                    kind: "integer",
                    ..ArgDoc::EMPTY
                },
                ArgDoc {
                    name: "value",
                    kind: "string",
                    ..ArgDoc::EMPTY
                },
            ],
        },
    },
    CommandInfo {
        name: "setnx",
        arity: 3,
        flags: &["write", "denyoom", "fast"],
        first_key: 1,
        last_key: 1,
        step: 1,
        acl_categories: &["@write", "@string", "@fast"],
        tips: &[],
        key_specs: &[KeySpec {
            notes: None,
            flags: &["OW", "insert"],
            begin_search: BeginSearch::Index(1),
            find_keys: FindKeys::Range {
                lastkey: 0,
                step: 1,
                limit: 0,
            },
        }],
        subcommands: &[],
        doc: CommandDoc {
            summary: "Set the value of a key, only if the key does not exist",
            since: "1.0.0",
            group: "string",
            complexity: Some("O(1)"),
            doc_flags: &[],
            deprecated_since: None,
            replaced_by: None,
            history: &[],
            arguments: &[
                ArgDoc {
                    name: "key",
                    kind: "key",
                    key_spec_index: 0,
                    ..ArgDoc::EMPTY
                },
                ArgDoc {
                    name: "value",
                    kind: "string",
                    ..ArgDoc::EMPTY
                },
            ],
        },
    },
    CommandInfo {
        name: "setrange",
        arity: 4,
        flags: &["write", "denyoom"],
        first_key: 1,
        last_key: 1,
        step: 1,
        acl_categories: &["@write", "@string", "@slow"],
        tips: &[],
        key_specs: &[KeySpec {
            notes: None,
            flags: &["RW", "update"],
            begin_search: BeginSearch::Index(1),
            find_keys: FindKeys::Range {
                lastkey: 0,
                step: 1,
                limit: 0,
            },
        }],
        subcommands: &[],
        doc: CommandDoc {
            summary: "Overwrite part of a string at key starting at the specified offset",
            since: "2.2.0",
            group: "string",
            complexity: Some(
                "O(1), not counting the time taken to copy the new string in place. Usually, this string is very small so the amortized complexity is O(1). Otherwise, complexity is O(M) with M being the length of the value argument.",
            ),
            doc_flags: &[],
            deprecated_since: None,
            replaced_by: None,
            history: &[],
            arguments: &[
                ArgDoc {
                    name: "key",
                    kind: "key",
                    key_spec_index: 0,
                    ..ArgDoc::EMPTY
                },
                ArgDoc {
                    name: "offset",
                    kind: "integer",
                    ..ArgDoc::EMPTY
                },
                ArgDoc {
                    name: "value",
                    kind: "string",
                    ..ArgDoc::EMPTY
                },
            ],
        },
    },
    CommandInfo {
        name: "shutdown",
        arity: -1,
        flags: &["admin", "noscript", "loading", "stale", "no_multi", "allow_busy"],
        first_key: 0,
        last_key: 0,
        step: 0,
        acl_categories: &["@admin", "@slow", "@dangerous"],
        tips: &[],
        key_specs: &[],
        subcommands: &[],
        doc: CommandDoc {
            summary: "Synchronously save the dataset to disk and then shut down the server",
            since: "1.0.0",
            group: "server",
            complexity: Some(
                "O(N) when saving, where N is the total number of keys in all databases when saving data, otherwise O(1)",
            ),
            doc_flags: &[],
            deprecated_since: None,
            replaced_by: None,
            history: &[("7.0.0", "Added the `NOW`, `FORCE` and `ABORT` modifiers.")],
            arguments: &[
                ArgDoc {
                    name: "nosave_save",
                    kind: "oneof",
                    flags: &["optional"],
                    arguments: &[
                        ArgDoc {
                            name: "nosave",
                            kind: "pure-token",
                            token: Some("NOSAVE"),
                            ..ArgDoc::EMPTY
                        },
                        ArgDoc {
                            name: "save",
                            kind: "pure-token",
                            token: Some("SAVE"),
                            ..ArgDoc::EMPTY
                        },
                    ],
                    ..ArgDoc::EMPTY
                },
                ArgDoc {
                    name: "now",
                    kind: "pure-token",
                    token: Some("NOW"),
                    since: Some("7.0.0"),
                    flags: &["optional"],
                    ..ArgDoc::EMPTY
                },
                ArgDoc {
                    name: "force",
                    kind: "pure-token",
                    token: Some("FORCE"),
                    since: Some("7.0.0"),
                    flags: &["optional"],
                    ..ArgDoc::EMPTY
                },
                ArgDoc {
                    name: "abort",
                    kind: "pure-token",
                    token: Some("ABORT"),
                    since: Some("7.0.0"),
                    flags: &["optional"],
                    ..ArgDoc::EMPTY
                },
            ],
        },
    },
    CommandInfo {
        name: "sinter",
        arity: -2,
        flags: &["readonly"],
        first_key: 1,
        last_key: -1,
        step: 1,
        acl_categories: &["@read", "@set", "@slow"],
        tips: &["nondeterministic_output_order"],
        key_specs: &[KeySpec {
            notes: None,
            flags: &["RO", "access"],
            begin_search: BeginSearch::Index(1),
            find_keys: FindKeys::Range {
                lastkey: -1,
                step: 1,
                limit: 0,
            },
        }],
        subcommands: &[],
        doc: CommandDoc {
            summary: "Intersect multiple sets",
            since: "1.0.0",
            group: "set",
            complexity: Some(
                "O(N*M) worst case where N is the cardinality of the smallest set and M is the number of sets.",
            ),
            doc_flags: &[],
            deprecated_since: None,
            replaced_by: None,
            history: &[],
            arguments: &[ArgDoc {
                name: "key",
                kind: "key",
                key_spec_index: 0,
                flags: &["multiple"],
                ..ArgDoc::EMPTY
            }],
        },
    },
    CommandInfo {
        name: "sintercard",
        arity: -3,
        flags: &["readonly", "movablekeys"],
        first_key: 0,
        last_key: 0,
        step: 0,
        acl_categories: &["@read", "@set", "@slow"],
        tips: &[],
        key_specs: &[KeySpec {
            notes: None,
            flags: &["RO", "access"],
            begin_search: BeginSearch::Index(1),
            find_keys: FindKeys::Keynum {
                keynumidx: 0,
                firstkey: 1,
                step: 1,
            },
        }],
        subcommands: &[],
        doc: CommandDoc {
            summary: "Intersect multiple sets and return the cardinality of the result",
            since: "7.0.0",
            group: "set",
            complexity: Some(
                "O(N*M) worst case where N is the cardinality of the smallest set and M is the number of sets.",
            ),
            doc_flags: &[],
            deprecated_since: None,
            replaced_by: None,
            history: &[],
            arguments: &[
                ArgDoc {
                    name: "numkeys",
                    kind: "integer",
                    ..ArgDoc::EMPTY
                },
                ArgDoc {
                    name: "key",
                    kind: "key",
                    key_spec_index: 0,
                    flags: &["multiple"],
                    ..ArgDoc::EMPTY
                },
                ArgDoc {
                    name: "limit",
                    kind: "integer",
                    token: Some("LIMIT"),
                    flags: &["optional"],
                    ..ArgDoc::EMPTY
                },
            ],
        },
    },
    CommandInfo {
        name: "sinterstore",
        arity: -3,
        flags: &["write", "denyoom"],
        first_key: 1,
        last_key: -1,
        step: 1,
        acl_categories: &["@write", "@set", "@slow"],
        tips: &[],
        key_specs: &[
            KeySpec {
                notes: None,
                flags: &["RW", "update"],
                begin_search: BeginSearch::Index(1),
                find_keys: FindKeys::Range {
                    lastkey: 0,
                    step: 1,
                    limit: 0,
                },
            },
            KeySpec {
                notes: None,
                flags: &["RO", "access"],
                begin_search: BeginSearch::Index(2),
                find_keys: FindKeys::Range {
                    lastkey: -1,
                    step: 1,
                    limit: 0,
                },
            },
        ],
        subcommands: &[],
        doc: CommandDoc {
            summary: "Intersect multiple sets and store the resulting set in a key",
            since: "1.0.0",
            group: "set",
            complexity: Some(
                "O(N*M) worst case where N is the cardinality of the smallest set and M is the number of sets.",
            ),
            doc_flags: &[],
            deprecated_since: None,
            replaced_by: None,
            history: &[],
            arguments: &[
                ArgDoc {
                    name: "destination",
                    kind: "key",
                    key_spec_index: 0,
                    ..ArgDoc::EMPTY
                },
                ArgDoc {
                    name: "key",
                    kind: "key",
                    key_spec_index: 1,
                    flags: &["multiple"],
                    ..ArgDoc::EMPTY
                },
            ],
        },
    },
    CommandInfo {
        name: "sismember",
        arity: 3,
        flags: &["readonly", "fast"],
        first_key: 1,
        last_key: 1,
        step: 1,
        acl_categories: &["@read", "@set", "@fast"],
        tips: &[],
        key_specs: &[KeySpec {
            notes: None,
            flags: &["RO"],
            begin_search: BeginSearch::Index(1),
            find_keys: FindKeys::Range {
                lastkey: 0,
                step: 1,
                limit: 0,
            },
        }],
        subcommands: &[],
        doc: CommandDoc {
            summary: "Determine if a given value is a member of a set",
            since: "1.0.0",
            group: "set",
            complexity: Some("O(1)"),
            doc_flags: &[],
            deprecated_since: None,
            replaced_by: None,
            history: &[],
            arguments: &[
                ArgDoc {
                    name: "key",
                    kind: "key",
                    key_spec_index: 0,
                    ..ArgDoc::EMPTY
                },
                ArgDoc {
                    name: "member",
                    kind: "string",
                    ..ArgDoc::EMPTY
                },
            ],
        },
    },
    CommandInfo {
        name: "slaveof",
        arity: 3,
        flags: &["admin", "noscript", "stale", "no_async_loading"],
        first_key: 0,
        last_key: 0,
        step: 0,
        acl_categories: &["@admin", "@slow", "@dangerous"],
        tips: &[],
        key_specs: &[],
        subcommands: &[],
        doc: CommandDoc {
            summary: "Make the server a replica of another instance, or promote it as master.",
            since: "1.0.0",
            group: "server",
            complexity: Some("O(1)"),
            doc_flags: &["deprecated"],
            deprecated_since: Some("5.0.0"),
            replaced_by: Some("`REPLICAOF`"),
            history: &[],
            arguments: &[ArgDoc {
                name: "args",
                kind: "oneof",
                arguments: &[
                    ArgDoc {
                        name: "host-port",
                        kind: "block",
                        arguments: &[
                            ArgDoc {
                                name: "host",
                                kind: "string",
                                ..ArgDoc::EMPTY
                            },
                            ArgDoc {
                                name: "port",
                                kind: "integer",
                                ..ArgDoc::EMPTY
                            },
                        ],
                        ..ArgDoc::EMPTY
                    },
                    ArgDoc {
                        name: "no-one",
                        kind: "block",
                        arguments: &[
                            ArgDoc {
                                name: "no",
                                kind: "pure-token",
                                token: Some("NO"),
                                ..ArgDoc::EMPTY
                            },
                            ArgDoc {
                                name: "one",
                                kind: "pure-token",
                                token: Some("ONE"),
                                ..ArgDoc::EMPTY
                            },
                        ],
                        ..ArgDoc::EMPTY
                    },
                ],
                ..ArgDoc::EMPTY
            }],
        },
    },
    CommandInfo {
        name: "slowlog",
        arity: -2,
        flags: &[],
        first_key: 0,
        last_key: 0,
        step: 0,
        acl_categories: &["@slow"],
        tips: &[],
        key_specs: &[],
        subcommands: &[
            CommandInfo {
                name: "slowlog|get",
                arity: -2,
                flags: &["admin", "loading", "stale"],
                first_key: 0,
                last_key: 0,
                step: 0,
                acl_categories: &["@admin", "@slow", "@dangerous"],
                tips: &["request_policy:all_nodes", "nondeterministic_output"],
                key_specs: &[],
                subcommands: &[],
                doc: CommandDoc {
                    summary: "Get the slow log's entries",
                    since: "2.2.12",
                    group: "server",
                    complexity: Some("O(N) where N is the number of entries returned"),
                    doc_flags: &[],
                    deprecated_since: None,
                    replaced_by: None,
                    history: &[("4.0.0", "Added client IP address, port and name to the reply.")],
                    arguments: &[ArgDoc {
                        name: "count",
                        kind: "integer",
                        flags: &["optional"],
                        ..ArgDoc::EMPTY
                    }],
                },
            },
            CommandInfo {
                name: "slowlog|help",
                arity: 2,
                flags: &["loading", "stale"],
                first_key: 0,
                last_key: 0,
                step: 0,
                acl_categories: &["@slow"],
                tips: &[],
                key_specs: &[],
                subcommands: &[],
                doc: CommandDoc {
                    summary: "Show helpful text about the different subcommands",
                    since: "6.2.0",
                    group: "server",
                    complexity: Some("O(1)"),
                    doc_flags: &[],
                    deprecated_since: None,
                    replaced_by: None,
                    history: &[],
                    arguments: &[],
                },
            },
            CommandInfo {
                name: "slowlog|len",
                arity: 2,
                flags: &["admin", "loading", "stale"],
                first_key: 0,
                last_key: 0,
                step: 0,
                acl_categories: &["@admin", "@slow", "@dangerous"],
                tips: &[
                    "request_policy:all_nodes",
                    "response_policy:agg_sum",
                    "nondeterministic_output",
                ],
                key_specs: &[],
                subcommands: &[],
                doc: CommandDoc {
                    summary: "Get the slow log's length",
                    since: "2.2.12",
                    group: "server",
                    complexity: Some("O(1)"),
                    doc_flags: &[],
                    deprecated_since: None,
                    replaced_by: None,
                    history: &[],
                    arguments: &[],
                },
            },
            CommandInfo {
                name: "slowlog|reset",
                arity: 2,
                flags: &["admin", "loading", "stale"],
                first_key: 0,
                last_key: 0,
                step: 0,
                acl_categories: &["@admin", "@slow", "@dangerous"],
                tips: &["request_policy:all_nodes", "response_policy:all_succeeded"],
                key_specs: &[],
                subcommands: &[],
                doc: CommandDoc {
                    summary: "Clear all entries from the slow log",
                    since: "2.2.12",
                    group: "server",
                    complexity: Some("O(N) where N is the number of entries in the slowlog"),
                    doc_flags: &[],
                    deprecated_since: None,
                    replaced_by: None,
                    history: &[],
                    arguments: &[],
                },
            },
        ],
        doc: CommandDoc {
            summary: "A container for slow log commands",
            since: "2.2.12",
            group: "server",
            complexity: Some("Depends on subcommand."),
            doc_flags: &[],
            deprecated_since: None,
            replaced_by: None,
            history: &[],
            arguments: &[],
        },
    },
    CommandInfo {
        name: "smembers",
        arity: 2,
        flags: &["readonly"],
        first_key: 1,
        last_key: 1,
        step: 1,
        acl_categories: &["@read", "@set", "@slow"],
        tips: &["nondeterministic_output_order"],
        key_specs: &[KeySpec {
            notes: None,
            flags: &["RO", "access"],
            begin_search: BeginSearch::Index(1),
            find_keys: FindKeys::Range {
                lastkey: 0,
                step: 1,
                limit: 0,
            },
        }],
        subcommands: &[],
        doc: CommandDoc {
            summary: "Get all the members in a set",
            since: "1.0.0",
            group: "set",
            complexity: Some("O(N) where N is the set cardinality."),
            doc_flags: &[],
            deprecated_since: None,
            replaced_by: None,
            history: &[],
            arguments: &[ArgDoc {
                name: "key",
                kind: "key",
                key_spec_index: 0,
                ..ArgDoc::EMPTY
            }],
        },
    },
    CommandInfo {
        name: "smismember",
        arity: -3,
        flags: &["readonly", "fast"],
        first_key: 1,
        last_key: 1,
        step: 1,
        acl_categories: &["@read", "@set", "@fast"],
        tips: &[],
        key_specs: &[KeySpec {
            notes: None,
            flags: &["RO", "access"],
            begin_search: BeginSearch::Index(1),
            find_keys: FindKeys::Range {
                lastkey: 0,
                step: 1,
                limit: 0,
            },
        }],
        subcommands: &[],
        doc: CommandDoc {
            summary: "Returns the membership associated with the given elements for a set",
            since: "6.2.0",
            group: "set",
            complexity: Some("O(N) where N is the number of elements being checked for membership"),
            doc_flags: &[],
            deprecated_since: None,
            replaced_by: None,
            history: &[],
            arguments: &[
                ArgDoc {
                    name: "key",
                    kind: "key",
                    key_spec_index: 0,
                    ..ArgDoc::EMPTY
                },
                ArgDoc {
                    name: "member",
                    kind: "string",
                    flags: &["multiple"],
                    ..ArgDoc::EMPTY
                },
            ],
        },
    },
    CommandInfo {
        name: "smove",
        arity: 4,
        flags: &["write", "fast"],
        first_key: 1,
        last_key: 2,
        step: 1,
        acl_categories: &["@write", "@set", "@fast"],
        tips: &[],
        key_specs: &[
            KeySpec {
                notes: None,
                flags: &["RW", "access", "delete"],
                begin_search: BeginSearch::Index(1),
                find_keys: FindKeys::Range {
                    lastkey: 0,
                    step: 1,
                    limit: 0,
                },
            },
            KeySpec {
                notes: None,
                flags: &["RW", "insert"],
                begin_search: BeginSearch::Index(2),
                find_keys: FindKeys::Range {
                    lastkey: 0,
                    step: 1,
                    limit: 0,
                },
            },
        ],
        subcommands: &[],
        doc: CommandDoc {
            summary: "Move a member from one set to another",
            since: "1.0.0",
            group: "set",
            complexity: Some("O(1)"),
            doc_flags: &[],
            deprecated_since: None,
            replaced_by: None,
            history: &[],
            arguments: &[
                ArgDoc {
                    name: "source",
                    kind: "key",
                    key_spec_index: 0,
                    ..ArgDoc::EMPTY
                },
                ArgDoc {
                    name: "destination",
                    kind: "key",
                    key_spec_index: 1,
                    ..ArgDoc::EMPTY
                },
                ArgDoc {
                    name: "member",
                    kind: "string",
                    ..ArgDoc::EMPTY
                },
            ],
        },
    },
    CommandInfo {
        name: "sort",
        arity: -2,
        flags: &["write", "denyoom", "movablekeys"],
        first_key: 1,
        last_key: 1,
        step: 1,
        acl_categories: &["@write", "@set", "@sortedset", "@list", "@slow", "@dangerous"],
        tips: &[],
        key_specs: &[
            KeySpec {
                notes: None,
                flags: &["RO", "access"],
                begin_search: BeginSearch::Index(1),
                find_keys: FindKeys::Range {
                    lastkey: 0,
                    step: 1,
                    limit: 0,
                },
            },
            KeySpec {
                notes: Some(
                    "For the optional BY/GET keyword. It is marked 'unknown' because the key names derive from the content of the key we sort",
                ),
                flags: &["RO", "access"],
                begin_search: BeginSearch::Unknown,
                find_keys: FindKeys::Unknown,
            },
            KeySpec {
                notes: Some(
                    "For the optional STORE keyword. It is marked 'unknown' because the keyword can appear anywhere in the argument array",
                ),
                flags: &["OW", "update"],
                begin_search: BeginSearch::Unknown,
                find_keys: FindKeys::Unknown,
            },
        ],
        subcommands: &[],
        doc: CommandDoc {
            summary: "Sort the elements in a list, set or sorted set",
            since: "1.0.0",
            group: "generic",
            complexity: Some(
                "O(N+M*log(M)) where N is the number of elements in the list or set to sort, and M the number of returned elements. When the elements are not sorted, complexity is O(N).",
            ),
            doc_flags: &[],
            deprecated_since: None,
            replaced_by: None,
            history: &[],
            arguments: &[
                ArgDoc {
                    name: "key",
                    kind: "key",
                    key_spec_index: 0,
                    ..ArgDoc::EMPTY
                },
                ArgDoc {
                    name: "pattern",
                    kind: "pattern",
                    key_spec_index: 1,
                    token: Some("BY"),
                    flags: &["optional"],
                    ..ArgDoc::EMPTY
                },
                ArgDoc {
                    name: "offset_count",
                    kind: "block",
                    token: Some("LIMIT"),
                    flags: &["optional"],
                    arguments: &[
                        ArgDoc {
                            name: "offset",
                            kind: "integer",
                            ..ArgDoc::EMPTY
                        },
                        ArgDoc {
                            name: "count",
                            kind: "integer",
                            ..ArgDoc::EMPTY
                        },
                    ],
                    ..ArgDoc::EMPTY
                },
                ArgDoc {
                    name: "pattern",
                    kind: "pattern",
                    key_spec_index: 1,
                    token: Some("GET"),
                    flags: &["optional", "multiple", "multiple_token"],
                    ..ArgDoc::EMPTY
                },
                ArgDoc {
                    name: "order",
                    kind: "oneof",
                    flags: &["optional"],
                    arguments: &[
                        ArgDoc {
                            name: "asc",
                            kind: "pure-token",
                            token: Some("ASC"),
                            ..ArgDoc::EMPTY
                        },
                        ArgDoc {
                            name: "desc",
                            kind: "pure-token",
                            token: Some("DESC"),
                            ..ArgDoc::EMPTY
                        },
                    ],
                    ..ArgDoc::EMPTY
                },
                ArgDoc {
                    name: "sorting",
                    kind: "pure-token",
                    token: Some("ALPHA"),
                    flags: &["optional"],
                    ..ArgDoc::EMPTY
                },
                ArgDoc {
                    name: "destination",
                    kind: "key",
                    key_spec_index: 2,
                    token: Some("STORE"),
                    flags: &["optional"],
                    ..ArgDoc::EMPTY
                },
            ],
        },
    },
    CommandInfo {
        name: "sort_ro",
        arity: -2,
        flags: &["readonly", "movablekeys"],
        first_key: 1,
        last_key: 1,
        step: 1,
        acl_categories: &["@read", "@set", "@sortedset", "@list", "@slow", "@dangerous"],
        tips: &[],
        key_specs: &[
            KeySpec {
                notes: None,
                flags: &["RO", "access"],
                begin_search: BeginSearch::Index(1),
                find_keys: FindKeys::Range {
                    lastkey: 0,
                    step: 1,
                    limit: 0,
                },
            },
            KeySpec {
                notes: Some(
                    "For the optional BY/GET keyword. It is marked 'unknown' because the key names derive from the content of the key we sort",
                ),
                flags: &["RO", "access"],
                begin_search: BeginSearch::Unknown,
                find_keys: FindKeys::Unknown,
            },
        ],
        subcommands: &[],
        doc: CommandDoc {
            summary: "Sort the elements in a list, set or sorted set. Read-only variant of SORT.",
            since: "7.0.0",
            group: "generic",
            complexity: Some(
                "O(N+M*log(M)) where N is the number of elements in the list or set to sort, and M the number of returned elements. When the elements are not sorted, complexity is O(N).",
            ),
            doc_flags: &[],
            deprecated_since: None,
            replaced_by: None,
            history: &[],
            arguments: &[
                ArgDoc {
                    name: "key",
                    kind: "key",
                    key_spec_index: 0,
                    ..ArgDoc::EMPTY
                },
                ArgDoc {
                    name: "pattern",
                    kind: "pattern",
                    key_spec_index: 1,
                    token: Some("BY"),
                    flags: &["optional"],
                    ..ArgDoc::EMPTY
                },
                ArgDoc {
                    name: "offset_count",
                    kind: "block",
                    token: Some("LIMIT"),
                    flags: &["optional"],
                    arguments: &[
                        ArgDoc {
                            name: "offset",
                            kind: "integer",
                            ..ArgDoc::EMPTY
                        },
                        ArgDoc {
                            name: "count",
                            kind: "integer",
                            ..ArgDoc::EMPTY
                        },
                    ],
                    ..ArgDoc::EMPTY
                },
                ArgDoc {
                    name: "pattern",
                    kind: "pattern",
                    key_spec_index: 1,
                    token: Some("GET"),
                    flags: &["optional", "multiple", "multiple_token"],
                    ..ArgDoc::EMPTY
                },
                ArgDoc {
                    name: "order",
                    kind: "oneof",
                    flags: &["optional"],
                    arguments: &[
                        ArgDoc {
                            name: "asc",
                            kind: "pure-token",
                            token: Some("ASC"),
                            ..ArgDoc::EMPTY
                        },
                        ArgDoc {
                            name: "desc",
                            kind: "pure-token",
                            token: Some("DESC"),
                            ..ArgDoc::EMPTY
                        },
                    ],
                    ..ArgDoc::EMPTY
                },
                ArgDoc {
                    name: "sorting",
                    kind: "pure-token",
                    token: Some("ALPHA"),
                    flags: &["optional"],
                    ..ArgDoc::EMPTY
                },
            ],
        },
    },
    CommandInfo {
        name: "spop",
        arity: -2,
        flags: &["write", "fast"],
        first_key: 1,
        last_key: 1,
        step: 1,
        acl_categories: &["@write", "@set", "@fast"],
        tips: &["nondeterministic_output"],
        key_specs: &[KeySpec {
            notes: None,
            flags: &["RW", "access", "delete"],
            begin_search: BeginSearch::Index(1),
            find_keys: FindKeys::Range {
                lastkey: 0,
                step: 1,
                limit: 0,
            },
        }],
        subcommands: &[],
        doc: CommandDoc {
            summary: "Remove and return one or multiple random members from a set",
            since: "1.0.0",
            group: "set",
            complexity: Some(
                "Without the count argument O(1), otherwise O(N) where N is the value of the passed count.",
            ),
            doc_flags: &[],
            deprecated_since: None,
            replaced_by: None,
            history: &[("3.2.0", "Added the `count` argument.")],
            arguments: &[
                ArgDoc {
                    name: "key",
                    kind: "key",
                    key_spec_index: 0,
                    ..ArgDoc::EMPTY
                },
                ArgDoc {
                    name: "count",
                    kind: "integer",
                    since: Some("3.2.0"),
                    flags: &["optional"],
                    ..ArgDoc::EMPTY
                },
            ],
        },
    },
    CommandInfo {
        name: "spublish",
        arity: 3,
        flags: &["pubsub", "loading", "stale", "fast"],
        first_key: 1,
        last_key: 1,
        step: 1,
        acl_categories: &["@pubsub", "@fast"],
        tips: &[],
        key_specs: &[KeySpec {
            notes: None,
            flags: &["not_key"],
            begin_search: BeginSearch::Index(1),
            find_keys: FindKeys::Range {
                lastkey: 0,
                step: 1,
                limit: 0,
            },
        }],
        subcommands: &[],
        doc: CommandDoc {
            summary: "Post a message to a shard channel",
            since: "7.0.0",
            group: "pubsub",
            complexity: Some("O(N) where N is the number of clients subscribed to the receiving shard channel."),
            doc_flags: &[],
            deprecated_since: None,
            replaced_by: None,
            history: &[],
            arguments: &[
                ArgDoc {
                    name: "shardchannel",
                    kind: "string",
                    ..ArgDoc::EMPTY
                },
                ArgDoc {
                    name: "message",
                    kind: "string",
                    ..ArgDoc::EMPTY
                },
            ],
        },
    },
    CommandInfo {
        name: "srandmember",
        arity: -2,
        flags: &["readonly"],
        first_key: 1,
        last_key: 1,
        step: 1,
        acl_categories: &["@read", "@set", "@slow"],
        tips: &["nondeterministic_output"],
        key_specs: &[KeySpec {
            notes: None,
            flags: &["RO", "access"],
            begin_search: BeginSearch::Index(1),
            find_keys: FindKeys::Range {
                lastkey: 0,
                step: 1,
                limit: 0,
            },
        }],
        subcommands: &[],
        doc: CommandDoc {
            summary: "Get one or multiple random members from a set",
            since: "1.0.0",
            group: "set",
            complexity: Some(
                "Without the count argument O(1), otherwise O(N) where N is the absolute value of the passed count.",
            ),
            doc_flags: &[],
            deprecated_since: None,
            replaced_by: None,
            history: &[("2.6.0", "Added the optional `count` argument.")],
            arguments: &[
                ArgDoc {
                    name: "key",
                    kind: "key",
                    key_spec_index: 0,
                    ..ArgDoc::EMPTY
                },
                ArgDoc {
                    name: "count",
                    kind: "integer",
                    since: Some("2.6.0"),
                    flags: &["optional"],
                    ..ArgDoc::EMPTY
                },
            ],
        },
    },
    CommandInfo {
        name: "srem",
        arity: -3,
        flags: &["write", "fast"],
        first_key: 1,
        last_key: 1,
        step: 1,
        acl_categories: &["@write", "@set", "@fast"],
        tips: &[],
        key_specs: &[KeySpec {
            notes: None,
            flags: &["RW", "delete"],
            begin_search: BeginSearch::Index(1),
            find_keys: FindKeys::Range {
                lastkey: 0,
                step: 1,
                limit: 0,
            },
        }],
        subcommands: &[],
        doc: CommandDoc {
            summary: "Remove one or more members from a set",
            since: "1.0.0",
            group: "set",
            complexity: Some("O(N) where N is the number of members to be removed."),
            doc_flags: &[],
            deprecated_since: None,
            replaced_by: None,
            history: &[("2.4.0", "Accepts multiple `member` arguments.")],
            arguments: &[
                ArgDoc {
                    name: "key",
                    kind: "key",
                    key_spec_index: 0,
                    ..ArgDoc::EMPTY
                },
                ArgDoc {
                    name: "member",
                    kind: "string",
                    flags: &["multiple"],
                    ..ArgDoc::EMPTY
                },
            ],
        },
    },
    CommandInfo {
        name: "sscan",
        arity: -3,
        flags: &["readonly"],
        first_key: 1,
        last_key: 1,
        step: 1,
        acl_categories: &["@read", "@set", "@slow"],
        tips: &["nondeterministic_output"],
        key_specs: &[KeySpec {
            notes: None,
            flags: &["RO", "access"],
            begin_search: BeginSearch::Index(1),
            find_keys: FindKeys::Range {
                lastkey: 0,
                step: 1,
                limit: 0,
            },
        }],
        subcommands: &[],
        doc: CommandDoc {
            summary: "Incrementally iterate Set elements",
            since: "2.8.0",
            group: "set",
            complexity: Some(
                "O(1) for every call. O(N) for a complete iteration, including enough command calls for the cursor to return back to 0. N is the number of elements inside the collection..",
            ),
            doc_flags: &[],
            deprecated_since: None,
            replaced_by: None,
            history: &[],
            arguments: &[
                ArgDoc {
                    name: "key",
                    kind: "key",
                    key_spec_index: 0,
                    ..ArgDoc::EMPTY
                },
                ArgDoc {
                    name: "cursor",
                    kind: "integer",
                    ..ArgDoc::EMPTY
                },
                ArgDoc {
                    name: "pattern",
                    kind: "pattern",
                    token: Some("MATCH"),
                    flags: &["optional"],
                    ..ArgDoc::EMPTY
                },
                ArgDoc {
                    name: "count",
                    kind: "integer",
                    token: Some("COUNT"),
                    flags: &["optional"],
                    ..ArgDoc::EMPTY
                },
            ],
        },
    },
    CommandInfo {
        name: "ssubscribe",
        arity: -2,
        flags: &["pubsub", "noscript", "loading", "stale"],
        first_key: 1,
        last_key: -1,
        step: 1,
        acl_categories: &["@pubsub", "@slow"],
        tips: &[],
        key_specs: &[KeySpec {
            notes: None,
            flags: &["not_key"],
            begin_search: BeginSearch::Index(1),
            find_keys: FindKeys::Range {
                lastkey: -1,
                step: 1,
                limit: 0,
            },
        }],
        subcommands: &[],
        doc: CommandDoc {
            summary: "Listen for messages published to the given shard channels",
            since: "7.0.0",
            group: "pubsub",
            complexity: Some("O(N) where N is the number of shard channels to subscribe to."),
            doc_flags: &[],
            deprecated_since: None,
            replaced_by: None,
            history: &[],
            arguments: &[ArgDoc {
                name: "shardchannel",
                kind: "string",
                flags: &["multiple"],
                ..ArgDoc::EMPTY
            }],
        },
    },
    CommandInfo {
        name: "strlen",
        arity: 2,
        flags: &["readonly", "fast"],
        first_key: 1,
        last_key: 1,
        step: 1,
        acl_categories: &["@read", "@string", "@fast"],
        tips: &[],
        key_specs: &[KeySpec {
            notes: None,
            flags: &["RO"],
            begin_search: BeginSearch::Index(1),
            find_keys: FindKeys::Range {
                lastkey: 0,
                step: 1,
                limit: 0,
            },
        }],
        subcommands: &[],
        doc: CommandDoc {
            summary: "Get the length of the value stored in a key",
            since: "2.2.0",
            group: "string",
            complexity: Some("O(1)"),
            doc_flags: &[],
            deprecated_since: None,
            replaced_by: None,
            history: &[],
            arguments: &[ArgDoc {
                name: "key",
                kind: "key",
                key_spec_index: 0,
                ..ArgDoc::EMPTY
            }],
        },
    },
    CommandInfo {
        name: "subscribe",
        arity: -2,
        flags: &["pubsub", "noscript", "loading", "stale"],
        first_key: 0,
        last_key: 0,
        step: 0,
        acl_categories: &["@pubsub", "@slow"],
        tips: &[],
        key_specs: &[],
        subcommands: &[],
        doc: CommandDoc {
            summary: "Listen for messages published to the given channels",
            since: "2.0.0",
            group: "pubsub",
            complexity: Some("O(N) where N is the number of channels to subscribe to."),
            doc_flags: &[],
            deprecated_since: None,
            replaced_by: None,
            history: &[],
            arguments: &[ArgDoc {
                name: "channel",
                kind: "string",
                flags: &["multiple"],
                ..ArgDoc::EMPTY
            }],
        },
    },
    CommandInfo {
        name: "substr",
        arity: 4,
        flags: &["readonly"],
        first_key: 1,
        last_key: 1,
        step: 1,
        acl_categories: &["@read", "@string", "@slow"],
        tips: &[],
        key_specs: &[KeySpec {
            notes: None,
            flags: &["RO", "access"],
            begin_search: BeginSearch::Index(1),
            find_keys: FindKeys::Range {
                lastkey: 0,
                step: 1,
                limit: 0,
            },
        }],
        subcommands: &[],
        doc: CommandDoc {
            summary: "Get a substring of the string stored at a key",
            since: "1.0.0",
            group: "string",
            complexity: Some(
                "O(N) where N is the length of the returned string. The complexity is ultimately determined by the returned length, but because creating a substring from an existing string is very cheap, it can be considered O(1) for small strings.",
            ),
            doc_flags: &["deprecated"],
            deprecated_since: Some("2.0.0"),
            replaced_by: Some("`GETRANGE`"),
            history: &[],
            arguments: &[
                ArgDoc {
                    name: "key",
                    kind: "key",
                    key_spec_index: 0,
                    ..ArgDoc::EMPTY
                },
                ArgDoc {
                    name: "start",
                    kind: "integer",
                    ..ArgDoc::EMPTY
                },
                ArgDoc {
                    name: "end",
                    kind: "integer",
                    ..ArgDoc::EMPTY
                },
            ],
        },
    },
    CommandInfo {
        name: "sunion",
        arity: -2,
        flags: &["readonly"],
        first_key: 1,
        last_key: -1,
        step: 1,
        acl_categories: &["@read", "@set", "@slow"],
        tips: &["nondeterministic_output_order"],
        key_specs: &[KeySpec {
            notes: None,
            flags: &["RO", "access"],
            begin_search: BeginSearch::Index(1),
            find_keys: FindKeys::Range {
                lastkey: -1,
                step: 1,
                limit: 0,
            },
        }],
        subcommands: &[],
        doc: CommandDoc {
            summary: "Add multiple sets",
            since: "1.0.0",
            group: "set",
            complexity: Some("O(N) where N is the total number of elements in all given sets."),
            doc_flags: &[],
            deprecated_since: None,
            replaced_by: None,
            history: &[],
            arguments: &[ArgDoc {
                name: "key",
                kind: "key",
                key_spec_index: 0,
                flags: &["multiple"],
                ..ArgDoc::EMPTY
            }],
        },
    },
    CommandInfo {
        name: "sunionstore",
        arity: -3,
        flags: &["write", "denyoom"],
        first_key: 1,
        last_key: -1,
        step: 1,
        acl_categories: &["@write", "@set", "@slow"],
        tips: &[],
        key_specs: &[
            KeySpec {
                notes: None,
                flags: &["OW", "update"],
                begin_search: BeginSearch::Index(1),
                find_keys: FindKeys::Range {
                    lastkey: 0,
                    step: 1,
                    limit: 0,
                },
            },
            KeySpec {
                notes: None,
                flags: &["RO", "access"],
                begin_search: BeginSearch::Index(2),
                find_keys: FindKeys::Range {
                    lastkey: -1,
                    step: 1,
                    limit: 0,
                },
            },
        ],
        subcommands: &[],
        doc: CommandDoc {
            summary: "Add multiple sets and store the resulting set in a key",
            since: "1.0.0",
            group: "set",
            complexity: Some("O(N) where N is the total number of elements in all given sets."),
            doc_flags: &[],
            deprecated_since: None,
            replaced_by: None,
            history: &[],
            arguments: &[
                ArgDoc {
                    name: "destination",
                    kind: "key",
                    key_spec_index: 0,
                    ..ArgDoc::EMPTY
                },
                ArgDoc {
                    name: "key",
                    kind: "key",
                    key_spec_index: 1,
                    flags: &["multiple"],
                    ..ArgDoc::EMPTY
                },
            ],
        },
    },
    CommandInfo {
        name: "sunsubscribe",
        arity: -1,
        flags: &["pubsub", "noscript", "loading", "stale"],
        first_key: 1,
        last_key: -1,
        step: 1,
        acl_categories: &["@pubsub", "@slow"],
        tips: &[],
        key_specs: &[KeySpec {
            notes: None,
            flags: &["not_key"],
            begin_search: BeginSearch::Index(1),
            find_keys: FindKeys::Range {
                lastkey: -1,
                step: 1,
                limit: 0,
            },
        }],
        subcommands: &[],
        doc: CommandDoc {
            summary: "Stop listening for messages posted to the given shard channels",
            since: "7.0.0",
            group: "pubsub",
            complexity: Some("O(N) where N is the number of clients already subscribed to a shard channel."),
            doc_flags: &[],
            deprecated_since: None,
            replaced_by: None,
            history: &[],
            arguments: &[ArgDoc {
                name: "shardchannel",
                kind: "string",
                flags: &["optional", "multiple"],
                ..ArgDoc::EMPTY
            }],
        },
    },
    CommandInfo {
        name: "swapdb",
        arity: 3,
        flags: &["write", "fast"],
        first_key: 0,
        last_key: 0,
        step: 0,
        acl_categories: &["@keyspace", "@write", "@fast", "@dangerous"],
        tips: &[],
        key_specs: &[],
        subcommands: &[],
        doc: CommandDoc {
            summary: "Swaps two Redis databases",
            since: "4.0.0",
            group: "server",
            complexity: Some("O(N) where N is the count of clients watching or blocking on keys from both databases."),
            doc_flags: &[],
            deprecated_since: None,
            replaced_by: None,
            history: &[],
            arguments: &[
                ArgDoc {
                    name: "index1",
                    kind: "integer",
                    ..ArgDoc::EMPTY
                },
                ArgDoc {
                    name: "index2",
                    kind: "integer",
                    ..ArgDoc::EMPTY
                },
            ],
        },
    },
    CommandInfo {
        name: "sync",
        arity: 1,
        flags: &["admin", "noscript", "no_async_loading", "no_multi"],
        first_key: 0,
        last_key: 0,
        step: 0,
        acl_categories: &["@admin", "@slow", "@dangerous"],
        tips: &[],
        key_specs: &[],
        subcommands: &[],
        doc: CommandDoc {
            summary: "Internal command used for replication",
            since: "1.0.0",
            group: "server",
            complexity: None,
            doc_flags: &[],
            deprecated_since: None,
            replaced_by: None,
            history: &[],
            arguments: &[],
        },
    },
    CommandInfo {
        name: "time",
        arity: 1,
        flags: &["loading", "stale", "fast"],
        first_key: 0,
        last_key: 0,
        step: 0,
        acl_categories: &["@fast"],
        tips: &["nondeterministic_output"],
        key_specs: &[],
        subcommands: &[],
        doc: CommandDoc {
            summary: "Return the current server time",
            since: "2.6.0",
            group: "server",
            complexity: Some("O(1)"),
            doc_flags: &[],
            deprecated_since: None,
            replaced_by: None,
            history: &[],
            arguments: &[],
        },
    },
    CommandInfo {
        name: "touch",
        arity: -2,
        flags: &["readonly", "fast"],
        first_key: 1,
        last_key: -1,
        step: 1,
        acl_categories: &["@keyspace", "@read", "@fast"],
        tips: &["request_policy:multi_shard", "response_policy:agg_sum"],
        key_specs: &[KeySpec {
            notes: None,
            flags: &["RO"],
            begin_search: BeginSearch::Index(1),
            find_keys: FindKeys::Range {
                lastkey: -1,
                step: 1,
                limit: 0,
            },
        }],
        subcommands: &[],
        doc: CommandDoc {
            summary: "Alters the last access time of a key(s). Returns the number of existing keys specified.",
            since: "3.2.1",
            group: "generic",
            complexity: Some("O(N) where N is the number of keys that will be touched."),
            doc_flags: &[],
            deprecated_since: None,
            replaced_by: None,
            history: &[],
            arguments: &[ArgDoc {
                name: "key",
                kind: "key",
                key_spec_index: 0,
                flags: &["multiple"],
                ..ArgDoc::EMPTY
            }],
        },
    },
    CommandInfo {
        name: "ttl",
        arity: 2,
        flags: &["readonly", "fast"],
        first_key: 1,
        last_key: 1,
        step: 1,
        acl_categories: &["@keyspace", "@read", "@fast"],
        tips: &["nondeterministic_output"],
        key_specs: &[KeySpec {
            notes: None,
            flags: &["RO", "access"],
            begin_search: BeginSearch::Index(1),
            find_keys: FindKeys::Range {
                lastkey: 0,
                step: 1,
                limit: 0,
            },
        }],
        subcommands: &[],
        doc: CommandDoc {
            summary: "Get the time to live for a key in seconds",
            since: "1.0.0",
            group: "generic",
            complexity: Some("O(1)"),
            doc_flags: &[],
            deprecated_since: None,
            replaced_by: None,
            history: &[("2.8.0", "Added the -2 reply.")],
            arguments: &[ArgDoc {
                name: "key",
                kind: "key",
                key_spec_index: 0,
                ..ArgDoc::EMPTY
            }],
        },
    },
    CommandInfo {
        name: "type",
        arity: 2,
        flags: &["readonly", "fast"],
        first_key: 1,
        last_key: 1,
        step: 1,
        acl_categories: &["@keyspace", "@read", "@fast"],
        tips: &[],
        key_specs: &[KeySpec {
            notes: None,
            flags: &["RO"],
            begin_search: BeginSearch::Index(1),
            find_keys: FindKeys::Range {
                lastkey: 0,
                step: 1,
                limit: 0,
            },
        }],
        subcommands: &[],
        doc: CommandDoc {
            summary: "Determine the type stored at key",
            since: "1.0.0",
            group: "generic",
            complexity: Some("O(1)"),
            doc_flags: &[],
            deprecated_since: None,
            replaced_by: None,
            history: &[],
            arguments: &[ArgDoc {
                name: "key",
                kind: "key",
                key_spec_index: 0,
                ..ArgDoc::EMPTY
            }],
        },
    },
    CommandInfo {
        name: "unlink",
        arity: -2,
        flags: &["write", "fast"],
        first_key: 1,
        last_key: -1,
        step: 1,
        acl_categories: &["@keyspace", "@write", "@fast"],
        tips: &["request_policy:multi_shard", "response_policy:agg_sum"],
        key_specs: &[KeySpec {
            notes: None,
            flags: &["RM", "delete"],
            begin_search: BeginSearch::Index(1),
            find_keys: FindKeys::Range {
                lastkey: -1,
                step: 1,
                limit: 0,
            },
        }],
        subcommands: &[],
        doc: CommandDoc {
            summary: "Delete a key asynchronously in another thread. Otherwise it is just as DEL, but non blocking.",
            since: "4.0.0",
            group: "generic",
            complexity: Some(
                "O(1) for each key removed regardless of its size. Then the command does O(N) work in a different thread in order to reclaim memory, where N is the number of allocations the deleted objects where composed of.",
            ),
            doc_flags: &[],
            deprecated_since: None,
            replaced_by: None,
            history: &[],
            arguments: &[ArgDoc {
                name: "key",
                kind: "key",
                key_spec_index: 0,
                flags: &["multiple"],
                ..ArgDoc::EMPTY
            }],
        },
    },
    CommandInfo {
        name: "unsubscribe",
        arity: -1,
        flags: &["pubsub", "noscript", "loading", "stale"],
        first_key: 0,
        last_key: 0,
        step: 0,
        acl_categories: &["@pubsub", "@slow"],
        tips: &[],
        key_specs: &[],
        subcommands: &[],
        doc: CommandDoc {
            summary: "Stop listening for messages posted to the given channels",
            since: "2.0.0",
            group: "pubsub",
            complexity: Some("O(N) where N is the number of clients already subscribed to a channel."),
            doc_flags: &[],
            deprecated_since: None,
            replaced_by: None,
            history: &[],
            arguments: &[ArgDoc {
                name: "channel",
                kind: "string",
                flags: &["optional", "multiple"],
                ..ArgDoc::EMPTY
            }],
        },
    },
    CommandInfo {
        name: "unwatch",
        arity: 1,
        flags: &["noscript", "loading", "stale", "fast", "allow_busy"],
        first_key: 0,
        last_key: 0,
        step: 0,
        acl_categories: &["@fast", "@transaction"],
        tips: &[],
        key_specs: &[],
        subcommands: &[],
        doc: CommandDoc {
            summary: "Forget about all watched keys",
            since: "2.2.0",
            group: "transactions",
            complexity: Some("O(1)"),
            doc_flags: &[],
            deprecated_since: None,
            replaced_by: None,
            history: &[],
            arguments: &[],
        },
    },
    CommandInfo {
        name: "wait",
        arity: 3,
        flags: &["noscript"],
        first_key: 0,
        last_key: 0,
        step: 0,
        acl_categories: &["@slow", "@connection"],
        tips: &["request_policy:all_shards", "response_policy:agg_min"],
        key_specs: &[],
        subcommands: &[],
        doc: CommandDoc {
            summary: "Wait for the synchronous replication of all the write commands sent in the context of the current connection",
            since: "3.0.0",
            group: "generic",
            complexity: Some("O(1)"),
            doc_flags: &[],
            deprecated_since: None,
            replaced_by: None,
            history: &[],
            arguments: &[
                ArgDoc {
                    name: "numreplicas",
                    kind: "integer",
                    ..ArgDoc::EMPTY
                },
                ArgDoc {
                    name: "timeout",
                    kind: "integer",
                    ..ArgDoc::EMPTY
                },
            ],
        },
    },
    CommandInfo {
        name: "watch",
        arity: -2,
        flags: &["noscript", "loading", "stale", "fast", "allow_busy"],
        first_key: 1,
        last_key: -1,
        step: 1,
        acl_categories: &["@fast", "@transaction"],
        tips: &[],
        key_specs: &[KeySpec {
            notes: None,
            flags: &["RO"],
            begin_search: BeginSearch::Index(1),
            find_keys: FindKeys::Range {
                lastkey: -1,
                step: 1,
                limit: 0,
            },
        }],
        subcommands: &[],
        doc: CommandDoc {
            summary: "Watch the given keys to determine execution of the MULTI/EXEC block",
            since: "2.2.0",
            group: "transactions",
            complexity: Some("O(1) for every key."),
            doc_flags: &[],
            deprecated_since: None,
            replaced_by: None,
            history: &[],
            arguments: &[ArgDoc {
                name: "key",
                kind: "key",
                key_spec_index: 0,
                flags: &["multiple"],
                ..ArgDoc::EMPTY
            }],
        },
    },
    CommandInfo {
        name: "xack",
        arity: -4,
        flags: &["write", "fast"],
        first_key: 1,
        last_key: 1,
        step: 1,
        acl_categories: &["@write", "@stream", "@fast"],
        tips: &[],
        key_specs: &[KeySpec {
            notes: None,
            flags: &["RW", "update"],
            begin_search: BeginSearch::Index(1),
            find_keys: FindKeys::Range {
                lastkey: 0,
                step: 1,
                limit: 0,
            },
        }],
        subcommands: &[],
        doc: CommandDoc {
            summary: "Marks a pending message as correctly processed, effectively removing it from the pending entries list of the consumer group. Return value of the command is the number of messages successfully acknowledged, that is, the IDs we were actually able to resolve in the PEL.",
            since: "5.0.0",
            group: "stream",
            complexity: Some("O(1) for each message ID processed."),
            doc_flags: &[],
            deprecated_since: None,
            replaced_by: None,
            history: &[],
            arguments: &[
                ArgDoc {
                    name: "key",
                    kind: "key",
                    key_spec_index: 0,
                    ..ArgDoc::EMPTY
                },
                ArgDoc {
                    name: "group",
                    kind: "string",
                    ..ArgDoc::EMPTY
                },
                ArgDoc {
                    name: "id",
                    kind: "string",
                    flags: &["multiple"],
                    ..ArgDoc::EMPTY
                },
            ],
        },
    },
    CommandInfo {
        name: "xadd",
        arity: -5,
        flags: &["write", "denyoom", "fast"],
        first_key: 1,
        last_key: 1,
        step: 1,
        acl_categories: &["@write", "@stream", "@fast"],
        tips: &["nondeterministic_output"],
        key_specs: &[KeySpec {
            notes: Some("UPDATE instead of INSERT because of the optional trimming feature"),
            flags: &["RW", "update"],
            begin_search: BeginSearch::Index(1),
            find_keys: FindKeys::Range {
                lastkey: 0,
                step: 1,
                limit: 0,
            },
        }],
        subcommands: &[],
        doc: CommandDoc {
            summary: "Appends a new entry to a stream",
            since: "5.0.0",
            group: "stream",
            complexity: Some(
                "O(1) when adding a new entry, O(N) when trimming where N being the number of entries evicted.",
            ),
            doc_flags: &[],
            deprecated_since: None,
            replaced_by: None,
            history: &[
                (
                    "6.2.0",
                    "Added the `NOMKSTREAM` option, `MINID` trimming strategy and the `LIMIT` option.",
                ),
                ("7.0.0", "Added support for the `<ms>-*` explicit ID form."),
            ],
            arguments: &[
                ArgDoc {
                    name: "key",
                    kind: "key",
                    key_spec_index: 0,
                    ..ArgDoc::EMPTY
                },
                ArgDoc {
                    name: "nomkstream",
                    kind: "pure-token",
                    token: Some("NOMKSTREAM"),
                    since: Some("6.2.0"),
                    flags: &["optional"],
                    ..ArgDoc::EMPTY
                },
                ArgDoc {
                    name: "trim",
                    kind: "block",
                    flags: &["optional"],
                    arguments: &[
                        ArgDoc {
                            name: "strategy",
                            kind: "oneof",
                            arguments: &[
                                ArgDoc {
                                    name: "maxlen",
                                    kind: "pure-token",
                                    token: Some("MAXLEN"),
                                    ..ArgDoc::EMPTY
                                },
                                ArgDoc {
                                    name: "minid",
                                    kind: "pure-token",
                                    token: Some("MINID"),
                                    since: Some("6.2.0"),
                                    ..ArgDoc::EMPTY
                                },
                            ],
                            ..ArgDoc::EMPTY
                        },
                        ArgDoc {
                            name: "operator",
                            kind: "oneof",
                            flags: &["optional"],
                            arguments: &[
                                ArgDoc {
                                    name: "equal",
                                    kind: "pure-token",
                                    token: Some("="),
                                    ..ArgDoc::EMPTY
                                },
                                ArgDoc {
                                    name: "approximately",
                                    kind: "pure-token",
                                    token: Some("~"),
                                    ..ArgDoc::EMPTY
                                },
                            ],
                            ..ArgDoc::EMPTY
                        },
                        ArgDoc {
                            name: "threshold",
                            kind: "string",
                            ..ArgDoc::EMPTY
                        },
                        ArgDoc {
                            name: "count",
                            kind: "integer",
                            token: Some("LIMIT"),
                            since: Some("6.2.0"),
                            flags: &["optional"],
                            ..ArgDoc::EMPTY
                        },
                    ],
                    ..ArgDoc::EMPTY
                },
                ArgDoc {
                    name: "id_or_auto",
                    kind: "oneof",
                    arguments: &[
                        ArgDoc {
                            name: "auto_id",
                            kind: "pure-token",
                            token: Some("*"),
                            ..ArgDoc::EMPTY
                        },
                        ArgDoc {
                            name: "id",
                            kind: "string",
                            ..ArgDoc::EMPTY
                        },
                    ],
                    ..ArgDoc::EMPTY
                },
                ArgDoc {
                    name: "field_value",
                    kind: "block",
                    flags: &["multiple"],
                    arguments: &[
                        ArgDoc {
                            name: "field",
                            kind: "string",
                            ..ArgDoc::EMPTY
                        },
                        ArgDoc {
                            name: "value",
                            kind: "string",
                            ..ArgDoc::EMPTY
                        },
                    ],
                    ..ArgDoc::EMPTY
                },
            ],
        },
    },
    CommandInfo {
        name: "xautoclaim",
        arity: -6,
        flags: &["write", "fast"],
        first_key: 1,
        last_key: 1,
        step: 1,
        acl_categories: &["@write", "@stream", "@fast"],
        tips: &["nondeterministic_output"],
        key_specs: &[KeySpec {
            notes: None,
            flags: &["RW", "delete"],
            begin_search: BeginSearch::Index(1),
            find_keys: FindKeys::Range {
                lastkey: 0,
                step: 1,
                limit: 0,
            },
        }],
        subcommands: &[],
        doc: CommandDoc {
            summary: "Changes (or acquires) ownership of messages in a consumer group, as if the messages were delivered to the specified consumer.",
            since: "6.2.0",
            group: "stream",
            complexity: Some("O(1) if COUNT is small."),
            doc_flags: &[],
            deprecated_since: None,
            replaced_by: None,
            history: &[(
                "7.0.0",
                "Added an element to the reply array, containing deleted entries the command cleared from the PEL",
            )],
            arguments: &[
                ArgDoc {
                    name: "key",
                    kind: "key",
                    key_spec_index: 0,
                    ..ArgDoc::EMPTY
                },
                ArgDoc {
                    name: "group",
                    kind: "string",
                    ..ArgDoc::EMPTY
                },
                ArgDoc {
                    name: "consumer",
                    kind: "string",
                    ..ArgDoc::EMPTY
                },
                ArgDoc {
                    name: "min-idle-time",
                    kind: "string",
                    ..ArgDoc::EMPTY
                },
                ArgDoc {
                    name: "start",
                    kind: "string",
                    ..ArgDoc::EMPTY
                },
                ArgDoc {
                    name: "count",
                    kind: "integer",
                    token: Some("COUNT"),
                    flags: &["optional"],
                    ..ArgDoc::EMPTY
                },
                ArgDoc {
                    name: "justid",
                    kind: "pure-token",
                    token: Some("JUSTID"),
                    flags: &["optional"],
                    ..ArgDoc::EMPTY
                },
            ],
        },
    },
    CommandInfo {
        name: "xclaim",
        arity: -6,
        flags: &["write", "fast"],
        first_key: 1,
        last_key: 1,
        step: 1,
        acl_categories: &["@write", "@stream", "@fast"],
        tips: &["nondeterministic_output"],
        key_specs: &[KeySpec {
            notes: None,
            flags: &["RW", "update"],
            begin_search: BeginSearch::Index(1),
            find_keys: FindKeys::Range {
                lastkey: 0,
                step: 1,
                limit: 0,
            },
        }],
        subcommands: &[],
        doc: CommandDoc {
            summary: "Changes (or acquires) ownership of a message in a consumer group, as if the message was delivered to the specified consumer.",
            since: "5.0.0",
            group: "stream",
            complexity: Some("O(log N) with N being the number of messages in the PEL of the consumer group."),
            doc_flags: &[],
            deprecated_since: None,
            replaced_by: None,
            history: &[],
            arguments: &[
                ArgDoc {
                    name: "key",
                    kind: "key",
                    key_spec_index: 0,
                    ..ArgDoc::EMPTY
                },
                ArgDoc {
                    name: "group",
                    kind: "string",
                    ..ArgDoc::EMPTY
                },
                ArgDoc {
                    name: "consumer",
                    kind: "string",
                    ..ArgDoc::EMPTY
                },
                ArgDoc {
                    name: "min-idle-time",
                    kind: "string",
                    ..ArgDoc::EMPTY
                },
                ArgDoc {
                    name: "id",
                    kind: "string",
                    flags: &["multiple"],
                    ..ArgDoc::EMPTY
                },
                ArgDoc {
                    name: "ms",
                    kind: "integer",
                    token: Some("IDLE"),
                    flags: &["optional"],
                    ..ArgDoc::EMPTY
                },
                ArgDoc {
                    name: "unix-time-milliseconds",
                    kind: "unix-time",
                    token: Some("TIME"),
                    flags: &["optional"],
                    ..ArgDoc::EMPTY
                },
                ArgDoc {
                    name: "count",
                    kind: "integer",
                    token: Some("RETRYCOUNT"),
                    flags: &["optional"],
                    ..ArgDoc::EMPTY
                },
                ArgDoc {
                    name: "force",
                    kind: "pure-token",
                    token: Some("FORCE"),
                    flags: &["optional"],
                    ..ArgDoc::EMPTY
                },
                ArgDoc {
                    name: "justid",
                    kind: "pure-token",
                    token: Some("JUSTID"),
                    flags: &["optional"],
                    ..ArgDoc::EMPTY
                },
                ArgDoc {
                    name: "id",
                    kind: "string",
                    token: Some("LASTID"),
                    flags: &["optional"],
                    ..ArgDoc::EMPTY
                },
            ],
        },
    },
    CommandInfo {
        name: "xdel",
        arity: -3,
        flags: &["write", "fast"],
        first_key: 1,
        last_key: 1,
        step: 1,
        acl_categories: &["@write", "@stream", "@fast"],
        tips: &[],
        key_specs: &[KeySpec {
            notes: None,
            flags: &["RW", "delete"],
            begin_search: BeginSearch::Index(1),
            find_keys: FindKeys::Range {
                lastkey: 0,
                step: 1,
                limit: 0,
            },
        }],
        subcommands: &[],
        doc: CommandDoc {
            summary: "Removes the specified entries from the stream. Returns the number of items actually deleted, that may be different from the number of IDs passed in case certain IDs do not exist.",
            since: "5.0.0",
            group: "stream",
            complexity: Some("O(1) for each single item to delete in the stream, regardless of the stream size."),
            doc_flags: &[],
            deprecated_since: None,
            replaced_by: None,
            history: &[],
            arguments: &[
                ArgDoc {
                    name: "key",
                    kind: "key",
                    key_spec_index: 0,
                    ..ArgDoc::EMPTY
                },
                ArgDoc {
                    name: "id",
                    kind: "string",
                    flags: &["multiple"],
                    ..ArgDoc::EMPTY
                },
            ],
        },
    },
    CommandInfo {
        name: "xgroup",
        arity: -2,
        flags: &[],
        first_key: 0,
        last_key: 0,
        step: 0,
        acl_categories: &["@slow"],
        tips: &[],
        key_specs: &[],
        subcommands: &[
            CommandInfo {
                name: "xgroup|create",
                arity: -5,
                flags: &["write", "denyoom"],
                first_key: 2,
                last_key: 2,
                step: 1,
                acl_categories: &["@write", "@stream", "@slow"],
                tips: &[],
                key_specs: &[KeySpec {
                    notes: None,
                    flags: &["RW", "insert"],
                    begin_search: BeginSearch::Index(2),
                    find_keys: FindKeys::Range {
                        lastkey: 0,
                        step: 1,
                        limit: 0,
                    },
                }],
                subcommands: &[],
                doc: CommandDoc {
                    summary: "Create a consumer group.",
                    since: "5.0.0",
                    group: "stream",
                    complexity: Some("O(1)"),
                    doc_flags: &[],
                    deprecated_since: None,
                    replaced_by: None,
                    history: &[("7.0.0", "Added the `entries_read` named argument.")],
                    arguments: &[
                        ArgDoc {
                            name: "key",
                            kind: "key",
                            key_spec_index: 0,
                            ..ArgDoc::EMPTY
                        },
                        ArgDoc {
                            name: "groupname",
                            kind: "string",
                            ..ArgDoc::EMPTY
                        },
                        ArgDoc {
                            name: "id",
                            kind: "oneof",
                            arguments: &[
                                ArgDoc {
                                    name: "id",
                                    kind: "string",
                                    ..ArgDoc::EMPTY
                                },
                                ArgDoc {
                                    name: "new_id",
                                    kind: "pure-token",
                                    token: Some("$"),
                                    ..ArgDoc::EMPTY
                                },
                            ],
                            ..ArgDoc::EMPTY
                        },
                        ArgDoc {
                            name: "mkstream",
                            kind: "pure-token",
                            token: Some("MKSTREAM"),
                            flags: &["optional"],
                            ..ArgDoc::EMPTY
                        },
                        ArgDoc {
                            name: "entries_read",
                            kind: "integer",
                            token: Some("ENTRIESREAD"),
                            flags: &["optional"],
                            ..ArgDoc::EMPTY
                        },
                    ],
                },
            },
            CommandInfo {
                name: "xgroup|createconsumer",
                arity: 5,
                flags: &["write", "denyoom"],
                first_key: 2,
                last_key: 2,
                step: 1,
                acl_categories: &["@write", "@stream", "@slow"],
                tips: &[],
                key_specs: &[KeySpec {
                    notes: None,
                    flags: &["RW", "insert"],
                    begin_search: BeginSearch::Index(2),
                    find_keys: FindKeys::Range {
                        lastkey: 0,
                        step: 1,
                        limit: 0,
                    },
                }],
                subcommands: &[],
                doc: CommandDoc {
                    summary: "Create a consumer in a consumer group.",
                    since: "6.2.0",
                    group: "stream",
                    complexity: Some("O(1)"),
                    doc_flags: &[],
                    deprecated_since: None,
                    replaced_by: None,
                    history: &[],
                    arguments: &[
                        ArgDoc {
                            name: "key",
                            kind: "key",
                            key_spec_index: 0,
                            ..ArgDoc::EMPTY
                        },
                        ArgDoc {
                            name: "groupname",
                            kind: "string",
                            ..ArgDoc::EMPTY
                        },
                        ArgDoc {
                            name: "consumername",
                            kind: "string",
                            ..ArgDoc::EMPTY
                        },
                    ],
                },
            },
            CommandInfo {
                name: "xgroup|delconsumer",
                arity: 5,
                flags: &["write"],
                first_key: 2,
                last_key: 2,
                step: 1,
                acl_categories: &["@write", "@stream", "@slow"],
                tips: &[],
                key_specs: &[KeySpec {
                    notes: None,
                    flags: &["RW", "delete"],
                    begin_search: BeginSearch::Index(2),
                    find_keys: FindKeys::Range {
                        lastkey: 0,
                        step: 1,
                        limit: 0,
                    },
                }],
                subcommands: &[],
                doc: CommandDoc {
                    summary: "Delete a consumer from a consumer group.",
                    since: "5.0.0",
                    group: "stream",
                    complexity: Some("O(1)"),
                    doc_flags: &[],
                    deprecated_since: None,
                    replaced_by: None,
                    history: &[],
                    arguments: &[
                        ArgDoc {
                            name: "key",
                            kind: "key",
                            key_spec_index: 0,
                            ..ArgDoc::EMPTY
                        },
                        ArgDoc {
                            name: "groupname",
                            kind: "string",
                            ..ArgDoc::EMPTY
                        },
                        ArgDoc {
                            name: "consumername",
                            kind: "string",
                            ..ArgDoc::EMPTY
                        },
                    ],
                },
            },
            CommandInfo {
                name: "xgroup|destroy",
                arity: 4,
                flags: &["write"],
                first_key: 2,
                last_key: 2,
                step: 1,
                acl_categories: &["@write", "@stream", "@slow"],
                tips: &[],
                key_specs: &[KeySpec {
                    notes: None,
                    flags: &["RW", "delete"],
                    begin_search: BeginSearch::Index(2),
                    find_keys: FindKeys::Range {
                        lastkey: 0,
                        step: 1,
                        limit: 0,
                    },
                }],
                subcommands: &[],
                doc: CommandDoc {
                    summary: "Destroy a consumer group.",
                    since: "5.0.0",
                    group: "stream",
                    complexity: Some(
                        "O(N) where N is the number of entries in the group's pending entries list (PEL).",
                    ),
                    doc_flags: &[],
                    deprecated_since: None,
                    replaced_by: None,
                    history: &[],
                    arguments: &[
                        ArgDoc {
                            name: "key",
                            kind: "key",
                            key_spec_index: 0,
                            ..ArgDoc::EMPTY
                        },
                        ArgDoc {
                            name: "groupname",
                            kind: "string",
                            ..ArgDoc::EMPTY
                        },
                    ],
                },
            },
            CommandInfo {
                name: "xgroup|help",
                arity: 2,
                flags: &["loading", "stale"],
                first_key: 0,
                last_key: 0,
                step: 0,
                acl_categories: &["@stream", "@slow"],
                tips: &[],
                key_specs: &[],
                subcommands: &[],
                doc: CommandDoc {
                    summary: "Show helpful text about the different subcommands",
                    since: "5.0.0",
                    group: "stream",
                    complexity: Some("O(1)"),
                    doc_flags: &[],
                    deprecated_since: None,
                    replaced_by: None,
                    history: &[],
                    arguments: &[],
                },
            },
            CommandInfo {
                name: "xgroup|setid",
                arity: -5,
                flags: &["write"],
                first_key: 2,
                last_key: 2,
                step: 1,
                acl_categories: &["@write", "@stream", "@slow"],
                tips: &[],
                key_specs: &[KeySpec {
                    notes: None,
                    flags: &["RW", "update"],
                    begin_search: BeginSearch::Index(2),
                    find_keys: FindKeys::Range {
                        lastkey: 0,
                        step: 1,
                        limit: 0,
                    },
                }],
                subcommands: &[],
                doc: CommandDoc {
                    summary: "Set a consumer group to an arbitrary last delivered ID value.",
                    since: "5.0.0",
                    group: "stream",
                    complexity: Some("O(1)"),
                    doc_flags: &[],
                    deprecated_since: None,
                    replaced_by: None,
                    history: &[("7.0.0", "Added the optional `entries_read` argument.")],
                    arguments: &[
                        ArgDoc {
                            name: "key",
                            kind: "key",
                            key_spec_index: 0,
                            ..ArgDoc::EMPTY
                        },
                        ArgDoc {
                            name: "groupname",
                            kind: "string",
                            ..ArgDoc::EMPTY
                        },
                        ArgDoc {
                            name: "id",
                            kind: "oneof",
                            arguments: &[
                                ArgDoc {
                                    name: "id",
                                    kind: "string",
                                    ..ArgDoc::EMPTY
                                },
                                ArgDoc {
                                    name: "new_id",
                                    kind: "pure-token",
                                    token: Some("$"),
                                    ..ArgDoc::EMPTY
                                },
                            ],
                            ..ArgDoc::EMPTY
                        },
                        ArgDoc {
                            name: "entries_read",
                            kind: "integer",
                            token: Some("ENTRIESREAD"),
                            flags: &["optional"],
                            ..ArgDoc::EMPTY
                        },
                    ],
                },
            },
        ],
        doc: CommandDoc {
            summary: "A container for consumer groups commands",
            since: "5.0.0",
            group: "stream",
            complexity: Some("Depends on subcommand."),
            doc_flags: &[],
            deprecated_since: None,
            replaced_by: None,
            history: &[],
            arguments: &[],
        },
    },
    CommandInfo {
        name: "xinfo",
        arity: -2,
        flags: &[],
        first_key: 0,
        last_key: 0,
        step: 0,
        acl_categories: &["@slow"],
        tips: &[],
        key_specs: &[],
        subcommands: &[
            CommandInfo {
                name: "xinfo|consumers",
                arity: 4,
                flags: &["readonly"],
                first_key: 2,
                last_key: 2,
                step: 1,
                acl_categories: &["@read", "@stream", "@slow"],
                tips: &["nondeterministic_output"],
                key_specs: &[KeySpec {
                    notes: None,
                    flags: &["RO", "access"],
                    begin_search: BeginSearch::Index(2),
                    find_keys: FindKeys::Range {
                        lastkey: 0,
                        step: 1,
                        limit: 0,
                    },
                }],
                subcommands: &[],
                doc: CommandDoc {
                    summary: "List the consumers in a consumer group",
                    since: "5.0.0",
                    group: "stream",
                    complexity: Some("O(1)"),
                    doc_flags: &[],
                    deprecated_since: None,
                    replaced_by: None,
                    history: &[],
                    arguments: &[
                        ArgDoc {
                            name: "key",
                            kind: "key",
                            key_spec_index: 0,
                            ..ArgDoc::EMPTY
                        },
                        ArgDoc {
                            name: "groupname",
                            kind: "string",
                            ..ArgDoc::EMPTY
                        },
                    ],
                },
            },
            CommandInfo {
                name: "xinfo|groups",
                arity: 3,
                flags: &["readonly"],
                first_key: 2,
                last_key: 2,
                step: 1,
                acl_categories: &["@read", "@stream", "@slow"],
                tips: &[],
                key_specs: &[KeySpec {
                    notes: None,
                    flags: &["RO", "access"],
                    begin_search: BeginSearch::Index(2),
                    find_keys: FindKeys::Range {
                        lastkey: 0,
                        step: 1,
                        limit: 0,
                    },
                }],
                subcommands: &[],
                doc: CommandDoc {
                    summary: "List the consumer groups of a stream",
                    since: "5.0.0",
                    group: "stream",
                    complexity: Some("O(1)"),
                    doc_flags: &[],
                    deprecated_since: None,
                    replaced_by: None,
                    history: &[("7.0.0", "Added the `entries-read` and `lag` fields")],
                    arguments: &[ArgDoc {
                        name: "key",
                        kind: "key",
                        key_spec_index: 0,
                        ..ArgDoc::EMPTY
                    }],
                },
            },
            CommandInfo {
                name: "xinfo|help",
                arity: 2,
                flags: &["loading", "stale"],
                first_key: 0,
                last_key: 0,
                step: 0,
                acl_categories: &["@stream", "@slow"],
                tips: &[],
                key_specs: &[],
                subcommands: &[],
                doc: CommandDoc {
                    summary: "Show helpful text about the different subcommands",
                    since: "5.0.0",
                    group: "stream",
                    complexity: Some("O(1)"),
                    doc_flags: &[],
                    deprecated_since: None,
                    replaced_by: None,
                    history: &[],
                    arguments: &[],
                },
            },
            CommandInfo {
                name: "xinfo|stream",
                arity: -3,
                flags: &["readonly"],
                first_key: 2,
                last_key: 2,
                step: 1,
                acl_categories: &["@read", "@stream", "@slow"],
                tips: &[],
                key_specs: &[KeySpec {
                    notes: None,
                    flags: &["RO", "access"],
                    begin_search: BeginSearch::Index(2),
                    find_keys: FindKeys::Range {
                        lastkey: 0,
                        step: 1,
                        limit: 0,
                    },
                }],
                subcommands: &[],
                doc: CommandDoc {
                    summary: "Get information about a stream",
                    since: "5.0.0",
                    group: "stream",
                    complexity: Some("O(1)"),
                    doc_flags: &[],
                    deprecated_since: None,
                    replaced_by: None,
                    history: &[
                        ("6.0.0", "Added the `FULL` modifier."),
                        (
                            "7.0.0",
                            "Added the `max-deleted-entry-id`, `entries-added`, `recorded-first-entry-id`, `entries-read` and `lag` fields",
                        ),
                    ],
                    arguments: &[
                        ArgDoc {
                            name: "key",
                            kind: "key",
                            key_spec_index: 0,
                            ..ArgDoc::EMPTY
                        },
                        ArgDoc {
                            name: "full",
                            kind: "block",
                            token: Some("FULL"),
                            flags: &["optional"],
                            arguments: &[ArgDoc {
                                name: "count",
                                kind: "integer",
                                token: Some("COUNT"),
                                flags: &["optional"],
                                ..ArgDoc::EMPTY
                            }],
                            ..ArgDoc::EMPTY
                        },
                    ],
                },
            },
        ],
        doc: CommandDoc {
            summary: "A container for stream introspection commands",
            since: "5.0.0",
            group: "stream",
            complexity: Some("Depends on subcommand."),
            doc_flags: &[],
            deprecated_since: None,
            replaced_by: None,
            history: &[],
            arguments: &[],
        },
    },
    CommandInfo {
        name: "xlen",
        arity: 2,
        flags: &["readonly", "fast"],
        first_key: 1,
        last_key: 1,
        step: 1,
        acl_categories: &["@read", "@stream", "@fast"],
        tips: &[],
        key_specs: &[KeySpec {
            notes: None,
            flags: &["RO"],
            begin_search: BeginSearch::Index(1),
            find_keys: FindKeys::Range {
                lastkey: 0,
                step: 1,
                limit: 0,
            },
        }],
        subcommands: &[],
        doc: CommandDoc {
            summary: "Return the number of entries in a stream",
            since: "5.0.0",
            group: "stream",
            complexity: Some("O(1)"),
            doc_flags: &[],
            deprecated_since: None,
            replaced_by: None,
            history: &[],
            arguments: &[ArgDoc {
                name: "key",
                kind: "key",
                key_spec_index: 0,
                ..ArgDoc::EMPTY
            }],
        },
    },
    CommandInfo {
        name: "xpending",
        arity: -3,
        flags: &["readonly"],
        first_key: 1,
        last_key: 1,
        step: 1,
        acl_categories: &["@read", "@stream", "@slow"],
        tips: &["nondeterministic_output"],
        key_specs: &[KeySpec {
            notes: None,
            flags: &["RO", "access"],
            begin_search: BeginSearch::Index(1),
            find_keys: FindKeys::Range {
                lastkey: 0,
                step: 1,
                limit: 0,
            },
        }],
        subcommands: &[],
        doc: CommandDoc {
            summary: "Return information and entries from a stream consumer group pending entries list, that are messages fetched but never acknowledged.",
            since: "5.0.0",
            group: "stream",
            complexity: Some(
                "O(N) with N being the number of elements returned, so asking for a small fixed number of entries per call is O(1). O(M), where M is the total number of entries scanned when used with the IDLE filter. When the command returns just the summary and the list of consumers is small, it runs in O(1) time; otherwise, an additional O(N) time for iterating every consumer.",
            ),
            doc_flags: &[],
            deprecated_since: None,
            replaced_by: None,
            history: &[("6.2.0", "Added the `IDLE` option and exclusive range intervals.")],
            arguments: &[
                ArgDoc {
                    name: "key",
                    kind: "key",
                    key_spec_index: 0,
                    ..ArgDoc::EMPTY
                },
                ArgDoc {
                    name: "group",
                    kind: "string",
                    ..ArgDoc::EMPTY
                },
                ArgDoc {
                    name: "filters",
                    kind: "block",
                    flags: &["optional"],
                    arguments: &[
                        ArgDoc {
                            name: "min-idle-time",
                            kind: "integer",
                            token: Some("IDLE"),
                            since: Some("6.2.0"),
                            flags: &["optional"],
                            ..ArgDoc::EMPTY
                        },
                        ArgDoc {
                            name: "start",
                            kind: "string",
                            ..ArgDoc::EMPTY
                        },
                        ArgDoc {
                            name: "end",
                            kind: "string",
                            ..ArgDoc::EMPTY
                        },
                        ArgDoc {
                            name: "count",
                            kind: "integer",
                            ..ArgDoc::EMPTY
                        },
                        ArgDoc {
                            name: "consumer",
                            kind: "string",
                            flags: &["optional"],
                            ..ArgDoc::EMPTY
                        },
                    ],
                    ..ArgDoc::EMPTY
                },
            ],
        },
    },
    CommandInfo {
        name: "xrange",
        arity: -4,
        flags: &["readonly"],
        first_key: 1,
        last_key: 1,
        step: 1,
        acl_categories: &["@read", "@stream", "@slow"],
        tips: &[],
        key_specs: &[KeySpec {
            notes: None,
            flags: &["RO", "access"],
            begin_search: BeginSearch::Index(1),
            find_keys: FindKeys::Range {
                lastkey: 0,
                step: 1,
                limit: 0,
            },
        }],
        subcommands: &[],
        doc: CommandDoc {
            summary: "Return a range of elements in a stream, with IDs matching the specified IDs interval",
            since: "5.0.0",
            group: "stream",
            complexity: Some(
                "O(N) with N being the number of elements being returned. If N is constant (e.g. always asking for the first 10 elements with COUNT), you can consider it O(1).",
            ),
            doc_flags: &[],
            deprecated_since: None,
            replaced_by: None,
            history: &[("6.2.0", "Added exclusive ranges.")],
            arguments: &[
                ArgDoc {
                    name: "key",
                    kind: "key",
                    key_spec_index: 0,
                    ..ArgDoc::EMPTY
                },
                ArgDoc {
                    name: "start",
                    kind: "string",
                    ..ArgDoc::EMPTY
                },
                ArgDoc {
                    name: "end",
                    kind: "string",
                    ..ArgDoc::EMPTY
                },
                ArgDoc {
                    name: "count",
                    kind: "integer",
                    token: Some("COUNT"),
                    flags: &["optional"],
                    ..ArgDoc::EMPTY
                },
            ],
        },
    },
    CommandInfo {
        name: "xread",
        arity: -4,
        flags: &["readonly", "blocking", "movablekeys"],
        first_key: 0,
        last_key: 0,
        step: 0,
        acl_categories: &["@read", "@stream", "@slow", "@blocking"],
        tips: &[],
        key_specs: &[KeySpec {
            notes: None,
            flags: &["RO", "access"],
            begin_search: BeginSearch::Keyword {
                keyword: "STREAMS",
                startfrom: 1,
            },
            find_keys: FindKeys::Range {
                lastkey: -1,
                step: 1,
                limit: 2,
            },
        }],
        subcommands: &[],
        doc: CommandDoc {
            summary: "Return never seen elements in multiple streams, with IDs greater than the ones reported by the caller for each stream. Can block.",
            since: "5.0.0",
            group: "stream",
            complexity: Some(
                "For each stream mentioned: O(N) with N being the number of elements being returned, it means that XREAD-ing with a fixed COUNT is O(1). Note that when the BLOCK option is used, XADD will pay O(M) time in order to serve the M clients blocked on the stream getting new data.",
            ),
            doc_flags: &[],
            deprecated_since: None,
            replaced_by: None,
            history: &[],
            arguments: &[
                ArgDoc {
                    name: "count",
                    kind: "integer",
                    token: Some("COUNT"),
                    flags: &["optional"],
                    ..ArgDoc::EMPTY
                },
                ArgDoc {
                    name: "milliseconds",
                    kind: "integer",
                    token: Some("BLOCK"),
                    flags: &["optional"],
                    ..ArgDoc::EMPTY
                },
                ArgDoc {
                    name: "streams",
                    kind: "block",
                    token: Some("STREAMS"),
                    arguments: &[
                        ArgDoc {
                            name: "key",
                            kind: "key",
                            key_spec_index: 0,
                            flags: &["multiple"],
                            ..ArgDoc::EMPTY
                        },
                        ArgDoc {
                            name: "id",
                            kind: "string",
                            flags: &["multiple"],
                            ..ArgDoc::EMPTY
                        },
                    ],
                    ..ArgDoc::EMPTY
                },
            ],
        },
    },
    CommandInfo {
        name: "xreadgroup",
        arity: -7,
        flags: &["write", "blocking", "movablekeys"],
        first_key: 0,
        last_key: 0,
        step: 0,
        acl_categories: &["@write", "@stream", "@slow", "@blocking"],
        tips: &[],
        key_specs: &[KeySpec {
            notes: None,
            flags: &["RO", "access"],
            begin_search: BeginSearch::Keyword {
                keyword: "STREAMS",
                startfrom: 4,
            },
            find_keys: FindKeys::Range {
                lastkey: -1,
                step: 1,
                limit: 2,
            },
        }],
        subcommands: &[],
        doc: CommandDoc {
            summary: "Return new entries from a stream using a consumer group, or access the history of the pending entries for a given consumer. Can block.",
            since: "5.0.0",
            group: "stream",
            complexity: Some(
                "For each stream mentioned: O(M) with M being the number of elements returned. If M is constant (e.g. always asking for the first 10 elements with COUNT), you can consider it O(1). On the other side when XREADGROUP blocks, XADD will pay the O(N) time in order to serve the N clients blocked on the stream getting new data.",
            ),
            doc_flags: &[],
            deprecated_since: None,
            replaced_by: None,
            history: &[],
            arguments: &[
                ArgDoc {
                    name: "group_consumer",
                    kind: "block",
                    token: Some("GROUP"),
                    arguments: &[
                        ArgDoc {
                            name: "group",
                            kind: "string",
                            ..ArgDoc::EMPTY
                        },
                        ArgDoc {
                            name: "consumer",
                            kind: "string",
                            ..ArgDoc::EMPTY
                        },
                    ],
                    ..ArgDoc::EMPTY
                },
                ArgDoc {
                    name: "count",
                    kind: "integer",
                    token: Some("COUNT"),
                    flags: &["optional"],
                    ..ArgDoc::EMPTY
                },
                ArgDoc {
                    name: "milliseconds",
                    kind: "integer",
                    token: Some("BLOCK"),
                    flags: &["optional"],
                    ..ArgDoc::EMPTY
                },
                ArgDoc {
                    name: "noack",
                    kind: "pure-token",
                    token: Some("NOACK"),
                    flags: &["optional"],
                    ..ArgDoc::EMPTY
                },
                ArgDoc {
                    name: "streams",
                    kind: "block",
                    token: Some("STREAMS"),
                    arguments: &[
                        ArgDoc {
                            name: "key",
                            kind: "key",
                            key_spec_index: 0,
                            flags: &["multiple"],
                            ..ArgDoc::EMPTY
                        },
                        ArgDoc {
                            name: "id",
                            kind: "string",
                            flags: &["multiple"],
                            ..ArgDoc::EMPTY
                        },
                    ],
                    ..ArgDoc::EMPTY
                },
            ],
        },
    },
    CommandInfo {
        name: "xrevrange",
        arity: -4,
        flags: &["readonly"],
        first_key: 1,
        last_key: 1,
        step: 1,
        acl_categories: &["@read", "@stream", "@slow"],
        tips: &[],
        key_specs: &[KeySpec {
            notes: None,
            flags: &["RO", "access"],
            begin_search: BeginSearch::Index(1),
            find_keys: FindKeys::Range {
                lastkey: 0,
                step: 1,
                limit: 0,
            },
        }],
        subcommands: &[],
        doc: CommandDoc {
            summary: "Return a range of elements in a stream, with IDs matching the specified IDs interval, in reverse order (from greater to smaller IDs) compared to XRANGE",
            since: "5.0.0",
            group: "stream",
            complexity: Some(
                "O(N) with N being the number of elements returned. If N is constant (e.g. always asking for the first 10 elements with COUNT), you can consider it O(1).",
            ),
            doc_flags: &[],
            deprecated_since: None,
            replaced_by: None,
            history: &[("6.2.0", "Added exclusive ranges.")],
            arguments: &[
                ArgDoc {
                    name: "key",
                    kind: "key",
                    key_spec_index: 0,
                    ..ArgDoc::EMPTY
                },
                ArgDoc {
                    name: "end",
                    kind: "string",
                    ..ArgDoc::EMPTY
                },
                ArgDoc {
                    name: "start",
                    kind: "string",
                    ..ArgDoc::EMPTY
                },
                ArgDoc {
                    name: "count",
                    kind: "integer",
                    token: Some("COUNT"),
                    flags: &["optional"],
                    ..ArgDoc::EMPTY
                },
            ],
        },
    },
    CommandInfo {
        name: "xsetid",
        arity: -3,
        flags: &["write", "denyoom", "fast"],
        first_key: 1,
        last_key: 1,
        step: 1,
        acl_categories: &["@write", "@stream", "@fast"],
        tips: &[],
        key_specs: &[KeySpec {
            notes: None,
            flags: &["RW", "update"],
            begin_search: BeginSearch::Index(1),
            find_keys: FindKeys::Range {
                lastkey: 0,
                step: 1,
                limit: 0,
            },
        }],
        subcommands: &[],
        doc: CommandDoc {
            summary: "An internal command for replicating stream values",
            since: "5.0.0",
            group: "stream",
            complexity: Some("O(1)"),
            doc_flags: &[],
            deprecated_since: None,
            replaced_by: None,
            history: &[(
                "7.0.0",
                "Added the `entries_added` and `max_deleted_entry_id` arguments.",
            )],
            arguments: &[
                ArgDoc {
                    name: "key",
                    kind: "key",
                    key_spec_index: 0,
                    ..ArgDoc::EMPTY
                },
                ArgDoc {
                    name: "last-id",
                    kind: "string",
                    ..ArgDoc::EMPTY
                },
                ArgDoc {
                    name: "entries_added",
                    kind: "integer",
                    token: Some("ENTRIESADDED"),
                    since: Some("7.0.0"),
                    flags: &["optional"],
                    ..ArgDoc::EMPTY
                },
                ArgDoc {
                    name: "max_deleted_entry_id",
                    kind: "string",
                    token: Some("MAXDELETEDID"),
                    since: Some("7.0.0"),
                    flags: &["optional"],
                    ..ArgDoc::EMPTY
                },
            ],
        },
    },
    CommandInfo {
        name: "xtrim",
        arity: -4,
        flags: &["write"],
        first_key: 1,
        last_key: 1,
        step: 1,
        acl_categories: &["@write", "@stream", "@slow"],
        tips: &["nondeterministic_output"],
        key_specs: &[KeySpec {
            notes: None,
            flags: &["RW", "delete"],
            begin_search: BeginSearch::Index(1),
            find_keys: FindKeys::Range {
                lastkey: 0,
                step: 1,
                limit: 0,
            },
        }],
        subcommands: &[],
        doc: CommandDoc {
            summary: "Trims the stream to (approximately if '~' is passed) a certain size",
            since: "5.0.0",
            group: "stream",
            complexity: Some(
                "O(N), with N being the number of evicted entries. Constant times are very small however, since entries are organized in macro nodes containing multiple entries that can be released with a single deallocation.",
            ),
            doc_flags: &[],
            deprecated_since: None,
            replaced_by: None,
            history: &[("6.2.0", "Added the `MINID` trimming strategy and the `LIMIT` option.")],
            arguments: &[
                ArgDoc {
                    name: "key",
                    kind: "key",
                    key_spec_index: 0,
                    ..ArgDoc::EMPTY
                },
                ArgDoc {
                    name: "trim",
                    kind: "block",
                    arguments: &[
                        ArgDoc {
                            name: "strategy",
                            kind: "oneof",
                            arguments: &[
                                ArgDoc {
                                    name: "maxlen",
                                    kind: "pure-token",
                                    token: Some("MAXLEN"),
                                    ..ArgDoc::EMPTY
                                },
                                ArgDoc {
                                    name: "minid",
                                    kind: "pure-token",
                                    token: Some("MINID"),
                                    since: Some("6.2.0"),
                                    ..ArgDoc::EMPTY
                                },
                            ],
                            ..ArgDoc::EMPTY
                        },
                        ArgDoc {
                            name: "operator",
                            kind: "oneof",
                            flags: &["optional"],
                            arguments: &[
                                ArgDoc {
                                    name: "equal",
                                    kind: "pure-token",
                                    token: Some("="),
                                    ..ArgDoc::EMPTY
                                },
                                ArgDoc {
                                    name: "approximately",
                                    kind: "pure-token",
                                    token: Some("~"),
                                    ..ArgDoc::EMPTY
                                },
                            ],
                            ..ArgDoc::EMPTY
                        },
                        ArgDoc {
                            name: "threshold",
                            kind: "string",
                            ..ArgDoc::EMPTY
                        },
                        ArgDoc {
                            name: "count",
                            kind: "integer",
                            token: Some("LIMIT"),
                            since: Some("6.2.0"),
                            flags: &["optional"],
                            ..ArgDoc::EMPTY
                        },
                    ],
                    ..ArgDoc::EMPTY
                },
            ],
        },
    },
    CommandInfo {
        name: "zadd",
        arity: -4,
        flags: &["write", "denyoom", "fast"],
        first_key: 1,
        last_key: 1,
        step: 1,
        acl_categories: &["@write", "@sortedset", "@fast"],
        tips: &[],
        key_specs: &[KeySpec {
            notes: None,
            flags: &["RW", "update"],
            begin_search: BeginSearch::Index(1),
            find_keys: FindKeys::Range {
                lastkey: 0,
                step: 1,
                limit: 0,
            },
        }],
        subcommands: &[],
        doc: CommandDoc {
            summary: "Add one or more members to a sorted set, or update its score if it already exists",
            since: "1.2.0",
            group: "sorted-set",
            complexity: Some("O(log(N)) for each item added, where N is the number of elements in the sorted set."),
            doc_flags: &[],
            deprecated_since: None,
            replaced_by: None,
            history: &[
                ("2.4.0", "Accepts multiple elements."),
                ("3.0.2", "Added the `XX`, `NX`, `CH` and `INCR` options."),
                ("6.2.0", "Added the `GT` and `LT` options."),
            ],
            arguments: &[
                ArgDoc {
                    name: "key",
                    kind: "key",
                    key_spec_index: 0,
                    ..ArgDoc::EMPTY
                },
                ArgDoc {
                    name: "condition",
                    kind: "oneof",
                    since: Some("3.0.2"),
                    flags: &["optional"],
                    arguments: &[
                        ArgDoc {
                            name: "nx",
                            kind: "pure-token",
                            token: Some("NX"),
                            ..ArgDoc::EMPTY
                        },
                        ArgDoc {
                            name: "xx",
                            kind: "pure-token",
                            token: Some("XX"),
                            ..ArgDoc::EMPTY
                        },
                    ],
                    ..ArgDoc::EMPTY
                },
                ArgDoc {
                    name: "comparison",
                    kind: "oneof",
                    since: Some("6.2.0"),
                    flags: &["optional"],
                    arguments: &[
                        ArgDoc {
                            name: "gt",
                            kind: "pure-token",
                            token: Some("GT"),
                            ..ArgDoc::EMPTY
                        },
                        ArgDoc {
                            name: "lt",
                            kind: "pure-token",
                            token: Some("LT"),
                            ..ArgDoc::EMPTY
                        },
                    ],
                    ..ArgDoc::EMPTY
                },
                ArgDoc {
                    name: "change",
                    kind: "pure-token",
                    token: Some("CH"),
                    since: Some("3.0.2"),
                    flags: &["optional"],
                    ..ArgDoc::EMPTY
                },
                ArgDoc {
                    name: "increment",
                    kind: "pure-token",
                    token: Some("INCR"),
                    since: Some("3.0.2"),
                    flags: &["optional"],
                    ..ArgDoc::EMPTY
                },
                ArgDoc {
                    name: "score_member",
                    kind: "block",
                    flags: &["multiple"],
                    arguments: &[
                        ArgDoc {
                            name: "score",
                            kind: "double",
                            ..ArgDoc::EMPTY
                        },
                        ArgDoc {
                            name: "member",
                            kind: "string",
                            ..ArgDoc::EMPTY
                        },
                    ],
                    ..ArgDoc::EMPTY
                },
            ],
        },
    },
    CommandInfo {
        name: "zcard",
        arity: 2,
        flags: &["readonly", "fast"],
        first_key: 1,
        last_key: 1,
        step: 1,
        acl_categories: &["@read", "@sortedset", "@fast"],
        tips: &[],
        key_specs: &[KeySpec {
            notes: None,
            flags: &["RO"],
            begin_search: BeginSearch::Index(1),
            find_keys: FindKeys::Range {
                lastkey: 0,
                step: 1,
                limit: 0,
            },
        }],
        subcommands: &[],
        doc: CommandDoc {
            summary: "Get the number of members in a sorted set",
            since: "1.2.0",
            group: "sorted-set",
            complexity: Some("O(1)"),
            doc_flags: &[],
            deprecated_since: None,
            replaced_by: None,
            history: &[],
            arguments: &[ArgDoc {
                name: "key",
                kind: "key",
                key_spec_index: 0,
                ..ArgDoc::EMPTY
            }],
        },
    },
    CommandInfo {
        name: "zcount",
        arity: 4,
        flags: &["readonly", "fast"],
        first_key: 1,
        last_key: 1,
        step: 1,
        acl_categories: &["@read", "@sortedset", "@fast"],
        tips: &[],
        key_specs: &[KeySpec {
            notes: None,
            flags: &["RO", "access"],
            begin_search: BeginSearch::Index(1),
            find_keys: FindKeys::Range {
                lastkey: 0,
                step: 1,
                limit: 0,
            },
        }],
        subcommands: &[],
        doc: CommandDoc {
            summary: "Count the members in a sorted set with scores within the given values",
            since: "2.0.0",
            group: "sorted-set",
            complexity: Some("O(log(N)) with N being the number of elements in the sorted set."),
            doc_flags: &[],
            deprecated_since: None,
            replaced_by: None,
            history: &[],
            arguments: &[
                ArgDoc {
                    name: "key",
                    kind: "key",
                    key_spec_index: 0,
                    ..ArgDoc::EMPTY
                },
                ArgDoc {
                    name: "min",
                    kind: "double",
                    ..ArgDoc::EMPTY
                },
                ArgDoc {
                    name: "max",
                    kind: "double",
                    ..ArgDoc::EMPTY
                },
            ],
        },
    },
    CommandInfo {
        name: "zdiff",
        arity: -3,
        flags: &["readonly", "movablekeys"],
        first_key: 0,
        last_key: 0,
        step: 0,
        acl_categories: &["@read", "@sortedset", "@slow"],
        tips: &[],
        key_specs: &[KeySpec {
            notes: None,
            flags: &["RO", "access"],
            begin_search: BeginSearch::Index(1),
            find_keys: FindKeys::Keynum {
                keynumidx: 0,
                firstkey: 1,
                step: 1,
            },
        }],
        subcommands: &[],
        doc: CommandDoc {
            summary: "Subtract multiple sorted sets",
            since: "6.2.0",
            group: "sorted-set",
            complexity: Some(
                "O(L + (N-K)log(N)) worst case where L is the total number of elements in all the sets, N is the size of the first set, and K is the size of the result set.",
            ),
            doc_flags: &[],
            deprecated_since: None,
            replaced_by: None,
            history: &[],
            arguments: &[
                ArgDoc {
                    name: "numkeys",
                    kind: "integer",
                    ..ArgDoc::EMPTY
                },
                ArgDoc {
                    name: "key",
                    kind: "key",
                    key_spec_index: 0,
                    flags: &["multiple"],
                    ..ArgDoc::EMPTY
                },
                ArgDoc {
                    name: "withscores",
                    kind: "pure-token",
                    token: Some("WITHSCORES"),
                    flags: &["optional"],
                    ..ArgDoc::EMPTY
                },
            ],
        },
    },
    CommandInfo {
        name: "zdiffstore",
        arity: -4,
        flags: &["write", "denyoom", "movablekeys"],
        first_key: 1,
        last_key: 1,
        step: 1,
        acl_categories: &["@write", "@sortedset", "@slow"],
        tips: &[],
        key_specs: &[
            KeySpec {
                notes: None,
                flags: &["OW", "update"],
                begin_search: BeginSearch::Index(1),
                find_keys: FindKeys::Range {
                    lastkey: 0,
                    step: 1,
                    limit: 0,
                },
            },
            KeySpec {
                notes: None,
                flags: &["RO", "access"],
                begin_search: BeginSearch::Index(2),
                find_keys: FindKeys::Keynum {
                    keynumidx: 0,
                    firstkey: 1,
                    step: 1,
                },
            },
        ],
        subcommands: &[],
        doc: CommandDoc {
            summary: "Subtract multiple sorted sets and store the resulting sorted set in a new key",
            since: "6.2.0",
            group: "sorted-set",
            complexity: Some(
                "O(L + (N-K)log(N)) worst case where L is the total number of elements in all the sets, N is the size of the first set, and K is the size of the result set.",
            ),
            doc_flags: &[],
            deprecated_since: None,
            replaced_by: None,
            history: &[],
            arguments: &[
                ArgDoc {
                    name: "destination",
                    kind: "key",
                    key_spec_index: 0,
                    ..ArgDoc::EMPTY
                },
                ArgDoc {
                    name: "numkeys",
                    kind: "integer",
                    ..ArgDoc::EMPTY
                },
                ArgDoc {
                    name: "key",
                    kind: "key",
                    key_spec_index: 1,
                    flags: &["multiple"],
                    ..ArgDoc::EMPTY
                },
            ],
        },
    },
    CommandInfo {
        name: "zincrby",
        arity: 4,
        flags: &["write", "denyoom", "fast"],
        first_key: 1,
        last_key: 1,
        step: 1,
        acl_categories: &["@write", "@sortedset", "@fast"],
        tips: &[],
        key_specs: &[KeySpec {
            notes: None,
            flags: &["RW", "access", "update"],
            begin_search: BeginSearch::Index(1),
            find_keys: FindKeys::Range {
                lastkey: 0,
                step: 1,
                limit: 0,
            },
        }],
        subcommands: &[],
        doc: CommandDoc {
            summary: "Increment the score of a member in a sorted set",
            since: "1.2.0",
            group: "sorted-set",
            complexity: Some("O(log(N)) where N is the number of elements in the sorted set."),
            doc_flags: &[],
            deprecated_since: None,
            replaced_by: None,
            history: &[],
            arguments: &[
                ArgDoc {
                    name: "key",
                    kind: "key",
                    key_spec_index: 0,
                    ..ArgDoc::EMPTY
                },
                ArgDoc {
                    name: "increment",
                    kind: "integer",
                    ..ArgDoc::EMPTY
                },
                ArgDoc {
                    name: "member",
                    kind: "string",
                    ..ArgDoc::EMPTY
                },
            ],
        },
    },
    CommandInfo {
        name: "zinter",
        arity: -3,
        flags: &["readonly", "movablekeys"],
        first_key: 0,
        last_key: 0,
        step: 0,
        acl_categories: &["@read", "@sortedset", "@slow"],
        tips: &[],
        key_specs: &[KeySpec {
            notes: None,
            flags: &["RO", "access"],
            begin_search: BeginSearch::Index(1),
            find_keys: FindKeys::Keynum {
                keynumidx: 0,
                firstkey: 1,
                step: 1,
            },
        }],
        subcommands: &[],
        doc: CommandDoc {
            summary: "Intersect multiple sorted sets",
            since: "6.2.0",
            group: "sorted-set",
            complexity: Some(
                "O(N*K)+O(M*log(M)) worst case with N being the smallest input sorted set, K being the number of input sorted sets and M being the number of elements in the resulting sorted set.",
            ),
            doc_flags: &[],
            deprecated_since: None,
            replaced_by: None,
            history: &[],
            arguments: &[
                ArgDoc {
                    name: "numkeys",
                    kind: "integer",
                    ..ArgDoc::EMPTY
                },
                ArgDoc {
                    name: "key",
                    kind: "key",
                    key_spec_index: 0,
                    flags: &["multiple"],
                    ..ArgDoc::EMPTY
                },
                ArgDoc {
                    name: "weight",
                    kind: "integer",
                    token: Some("WEIGHTS"),
                    flags: &["optional", "multiple"],
                    ..ArgDoc::EMPTY
                },
                ArgDoc {
                    name: "aggregate",
                    kind: "oneof",
                    token: Some("AGGREGATE"),
                    flags: &["optional"],
                    arguments: &[
                        ArgDoc {
                            name: "sum",
                            kind: "pure-token",
                            token: Some("SUM"),
                            ..ArgDoc::EMPTY
                        },
                        ArgDoc {
                            name: "min",
                            kind: "pure-token",
                            token: Some("MIN"),
                            ..ArgDoc::EMPTY
                        },
                        ArgDoc {
                            name: "max",
                            kind: "pure-token",
                            token: Some("MAX"),
                            ..ArgDoc::EMPTY
                        },
                    ],
                    ..ArgDoc::EMPTY
                },
                ArgDoc {
                    name: "withscores",
                    kind: "pure-token",
                    token: Some("WITHSCORES"),
                    flags: &["optional"],
                    ..ArgDoc::EMPTY
                },
            ],
        },
    },
    CommandInfo {
        name: "zintercard",
        arity: -3,
        flags: &["readonly", "movablekeys"],
        first_key: 0,
        last_key: 0,
        step: 0,
        acl_categories: &["@read", "@sortedset", "@slow"],
        tips: &[],
        key_specs: &[KeySpec {
            notes: None,
            flags: &["RO", "access"],
            begin_search: BeginSearch::Index(1),
            find_keys: FindKeys::Keynum {
                keynumidx: 0,
                firstkey: 1,
                step: 1,
            },
        }],
        subcommands: &[],
        doc: CommandDoc {
            summary: "Intersect multiple sorted sets and return the cardinality of the result",
            since: "7.0.0",
            group: "sorted-set",
            complexity: Some(
                "O(N*K) worst case with N being the smallest input sorted set, K being the number of input sorted sets.",
            ),
            doc_flags: &[],
            deprecated_since: None,
            replaced_by: None,
            history: &[],
            arguments: &[
                ArgDoc {
                    name: "numkeys",
                    kind: "integer",
                    ..ArgDoc::EMPTY
                },
                ArgDoc {
                    name: "key",
                    kind: "key",
                    key_spec_index: 0,
                    flags: &["multiple"],
                    ..ArgDoc::EMPTY
                },
                ArgDoc {
                    name: "limit",
                    kind: "integer",
                    token: Some("LIMIT"),
                    flags: &["optional"],
                    ..ArgDoc::EMPTY
                },
            ],
        },
    },
    CommandInfo {
        name: "zinterstore",
        arity: -4,
        flags: &["write", "denyoom", "movablekeys"],
        first_key: 1,
        last_key: 1,
        step: 1,
        acl_categories: &["@write", "@sortedset", "@slow"],
        tips: &[],
        key_specs: &[
            KeySpec {
                notes: None,
                flags: &["OW", "update"],
                begin_search: BeginSearch::Index(1),
                find_keys: FindKeys::Range {
                    lastkey: 0,
                    step: 1,
                    limit: 0,
                },
            },
            KeySpec {
                notes: None,
                flags: &["RO", "access"],
                begin_search: BeginSearch::Index(2),
                find_keys: FindKeys::Keynum {
                    keynumidx: 0,
                    firstkey: 1,
                    step: 1,
                },
            },
        ],
        subcommands: &[],
        doc: CommandDoc {
            summary: "Intersect multiple sorted sets and store the resulting sorted set in a new key",
            since: "2.0.0",
            group: "sorted-set",
            complexity: Some(
                "O(N*K)+O(M*log(M)) worst case with N being the smallest input sorted set, K being the number of input sorted sets and M being the number of elements in the resulting sorted set.",
            ),
            doc_flags: &[],
            deprecated_since: None,
            replaced_by: None,
            history: &[],
            arguments: &[
                ArgDoc {
                    name: "destination",
                    kind: "key",
                    key_spec_index: 0,
                    ..ArgDoc::EMPTY
                },
                ArgDoc {
                    name: "numkeys",
                    kind: "integer",
                    ..ArgDoc::EMPTY
                },
                ArgDoc {
                    name: "key",
                    kind: "key",
                    key_spec_index: 1,
                    flags: &["multiple"],
                    ..ArgDoc::EMPTY
                },
                ArgDoc {
                    name: "weight",
                    kind: "integer",
                    token: Some("WEIGHTS"),
                    flags: &["optional", "multiple"],
                    ..ArgDoc::EMPTY
                },
                ArgDoc {
                    name: "aggregate",
                    kind: "oneof",
                    token: Some("AGGREGATE"),
                    flags: &["optional"],
                    arguments: &[
                        ArgDoc {
                            name: "sum",
                            kind: "pure-token",
                            token: Some("SUM"),
                            ..ArgDoc::EMPTY
                        },
                        ArgDoc {
                            name: "min",
                            kind: "pure-token",
                            token: Some("MIN"),
                            ..ArgDoc::EMPTY
                        },
                        ArgDoc {
                            name: "max",
                            kind: "pure-token",
                            token: Some("MAX"),
                            ..ArgDoc::EMPTY
                        },
                    ],
                    ..ArgDoc::EMPTY
                },
            ],
        },
    },
    CommandInfo {
        name: "zlexcount",
        arity: 4,
        flags: &["readonly", "fast"],
        first_key: 1,
        last_key: 1,
        step: 1,
        acl_categories: &["@read", "@sortedset", "@fast"],
        tips: &[],
        key_specs: &[KeySpec {
            notes: None,
            flags: &["RO", "access"],
            begin_search: BeginSearch::Index(1),
            find_keys: FindKeys::Range {
                lastkey: 0,
                step: 1,
                limit: 0,
            },
        }],
        subcommands: &[],
        doc: CommandDoc {
            summary: "Count the number of members in a sorted set between a given lexicographical range",
            since: "2.8.9",
            group: "sorted-set",
            complexity: Some("O(log(N)) with N being the number of elements in the sorted set."),
            doc_flags: &[],
            deprecated_since: None,
            replaced_by: None,
            history: &[],
            arguments: &[
                ArgDoc {
                    name: "key",
                    kind: "key",
                    key_spec_index: 0,
                    ..ArgDoc::EMPTY
                },
                ArgDoc {
                    name: "min",
                    kind: "string",
                    ..ArgDoc::EMPTY
                },
                ArgDoc {
                    name: "max",
                    kind: "string",
                    ..ArgDoc::EMPTY
                },
            ],
        },
    },
    CommandInfo {
        name: "zmpop",
        arity: -4,
        flags: &["write", "movablekeys"],
        first_key: 0,
        last_key: 0,
        step: 0,
        acl_categories: &["@write", "@sortedset", "@slow"],
        tips: &[],
        key_specs: &[KeySpec {
            notes: None,
            flags: &["RW", "access", "delete"],
            begin_search: BeginSearch::Index(1),
            find_keys: FindKeys::Keynum {
                keynumidx: 0,
                firstkey: 1,
                step: 1,
            },
        }],
        subcommands: &[],
        doc: CommandDoc {
            summary: "Remove and return members with scores in a sorted set",
            since: "7.0.0",
            group: "sorted-set",
            complexity: Some(
                "O(K) + O(M*log(N)) where K is the number of provided keys, N being the number of elements in the sorted set, and M being the number of elements popped.",
            ),
            doc_flags: &[],
            deprecated_since: None,
            replaced_by: None,
            history: &[],
            arguments: &[
                ArgDoc {
                    name: "numkeys",
                    kind: "integer",
                    ..ArgDoc::EMPTY
                },
                ArgDoc {
                    name: "key",
                    kind: "key",
                    key_spec_index: 0,
                    flags: &["multiple"],
                    ..ArgDoc::EMPTY
                },
                ArgDoc {
                    name: "where",
                    kind: "oneof",
                    arguments: &[
                        ArgDoc {
                            name: "min",
                            kind: "pure-token",
                            token: Some("MIN"),
                            ..ArgDoc::EMPTY
                        },
                        ArgDoc {
                            name: "max",
                            kind: "pure-token",
                            token: Some("MAX"),
                            ..ArgDoc::EMPTY
                        },
                    ],
                    ..ArgDoc::EMPTY
                },
                ArgDoc {
                    name: "count",
                    kind: "integer",
                    token: Some("COUNT"),
                    flags: &["optional"],
                    ..ArgDoc::EMPTY
                },
            ],
        },
    },
    CommandInfo {
        name: "zmscore",
        arity: -3,
        flags: &["readonly", "fast"],
        first_key: 1,
        last_key: 1,
        step: 1,
        acl_categories: &["@read", "@sortedset", "@fast"],
        tips: &[],
        key_specs: &[KeySpec {
            notes: None,
            flags: &["RO", "access"],
            begin_search: BeginSearch::Index(1),
            find_keys: FindKeys::Range {
                lastkey: 0,
                step: 1,
                limit: 0,
            },
        }],
        subcommands: &[],
        doc: CommandDoc {
            summary: "Get the score associated with the given members in a sorted set",
            since: "6.2.0",
            group: "sorted-set",
            complexity: Some("O(N) where N is the number of members being requested."),
            doc_flags: &[],
            deprecated_since: None,
            replaced_by: None,
            history: &[],
            arguments: &[
                ArgDoc {
                    name: "key",
                    kind: "key",
                    key_spec_index: 0,
                    ..ArgDoc::EMPTY
                },
                ArgDoc {
                    name: "member",
                    kind: "string",
                    flags: &["multiple"],
                    ..ArgDoc::EMPTY
                },
            ],
        },
    },
    CommandInfo {
        name: "zpopmax",
        arity: -2,
        flags: &["write", "fast"],
        first_key: 1,
        last_key: 1,
        step: 1,
        acl_categories: &["@write", "@sortedset", "@fast"],
        tips: &[],
        key_specs: &[KeySpec {
            notes: None,
            flags: &["RW", "access", "delete"],
            begin_search: BeginSearch::Index(1),
            find_keys: FindKeys::Range {
                lastkey: 0,
                step: 1,
                limit: 0,
            },
        }],
        subcommands: &[],
        doc: CommandDoc {
            summary: "Remove and return members with the highest scores in a sorted set",
            since: "5.0.0",
            group: "sorted-set",
            complexity: Some(
                "O(log(N)*M) with N being the number of elements in the sorted set, and M being the number of elements popped.",
            ),
            doc_flags: &[],
            deprecated_since: None,
            replaced_by: None,
            history: &[],
            arguments: &[
                ArgDoc {
                    name: "key",
                    kind: "key",
                    key_spec_index: 0,
                    ..ArgDoc::EMPTY
                },
                ArgDoc {
                    name: "count",
                    kind: "integer",
                    flags: &["optional"],
                    ..ArgDoc::EMPTY
                },
            ],
        },
    },
    CommandInfo {
        name: "zpopmin",
        arity: -2,
        flags: &["write", "fast"],
        first_key: 1,
        last_key: 1,
        step: 1,
        acl_categories: &["@write", "@sortedset", "@fast"],
        tips: &[],
        key_specs: &[KeySpec {
            notes: None,
            flags: &["RW", "access", "delete"],
            begin_search: BeginSearch::Index(1),
            find_keys: FindKeys::Range {
                lastkey: 0,
                step: 1,
                limit: 0,
            },
        }],
        subcommands: &[],
        doc: CommandDoc {
            summary: "Remove and return members with the lowest scores in a sorted set",
            since: "5.0.0",
            group: "sorted-set",
            complexity: Some(
                "O(log(N)*M) with N being the number of elements in the sorted set, and M being the number of elements popped.",
            ),
            doc_flags: &[],
            deprecated_since: None,
            replaced_by: None,
            history: &[],
            arguments: &[
                ArgDoc {
                    name: "key",
                    kind: "key",
                    key_spec_index: 0,
                    ..ArgDoc::EMPTY
                },
                ArgDoc {
                    name: "count",
                    kind: "integer",
                    flags: &["optional"],
                    ..ArgDoc::EMPTY
                },
            ],
        },
    },
    CommandInfo {
        name: "zrandmember",
        arity: -2,
        flags: &["readonly"],
        first_key: 1,
        last_key: 1,
        step: 1,
        acl_categories: &["@read", "@sortedset", "@slow"],
        tips: &["nondeterministic_output"],
        key_specs: &[KeySpec {
            notes: None,
            flags: &["RO", "access"],
            begin_search: BeginSearch::Index(1),
            find_keys: FindKeys::Range {
                lastkey: 0,
                step: 1,
                limit: 0,
            },
        }],
        subcommands: &[],
        doc: CommandDoc {
            summary: "Get one or multiple random elements from a sorted set",
            since: "6.2.0",
            group: "sorted-set",
            complexity: Some("O(N) where N is the number of elements returned"),
            doc_flags: &[],
            deprecated_since: None,
            replaced_by: None,
            history: &[],
            arguments: &[
                ArgDoc {
                    name: "key",
                    kind: "key",
                    key_spec_index: 0,
                    ..ArgDoc::EMPTY
                },
                ArgDoc {
                    name: "options",
                    kind: "block",
                    flags: &["optional"],
                    arguments: &[
                        ArgDoc {
                            name: "count",
                            kind: "integer",
                            ..ArgDoc::EMPTY
                        },
                        ArgDoc {
                            name: "withscores",
                            kind: "pure-token",
                            token: Some("WITHSCORES"),
                            flags: &["optional"],
                            ..ArgDoc::EMPTY
                        },
                    ],
                    ..ArgDoc::EMPTY
                },
            ],
        },
    },
    CommandInfo {
        name: "zrange",
        arity: -4,
        flags: &["readonly"],
        first_key: 1,
        last_key: 1,
        step: 1,
        acl_categories: &["@read", "@sortedset", "@slow"],
        tips: &[],
        key_specs: &[KeySpec {
            notes: None,
            flags: &["RO", "access"],
            begin_search: BeginSearch::Index(1),
            find_keys: FindKeys::Range {
                lastkey: 0,
                step: 1,
                limit: 0,
            },
        }],
        subcommands: &[],
        doc: CommandDoc {
            summary: "Return a range of members in a sorted set",
            since: "1.2.0",
            group: "sorted-set",
            complexity: Some(
                "O(log(N)+M) with N being the number of elements in the sorted set and M the number of elements returned.",
            ),
            doc_flags: &[],
            deprecated_since: None,
            replaced_by: None,
            history: &[("6.2.0", "Added the `REV`, `BYSCORE`, `BYLEX` and `LIMIT` options.")],
            arguments: &[
                ArgDoc {
                    name: "key",
                    kind: "key",
                    key_spec_index: 0,
                    ..ArgDoc::EMPTY
                },
                ArgDoc {
                    name: "start",
                    kind: "string",
                    ..ArgDoc::EMPTY
                },
                ArgDoc {
                    name: "stop",
                    kind: "string",
                    ..ArgDoc::EMPTY
                },
                ArgDoc {
                    name: "sortby",
                    kind: "oneof",
                    since: Some("6.2.0"),
                    flags: &["optional"],
                    arguments: &[
                        ArgDoc {
                            name: "byscore",
                            kind: "pure-token",
                            token: Some("BYSCORE"),
                            ..ArgDoc::EMPTY
                        },
                        ArgDoc {
                            name: "bylex",
                            kind: "pure-token",
                            token: Some("BYLEX"),
                            ..ArgDoc::EMPTY
                        },
                    ],
                    ..ArgDoc::EMPTY
                },
                ArgDoc {
                    name: "rev",
                    kind: "pure-token",
                    token: Some("REV"),
                    since: Some("6.2.0"),
                    flags: &["optional"],
                    ..ArgDoc::EMPTY
                },
                ArgDoc {
                    name: "offset_count",
                    kind: "block",
                    token: Some("LIMIT"),
                    since: Some("6.2.0"),
                    flags: &["optional"],
                    arguments: &[
                        ArgDoc {
                            name: "offset",
                            kind: "integer",
                            ..ArgDoc::EMPTY
                        },
                        ArgDoc {
                            name: "count",
                            kind: "integer",
                            ..ArgDoc::EMPTY
                        },
                    ],
                    ..ArgDoc::EMPTY
                },
                ArgDoc {
                    name: "withscores",
                    kind: "pure-token",
                    token: Some("WITHSCORES"),
                    flags: &["optional"],
                    ..ArgDoc::EMPTY
                },
            ],
        },
    },
    CommandInfo {
        name: "zrangebylex",
        arity: -4,
        flags: &["readonly"],
        first_key: 1,
        last_key: 1,
        step: 1,
        acl_categories: &["@read", "@sortedset", "@slow"],
        tips: &[],
        key_specs: &[KeySpec {
            notes: None,
            flags: &["RO", "access"],
            begin_search: BeginSearch::Index(1),
            find_keys: FindKeys::Range {
                lastkey: 0,
                step: 1,
                limit: 0,
            },
        }],
        subcommands: &[],
        doc: CommandDoc {
            summary: "Return a range of members in a sorted set, by lexicographical range",
            since: "2.8.9",
            group: "sorted-set",
            complexity: Some(
                "O(log(N)+M) with N being the number of elements in the sorted set and M the number of elements being returned. If M is constant (e.g. always asking for the first 10 elements with LIMIT), you can consider it O(log(N)).",
            ),
            doc_flags: &["deprecated"],
            deprecated_since: Some("6.2.0"),
            replaced_by: Some("`ZRANGE` with the `BYLEX` argument"),
            history: &[],
            arguments: &[
                ArgDoc {
                    name: "key",
                    kind: "key",
                    key_spec_index: 0,
                    ..ArgDoc::EMPTY
                },
                ArgDoc {
                    name: "min",
                    kind: "string",
                    ..ArgDoc::EMPTY
                },
                ArgDoc {
                    name: "max",
                    kind: "string",
                    ..ArgDoc::EMPTY
                },
                ArgDoc {
                    name: "offset_count",
                    kind: "block",
                    token: Some("LIMIT"),
                    flags: &["optional"],
                    arguments: &[
                        ArgDoc {
                            name: "offset",
                            kind: "integer",
                            ..ArgDoc::EMPTY
                        },
                        ArgDoc {
                            name: "count",
                            kind: "integer",
                            ..ArgDoc::EMPTY
                        },
                    ],
                    ..ArgDoc::EMPTY
                },
            ],
        },
    },
    CommandInfo {
        name: "zrangebyscore",
        arity: -4,
        flags: &["readonly"],
        first_key: 1,
        last_key: 1,
        step: 1,
        acl_categories: &["@read", "@sortedset", "@slow"],
        tips: &[],
        key_specs: &[KeySpec {
            notes: None,
            flags: &["RO", "access"],
            begin_search: BeginSearch::Index(1),
            find_keys: FindKeys::Range {
                lastkey: 0,
                step: 1,
                limit: 0,
            },
        }],
        subcommands: &[],
        doc: CommandDoc {
            summary: "Return a range of members in a sorted set, by score",
            since: "1.0.5",
            group: "sorted-set",
            complexity: Some(
                "O(log(N)+M) with N being the number of elements in the sorted set and M the number of elements being returned. If M is constant (e.g. always asking for the first 10 elements with LIMIT), you can consider it O(log(N)).",
            ),
            doc_flags: &["deprecated"],
            deprecated_since: Some("6.2.0"),
            replaced_by: Some("`ZRANGE` with the `BYSCORE` argument"),
            history: &[("2.0.0", "Added the `WITHSCORES` modifier.")],
            arguments: &[
                ArgDoc {
                    name: "key",
                    kind: "key",
                    key_spec_index: 0,
                    ..ArgDoc::EMPTY
                },
                ArgDoc {
                    name: "min",
                    kind: "double",
                    ..ArgDoc::EMPTY
                },
                ArgDoc {
                    name: "max",
                    kind: "double",
                    ..ArgDoc::EMPTY
                },
                ArgDoc {
                    name: "withscores",
                    kind: "pure-token",
                    token: Some("WITHSCORES"),
                    since: Some("2.0.0"),
                    flags: &["optional"],
                    ..ArgDoc::EMPTY
                },
                ArgDoc {
                    name: "offset_count",
                    kind: "block",
                    token: Some("LIMIT"),
                    flags: &["optional"],
                    arguments: &[
                        ArgDoc {
                            name: "offset",
                            kind: "integer",
                            ..ArgDoc::EMPTY
                        },
                        ArgDoc {
                            name: "count",
                            kind: "integer",
                            ..ArgDoc::EMPTY
                        },
                    ],
                    ..ArgDoc::EMPTY
                },
            ],
        },
    },
    CommandInfo {
        name: "zrangestore",
        arity: -5,
        flags: &["write", "denyoom"],
        first_key: 1,
        last_key: 2,
        step: 1,
        acl_categories: &["@write", "@sortedset", "@slow"],
        tips: &[],
        key_specs: &[
            KeySpec {
                notes: None,
                flags: &["OW", "update"],
                begin_search: BeginSearch::Index(1),
                find_keys: FindKeys::Range {
                    lastkey: 0,
                    step: 1,
                    limit: 0,
                },
            },
            KeySpec {
                notes: None,
                flags: &["RO", "access"],
                begin_search: BeginSearch::Index(2),
                find_keys: FindKeys::Range {
                    lastkey: 0,
                    step: 1,
                    limit: 0,
                },
            },
        ],
        subcommands: &[],
        doc: CommandDoc {
            summary: "Store a range of members from sorted set into another key",
            since: "6.2.0",
            group: "sorted-set",
            complexity: Some(
                "O(log(N)+M) with N being the number of elements in the sorted set and M the number of elements stored into the destination key.",
            ),
            doc_flags: &[],
            deprecated_since: None,
            replaced_by: None,
            history: &[],
            arguments: &[
                ArgDoc {
                    name: "dst",
                    kind: "key",
                    key_spec_index: 0,
                    ..ArgDoc::EMPTY
                },
                ArgDoc {
                    name: "src",
                    kind: "key",
                    key_spec_index: 1,
                    ..ArgDoc::EMPTY
                },
                ArgDoc {
                    name: "min",
                    kind: "string",
                    ..ArgDoc::EMPTY
                },
                ArgDoc {
                    name: "max",
                    kind: "string",
                    ..ArgDoc::EMPTY
                },
                ArgDoc {
                    name: "sortby",
                    kind: "oneof",
                    flags: &["optional"],
                    arguments: &[
                        ArgDoc {
                            name: "byscore",
                            kind: "pure-token",
                            token: Some("BYSCORE"),
                            ..ArgDoc::EMPTY
                        },
                        ArgDoc {
                            name: "bylex",
                            kind: "pure-token",
                            token: Some("BYLEX"),
                            ..ArgDoc::EMPTY
                        },
                    ],
                    ..ArgDoc::EMPTY
                },
                ArgDoc {
                    name: "rev",
                    kind: "pure-token",
                    token: Some("REV"),
                    flags: &["optional"],
                    ..ArgDoc::EMPTY
                },
                ArgDoc {
                    name: "offset_count",
                    kind: "block",
                    token: Some("LIMIT"),
                    flags: &["optional"],
                    arguments: &[
                        ArgDoc {
                            name: "offset",
                            kind: "integer",
                            ..ArgDoc::EMPTY
                        },
                        ArgDoc {
                            name: "count",
                            kind: "integer",
                            ..ArgDoc::EMPTY
                        },
                    ],
                    ..ArgDoc::EMPTY
                },
            ],
        },
    },
    CommandInfo {
        name: "zrank",
        arity: 3,
        flags: &["readonly", "fast"],
        first_key: 1,
        last_key: 1,
        step: 1,
        acl_categories: &["@read", "@sortedset", "@fast"],
        tips: &[],
        key_specs: &[KeySpec {
            notes: None,
            flags: &["RO", "access"],
            begin_search: BeginSearch::Index(1),
            find_keys: FindKeys::Range {
                lastkey: 0,
                step: 1,
                limit: 0,
            },
        }],
        subcommands: &[],
        doc: CommandDoc {
            summary: "Determine the index of a member in a sorted set",
            since: "2.0.0",
            group: "sorted-set",
            complexity: Some("O(log(N))"),
            doc_flags: &[],
            deprecated_since: None,
            replaced_by: None,
            history: &[],
            arguments: &[
                ArgDoc {
                    name: "key",
                    kind: "key",
                    key_spec_index: 0,
                    ..ArgDoc::EMPTY
                },
                ArgDoc {
                    name: "member",
                    kind: "string",
                    ..ArgDoc::EMPTY
                },
            ],
        },
    },
    CommandInfo {
        name: "zrem",
        arity: -3,
        flags: &["write", "fast"],
        first_key: 1,
        last_key: 1,
        step: 1,
        acl_categories: &["@write", "@sortedset", "@fast"],
        tips: &[],
        key_specs: &[KeySpec {
            notes: None,
            flags: &["RW", "delete"],
            begin_search: BeginSearch::Index(1),
            find_keys: FindKeys::Range {
                lastkey: 0,
                step: 1,
                limit: 0,
            },
        }],
        subcommands: &[],
        doc: CommandDoc {
            summary: "Remove one or more members from a sorted set",
            since: "1.2.0",
            group: "sorted-set",
            complexity: Some(
                "O(M*log(N)) with N being the number of elements in the sorted set and M the number of elements to be removed.",
            ),
            doc_flags: &[],
            deprecated_since: None,
            replaced_by: None,
            history: &[("2.4.0", "Accepts multiple elements.")],
            arguments: &[
                ArgDoc {
                    name: "key",
                    kind: "key",
                    key_spec_index: 0,
                    ..ArgDoc::EMPTY
                },
                ArgDoc {
                    name: "member",
                    kind: "string",
                    flags: &["multiple"],
                    ..ArgDoc::EMPTY
                },
            ],
        },
    },
    CommandInfo {
        name: "zremrangebylex",
        arity: 4,
        flags: &["write"],
        first_key: 1,
        last_key: 1,
        step: 1,
        acl_categories: &["@write", "@sortedset", "@slow"],
        tips: &[],
        key_specs: &[KeySpec {
            notes: None,
            flags: &["RW", "delete"],
            begin_search: BeginSearch::Index(1),
            find_keys: FindKeys::Range {
                lastkey: 0,
                step: 1,
                limit: 0,
            },
        }],
        subcommands: &[],
        doc: CommandDoc {
            summary: "Remove all members in a sorted set between the given lexicographical range",
            since: "2.8.9",
            group: "sorted-set",
            complexity: Some(
                "O(log(N)+M) with N being the number of elements in the sorted set and M the number of elements removed by the operation.",
            ),
            doc_flags: &[],
            deprecated_since: None,
            replaced_by: None,
            history: &[],
            arguments: &[
                ArgDoc {
                    name: "key",
                    kind: "key",
                    key_spec_index: 0,
                    ..ArgDoc::EMPTY
                },
                ArgDoc {
                    name: "min",
                    kind: "string",
                    ..ArgDoc::EMPTY
                },
                ArgDoc {
                    name: "max",
                    kind: "string",
                    ..ArgDoc::EMPTY
                },
            ],
        },
    },
    CommandInfo {
        name: "zremrangebyrank",
        arity: 4,
        flags: &["write"],
        first_key: 1,
        last_key: 1,
        step: 1,
        acl_categories: &["@write", "@sortedset", "@slow"],
        tips: &[],
        key_specs: &[KeySpec {
            notes: None,
            flags: &["RW", "delete"],
            begin_search: BeginSearch::Index(1),
            find_keys: FindKeys::Range {
                lastkey: 0,
                step: 1,
                limit: 0,
            },
        }],
        subcommands: &[],
        doc: CommandDoc {
            summary: "Remove all members in a sorted set within the given indexes",
            since: "2.0.0",
            group: "sorted-set",
            complexity: Some(
                "O(log(N)+M) with N being the number of elements in the sorted set and M the number of elements removed by the operation.",
            ),
            doc_flags: &[],
            deprecated_since: None,
            replaced_by: None,
            history: &[],
            arguments: &[
                ArgDoc {
                    name: "key",
                    kind: "key",
                    key_spec_index: 0,
                    ..ArgDoc::EMPTY
                },
                ArgDoc {
                    name: "start",
                    kind: "integer",
                    ..ArgDoc::EMPTY
                },
                ArgDoc {
                    name: "stop",
                    kind: "integer",
                    ..ArgDoc::EMPTY
                },
            ],
        },
    },
    CommandInfo {
        name: "zremrangebyscore",
        arity: 4,
        flags: &["write"],
        first_key: 1,
        last_key: 1,
        step: 1,
        acl_categories: &["@write", "@sortedset", "@slow"],
        tips: &[],
        key_specs: &[KeySpec {
            notes: None,
            flags: &["RW", "delete"],
            begin_search: BeginSearch::Index(1),
            find_keys: FindKeys::Range {
                lastkey: 0,
                step: 1,
                limit: 0,
            },
        }],
        subcommands: &[],
        doc: CommandDoc {
            summary: "Remove all members in a sorted set within the given scores",
            since: "1.2.0",
            group: "sorted-set",
            complexity: Some(
                "O(log(N)+M) with N being the number of elements in the sorted set and M the number of elements removed by the operation.",
            ),
            doc_flags: &[],
            deprecated_since: None,
            replaced_by: None,
            history: &[],
            arguments: &[
                ArgDoc {
                    name: "key",
                    kind: "key",
                    key_spec_index: 0,
                    ..ArgDoc::EMPTY
                },
                ArgDoc {
                    name: "min",
                    kind: "double",
                    ..ArgDoc::EMPTY
                },
                ArgDoc {
                    name: "max",
                    kind: "double",
                    ..ArgDoc::EMPTY
                },
            ],
        },
    },
    CommandInfo {
        name: "zrevrange",
        arity: -4,
        flags: &["readonly"],
        first_key: 1,
        last_key: 1,
        step: 1,
        acl_categories: &["@read", "@sortedset", "@slow"],
        tips: &[],
        key_specs: &[KeySpec {
            notes: None,
            flags: &["RO", "access"],
            begin_search: BeginSearch::Index(1),
            find_keys: FindKeys::Range {
                lastkey: 0,
                step: 1,
                limit: 0,
            },
        }],
        subcommands: &[],
        doc: CommandDoc {
            summary: "Return a range of members in a sorted set, by index, with scores ordered from high to low",
            since: "1.2.0",
            group: "sorted-set",
            complexity: Some(
                "O(log(N)+M) with N being the number of elements in the sorted set and M the number of elements returned.",
            ),
            doc_flags: &["deprecated"],
            deprecated_since: Some("6.2.0"),
            replaced_by: Some("`ZRANGE` with the `REV` argument"),
            history: &[],
            arguments: &[
                ArgDoc {
                    name: "key",
                    kind: "key",
                    key_spec_index: 0,
                    ..ArgDoc::EMPTY
                },
                ArgDoc {
                    name: "start",
                    kind: "integer",
                    ..ArgDoc::EMPTY
                },
                ArgDoc {
                    name: "stop",
                    kind: "integer",
                    ..ArgDoc::EMPTY
                },
                ArgDoc {
                    name: "withscores",
                    kind: "pure-token",
                    token: Some("WITHSCORES"),
                    flags: &["optional"],
                    ..ArgDoc::EMPTY
                },
            ],
        },
    },
    CommandInfo {
        name: "zrevrangebylex",
        arity: -4,
        flags: &["readonly"],
        first_key: 1,
        last_key: 1,
        step: 1,
        acl_categories: &["@read", "@sortedset", "@slow"],
        tips: &[],
        key_specs: &[KeySpec {
            notes: None,
            flags: &["RO", "access"],
            begin_search: BeginSearch::Index(1),
            find_keys: FindKeys::Range {
                lastkey: 0,
                step: 1,
                limit: 0,
            },
        }],
        subcommands: &[],
        doc: CommandDoc {
            summary: "Return a range of members in a sorted set, by lexicographical range, ordered from higher to lower strings.",
            since: "2.8.9",
            group: "sorted-set",
            complexity: Some(
                "O(log(N)+M) with N being the number of elements in the sorted set and M the number of elements being returned. If M is constant (e.g. always asking for the first 10 elements with LIMIT), you can consider it O(log(N)).",
            ),
            doc_flags: &["deprecated"],
            deprecated_since: Some("6.2.0"),
            replaced_by: Some("`ZRANGE` with the `REV` and `BYLEX` arguments"),
            history: &[],
            arguments: &[
                ArgDoc {
                    name: "key",
                    kind: "key",
                    key_spec_index: 0,
                    ..ArgDoc::EMPTY
                },
                ArgDoc {
                    name: "max",
                    kind: "string",
                    ..ArgDoc::EMPTY
                },
                ArgDoc {
                    name: "min",
                    kind: "string",
                    ..ArgDoc::EMPTY
                },
                ArgDoc {
                    name: "offset_count",
                    kind: "block",
                    token: Some("LIMIT"),
                    flags: &["optional"],
                    arguments: &[
                        ArgDoc {
                            name: "offset",
                            kind: "integer",
                            ..ArgDoc::EMPTY
                        },
                        ArgDoc {
                            name: "count",
                            kind: "integer",
                            ..ArgDoc::EMPTY
                        },
                    ],
                    ..ArgDoc::EMPTY
                },
            ],
        },
    },
    CommandInfo {
        name: "zrevrangebyscore",
        arity: -4,
        flags: &["readonly"],
        first_key: 1,
        last_key: 1,
        step: 1,
        acl_categories: &["@read", "@sortedset", "@slow"],
        tips: &[],
        key_specs: &[KeySpec {
            notes: None,
            flags: &["RO", "access"],
            begin_search: BeginSearch::Index(1),
            find_keys: FindKeys::Range {
                lastkey: 0,
                step: 1,
                limit: 0,
            },
        }],
        subcommands: &[],
        doc: CommandDoc {
            summary: "Return a range of members in a sorted set, by score, with scores ordered from high to low",
            since: "2.2.0",
            group: "sorted-set",
            complexity: Some(
                "O(log(N)+M) with N being the number of elements in the sorted set and M the number of elements being returned. If M is constant (e.g. always asking for the first 10 elements with LIMIT), you can consider it O(log(N)).",
            ),
            doc_flags: &["deprecated"],
            deprecated_since: Some("6.2.0"),
            replaced_by: Some("`ZRANGE` with the `REV` and `BYSCORE` arguments"),
            history: &[("2.1.6", "`min` and `max` can be exclusive.")],
            arguments: &[
                ArgDoc {
                    name: "key",
                    kind: "key",
                    key_spec_index: 0,
                    ..ArgDoc::EMPTY
                },
                ArgDoc {
                    name: "max",
                    kind: "double",
                    ..ArgDoc::EMPTY
                },
                ArgDoc {
                    name: "min",
                    kind: "double",
                    ..ArgDoc::EMPTY
                },
                ArgDoc {
                    name: "withscores",
                    kind: "pure-token",
                    token: Some("WITHSCORES"),
                    flags: &["optional"],
                    ..ArgDoc::EMPTY
                },
                ArgDoc {
                    name: "offset_count",
                    kind: "block",
                    token: Some("LIMIT"),
                    flags: &["optional"],
                    arguments: &[
                        ArgDoc {
                            name: "offset",
                            kind: "integer",
                            ..ArgDoc::EMPTY
                        },
                        ArgDoc {
                            name: "count",
                            kind: "integer",
                            ..ArgDoc::EMPTY
                        },
                    ],
                    ..ArgDoc::EMPTY
                },
            ],
        },
    },
    CommandInfo {
        name: "zrevrank",
        arity: 3,
        flags: &["readonly", "fast"],
        first_key: 1,
        last_key: 1,
        step: 1,
        acl_categories: &["@read", "@sortedset", "@fast"],
        tips: &[],
        key_specs: &[KeySpec {
            notes: None,
            flags: &["RO", "access"],
            begin_search: BeginSearch::Index(1),
            find_keys: FindKeys::Range {
                lastkey: 0,
                step: 1,
                limit: 0,
            },
        }],
        subcommands: &[],
        doc: CommandDoc {
            summary: "Determine the index of a member in a sorted set, with scores ordered from high to low",
            since: "2.0.0",
            group: "sorted-set",
            complexity: Some("O(log(N))"),
            doc_flags: &[],
            deprecated_since: None,
            replaced_by: None,
            history: &[],
            arguments: &[
                ArgDoc {
                    name: "key",
                    kind: "key",
                    key_spec_index: 0,
                    ..ArgDoc::EMPTY
                },
                ArgDoc {
                    name: "member",
                    kind: "string",
                    ..ArgDoc::EMPTY
                },
            ],
        },
    },
    CommandInfo {
        name: "zscan",
        arity: -3,
        flags: &["readonly"],
        first_key: 1,
        last_key: 1,
        step: 1,
        acl_categories: &["@read", "@sortedset", "@slow"],
        tips: &["nondeterministic_output"],
        key_specs: &[KeySpec {
            notes: None,
            flags: &["RO", "access"],
            begin_search: BeginSearch::Index(1),
            find_keys: FindKeys::Range {
                lastkey: 0,
                step: 1,
                limit: 0,
            },
        }],
        subcommands: &[],
        doc: CommandDoc {
            summary: "Incrementally iterate sorted sets elements and associated scores",
            since: "2.8.0",
            group: "sorted-set",
            complexity: Some(
                "O(1) for every call. O(N) for a complete iteration, including enough command calls for the cursor to return back to 0. N is the number of elements inside the collection..",
            ),
            doc_flags: &[],
            deprecated_since: None,
            replaced_by: None,
            history: &[],
            arguments: &[
                ArgDoc {
                    name: "key",
                    kind: "key",
                    key_spec_index: 0,
                    ..ArgDoc::EMPTY
                },
                ArgDoc {
                    name: "cursor",
                    kind: "integer",
                    ..ArgDoc::EMPTY
                },
                ArgDoc {
                    name: "pattern",
                    kind: "pattern",
                    token: Some("MATCH"),
                    flags: &["optional"],
                    ..ArgDoc::EMPTY
                },
                ArgDoc {
                    name: "count",
                    kind: "integer",
                    token: Some("COUNT"),
                    flags: &["optional"],
                    ..ArgDoc::EMPTY
                },
            ],
        },
    },
    CommandInfo {
        name: "zscore",
        arity: 3,
        flags: &["readonly", "fast"],
        first_key: 1,
        last_key: 1,
        step: 1,
        acl_categories: &["@read", "@sortedset", "@fast"],
        tips: &[],
        key_specs: &[KeySpec {
            notes: None,
            flags: &["RO", "access"],
            begin_search: BeginSearch::Index(1),
            find_keys: FindKeys::Range {
                lastkey: 0,
                step: 1,
                limit: 0,
            },
        }],
        subcommands: &[],
        doc: CommandDoc {
            summary: "Get the score associated with the given member in a sorted set",
            since: "1.2.0",
            group: "sorted-set",
            complexity: Some("O(1)"),
            doc_flags: &[],
            deprecated_since: None,
            replaced_by: None,
            history: &[],
            arguments: &[
                ArgDoc {
                    name: "key",
                    kind: "key",
                    key_spec_index: 0,
                    ..ArgDoc::EMPTY
                },
                ArgDoc {
                    name: "member",
                    kind: "string",
                    ..ArgDoc::EMPTY
                },
            ],
        },
    },
    CommandInfo {
        name: "zunion",
        arity: -3,
        flags: &["readonly", "movablekeys"],
        first_key: 0,
        last_key: 0,
        step: 0,
        acl_categories: &["@read", "@sortedset", "@slow"],
        tips: &[],
        key_specs: &[KeySpec {
            notes: None,
            flags: &["RO", "access"],
            begin_search: BeginSearch::Index(1),
            find_keys: FindKeys::Keynum {
                keynumidx: 0,
                firstkey: 1,
                step: 1,
            },
        }],
        subcommands: &[],
        doc: CommandDoc {
            summary: "Add multiple sorted sets",
            since: "6.2.0",
            group: "sorted-set",
            complexity: Some(
                "O(N)+O(M*log(M)) with N being the sum of the sizes of the input sorted sets, and M being the number of elements in the resulting sorted set.",
            ),
            doc_flags: &[],
            deprecated_since: None,
            replaced_by: None,
            history: &[],
            arguments: &[
                ArgDoc {
                    name: "numkeys",
                    kind: "integer",
                    ..ArgDoc::EMPTY
                },
                ArgDoc {
                    name: "key",
                    kind: "key",
                    key_spec_index: 0,
                    flags: &["multiple"],
                    ..ArgDoc::EMPTY
                },
                ArgDoc {
                    name: "weight",
                    kind: "integer",
                    token: Some("WEIGHTS"),
                    flags: &["optional", "multiple"],
                    ..ArgDoc::EMPTY
                },
                ArgDoc {
                    name: "aggregate",
                    kind: "oneof",
                    token: Some("AGGREGATE"),
                    flags: &["optional"],
                    arguments: &[
                        ArgDoc {
                            name: "sum",
                            kind: "pure-token",
                            token: Some("SUM"),
                            ..ArgDoc::EMPTY
                        },
                        ArgDoc {
                            name: "min",
                            kind: "pure-token",
                            token: Some("MIN"),
                            ..ArgDoc::EMPTY
                        },
                        ArgDoc {
                            name: "max",
                            kind: "pure-token",
                            token: Some("MAX"),
                            ..ArgDoc::EMPTY
                        },
                    ],
                    ..ArgDoc::EMPTY
                },
                ArgDoc {
                    name: "withscores",
                    kind: "pure-token",
                    token: Some("WITHSCORES"),
                    flags: &["optional"],
                    ..ArgDoc::EMPTY
                },
            ],
        },
    },
    CommandInfo {
        name: "zunionstore",
        arity: -4,
        flags: &["write", "denyoom", "movablekeys"],
        first_key: 1,
        last_key: 1,
        step: 1,
        acl_categories: &["@write", "@sortedset", "@slow"],
        tips: &[],
        key_specs: &[
            KeySpec {
                notes: None,
                flags: &["OW", "update"],
                begin_search: BeginSearch::Index(1),
                find_keys: FindKeys::Range {
                    lastkey: 0,
                    step: 1,
                    limit: 0,
                },
            },
            KeySpec {
                notes: None,
                flags: &["RO", "access"],
                begin_search: BeginSearch::Index(2),
                find_keys: FindKeys::Keynum {
                    keynumidx: 0,
                    firstkey: 1,
                    step: 1,
                },
            },
        ],
        subcommands: &[],
        doc: CommandDoc {
            summary: "Add multiple sorted sets and store the resulting sorted set in a new key",
            since: "2.0.0",
            group: "sorted-set",
            complexity: Some(
                "O(N)+O(M log(M)) with N being the sum of the sizes of the input sorted sets, and M being the number of elements in the resulting sorted set.",
            ),
            doc_flags: &[],
            deprecated_since: None,
            replaced_by: None,
            history: &[],
            arguments: &[
                ArgDoc {
                    name: "destination",
                    kind: "key",
                    key_spec_index: 0,
                    ..ArgDoc::EMPTY
                },
                ArgDoc {
                    name: "numkeys",
                    kind: "integer",
                    ..ArgDoc::EMPTY
                },
                ArgDoc {
                    name: "key",
                    kind: "key",
                    key_spec_index: 1,
                    flags: &["multiple"],
                    ..ArgDoc::EMPTY
                },
                ArgDoc {
                    name: "weight",
                    kind: "integer",
                    token: Some("WEIGHTS"),
                    flags: &["optional", "multiple"],
                    ..ArgDoc::EMPTY
                },
                ArgDoc {
                    name: "aggregate",
                    kind: "oneof",
                    token: Some("AGGREGATE"),
                    flags: &["optional"],
                    arguments: &[
                        ArgDoc {
                            name: "sum",
                            kind: "pure-token",
                            token: Some("SUM"),
                            ..ArgDoc::EMPTY
                        },
                        ArgDoc {
                            name: "min",
                            kind: "pure-token",
                            token: Some("MIN"),
                            ..ArgDoc::EMPTY
                        },
                        ArgDoc {
                            name: "max",
                            kind: "pure-token",
                            token: Some("MAX"),
                            ..ArgDoc::EMPTY
                        },
                    ],
                    ..ArgDoc::EMPTY
                },
            ],
        },
    },
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_is_sorted_and_complete() {
        assert_eq!(COMMANDS.len(), 240);
        assert!(COMMANDS.windows(2).all(|w| w[0].name < w[1].name));
        for c in COMMANDS {
            assert!(c.subcommands.windows(2).all(|w| w[0].name < w[1].name));
            for s in c.subcommands {
                assert!(s.name.starts_with(c.name));
                assert_eq!(s.name.as_bytes()[c.name.len()], b'|');
            }
        }
    }

    #[test]
    fn get() {
        let c = lookup(b"get").unwrap();
        assert_eq!(c.name, "get");
        assert_eq!(c.arity, 2);
        assert_eq!(c.flags, &["readonly", "fast"]);
        assert_eq!((c.first_key, c.last_key, c.step), (1, 1, 1));
        assert_eq!(c.acl_categories, &["@read", "@string", "@fast"]);
        assert_eq!(c.doc.group, "string");
        assert_eq!(c.doc.arguments[0].kind, "key");
        assert_eq!(c.doc.arguments[0].key_spec_index, 0);
    }

    #[test]
    fn set() {
        let c = lookup(b"set").unwrap();
        assert_eq!(c.arity, -3);
        assert_eq!(c.flags, &["write", "denyoom"]);
        assert_eq!(c.key_specs.len(), 1);
        assert_eq!(c.key_specs[0].begin_search, BeginSearch::Index(1));
        assert_eq!(
            c.key_specs[0].find_keys,
            FindKeys::Range {
                lastkey: 0,
                step: 1,
                limit: 0
            }
        );
        assert_eq!(c.doc.history.len(), 4);
    }

    #[test]
    fn mset() {
        let c = lookup(b"mset").unwrap();
        assert_eq!((c.first_key, c.last_key, c.step), (1, -1, 2));
    }

    #[test]
    fn subcommands() {
        let client = lookup(b"client").unwrap();
        let list = lookup_subcommand(client, b"list").unwrap();
        assert_eq!(list.name, "client|list");
        assert_eq!(lookup_subcommand(client, b"LiSt").unwrap().name, "client|list");
        assert!(lookup_subcommand(client, b"nope").is_none());
        assert_eq!(lookup_full(b"CLIENT|LIST").unwrap().name, "client|list");
        assert!(lookup_full(b"client|").is_none());
        assert!(lookup_full(b"get|x").is_none());
        for parent in ["config", "cluster", "object", "command", "xgroup", "xinfo"] {
            assert!(!lookup(parent.as_bytes()).unwrap().subcommands.is_empty());
        }
    }

    #[test]
    fn lookup_is_case_insensitive() {
        assert_eq!(lookup(b"GeT").unwrap().name, "get");
        assert_eq!(lookup(b"ZRANGEBYSCORE").unwrap().name, "zrangebyscore");
        assert!(lookup(b"").is_none());
        assert!(lookup(b"nosuchcommand").is_none());
        assert!(lookup(b"client|list").is_none());
    }
}
