# NURA on WildFly: sourced by deployment/nura, which calls these wildfly_* functions when NURA_SERVER=wildfly
# (or --server wildfly); Payara Server's steps live in deployment/nura itself.
#
# WildFly is unpacked from org.wildfly:wildfly-dist (Galleon provisioning needs artifacts these machines cannot
# reach) and configured offline with jboss-cli's embed-server: configure.cli on a fresh copy of
# standalone-full.xml, written as nura.xml. Everything that differs per installation is an expression there
# (${env.NURA_DB_URL}, ${nura.port.http} …), so nura.xml is only rewritten when configure.cli changes.

WILDFLY_VERSION="$(sed -n 's:.*<wildfly.version>\(.*\)</wildfly.version>.*:\1:p' pom.xml | head -1)"
WILDFLY_DIR="$NURA_HOME/wildfly-$WILDFLY_VERSION"
WILDFLY_PID="$NURA_HOME/wildfly.pid"
WILDFLY_DEPLOYMENTS="$WILDFLY_DIR/standalone/deployments"
MANAGEMENT_PORT=$((NURA_PORT_BASE + 48))

wildfly_log() { echo "$WILDFLY_DIR/standalone/log/server.log"; }
wildfly_admin_url() { echo "http://localhost:$MANAGEMENT_PORT (management; add a user with $WILDFLY_DIR/bin/add-user.sh)"; }

wildfly_running() { [[ -f "$WILDFLY_PID" ]] && kill -0 "$(cat "$WILDFLY_PID")" 2>/dev/null; }

wildfly_provision() {
  if [[ ! -x "$WILDFLY_DIR/bin/standalone.sh" ]]; then
    log "provisioning WildFly $WILDFLY_VERSION (dist zip) from Maven Central into $NURA_HOME"
    mkdir -p "$NURA_HOME"
    "${MVN[@]}" -N org.apache.maven.plugins:maven-dependency-plugin:3.8.1:unpack \
      -Dartifact="org.wildfly:wildfly-dist:$WILDFLY_VERSION:zip" -DoutputDirectory="$NURA_HOME" \
      -Dmdep.overWriteReleases=true
    [[ -x "$WILDFLY_DIR/bin/standalone.sh" ]] || die "WildFly was not unpacked into $NURA_HOME"
  fi
  # the JDBC driver belongs to the server: a module the datasource names (as Payara's domain lib/)
  if [[ ! -f "$WILDFLY_DIR/modules/org/postgresql/main/module.xml" ]]; then
    local driver; driver="$(tr ':' '\n' <"$PROJECT_DIR/deployment/target/tool.classpath" | grep '/postgresql-[0-9.]*\.jar$')"
    "$WILDFLY_DIR/bin/jboss-cli.sh" --command="module add --name=org.postgresql --resources=$driver --dependencies=java.sql,jakarta.transaction.api" >/dev/null \
      || die "could not add the PostgreSQL driver module"
  fi
  wildfly_handler_module
  wildfly_configure
}

# module org.nura.deploy: deployment/target's org.nura.deploy.wildfly classes (UnavailableAnswers, the custom filter
# configure.cli names) as a jar, added again whenever those classes changed
wildfly_handler_module() {
  local classes="$PROJECT_DIR/deployment/target/classes" module="$WILDFLY_DIR/modules/org/nura/deploy/main" sum
  [[ -d "$classes/org/nura/deploy/wildfly" ]] || die "deployment/target/classes lacks org/nura/deploy/wildfly: build first"
  sum="$(cat "$classes"/org/nura/deploy/wildfly/*.class | sha256sum | cut -d' ' -f1)"
  [[ "$(cat "$module/classes.sha256" 2>/dev/null)" == "$sum" ]] && return
  if wildfly_running; then log "WildFly keeps its older org.nura.deploy module until it is restarted"; return; fi
  local jar="$NURA_HOME/nura-wildfly-handlers.jar"
  # the JDK's jar beside the java that runs (a JDK from a tarball may not have put jar on the PATH)
  local jar_tool; jar_tool="$(command -v jar || echo "$(dirname "$(readlink -f "$(command -v java)")")/jar")"
  rm -rf "$module" && "$jar_tool" cf "$jar" -C "$classes" org/nura/deploy/wildfly \
    && "$WILDFLY_DIR/bin/jboss-cli.sh" --command="module add --name=org.nura.deploy --resources=$jar --dependencies=io.undertow.core" >/dev/null \
    || die "could not add the org.nura.deploy module"
  echo "$sum" >"$module/classes.sha256"
}

