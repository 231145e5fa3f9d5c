#!/usr/bin/env python3
"""Generate src/commands/table.rs from a live redis-server.

Usage (from the repository root):

    redis-server --port 16398 --save '' --daemonize no &
    python3 tools/gen_command_table.py --port 16398
    # writes src/commands/table.rs and runs `rustfmt --edition 2024` on it

The generator speaks RESP itself (stdlib only, no redis-py).  It reads the
whole command table with `COMMAND INFO` and `COMMAND DOCS` over a RESP3
connection (so maps and sets keep their types), builds a model of every
command and subcommand, and then *verifies* the model: for every command it
re-encodes `COMMAND INFO <name>` and `COMMAND DOCS <name>` from the model,
in both RESP2 and RESP3, and compares the bytes with what the live server
sends.  Any field the model does not capture (or captures in the wrong
order/type) makes the generator fail instead of writing a lossy table.

The encoding rules used by that check are the ones documented in the header
of the generated file; a Rust implementation of COMMAND INFO / COMMAND DOCS
that follows them replies byte-identically to redis-server.
"""

import argparse
import os
import shutil
import socket
import subprocess
import sys

# --------------------------------------------------------------------------
# Minimal RESP2/RESP3 client
# --------------------------------------------------------------------------


class RespError(Exception):
    pass


class Node:
    """A typed RESP value.  kind is one of:
    simple, error, int, bulk, null, array, set, map, push, double, bool,
    verbatim, bignum.  For map, value is a list of (key, value) pairs."""

    __slots__ = ("kind", "value")

    def __init__(self, kind, value=None):
        self.kind = kind
        self.value = value

    def __repr__(self):
        return "Node(%s, %r)" % (self.kind, self.value)


class Conn:
    def __init__(self, host, port, resp3, timeout=10.0):
        self.sock = socket.create_connection((host, port), timeout=timeout)
        self.buf = b""
        self.pos = 0
        if resp3:
            hello = self.call("HELLO", "3")
            if hello.kind != "map":
                raise RespError("HELLO 3 failed: %r" % (hello,))

    def close(self):
        self.sock.close()

    def send(self, *args):
        parts = [b"*%d\r\n" % len(args)]
        for a in args:
            if isinstance(a, str):
                a = a.encode()
            parts.append(b"$%d\r\n%s\r\n" % (len(a), a))
        self.sock.sendall(b"".join(parts))

    def _fill(self, need):
        while len(self.buf) - self.pos < need:
            chunk = self.sock.recv(1 << 20)
            if not chunk:
                raise RespError("connection closed by server")
            if self.pos:
                self.buf = self.buf[self.pos :]
                self.pos = 0
            self.buf += chunk

    def _line(self):
        while True:
            i = self.buf.find(b"\r\n", self.pos)
            if i >= 0:
                line = self.buf[self.pos : i]
                self.pos = i + 2
                return line
            self._fill(len(self.buf) - self.pos + 1)

    def _exact(self, n):
        self._fill(n + 2)
        data = self.buf[self.pos : self.pos + n]
        if self.buf[self.pos + n : self.pos + n + 2] != b"\r\n":
            raise RespError("bad bulk terminator")
        self.pos += n + 2
        return data

    def read(self):
        """Read one reply; returns (Node, raw_bytes)."""
        raw = []
        node = self._read_node(raw)
        return node, b"".join(raw)

    def _read_node(self, raw):
        line = self._line()
        raw.append(line + b"\r\n")
        t, rest = line[:1], line[1:]
        if t == b"+":
            return Node("simple", rest.decode())
        if t == b"-":
            return Node("error", rest.decode())
        if t == b":":
            return Node("int", int(rest))
        if t == b"$" or t == b"=":
            n = int(rest)
            if n < 0:
                return Node("null")
            data = self._exact(n)
            raw.append(data + b"\r\n")
            return Node("bulk" if t == b"$" else "verbatim", data.decode())
        if t == b"_":
            return Node("null")
        if t == b",":
            return Node("double", rest.decode())
        if t == b"#":
            return Node("bool", rest == b"t")
        if t == b"(":
            return Node("bignum", rest.decode())
        if t in (b"*", b"~", b">"):
            n = int(rest)
            if n < 0:
                return Node("null")
            items = [self._read_node(raw) for _ in range(n)]
            return Node({b"*": "array", b"~": "set", b">": "push"}[t], items)
        if t == b"%":
            n = int(rest)
            pairs = []
            for _ in range(n):
                k = self._read_node(raw)
                v = self._read_node(raw)
                pairs.append((k, v))
            return Node("map", pairs)
        raise RespError("unknown RESP type byte %r" % t)

    def call(self, *args):
        self.send(*args)
        node, _ = self.read()
        if node.kind == "error":
            raise RespError("%s: %s" % (" ".join(args), node.value))
        return node

    def call_raw(self, *args):
        self.send(*args)
        return self.read()


