#!/bin/sh
# Data-safety faults reproduced as a user would meet them, with the real binaries (ctest test
# "faults", label "faults"):
#   run.sh KLAUSUL-CLI KLAUSUL FAULTS_AUTOSAVE SOURCE_DIR
# Full disk (a real tmpfs; only as root, as in CI: otherwise tst_safesave's file-size-limit rows
# cover it), FIFOs as a draft and in a library (must finish within 5 s), hung and silent fake
# pandoc/LibreOffice put first on PATH (no process and no temporary file may be left), two
# instances on one draft, kill -9 during autosave and recovery from another working folder.
set -u
CLI=$1
GUI=$2
AUTOSAVE=$3
SRC=$4
LIB="$SRC/tests/data/clauses/valid"
DRAFT="$SRC/tests/data/drafts/full.klausul"

work=$(mktemp -d "${TMPDIR:-/tmp}/klausul-faults-XXXXXX")
mounted=""
pids=""
cleanup() {
  for p in $pids; do kill -9 "$p" 2>/dev/null; done
  for m in $mounted; do umount -l "$m" 2>/dev/null; done
  rm -rf "$work"
}
trap cleanup EXIT INT TERM

failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
pass() { echo "ok:   $*"; }
expect_code() { # WHAT EXPECTED ACTUAL
  if [ "$3" -eq "$2" ]; then pass "$1 (exit $3)"; else fail "$1: exit $3, expected $2"; fi
}
expect_text() { # WHAT FILE TEXT
  if grep -qF -- "$3" "$2"; then pass "$1"; else fail "$1: \"$3\" not in: $(cat "$2")"; fi
}
gone() { # PIDFILE: the process it names is no longer running (or a zombie)
  [ -s "$1" ] || return 1
  p=$(cat "$1")
  [ ! -d "/proc/$p" ] || grep -q '^State:[[:space:]]*Z' "/proc/$p/status" 2>/dev/null
}
same() { cmp -s "$1" "$2"; }

# Everything of the user's own goes into the work folder.
export HOME="$work/home" XDG_DATA_HOME="$work/data" XDG_CONFIG_HOME="$work/config" \
  XDG_CACHE_HOME="$work/cache" XDG_RUNTIME_DIR="$work/run" TMPDIR="$work/tmp"
mkdir -p "$HOME" "$XDG_DATA_HOME" "$XDG_CONFIG_HOME" "$XDG_CACHE_HOME" "$XDG_RUNTIME_DIR" \
  "$TMPDIR"
chmod 700 "$XDG_RUNTIME_DIR"
unset KLAUSUL_PANDOC KLAUSUL_SOFFICE KLAUSUL_PANDOC_TIMEOUT KLAUSUL_SOFFICE_TIMEOUT

# ---------------------------------------------------------------- full disk (tmpfs, root only)
if [ "$(id -u)" -eq 0 ]; then
  full="$work/full"
  mkdir -p "$full"
  if mount -t tmpfs -o size=256k tmpfs "$full"; then
    mounted="$full"
    printf 'the old export\n' > "$full/bilag.docx"
    cp "$full/bilag.docx" "$work/old.docx"
    cp "$DRAFT" "$full/bilag.klausul"
    cp "$DRAFT" "$work/old.klausul"
    dd if=/dev/zero of="$full/filler" bs=1k 2>/dev/null
    dd if=/dev/zero of="$full/filler2" bs=1 2>/dev/null
    "$CLI" export "$DRAFT" --library "$LIB" --force --format all -o "$full/bilag.docx" \
      > "$work/out" 2> "$work/err"
    expect_code "export onto a full disk" 4 $?
    expect_text "export onto a full disk says why" "$work/err" "No space left on device"
    same "$full/bilag.docx" "$work/old.docx" && pass "the old DOCX is byte-identical" \
      || fail "the old DOCX changed"
    [ ! -e "$full/bilag.pdf" ] && pass "no PDF without the DOCX (both or neither)" \
      || fail "a PDF was written although the DOCX was not"
    "$AUTOSAVE" save "$full/bilag.klausul" "$full/bilag.klausul" 2> "$work/err"
    expect_code "saving a draft onto a full disk" 4 $?
    expect_text "saving onto a full disk says why" "$work/err" "No space left on device"
    same "$full/bilag.klausul" "$work/old.klausul" && pass "the draft is byte-identical" \
      || fail "the draft changed"
    left=$(ls -A "$full" | grep -v -x -e bilag.docx -e bilag.klausul -e filler -e filler2)
    [ -z "$left" ] && pass "no temporary file left on the full disk" \
      || fail "left on the full disk: $left"
    left=$(ls -A "$TMPDIR")
    [ -z "$left" ] && pass "no temporary file left by the export" || fail "left in TMPDIR: $left"
  else
    fail "mount -t tmpfs failed although running as root"
  fi