# nura.xml = standalone-full.xml + configure.cli (+ the datasource password when there is one: WildFly refuses an
# empty attribute). Made again only when one of those inputs changed.
wildfly_configure() {
  local config="$WILDFLY_DIR/standalone/configuration" marker stamp
  marker="$config/nura.xml.inputs"
  stamp="$(sha256sum "$PROJECT_DIR/deployment/wildfly/configure.cli" | cut -d' ' -f1) password:${NURA_DB_PASSWORD:+set}"
  if [[ -f "$config/nura.xml" && "$(cat "$marker" 2>/dev/null)" == "$stamp" ]]; then return; fi
  wildfly_running && die "WildFly is running with an older configuration; run deployment/nura stop first"
  log "configuring WildFly (deployment/wildfly/configure.cli: datasource jdbc/nura, job queues, OpenAPI, ports)"
  cp "$config/standalone-full.xml" "$config/nura.xml"
  local cli="$NURA_HOME/configure.cli"
  cp "$PROJECT_DIR/deployment/wildfly/configure.cli" "$cli"
  if [[ -n "$NURA_DB_PASSWORD" ]]; then
    # shellcheck disable=SC2016 # the expression is for the server, which reads the password from its environment
    sed -i 's#^stop-embedded-server#/subsystem=datasources/data-source=nura:write-attribute(name=password, value="${env.NURA_DB_PASSWORD}")\nstop-embedded-server#' "$cli"
  fi
  "$WILDFLY_DIR/bin/jboss-cli.sh" --file="$cli" >"$NURA_HOME/configure.log" 2>&1 \
    || die "configuring WildFly failed; see $NURA_HOME/configure.log"
  echo "$stamp" >"$marker"
}

# The EAR goes into the deployment scanner's folder, which deploys it while the server boots; a new one replaces
# the old one there (the scanner undeploys and deploys). The marker files say how it went.
wildfly_deploy_file() {
  local ear="$PROJECT_DIR/ear/target/nura.ear"
  if cmp -s "$ear" "$WILDFLY_DEPLOYMENTS/nura.ear"; then return 1; fi
  log "deploying ear/target/nura.ear"
  rm -f "$WILDFLY_DEPLOYMENTS"/nura.ear.*
  cp "$ear" "$WILDFLY_DEPLOYMENTS/nura.ear.tmp" && mv "$WILDFLY_DEPLOYMENTS/nura.ear.tmp" "$WILDFLY_DEPLOYMENTS/nura.ear"
}