# --------------------------------------------------------------------------
# Decoding helpers (strict: anything unexpected is a hard error)
# --------------------------------------------------------------------------


def fail(msg):
    raise SystemExit("gen_command_table: " + msg)


def want(node, *kinds):
    if node.kind not in kinds:
        fail("expected %s, got %r" % ("/".join(kinds), node))
    return node.value


def bulk(node):
    return want(node, "bulk")


def integer(node):
    return want(node, "int")


def status_set(node):
    return [want(x, "simple") for x in want(node, "set")]


def map_pairs(node, context):
    pairs = want(node, "map")
    out = []
    seen = set()
    for k, v in pairs:
        key = bulk(k)
        if key in seen:
            fail("%s: duplicate key %r" % (context, key))
        seen.add(key)
        out.append((key, v))
    return out


def check_keys(pairs, allowed, context):
    for k, _ in pairs:
        if k not in allowed:
            fail("%s: unknown field %r (extend the model)" % (context, k))


# --------------------------------------------------------------------------
# Model
# --------------------------------------------------------------------------

# Field order of the docs map (per command) and of an argument map, as sent
# by redis-server 7.0.15.  Fields are omitted when absent.  "module" only
# exists for module commands, which the table never contains.
DOC_FIELDS = [
    "summary",
    "since",
    "group",
    "complexity",
    "doc_flags",
    "deprecated_since",
    "replaced_by",
    "history",
    "arguments",
    "subcommands",
]
ARG_FIELDS = [
    "name",
    "type",
    "key_spec_index",
    "token",
    "summary",
    "since",
    "deprecated_since",
    "flags",
    "arguments",
]
KEYSPEC_FIELDS = ["notes", "flags", "begin_search", "find_keys"]


def parse_keyspec(node, ctx):
    pairs = map_pairs(node, ctx)
    check_keys(pairs, KEYSPEC_FIELDS, ctx)
    d = dict(pairs)
    if [k for k, _ in pairs] != [k for k in KEYSPEC_FIELDS if k in d]:
        fail("%s: unexpected key spec field order" % ctx)
    ks = {"notes": bulk(d["notes"]) if "notes" in d else None}
    ks["flags"] = status_set(d["flags"])

    bs = dict(map_pairs(d["begin_search"], ctx + ".begin_search"))
    bs_type = bulk(bs["type"])
    spec = map_pairs(bs["spec"], ctx + ".begin_search.spec")
    keys = [k for k, _ in spec]
    spec = dict(spec)
    if bs_type == "index" and keys == ["index"]:
        ks["begin_search"] = ("index", integer(spec["index"]))
    elif bs_type == "keyword" and keys == ["keyword", "startfrom"]:
        ks["begin_search"] = ("keyword", bulk(spec["keyword"]), integer(spec["startfrom"]))
    elif bs_type == "unknown" and keys == []:
        ks["begin_search"] = ("unknown",)
    else:
        fail("%s: unsupported begin_search %r %r" % (ctx, bs_type, keys))

    fk = dict(map_pairs(d["find_keys"], ctx + ".find_keys"))
    fk_type = bulk(fk["type"])
    spec = map_pairs(fk["spec"], ctx + ".find_keys.spec")
    keys = [k for k, _ in spec]
    spec = dict(spec)
    if fk_type == "range" and keys == ["lastkey", "keystep", "limit"]:
        ks["find_keys"] = (
            "range",
            integer(spec["lastkey"]),
            integer(spec["keystep"]),
            integer(spec["limit"]),
        )
    elif fk_type == "keynum" and keys == ["keynumidx", "firstkey", "keystep"]:
        ks["find_keys"] = (
            "keynum",
            integer(spec["keynumidx"]),
            integer(spec["firstkey"]),
            integer(spec["keystep"]),
        )
    elif fk_type == "unknown" and keys == []:
        ks["find_keys"] = ("unknown",)
    else:
        fail("%s: unsupported find_keys %r %r" % (ctx, fk_type, keys))
    return ks