else
  echo "note: not root, so no tmpfs: the full-disk cases run in tst_safesave (file-size limit)"
fi

# ---------------------------------------------------------------- FIFOs and devices
mkfifo "$work/pipe.klausul"
# Each command runs under "timeout 5": a hang gives exit 124 and fails the check.
timeout 5 "$CLI" check "$work/pipe.klausul" --library "$LIB" > "$work/out" 2> "$work/err"
expect_code "a FIFO as a draft is refused at once" 4 $?
expect_text "the FIFO refusal names the file" "$work/err" "pipe.klausul"
expect_text "the FIFO refusal says why" "$work/err" "not a regular file"
timeout 5 "$CLI" export "$work/pipe.klausul" --library "$LIB" -o "$work/x.docx" \
  > "$work/out" 2> "$work/err"
expect_code "exporting a FIFO draft is refused at once" 4 $?
cp -R "$LIB" "$work/lib"
mkfifo "$work/lib/themes/pipe.xml"
ln -s "$work/lib/themes/pipe.xml" "$work/lib/link.xml"
cp "$LIB/themes/VAL-03.xml" "$work/elsewhere.xml"
ln -s "$work/elsewhere.xml" "$work/lib/outside.xml"
timeout 5 "$CLI" validate --library "$LIB" "$work/lib" > "$work/out" 2>&1
expect_code "a FIFO in a library folder is refused at once" 4 $?
expect_text "the library refusal names the FIFO" "$work/out" "pipe.xml"
expect_text "the library refusal names the link to it" "$work/out" "link.xml"
expect_text "a link out of the library is refused" "$work/out" "outside the library folder"

