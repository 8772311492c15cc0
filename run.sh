#!/usr/bin/env bash
# iOCR for Alfresco: the Alfresco SDK 4 verbs (build_start, start, stop, purge, tail, reload_acs, reload_share,
# build_test, test) plus engine, recognise, map and bench. Run ./run.sh without arguments for the list.
set -euo pipefail
cd "$(dirname "$0")"
ROOT="$PWD"

MVN_EXEC="${MVN_EXEC:-mvn}"
MVN=("$MVN_EXEC" -B -q -Dstyle.color=never)
# Maven filters docker/docker-compose.yml beside the image contexts it assembles (SDK: target/classes/docker)
COMPOSE_FILE_PATH="$ROOT/docker/target/docker-compose.yml"

# Debian packages the tests need (fonts for generated documents, a browser for the Share client tests).
# iocr-engine: CJK fonts for the generated test documents; iocr-share: Debian's chromium for the client tests
# (driven by playwright-core); docker: Debian's docker-compose checks the stack's compose file (no Docker engine)
TEST_APT_PACKAGES=(fonts-noto-cjk chromium docker-compose)

usage() {
    cat <<'USAGE'
Usage: ./run.sh VERB [ARGS]
  build_start      build the JARs and images, start the stack (ACS, Share, Postgres, ActiveMQ, Solr, engine), tail
  start | stop     start (and tail) or stop the stack
  purge            stop the stack and delete its volumes
  tail             follow the stack's logs
  reload_acs       rebuild iocr-platform into the ACS image and restart ACS
  reload_share     rebuild iocr-share into the Share image and restart Share
  build_test       build, start the stack, run the tests, stop
  test             run every test offline (no Docker, no Baidu account); installs what the tests need
  engine           run the offline iOCR engine in the foreground
  recognise FILE [--template X]   recognise FILE with the configured endpoint and print the mapped properties
                                  (starts the offline engine for the command when it is the endpoint)
  sample KIND FILE.png            render a document to try recognise on (invoice, id_card_front, biz_license, ...)
  map RESULT.json [--template X]  print the properties a saved get_result response maps to
  bench NAME       run a benchmark (client, upload, engine, accuracy); the last line is a JSON object
USAGE
}

# --- prerequisites -----------------------------------------------------------------------------------------
ensure_test_prerequisites() {
    local missing=()
    local pkg
    for pkg in "${TEST_APT_PACKAGES[@]}"; do
        dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
        echo "Installing Debian packages the tests need: ${missing[*]}"
        apt-get update -qq
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
    else
        echo "The tests need these Debian packages: ${missing[*]}" >&2
        echo "Install them with: sudo apt-get install ${missing[*]}" >&2
        exit 1
    fi
}

# --- running Java entry points from the build ---------------------------------------------------------------
# java_main MODULE MAIN_CLASS [ARGS...]: compiles MODULE (and what it needs), then runs MAIN_CLASS with the
# module's test classpath, so command-line tools and benchmarks run straight from the source tree.
java_main() {
    local module="$1" main="$2"
    shift 2
    "${MVN[@]}" -pl "$module" -am -DskipTests test-compile dependency:build-classpath \
        -Dmdep.includeScope=test -Dmdep.outputFile=target/classpath.txt >&2
    local cp="$ROOT/$module/target/test-classes:$ROOT/$module/target/classes:$(cat "$ROOT/$module/target/classpath.txt")"
    # JAVA_EXEC=1: the JVM replaces this shell, so a caller that runs java_main in the background holds its pid
    ${JAVA_EXEC:+exec} java ${JAVA_OPTS:-} -cp "$cp" "$main" "$@"
}

# The engine from the source tree logs as its packaged JAR does (INFO: models loaded, address): the test classpath
# java_main uses also holds the repository tests' logback-test.xml, which shows warnings only.
run_engine() {
    JAVA_OPTS="-Dlogback.configurationFile=$ROOT/iocr-engine/src/main/resources/logback.xml ${JAVA_OPTS:-}" \
        java_main iocr-engine io.iocr.engine.EngineMain "$@"
}

# --- recognise: the no-Docker way to try the product --------------------------------------------------------
ENGINE_PORT="${IOCR_ENGINE_PORT:-8099}"

engine_answers() { (exec 3<>"/dev/tcp/127.0.0.1/$ENGINE_PORT") 2>/dev/null; }