def parse_info(node):
    items = want(node, "array")
    if len(items) != 10:
        fail("COMMAND INFO entry with %d elements" % len(items))
    name = bulk(items[0])
    tips = []
    for t in want(items[7], "set"):
        tips.append(want(t, "bulk"))
    cmd = {
        "name": name,
        "arity": integer(items[1]),
        "flags": status_set(items[2]),
        "first_key": integer(items[3]),
        "last_key": integer(items[4]),
        "step": integer(items[5]),
        "acl_categories": status_set(items[6]),
        "tips": tips,
        "key_specs": [
            parse_keyspec(ks, "%s.key_specs[%d]" % (name, i))
            for i, ks in enumerate(want(items[8], "array", "set"))
        ],
        "subcommands": [parse_info(s) for s in want(items[9], "array", "set")],
    }
    return cmd


def parse_arg(node, ctx):
    pairs = map_pairs(node, ctx)
    check_keys(pairs, ARG_FIELDS, ctx)
    d = dict(pairs)
    if [k for k, _ in pairs] != [k for k in ARG_FIELDS if k in d]:
        fail("%s: unexpected argument field order %r" % (ctx, [k for k, _ in pairs]))
    arg = {
        "name": bulk(d["name"]),
        "kind": bulk(d["type"]),
        "key_spec_index": integer(d["key_spec_index"]) if "key_spec_index" in d else -1,
        "token": bulk(d["token"]) if "token" in d else None,
        "summary": bulk(d["summary"]) if "summary" in d else None,
        "since": bulk(d["since"]) if "since" in d else None,
        "deprecated_since": bulk(d["deprecated_since"]) if "deprecated_since" in d else None,
        "flags": status_set(d["flags"]) if "flags" in d else [],
        "arguments": None,
    }
    if "arguments" in d:
        arg["arguments"] = [
            parse_arg(a, "%s.%s" % (ctx, arg["name"])) for a in want(d["arguments"], "array")
        ]
    # The server sends "arguments" exactly for oneof/block (even if empty).
    if (arg["arguments"] is not None) != (arg["kind"] in ("oneof", "block")):
        fail("%s: 'arguments' presence does not match type %r" % (ctx, arg["kind"]))
    if arg["arguments"] is None:
        arg["arguments"] = []
    return arg


def parse_doc(name, node):
    pairs = map_pairs(node, name)
    check_keys(pairs, DOC_FIELDS, name)
    d = dict(pairs)
    if [k for k, _ in pairs] != [k for k in DOC_FIELDS if k in d]:
        fail("%s: unexpected docs field order %r" % (name, [k for k, _ in pairs]))
    for required in ("summary", "since", "group"):
        if required not in d:
            fail("%s: docs lack %r (make it an Option in the model)" % (name, required))
    doc = {
        "summary": bulk(d["summary"]),
        "since": bulk(d["since"]),
        "group": bulk(d["group"]),
        "complexity": bulk(d["complexity"]) if "complexity" in d else None,
        "doc_flags": status_set(d["doc_flags"]) if "doc_flags" in d else [],
        "deprecated_since": bulk(d["deprecated_since"]) if "deprecated_since" in d else None,
        "replaced_by": bulk(d["replaced_by"]) if "replaced_by" in d else None,
        "history": [],
        "arguments": [],
        "subcommands": {},
    }
    if "history" in d:
        for h in want(d["history"], "array", "set"):
            pair = want(h, "array")
            if len(pair) != 2:
                fail("%s: history entry of length %d" % (name, len(pair)))
            doc["history"].append((bulk(pair[0]), bulk(pair[1])))
        if not doc["history"]:
            fail("%s: empty history array (model cannot tell it from absent)" % name)
    if "arguments" in d:
        doc["arguments"] = [
            parse_arg(a, "%s.arguments[%d]" % (name, i))
            for i, a in enumerate(want(d["arguments"], "array"))
        ]
        if not doc["arguments"]:
            fail("%s: empty arguments array (model cannot tell it from absent)" % name)
    if "subcommands" in d:
        for k, v in map_pairs(d["subcommands"], name + ".subcommands"):
            doc["subcommands"][k] = parse_doc(k, v)
    return doc


