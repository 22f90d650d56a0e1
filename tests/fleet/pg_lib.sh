# tests/fleet/pg_lib.sh: a throw-away PostgreSQL for one test (source it from bash).
#
# Design: each test gets its own server in a temporary folder: a data folder made by
# initdb, a Unix socket in the same folder and no TCP at all (listen_addresses=''),
# so tests never meet each other or a server already on the machine. The server
# runs as the unprivileged user `postgres` when the test runs as root (initdb and
# postgres refuse root), else as the caller. Local connections are trusted for the
# test role `qk` (owner of database `qk`); qk_pg_add_password_role adds a role that
# must give a password (scram-sha-256), for the password-file tests.
#
#   qk_pg_start            make and start the server; sets QK_PG_DIR, QK_PG_SOCK,
#                          QK_PG_PORT, QK_PG_URI (postgresql:///qk?host=...&port=...&user=qk)
#                          and installs an EXIT trap that runs qk_pg_cleanup
#   qk_pg_stop [MODE]      stop the server (pg_ctl -m MODE, default fast); data kept
#   qk_pg_resume           start the stopped server again on the same socket
#   qk_pg_psql ARGS...     psql on QK_PG_URI, quiet, stops at the first error
#   qk_pg_add_password_role NAME PASSWORD
#                          a login role that must authenticate by password, and
#                          prints its URI (no password in it)
#   qk_pg_cleanup          stop the server and remove the folder (the EXIT trap)
# Needs the Debian packages postgresql (binaries in /usr/lib/postgresql/15/bin) and
# psql (postgresql-client, which postgresql pulls in).
# quizkiosk's commands speak the tools' language (the environment); the fleet
# tests read English.
export LANGUAGE=en

QK_PG_BIN=${QK_PG_BIN:-$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n1)}

_qk_pg_as() {
    if [ "$(id -u)" -eq 0 ]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

qk_pg_start() {
    if [ -z "$QK_PG_BIN" ] || [ ! -x "$QK_PG_BIN/initdb" ]; then
        echo "pg_lib: no PostgreSQL server binaries (install the Debian package postgresql)" >&2
        return 1
    fi
    QK_PG_DIR=$(mktemp -d /tmp/qk-pg.XXXXXX) || return 1
    chmod 755 "$QK_PG_DIR"
    if [ "$(id -u)" -eq 0 ]; then
        chown postgres: "$QK_PG_DIR" || return 1
    fi
    QK_PG_SOCK=$QK_PG_DIR
    # The port only names the socket (.s.PGSQL.PORT) in our own folder; a random one
    # also keeps SysV shared-memory keys of parallel tests apart.
    QK_PG_PORT=$(( 20000 + RANDOM % 40000 ))
    trap qk_pg_cleanup EXIT
    _qk_pg_as "$QK_PG_BIN/initdb" -D "$QK_PG_DIR/data" -U postgres --auth=trust \
        --encoding=UTF8 --locale=C.UTF-8 >"$QK_PG_DIR/initdb.log" 2>&1 || {
        echo "pg_lib: initdb failed:" >&2; cat "$QK_PG_DIR/initdb.log" >&2; return 1; }
    # Password roles first (scram), everyone else trusted, only on the socket.
    _qk_pg_as sh -c "printf '%s\n' 'local all +qk_pw_users scram-sha-256' \
        'local all all trust' > '$QK_PG_DIR/data/pg_hba.conf'"
    qk_pg_resume || return 1
    qk_pg_psql -U postgres -d postgres -c "CREATE ROLE qk LOGIN" -c "CREATE ROLE qk_pw_users NOLOGIN" \
        -c "CREATE DATABASE qk OWNER qk" >/dev/null || return 1
    QK_PG_URI="postgresql:///qk?host=$QK_PG_SOCK&port=$QK_PG_PORT&user=qk"
    export QK_PG_DIR QK_PG_SOCK QK_PG_PORT QK_PG_URI
}

qk_pg_resume() {
    _qk_pg_as "$QK_PG_BIN/pg_ctl" -D "$QK_PG_DIR/data" -l "$QK_PG_DIR/server.log" -w -t 60 \
        -o "-k $QK_PG_SOCK -p $QK_PG_PORT -c listen_addresses='' -c fsync=off" \
        start >/dev/null || {
        echo "pg_lib: the server did not start:" >&2; tail -n 20 "$QK_PG_DIR/server.log" >&2
        return 1; }
}

qk_pg_stop() {
    _qk_pg_as "$QK_PG_BIN/pg_ctl" -D "$QK_PG_DIR/data" -m "${1:-fast}" -w -t 60 stop >/dev/null
}

qk_pg_psql() {
    local have_d=0 a
    for a in "$@"; do [ "$a" = -d ] && have_d=1; done
    if [ $have_d -eq 1 ]; then
        psql -X -q -v ON_ERROR_STOP=1 -h "$QK_PG_SOCK" -p "$QK_PG_PORT" "$@"
    else
        psql -X -q -v ON_ERROR_STOP=1 "$QK_PG_URI" "$@"
    fi
}

qk_pg_add_password_role() {
    local name=$1 pass=$2
    qk_pg_psql -U postgres -d qk \
        -c "CREATE ROLE \"$name\" LOGIN PASSWORD '$pass' IN ROLE qk_pw_users" \
        -c "GRANT ALL ON SCHEMA public TO \"$name\"" >/dev/null || return 1
    echo "postgresql:///qk?host=$QK_PG_SOCK&port=$QK_PG_PORT&user=$name"
}

qk_pg_cleanup() {
    if [ -n "${QK_PG_DIR:-}" ] && [ -d "$QK_PG_DIR" ]; then
        if [ -f "$QK_PG_DIR/data/postmaster.pid" ]; then
            _qk_pg_as "$QK_PG_BIN/pg_ctl" -D "$QK_PG_DIR/data" -m immediate -w -t 30 stop \
                >/dev/null 2>&1
        fi
        rm -rf "$QK_PG_DIR"
    fi
}