# The offline engine on this machine is the default endpoint. Unless --config or -Diocr.client.* in JAVA_OPTS
# names another endpoint, recognise starts the engine for the length of the command when nothing answers there.
recognise() {
    local engine_pid="" status=0
    if [[ " $* " != *" --config "* && "${JAVA_OPTS:-}" != *iocr.client.* ]] && ! engine_answers; then
        mkdir -p "$ROOT/iocr-engine/target"
        echo "Starting the offline engine on 127.0.0.1:$ENGINE_PORT for this command (log: iocr-engine/target/engine.log)" >&2
        (JAVA_EXEC=1 run_engine >"$ROOT/iocr-engine/target/engine.log" 2>&1) &
        engine_pid=$!
        local waited=0
        until engine_answers; do
            if ! kill -0 "$engine_pid" 2>/dev/null || [ $waited -ge 300 ]; then
                echo "The offline engine did not start; see iocr-engine/target/engine.log" >&2
                kill "$engine_pid" 2>/dev/null || true
                exit 1
            fi
            sleep 1
            waited=$((waited + 1))
        done
    fi
    java_main iocr-platform io.iocr.cli.RecogniseCommand "$@" || status=$?
    if [ -n "$engine_pid" ]; then
        kill "$engine_pid" 2>/dev/null || true
        wait "$engine_pid" 2>/dev/null || true
    fi
    return $status
}

# --- Docker stack (SDK 4 conventions) -------------------------------------------------------------------------
compose() {
    if [ ! -f "$COMPOSE_FILE_PATH" ]; then
        echo "No $COMPOSE_FILE_PATH: build the stack first with ./run.sh build_start" >&2
        return 1
    fi
    if docker compose version >/dev/null 2>&1; then
        docker compose -f "$COMPOSE_FILE_PATH" "$@"
    else
        docker-compose -f "$COMPOSE_FILE_PATH" "$@"
    fi
}
# build: every JAR, then docker/target (image contexts + compose file)
build() { "${MVN[@]}" clean package -DskipTests; }
start() { compose up --build -d; }
down() { [ -f "$COMPOSE_FILE_PATH" ] && compose down; }
# purge: the stack's named volumes (repository content, database, index) go too
purge() {
    if [ -f "$COMPOSE_FILE_PATH" ]; then
        compose down -v
    else
        docker volume rm -f iocr_iocr-acs-volume iocr_iocr-db-volume iocr_iocr-ass-volume iocr_iocr-ass-contentstore-volume
    fi
}
tail_logs() { compose logs -f; }
tail_all() { compose logs --tail=all; }
# reload_acs / reload_share: stop and remove the one container, rebuild the JARs into docker/target, rebuild
# and start that container alone (the docker module needs every JAR of the reactor, hence -pl docker -am)
build_acs() { compose kill iocr-acs || true; compose rm -f iocr-acs || true; "${MVN[@]}" package -DskipTests -pl docker -am; }
build_share() { compose kill iocr-share || true; compose rm -f iocr-share || true; "${MVN[@]}" package -DskipTests -pl docker -am; }

run_tests() {
    ensure_test_prerequisites
    "$MVN_EXEC" -B verify
}

bench() {
    local name="${1:-}"
    case "$name" in
        client) java_main iocr-platform io.iocr.bench.ClientBench "${@:2}" ;;
        upload) java_main iocr-platform io.iocr.bench.UploadBench "${@:2}" ;;
        engine) java_main iocr-engine io.iocr.engine.bench.EngineBench "${@:2}" ;;
        accuracy) java_main iocr-engine io.iocr.engine.bench.AccuracyBench "${@:2}" ;;
        *) echo "Unknown benchmark '$name'. Benchmarks: client, upload, engine, accuracy" >&2; exit 2 ;;
    esac
}

case "${1:-}" in
    build_start) down || true; build; start; tail_logs ;;
    start) start; tail_logs ;;
    stop) down ;;
    purge) down || true; purge ;;
    tail) tail_logs ;;
    reload_acs) build_acs; compose up --build -d iocr-acs; tail_logs ;;
    reload_share) build_share; compose up --build -d iocr-share; tail_logs ;;
    build_test) down || true; build; start; run_tests; tail_all; down ;;
    test) run_tests ;;
    engine) shift; run_engine "$@" ;;
    recognise) shift; recognise "$@" ;;
    sample) shift; java_main iocr-engine io.iocr.engine.docgen.SampleCommand "$@" ;;
    map) shift; java_main iocr-platform io.iocr.cli.MapCommand "$@" ;;
    bench) shift; bench "$@" ;;
    ""|-h|--help|help) usage ;;
    *) echo "Unknown verb '$1'." >&2; usage >&2; exit 2 ;;
esac