def attach_docs(cmd, doc):
    if doc is None:
        fail("%s: no docs" % cmd["name"])
    cmd["doc"] = doc
    names = {s["name"] for s in cmd["subcommands"]}
    if names != set(doc["subcommands"]):
        fail("%s: INFO and DOCS subcommand sets differ" % cmd["name"])
    for s in cmd["subcommands"]:
        if not s["name"].startswith(cmd["name"] + "|"):
            fail("%s: subcommand name without parent prefix" % s["name"])
        attach_docs(s, doc["subcommands"][s["name"]])
    # The server iterates a hash table (random seed) for subcommands, so the
    # order is not stable across restarts; the table sorts by name.
    cmd["subcommands"].sort(key=lambda c: c["name"].encode())


# --------------------------------------------------------------------------
# Re-encoding (used to verify the model against the live server's bytes)
# --------------------------------------------------------------------------


class Enc:
    def __init__(self, resp3):
        self.resp3 = resp3
        self.out = []

    def bulk(self, s):
        b = s.encode()
        self.out.append(b"$%d\r\n%s\r\n" % (len(b), b))

    def status(self, s):
        self.out.append(b"+%s\r\n" % s.encode())

    def int(self, n):
        self.out.append(b":%d\r\n" % n)

    def array(self, n):
        self.out.append(b"*%d\r\n" % n)

    def set(self, n):
        self.out.append((b"~%d\r\n" if self.resp3 else b"*%d\r\n") % n)

    def map(self, n):
        self.out.append(b"%%%d\r\n" % n if self.resp3 else b"*%d\r\n" % (2 * n))

    def null(self):
        self.out.append(b"_\r\n" if self.resp3 else b"$-1\r\n")

    def bytes(self):
        return b"".join(self.out)


def enc_info(e, c):
    e.array(10)
    e.bulk(c["name"])
    e.int(c["arity"])
    e.set(len(c["flags"]))
    for f in c["flags"]:
        e.status(f)
    e.int(c["first_key"])
    e.int(c["last_key"])
    e.int(c["step"])
    e.set(len(c["acl_categories"]))
    for a in c["acl_categories"]:
        e.status(a)
    e.set(len(c["tips"]))
    for t in c["tips"]:
        e.bulk(t)
    e.set(len(c["key_specs"]))
    for ks in c["key_specs"]:
        e.map(4 if ks["notes"] is not None else 3)
        if ks["notes"] is not None:
            e.bulk("notes")
            e.bulk(ks["notes"])
        e.bulk("flags")
        e.set(len(ks["flags"]))
        for f in ks["flags"]:
            e.status(f)
        e.bulk("begin_search")
        e.map(2)
        bs = ks["begin_search"]
        e.bulk("type")
        e.bulk(bs[0])
        e.bulk("spec")
        if bs[0] == "index":
            e.map(1)
            e.bulk("index")
            e.int(bs[1])
        elif bs[0] == "keyword":
            e.map(2)
            e.bulk("keyword")
            e.bulk(bs[1])
            e.bulk("startfrom")
            e.int(bs[2])
        else:
            e.map(0)
        e.bulk("find_keys")
        e.map(2)
        fk = ks["find_keys"]
        e.bulk("type")
        e.bulk(fk[0])
        e.bulk("spec")
        if fk[0] == "range":
            e.map(3)
            for k, v in zip(("lastkey", "keystep", "limit"), fk[1:]):
                e.bulk(k)
                e.int(v)
        elif fk[0] == "keynum":
            e.map(3)
            for k, v in zip(("keynumidx", "firstkey", "keystep"), fk[1:]):
                e.bulk(k)
                e.int(v)
        else:
            e.map(0)
    # Quirk: an empty set when there are no subcommands, else an array.
    if c["subcommands"]:
        e.array(len(c["subcommands"]))
    else:
        e.set(0)
    for s in c["subcommands"]:
        enc_info(e, s)