# ---------------------------------------------------------------- hung and silent fake tools
rm -rf "${TMPDIR:?}"/*
fake() { # NAME TOOL BODY: a folder with one fake tool, to put first on PATH
  mkdir -p "$work/$1"
  printf '#!/bin/sh\n%s\n' "$3" > "$work/$1/$2"
  chmod +x "$work/$1/$2"
}
fake hung-pandoc pandoc "sleep 600 & echo \$! > '$work/child.pid'; wait"
fake silent-pandoc pandoc "exit 0"
fake broken-pandoc pandoc 'case "$*" in *--to=json*) echo "{\"pandoc-api-version\":[1,22,2],\"meta\":{},\"blocks\":[]}"; exit 0;; esac
for a; do case $a in --output=*) out=${a#--output=};; esac; done
printf "PK\003\004" > "$out"; yes garbage | head -c 4000 >> "$out"'
fake hung-soffice soffice "touch \"\$TMPDIR/lu1234.tmp\"; sleep 600 & echo \$! > '$work/child.pid'; wait"
fake silent-soffice soffice "exit 0"
for case in hung-pandoc:pandoc silent-pandoc:pandoc broken-pandoc:pandoc hung-soffice:LibreOffice \
  silent-soffice:LibreOffice; do
  name=${case%%:*}
  tool=${case#*:}
  rm -f "$work/child.pid"
  mkdir -p "$work/out-$name"
  printf 'the old export\n' > "$work/out-$name/bilag.docx"
  PATH="$work/$name:$PATH" KLAUSUL_PANDOC_TIMEOUT=3 KLAUSUL_SOFFICE_TIMEOUT=3 \
    timeout 120 "$CLI" export "$DRAFT" --library "$LIB" --force --format all \
    -o "$work/out-$name/bilag.docx" > "$work/out" 2> "$work/err"
  expect_code "$name: export fails as a tool failure" 3 $?
  expect_text "$name: the message names $tool" "$work/err" "$tool"
  [ "$(cat "$work/out-$name/bilag.docx")" = "the old export" ] \
    && pass "$name: the old DOCX is untouched" || fail "$name: the old DOCX changed"
  [ ! -e "$work/out-$name/bilag.pdf" ] && pass "$name: no PDF" || fail "$name: a PDF appeared"
  if [ -e "$work/child.pid" ]; then
    sleep 1
    gone "$work/child.pid" && pass "$name: no process left" \
      || fail "$name: process $(cat "$work/child.pid") still runs"
    kill -9 "$(cat "$work/child.pid")" 2>/dev/null
  fi
  left=$(ls -A "$TMPDIR")
  [ -z "$left" ] && pass "$name: no temporary file left" || fail "$name: left in TMPDIR: $left"
  rm -rf "${TMPDIR:?}"/*
done
grep -q "libreoffice-writer-nogui" "$work/err" && pass "silent LibreOffice: names the package" \
  || fail "silent LibreOffice: no package named: $(cat "$work/err")"

# ---------------------------------------------------------------- two instances on one draft
mkdir -p "$work/two"
cp "$DRAFT" "$work/two/bilag.klausul"
"$GUI" "$work/two/bilag.klausul" > "$work/gui1.log" 2>&1 &
first=$!
pids="$pids $first"
i=0
while [ ! -e "$work/two/.bilag.klausul.lock" ] && [ $i -lt 300 ]; do sleep 0.2; i=$((i + 1)); done
[ -e "$work/two/.bilag.klausul.lock" ] && pass "the first instance locks the draft" \
  || fail "no lock file beside the draft: $(cat "$work/gui1.log")"
KLAUSUL_AUTO_ANSWER="$work/two.log" timeout 120 "$GUI" --screenshot "$work/two.png" \
  "$work/two/bilag.klausul" > "$work/gui2.log" 2>&1
expect_code "the second instance opens" 0 $?
touch "$work/two.log"
expect_text "the second instance opens read-only and says so" "$work/two.log" "opened read-only"
kill "$first" 2>/dev/null
wait "$first" 2>/dev/null
same "$work/two/bilag.klausul" "$DRAFT" && pass "the draft is unchanged" \
  || fail "the draft changed"

# ---------------------------------------------------------------- kill -9 during autosave
mkdir -p "$work/a" "$work/b"
cp "$DRAFT" "$work/a/bilag.klausul"
sed 's/Drift af testsystemet/Et andet udbud/' "$DRAFT" > "$work/b/bilag.klausul"
cp "$work/b/bilag.klausul" "$work/b.orig"
(cd "$work/a" && exec "$AUTOSAVE" loop bilag.klausul > "$work/key" 2> "$work/err") &
saver=$!
pids="$pids $saver"
sleep 2
kill -9 "$saver"
wait "$saver" 2>/dev/null
[ -s "$work/key" ] && pass "autosave ran and was killed with -9" \
  || fail "autosave did not run: $(cat "$work/err")"
(cd "$work/b" && KLAUSUL_AUTO_ANSWER="$work/recovery.log" timeout 120 "$GUI" \
  --screenshot "$work/recovered.png" > "$work/gui3.log" 2>&1)
expect_code "the next start offers the recovery" 0 $?
touch "$work/recovery.log"
a=$(cd "$work/a" && pwd -P)
expect_text "recovery names the draft's absolute path" "$work/recovery.log" \
  "Unsaved changes to $a/bilag.klausul"
if grep -q "Cannot restore" "$work/recovery.log"; then
  fail "the recovery file was unreadable: $(cat "$work/recovery.log")"
else
  pass "the recovery file was readable"
fi
same "$work/b/bilag.klausul" "$work/b.orig" && pass "the other folder's draft is untouched" \
  || fail "the other folder's draft changed"
same "$work/a/bilag.klausul" "$DRAFT" && pass "the original draft is untouched" \
  || fail "the original draft changed"

echo "faults: $failures failure(s)"
[ "$failures" -eq 0 ]
