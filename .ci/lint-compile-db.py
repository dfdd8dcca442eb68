#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes a compilation database clang-tidy and clazy can read, from the GCC build's one.

The main build uses GCC with precompiled headers: clang cannot read GCC's .gch files and does not
know a few GCC warning options. This drops the precompiled header (clang then parses the same
header as text) and those options, and keeps only the files under app/, libcoe/ and tests/.
Usage: lint-compile-db.py BUILD_DIR OUT_DIR REPO
"""
import json
import os
import shlex
import sys

build, out, repo = sys.argv[1:4]
with open(os.path.join(build, "compile_commands.json")) as f:
    entries = json.load(f)

GCC_ONLY = ("-Wshadow=", "-Wno-shadow=", "-fno-fat-lto", "-Wduplicated-", "-Wlogical-op", "-Wuseless-cast",
            "-Wnoexcept", "-Wstrict-null-sentinel", "-Wsuggest-", "-Wformat-signedness", "-Warith-conversion")
kept = []
for e in entries:
    path = os.path.realpath(os.path.join(e["directory"], e["file"]))
    rel = os.path.relpath(path, repo)
    if rel.startswith("..") or not rel.split(os.sep)[0] in ("app", "libcoe", "tests") or "_autogen" in rel:
        continue
    args = shlex.split(e["command"]) if "command" in e else list(e["arguments"])
    clean = []
    i = 0
    while i < len(args):
        a = args[i]
        i += 1
        if a == "-include" and i < len(args) and "cmake_pch" in args[i]:
            i += 1  # the precompiled header; every file includes what it uses itself
            continue
        if a in ("-Winvalid-pch", "-Werror") or a.startswith(GCC_ONLY):
            continue
        clean.append(a)
    clean.insert(1, "-Wno-unknown-warning-option")
    kept.append({"directory": e["directory"], "file": path, "arguments": clean})
os.makedirs(out, exist_ok=True)
with open(os.path.join(out, "compile_commands.json"), "w") as f:
    json.dump(kept, f, indent=0)
print(len(kept))