def enc_arg(e, a):
    n = 2
    n += a["key_spec_index"] != -1
    for k in ("token", "summary", "since", "deprecated_since"):
        n += a[k] is not None
    n += bool(a["flags"])
    has_args = a["kind"] in ("oneof", "block")
    n += has_args
    e.map(n)
    e.bulk("name")
    e.bulk(a["name"])
    e.bulk("type")
    e.bulk(a["kind"])
    if a["key_spec_index"] != -1:
        e.bulk("key_spec_index")
        e.int(a["key_spec_index"])
    for k in ("token", "summary", "since", "deprecated_since"):
        if a[k] is not None:
            e.bulk(k)
            e.bulk(a[k])
    if a["flags"]:
        e.bulk("flags")
        e.set(len(a["flags"]))
        for f in a["flags"]:
            e.status(f)
    if has_args:
        e.bulk("arguments")
        e.array(len(a["arguments"]))
        for s in a["arguments"]:
            enc_arg(e, s)


def enc_doc(e, c):
    d = c["doc"]
    fields = 3  # summary, since, group
    fields += d["complexity"] is not None
    fields += bool(d["doc_flags"])
    fields += d["deprecated_since"] is not None
    fields += d["replaced_by"] is not None
    fields += bool(d["history"])
    fields += bool(d["arguments"])
    fields += bool(c["subcommands"])
    e.map(fields)
    for k in ("summary", "since", "group", "complexity"):
        if d[k] is not None:
            e.bulk(k)
            e.bulk(d[k])
    if d["doc_flags"]:
        e.bulk("doc_flags")
        e.set(len(d["doc_flags"]))
        for f in d["doc_flags"]:
            e.status(f)
    for k in ("deprecated_since", "replaced_by"):
        if d[k] is not None:
            e.bulk(k)
            e.bulk(d[k])
    if d["history"]:
        e.bulk("history")
        e.set(len(d["history"]))
        for v, text in d["history"]:
            e.array(2)
            e.bulk(v)
            e.bulk(text)
    if d["arguments"]:
        e.bulk("arguments")
        e.array(len(d["arguments"]))
        for a in d["arguments"]:
            enc_arg(e, a)
    if c["subcommands"]:
        e.bulk("subcommands")
        e.map(len(c["subcommands"]))
        for s in c["subcommands"]:
            e.bulk(s["name"])
            enc_doc(e, s)


def subcommand_order(node):
    """Names of the subcommands in a live COMMAND INFO entry, in wire order."""
    return [bulk(want(s, "array")[0]) for s in want(want(node, "array")[9], "array", "set")]


def verify(conns, commands):
    """Compare re-encoded replies with the live server byte for byte."""
    checked = 0
    for resp3, conn in conns:
        for c in commands:
            node, live = conn.call_raw("COMMAND", "INFO", c["name"])
            # Reorder our model's subcommands like the server did this time
            # (hash-table order), then compare.
            order = subcommand_order(want(node, "array")[0])
            model = reorder(c, order)
            e = Enc(resp3)
            e.array(1)
            enc_info(e, model)
            if e.bytes() != live:
                fail("COMMAND INFO %s mismatch (resp%d)" % (c["name"], 3 if resp3 else 2))
            _, live = conn.call_raw("COMMAND", "DOCS", c["name"])
            e = Enc(resp3)
            e.map(1)
            e.bulk(c["name"])
            enc_doc(e, model)
            if e.bytes() != live:
                fail("COMMAND DOCS %s mismatch (resp%d)" % (c["name"], 3 if resp3 else 2))
            checked += 2
            for s in c["subcommands"]:
                for sub in ("INFO", "DOCS"):
                    _, live = conn.call_raw("COMMAND", sub, s["name"])
                    e = Enc(resp3)
                    if sub == "INFO":
                        e.array(1)
                        enc_info(e, s)
                    else:
                        e.map(1)
                        e.bulk(s["name"])
                        enc_doc(e, s)
                    if e.bytes() != live:
                        fail("COMMAND %s %s mismatch (resp%d)" % (sub, s["name"], 3 if resp3 else 2))
                    checked += 1
        # Unknown names: INFO replies a null element, DOCS omits the entry.
        _, live = conn.call_raw("COMMAND", "INFO", "no-such-command")
        e = Enc(resp3)
        e.array(1)
        e.null()
        if e.bytes() != live:
            fail("COMMAND INFO <unknown> reply differs: %r" % live)
        _, live = conn.call_raw("COMMAND", "DOCS", "no-such-command")
        e = Enc(resp3)
        e.map(0)
        if e.bytes() != live:
            fail("COMMAND DOCS <unknown> reply differs: %r" % live)
    return checked