wildfly_start() {
  if wildfly_running; then
    if wildfly_deploy_file; then wildfly_wait_deployed; else log "WildFly is running with this EAR"; fi
    return
  fi
  wildfly_deploy_file || rm -f "$WILDFLY_DEPLOYMENTS"/nura.ear.{deployed,failed,undeployed}
  log "starting WildFly $WILDFLY_VERSION (HTTP $HTTP_PORT, management $MANAGEMENT_PORT)"
  local b=$NURA_PORT_BASE
  # JAVA_OPTS replaces standalone.conf's defaults (512 MB heap), so their other options are repeated here;
  # headless: PDFBox reads uploaded handbooks
  JAVA_OPTS="-Xms128m -Xmx${NURA_SERVER_HEAP:-1g} -XX:MetaspaceSize=96M -XX:MaxMetaspaceSize=512m \
-Djava.net.preferIPv4Stack=true -Djboss.modules.system.pkgs=org.jboss.byteman -Djava.awt.headless=true" \
  LAUNCH_JBOSS_IN_BACKGROUND=1 JBOSS_PIDFILE="$WILDFLY_PID" \
    nohup "$WILDFLY_DIR/bin/standalone.sh" --read-only-server-config=nura.xml \
      -Dnura.port.http="$HTTP_PORT" -Dnura.port.probe="$PROBE_PORT" -Dnura.port.https=$((b + 81)) -Dnura.port.ajp=$((b + 9)) \
      -Dnura.port.iiop=$((b + 37)) -Dnura.port.iiop-ssl=$((b + 38)) -Dnura.port.txn-recovery=$((b + 39)) \
      -Dnura.port.txn-status=$((b + 66)) -Dnura.port.management="$MANAGEMENT_PORT" \
      -Dnura.port.management-https=$((b + 49)) -Djboss.tx.node.id="nura-$b" \
      >"$NURA_HOME/wildfly-console.log" 2>&1 &
  for _ in $(seq 1 50); do [[ -s "$WILDFLY_PID" ]] && break; sleep 0.2; done
  wildfly_wait_deployed
}

# the public HTTP listener, added at run time once NURA is ready (configure.cli: the boot configuration has only the
# loopback probe); "already there" when WildFly kept running and only a new EAR was deployed
wildfly_open_public() {
  local listener=/subsystem=undertow/server=default-server/http-listener=public out
  out=$("$WILDFLY_DIR/bin/jboss-cli.sh" --connect --controller="localhost:$MANAGEMENT_PORT" \
    --command="$listener:add(socket-binding=http, redirect-socket=https, enable-http2=true)" 2>&1) \
    || grep -q "WFLYCTL0212" <<<"$out" || die "could not open the public HTTP listener: $out"
}

wildfly_wait_deployed() {
  for _ in $(seq 1 600); do
    [[ -f "$WILDFLY_DEPLOYMENTS/nura.ear.deployed" ]] && return
    [[ -f "$WILDFLY_DEPLOYMENTS/nura.ear.failed" ]] && die "deployment failed; see $(wildfly_log)"
    wildfly_running || die "WildFly stopped while starting; see $NURA_HOME/wildfly-console.log"
    sleep 1
  done
  die "the EAR was not deployed within 10 minutes; see $(wildfly_log)"
}

# wildfly_stop [gate]: with "gate" (a restart) the gate answers JSON 503 on the port once WildFly let it go, until the
# next start opens it. WildFly cannot close a listener without a reload, and while its services stop one by one (after
# SIGTERM) the host's filters are gone before the listener closes: a request in that moment gets Undertow's HTML 503
# or 404 page. So the server is suspended first — requests in flight and message deliveries finish, new requests get
# the JSON 503 from UnavailableAnswers (configure.cli) — and once it is suspended, with nothing left in flight, the
# process is ended at once (SIGKILL), which closes the port in one step. NURA survives a kill -9 at any moment (the
# fault scripts check it); here nothing is even in flight. If the suspend fails, SIGTERM stops it the usual way.
wildfly_stop() {
  wildfly_running || return 0
  log "stopping WildFly"
  local pid; pid=$(cat "$WILDFLY_PID")
  if wildfly_suspend; then kill -9 "$pid"; else kill "$pid"; fi
  for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
  if kill -0 "$pid" 2>/dev/null; then log "WildFly did not stop in 60 s; killing it"; kill -9 "$pid"; fi
  rm -f "$WILDFLY_PID"
  if [[ "${1:-}" == gate ]]; then gate_start wait; fi
}

# suspends the server: the operation returns once it is suspended or after 30 s for what is in flight; true when
# its suspend-state then reads SUSPENDED (one jboss-cli run: each is a JVM start)
wildfly_suspend() {
  "$WILDFLY_DIR/bin/jboss-cli.sh" --connect --controller="localhost:$MANAGEMENT_PORT" \
    --commands=":suspend(suspend-timeout=30),:read-attribute(name=suspend-state)" 2>/dev/null | grep -q '"SUSPENDED"'
}