def reorder(c, order):
    by_name = {s["name"]: s for s in c["subcommands"]}
    out = dict(c)
    out["subcommands"] = [by_name[n] for n in order]
    return out


# --------------------------------------------------------------------------
# Rust emission
# --------------------------------------------------------------------------


def rs_str(s):
    out = ['"']
    for ch in s:
        o = ord(ch)
        if ch == "\\":
            out.append("\\\\")
        elif ch == '"':
            out.append('\\"')
        elif ch == "\n":
            out.append("\\n")
        elif ch == "\r":
            out.append("\\r")
        elif ch == "\t":
            out.append("\\t")
        elif o < 0x20 or o == 0x7F:
            out.append("\\u{%x}" % o)
        else:
            out.append(ch)
    out.append('"')
    return "".join(out)


def rs_opt(s):
    return "None" if s is None else "Some(%s)" % rs_str(s)


def rs_strs(items):
    return "&[" + ", ".join(rs_str(x) for x in items) + "]"


def emit_arg(a, w):
    w("ArgDoc {")
    w("name: %s," % rs_str(a["name"]))
    w("kind: %s," % rs_str(a["kind"]))
    if a["key_spec_index"] != -1:
        w("key_spec_index: %d," % a["key_spec_index"])
    for k in ("token", "summary", "since", "deprecated_since"):
        if a[k] is not None:
            w("%s: %s," % (k, rs_opt(a[k])))
    if a["flags"]:
        w("flags: %s," % rs_strs(a["flags"]))
    if a["arguments"]:
        w("arguments: &[")
        for s in a["arguments"]:
            emit_arg(s, w)
        w("],")
    w("..ArgDoc::EMPTY")
    w("},")


def emit_command(c, w):
    w("CommandInfo {")
    w("name: %s," % rs_str(c["name"]))
    w("arity: %d," % c["arity"])
    w("flags: %s," % rs_strs(c["flags"]))
    w("first_key: %d," % c["first_key"])
    w("last_key: %d," % c["last_key"])
    w("step: %d," % c["step"])
    w("acl_categories: %s," % rs_strs(c["acl_categories"]))
    w("tips: %s," % rs_strs(c["tips"]))
    w("key_specs: &[")
    for ks in c["key_specs"]:
        w("KeySpec {")
        w("notes: %s," % rs_opt(ks["notes"]))
        w("flags: %s," % rs_strs(ks["flags"]))
        bs = ks["begin_search"]
        if bs[0] == "index":
            w("begin_search: BeginSearch::Index(%d)," % bs[1])
        elif bs[0] == "keyword":
            w(
                "begin_search: BeginSearch::Keyword { keyword: %s, startfrom: %d },"
                % (rs_str(bs[1]), bs[2])
            )
        else:
            w("begin_search: BeginSearch::Unknown,")
        fk = ks["find_keys"]
        if fk[0] == "range":
            w(
                "find_keys: FindKeys::Range { lastkey: %d, step: %d, limit: %d },"
                % fk[1:]
            )
        elif fk[0] == "keynum":
            w(
                "find_keys: FindKeys::Keynum { keynumidx: %d, firstkey: %d, step: %d },"
                % fk[1:]
            )
        else:
            w("find_keys: FindKeys::Unknown,")
        w("},")
    w("],")
    w("subcommands: &[")
    for s in c["subcommands"]:
        emit_command(s, w)
    w("],")
    d = c["doc"]
    w("doc: CommandDoc {")
    w("summary: %s," % rs_str(d["summary"]))
    w("since: %s," % rs_str(d["since"]))
    w("group: %s," % rs_str(d["group"]))
    w("complexity: %s," % rs_opt(d["complexity"]))
    w("doc_flags: %s," % rs_strs(d["doc_flags"]))
    w("deprecated_since: %s," % rs_opt(d["deprecated_since"]))
    w("replaced_by: %s," % rs_opt(d["replaced_by"]))
    if d["history"]:
        w("history: &[")
        for v, text in d["history"]:
            w("(%s, %s)," % (rs_str(v), rs_str(text)))
        w("],")
    else:
        w("history: &[],")
    if d["arguments"]:
        w("arguments: &[")
        for a in d["arguments"]:
            emit_arg(a, w)
        w("],")
    else:
        w("arguments: &[],")
    w("},")
    w("},")


HEADER = r'''//! Static command metadata table (names, arity, flags, key specs, docs).
//!
//! GENERATED FILE -- DO NOT EDIT BY HAND.
//!
//! Generated from the live `COMMAND INFO` / `COMMAND DOCS` output of
//! redis-server @VERSION@ by `tools/gen_command_table.py`.  To regenerate:
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
    Range { lastkey: i32, step: i32, limit: i32 },
    /// `step` is the `keystep` field on the wire.
    Keynum { keynumidx: i32, firstkey: i32, step: i32 },
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

/// Every top-level command of redis-server @VERSION@, sorted by name.
pub static COMMANDS: &[CommandInfo] = &[
'''

TESTS = r'''
#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_is_sorted_and_complete() {
        assert_eq!(COMMANDS.len(), @COUNT@);
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
'''


def generate(commands, version):
    lines = []
    w = lines.append
    for c in commands:
        emit_command(c, w)
    body = "\n".join(lines)
    return (
        HEADER.replace("@VERSION@", version)
        + body
        + "\n];\n"
        + TESTS.replace("@COUNT@", str(len(commands)))
    )


def main():
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--host", default="127.0.0.1")
    ap.add_argument("--port", type=int, default=6379)
    ap.add_argument("--out", default=os.path.join(root, "src", "commands", "table.rs"))
    ap.add_argument("--no-verify", action="store_true", help="skip the byte-for-byte check")
    ap.add_argument("--no-rustfmt", action="store_true", help="do not run rustfmt on the output")
    args = ap.parse_args()

    c3 = Conn(args.host, args.port, resp3=True)
    c2 = Conn(args.host, args.port, resp3=False)

    info = c3.call("INFO", "server")
    version = None
    for line in bulk_or_verbatim(info).splitlines():
        if line.startswith("redis_version:"):
            version = line.split(":", 1)[1].strip()
    if not version:
        fail("cannot determine redis_version")

    infos = [parse_info(n) for n in want(c3.call("COMMAND", "INFO"), "array")]
    docs = {}
    for k, v in map_pairs(c3.call("COMMAND", "DOCS"), "COMMAND DOCS"):
        docs[k] = parse_doc(k, v)
    count = integer(c3.call("COMMAND", "COUNT"))
    if count != len(infos) or set(docs) != {c["name"] for c in infos}:
        fail("COMMAND COUNT / INFO / DOCS disagree")
    for c in infos:
        attach_docs(c, docs.get(c["name"]))
    infos.sort(key=lambda c: c["name"].encode())

    if not args.no_verify:
        n = verify([(True, c3), (False, c2)], infos)
        print("verified %d replies byte-for-byte against the server" % n, file=sys.stderr)
    c2.close()
    c3.close()

    src = generate(infos, version)
    os.makedirs(os.path.dirname(args.out), exist_ok=True)
    with open(args.out, "w") as f:
        f.write(src)
    if not args.no_rustfmt:
        rustfmt = shutil.which("rustfmt")
        if rustfmt is None:
            print("warning: rustfmt not found; output left unformatted", file=sys.stderr)
        else:
            subprocess.run([rustfmt, "--edition", "2024", args.out], check=True)
    nsub = sum(len(c["subcommands"]) for c in infos)
    print(
        "wrote %s: %d commands, %d subcommands, %d bytes"
        % (args.out, len(infos), nsub, os.path.getsize(args.out)),
        file=sys.stderr,
    )


def bulk_or_verbatim(node):
    if node.kind == "verbatim":
        # RESP3 verbatim strings carry a "txt:" prefix.
        return node.value[4:]
    return want(node, "bulk")


if __name__ == "__main__":
    main()
