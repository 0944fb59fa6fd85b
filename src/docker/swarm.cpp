#include "docker/swarm.h"

#include "common/logging.h"
#include "common/textsafety.h"
#include "docker/dockerinfo.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QUrlQuery>

#include <algorithm>

namespace dockervm::docker {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(dockervm::docker::Swarm)
};

QJsonObject objectOf(const QByteArray &body, bool *ok)
{
    QJsonParseError e{};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &e);
    *ok = e.error == QJsonParseError::NoError && doc.isObject();
    return doc.object();
}

QByteArray compact(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QString str(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

QJsonObject obj(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toObject();
}

// The operations, for the translation of the daemon's answers.
enum class Op { Version, Info, Init, Tokens, Join, Nodes, Update, Leave, Remove };

SwarmError cancelledError()
{
    return {SwarmErrorKind::Cancelled, 0, Tr::tr("Cancelled."), {}};
}

SwarmNode parseNode(const QJsonObject &n)
{
    SwarmNode node;
    node.id = str(n, "ID");
    node.version = obj(n, "Version").value(QLatin1String("Index")).toInteger();
    const QJsonObject desc = obj(n, "Description");
    node.hostname = str(desc, "Hostname");
    node.engineVersion = str(obj(desc, "Engine"), "EngineVersion");
    node.spec = obj(n, "Spec");
    node.role = str(node.spec, "Role");
    node.availability = str(node.spec, "Availability");
    const QJsonObject status = obj(n, "Status");
    node.state = str(status, "State");
    node.addr = str(status, "Addr");
    const QJsonObject manager = obj(n, "ManagerStatus");
    node.leader = manager.value(QLatin1String("Leader")).toBool();
    node.reachability = str(manager, "Reachability");
    node.managerAddr = str(manager, "Addr");
    return node;
}

} // namespace

QString swarmErrorId(SwarmErrorKind kind)
{
    switch (kind) {
    case SwarmErrorKind::None:
        return QStringLiteral("none");
    case SwarmErrorKind::Connection:
        return QStringLiteral("connection");
    case SwarmErrorKind::AlreadyInSwarm:
        return QStringLiteral("already-in-swarm");
    case SwarmErrorKind::NotInSwarm:
        return QStringLiteral("not-in-swarm");
    case SwarmErrorKind::NotManager:
        return QStringLiteral("not-manager");
    case SwarmErrorKind::InvalidJoinToken:
        return QStringLiteral("invalid-join-token");
    case SwarmErrorKind::JoinRefused:
        return QStringLiteral("join-refused");
    case SwarmErrorKind::NodeNotFound:
        return QStringLiteral("node-not-found");
    case SwarmErrorKind::VersionConflict:
        return QStringLiteral("version-conflict");
    case SwarmErrorKind::ApiTooOld:
        return QStringLiteral("api-too-old");
    case SwarmErrorKind::Daemon:
        return QStringLiteral("daemon-error");
    case SwarmErrorKind::BadAnswer:
        return QStringLiteral("bad-answer");
    case SwarmErrorKind::Cancelled:
        return QStringLiteral("cancelled");
    }
    return {};
}

QJsonObject SwarmNode::toJson() const
{
    return QJsonObject{
        {QStringLiteral("id"), id},
        {QStringLiteral("hostname"), hostname},
        {QStringLiteral("role"), role},
        {QStringLiteral("availability"), availability},
        {QStringLiteral("state"), state},
        {QStringLiteral("addr"), addr},
        {QStringLiteral("leader"), leader},
        {QStringLiteral("reachability"), reachability},
        {QStringLiteral("engineVersion"), engineVersion},
    };
}

// ---- SwarmClient ----------------------------------------------------------------------------

SwarmClient::SwarmClient(EngineEndpoint endpoint, QString nodeName, QObject *parent)
    : QObject(parent), m_endpoint(std::move(endpoint)), m_nodeName(std::move(nodeName))
{}

SwarmClient::~SwarmClient()
{
    cancel();
}

QString SwarmClient::who() const
{
    if (m_nodeName.isEmpty())
        return m_endpoint.displayName();
    return QStringLiteral("%1 (%2)").arg(m_nodeName, m_endpoint.displayName());
}

void SwarmClient::cancel()
{
    m_waiting.clear();
    m_negotiating = false;
    const auto requests = std::exchange(m_requests, {});
    for (const auto &r : requests)
        if (r) {
            r->abort();
            r->deleteLater();
        }
}

void SwarmClient::send(const QByteArray &method, const QString &path, const QByteArray &body,
                       const QString &what, Raw done)
{
    EngineEndpoint endpoint = m_endpoint;
    // dockerd answers init, join and leave only when the change is done (a join waits up to 20 s
    // for the manager before it gives up): these get at least kMembershipTimeoutMs.
    if (what == QLatin1String("init") || what == QLatin1String("join") ||
        what == QLatin1String("leave"))
        endpoint.timeoutMs = qMax(endpoint.timeoutMs, kMembershipTimeoutMs);
    auto *request = new EngineRequest(endpoint, method, path, body, this);
    m_requests.append(request);
    connect(request, &EngineRequest::finished, this, [this, request, what, done] {
        m_requests.removeAll(request);
        request->deleteLater();
        done(translate(*request, what), request->body());
    });
    request->start();
}

void SwarmClient::call(const QByteArray &method, const QString &path, const QByteArray &body,
                       const QString &what, Raw done)
{
    if (!m_apiVersion.isEmpty()) {
        send(method, QStringLiteral("/v") + m_apiVersion + path, body, what, std::move(done));
        return;
    }
    m_waiting.append({method, path, body, what, std::move(done)});
    if (m_negotiating)
        return;
    m_negotiating = true;
    send("GET", QStringLiteral("/version"), {}, QStringLiteral("version"),
         [this](const SwarmError &error, const QByteArray &answer) {
             m_negotiating = false;
             if (!error.ok()) {
                 negotiated(error);
                 return;
             }
             ServerFacts facts;
             QString why;
             if (!parseVersionJson(answer, &facts, &why) || facts.apiVersion.isEmpty()) {
                 negotiated({SwarmErrorKind::BadAnswer,
                             200,
                             tr("%1 answered GET /version without an API version (%2): is this "
                                "a Docker daemon?")
                                 .arg(who(), why.isEmpty() ? tr("no ApiVersion") : why),
                             {}});
                 return;
             }
             const QString v = negotiateApiVersion(QString::fromLatin1(kMaxApiVersion),
                                                   facts.apiVersion, facts.minApiVersion);
             if (compareApiVersions(v, QString::fromLatin1(kMinApiVersion)) < 0) {
                 negotiated({SwarmErrorKind::ApiTooOld,
                             200,
                             tr("Docker %1 on %2 speaks API %3, which has no swarm mode (API "
                                "%4 or newer is needed). Update Docker on that host.")
                                 .arg(facts.serverVersion, who(), facts.apiVersion,
                                      QString::fromLatin1(kMinApiVersion)),
                             {}});
                 return;
             }
             m_apiVersion = v;
             qCDebug(lcDocker) << "swarm client for" << m_endpoint.displayName() << "uses API" << v;
             negotiated({});
         });
}

void SwarmClient::negotiated(const SwarmError &error)
{
    const auto waiting = std::exchange(m_waiting, {});
    for (const auto &p : waiting) {
        if (!error.ok())
            p.done(error, {});
        else
            send(p.method, QStringLiteral("/v") + m_apiVersion + p.path, p.body, p.what, p.done);
    }
}

SwarmError SwarmClient::translate(const EngineRequest &request, const QString &what) const
{
    SwarmError e;
    if (request.failure() != EngineRequest::Failure::None) {
        e.kind = SwarmErrorKind::Connection;
        e.message = request.errorText();
        return e;
    }
    const int status = request.status();
    if (status >= 200 && status < 300)
        return e;
    e.httpStatus = status;
    bool isJson = false;
    const QJsonObject o = objectOf(request.body(), &isJson);
    // The daemon's words reach labels and terminals: neutralised (ESC, CR, bidi overrides).
    e.daemonMessage =
        neutralizeControls(isJson ? str(o, "message").trimmed()
                                  : QString::fromUtf8(request.body().left(300)).trimmed(),
                           LineBreaks::Escape);
    const QString m = e.daemonMessage;
    const QString said = m.isEmpty() ? tr("HTTP %1").arg(status) : m;
    const QString op = request.method() + QLatin1Char(' ') + request.path();
    if (m.contains(QLatin1String("already part of a swarm"), Qt::CaseInsensitive)) {
        e.kind = SwarmErrorKind::AlreadyInSwarm;
        e.message = tr("%1 is already part of a swarm (the daemon says: \"%2\"). Make it leave "
                       "first ('docker swarm leave --force' on it) or use a host that is not in "
                       "a swarm.")
                        .arg(who(), m);
    } else if (m.contains(QLatin1String("not part of a swarm"), Qt::CaseInsensitive) ||
               m.contains(QLatin1String("docker swarm init"), Qt::CaseInsensitive)) {
        e.kind = SwarmErrorKind::NotInSwarm;
        e.message = tr("%1 is not part of a swarm (%2 answered \"%3\"). Form the swarm first "
                       "('docker-vm create --nodes N') or ask another node.")
                        .arg(who(), op, m);
    } else if (m.contains(QLatin1String("not a swarm manager"), Qt::CaseInsensitive)) {
        e.kind = SwarmErrorKind::NotManager;
        e.message = tr("%1 is a swarm worker, not a manager, so it cannot answer %2 (\"%3\"). "
                       "Ask the leader or another manager.")
                        .arg(who(), op, m);
    } else if (what == QLatin1String("join") &&
               (m.contains(QLatin1String("join token"), Qt::CaseInsensitive) ||
                m.contains(QLatin1String("token"), Qt::CaseInsensitive))) {
        e.kind = SwarmErrorKind::InvalidJoinToken;
        e.message = tr("%1 could not join the swarm: the manager refused the join token (the "
                       "daemon says: \"%2\"). Read the current token from the leader "
                       "('docker swarm join-token worker' or GET /swarm) and join again.")
                        .arg(who(), m);
    } else if (what == QLatin1String("join")) {
        e.kind = SwarmErrorKind::JoinRefused;
        e.message = tr("%1 could not join the swarm (the daemon says: \"%2\"). Check that the "
                       "manager's private address is reachable from this node on 2377/tcp "
                       "(and 7946/tcp+udp, 4789/udp between the nodes).")
                        .arg(who(), said);
    } else if (status == 404 && what == QLatin1String("node")) {
        e.kind = SwarmErrorKind::NodeNotFound;
        e.message = tr("The swarm has no such node (%1 on %2 answered \"%3\"). List the nodes "
                       "with 'docker-vm swarm status'.")
                        .arg(op, who(), said);
    } else if (m.contains(QLatin1String("out of sequence"), Qt::CaseInsensitive)) {
        e.kind = SwarmErrorKind::VersionConflict;
        e.message = tr("The node changed while we updated it (%1 on %2: \"%3\"). Read the "
                       "nodes again and retry.")
                        .arg(op, who(), m);
    } else {
        e.kind = SwarmErrorKind::Daemon;
        e.message = tr("%1 on %2 failed with HTTP %3: %4").arg(op, who()).arg(status).arg(said);
    }
    return e;
}

void SwarmClient::localState(Callback<SwarmLocalState> done)
{
    call("GET", QStringLiteral("/info"), {}, QStringLiteral("info"),
         [this, done](const SwarmError &error, const QByteArray &body) {
             SwarmOutcome<SwarmLocalState> out;
             out.error = error;
             if (error.ok()) {
                 bool isJson = false;
                 const QJsonObject info = objectOf(body, &isJson);
                 const QJsonObject swarm = obj(info, "Swarm");
                 if (!isJson || !info.contains(QLatin1String("Swarm"))) {
                     out.error = {SwarmErrorKind::BadAnswer,
                                  200,
                                  tr("%1 answered GET /info without its swarm state.").arg(who()),
                                  {}};
                 } else {
                     SwarmLocalState &s = out.value;
                     s.localNodeState = str(swarm, "LocalNodeState");
                     s.nodeId = str(swarm, "NodeID");
                     s.nodeAddr = str(swarm, "NodeAddr");
                     s.controlAvailable = swarm.value(QLatin1String("ControlAvailable")).toBool();
                     for (const QJsonValue &m :
                          swarm.value(QLatin1String("RemoteManagers")).toArray())
                         if (str(m.toObject(), "NodeID") == s.nodeId && !s.nodeId.isEmpty())
                             s.managerAddr = str(m.toObject(), "Addr");
                     s.clusterId = str(obj(swarm, "Cluster"), "ID");
                     s.error = str(swarm, "Error");
                     s.serverVersion = str(info, "ServerVersion");
                     s.name = str(info, "Name");
                 }
             }
             done(out);
         });
}

void SwarmClient::init(const SwarmInitRequest &request, Callback<QString> done)
{
    QJsonObject body{{QStringLiteral("ListenAddr"), request.listenAddr},
                     {QStringLiteral("AdvertiseAddr"), request.advertiseAddr}};
    if (!request.dataPathAddr.isEmpty())
        body.insert(QStringLiteral("DataPathAddr"), request.dataPathAddr);
    call("POST", QStringLiteral("/swarm/init"), compact(body), QStringLiteral("init"),
         [done](const SwarmError &error, const QByteArray &answer) {
             SwarmOutcome<QString> out;
             out.error = error;
             if (error.ok()) // the node ID as a JSON string
                 out.value = QJsonDocument::fromJson("[" + answer + "]").array().at(0).toString();
             done(out);
         });
}

void SwarmClient::joinTokens(Callback<SwarmJoinTokens> done)
{
    call("GET", QStringLiteral("/swarm"), {}, QStringLiteral("swarm"),
         [this, done](const SwarmError &error, const QByteArray &body) {
             SwarmOutcome<SwarmJoinTokens> out;
             out.error = error;
             if (error.ok()) {
                 bool isJson = false;
                 const QJsonObject o = objectOf(body, &isJson);
                 const QJsonObject tokens = obj(o, "JoinTokens");
                 out.value.swarmId = str(o, "ID");
                 out.value.worker = str(tokens, "Worker");
                 out.value.manager = str(tokens, "Manager");
                 if (!isJson || out.value.worker.isEmpty() || out.value.manager.isEmpty())
                     out.error = {SwarmErrorKind::BadAnswer,
                                  200,
                                  tr("%1 answered GET /swarm without join tokens.").arg(who()),
                                  {}};
             }
             done(out);
         });
}

void SwarmClient::join(const SwarmJoinRequest &request, Callback<SwarmDone> done)
{
    QJsonObject body{
        {QStringLiteral("ListenAddr"), request.listenAddr},
        {QStringLiteral("AdvertiseAddr"), request.advertiseAddr},
        {QStringLiteral("RemoteAddrs"), QJsonArray::fromStringList(request.remoteAddrs)},
        {QStringLiteral("JoinToken"), request.joinToken}};
    if (!request.dataPathAddr.isEmpty())
        body.insert(QStringLiteral("DataPathAddr"), request.dataPathAddr);
    call("POST", QStringLiteral("/swarm/join"), compact(body), QStringLiteral("join"),
         [done](const SwarmError &error, const QByteArray &) {
             done({error, {}});
         });
}

void SwarmClient::nodes(Callback<QList<SwarmNode>> done)
{
    call("GET", QStringLiteral("/nodes"), {}, QStringLiteral("nodes"),
         [this, done](const SwarmError &error, const QByteArray &body) {
             SwarmOutcome<QList<SwarmNode>> out;
             out.error = error;
             if (error.ok()) {
                 QJsonParseError e{};
                 const QJsonDocument doc = QJsonDocument::fromJson(body, &e);
                 if (e.error != QJsonParseError::NoError || !doc.isArray()) {
                     out.error = {SwarmErrorKind::BadAnswer,
                                  200,
                                  tr("%1 answered GET /nodes with something else than a list of "
                                     "nodes.")
                                      .arg(who()),
                                  {}};
                 } else {
                     for (const auto &n : doc.array())
                         out.value.append(parseNode(n.toObject()));
                 }
             }
             done(out);
         });
}

void SwarmClient::setAvailability(const SwarmNode &node, const QString &availability,
                                  Callback<SwarmDone> done)
{
    QJsonObject spec = node.spec;
    spec.insert(QStringLiteral("Availability"), availability);
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("version"), QString::number(node.version));
    call("POST", QStringLiteral("/nodes/%1/update?%2").arg(node.id, q.toString()), compact(spec),
         QStringLiteral("node"), [done](const SwarmError &error, const QByteArray &) {
             done({error, {}});
         });
}

void SwarmClient::setRole(const SwarmNode &node, const QString &role, Callback<SwarmDone> done)
{
    QJsonObject spec = node.spec;
    spec.insert(QStringLiteral("Role"), role);
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("version"), QString::number(node.version));
    call("POST", QStringLiteral("/nodes/%1/update?%2").arg(node.id, q.toString()), compact(spec),
         QStringLiteral("node"), [done](const SwarmError &error, const QByteArray &) {
             done({error, {}});
         });
}

void SwarmClient::leave(bool force, Callback<SwarmDone> done)
{
    call("POST", QStringLiteral("/swarm/leave?force=%1").arg(force ? "true" : "false"), {},
         QStringLiteral("leave"), [done](const SwarmError &error, const QByteArray &) {
             done({error, {}});
         });
}

void SwarmClient::removeNode(const QString &nodeId, bool force, Callback<SwarmDone> done)
{
    call("DELETE", QStringLiteral("/nodes/%1?force=%2").arg(nodeId, force ? "true" : "false"), {},
         QStringLiteral("node"), [done](const SwarmError &error, const QByteArray &) {
             done({error, {}});
         });
}

// ---- SwarmFormation -------------------------------------------------------------------------

QString swarmStepId(SwarmStep step)
{
    switch (step) {
    case SwarmStep::Check:
        return QStringLiteral("check");
    case SwarmStep::Init:
        return QStringLiteral("init");
    case SwarmStep::Tokens:
        return QStringLiteral("tokens");
    case SwarmStep::Join:
        return QStringLiteral("join");
    case SwarmStep::Ready:
        return QStringLiteral("ready");
    }
    return {};
}

QString swarmStepLabel(SwarmStep step)
{
    switch (step) {
    case SwarmStep::Check:
        return Tr::tr("Check the Docker daemon");
    case SwarmStep::Init:
        return Tr::tr("Create the swarm");
    case SwarmStep::Tokens:
        return Tr::tr("Read the join tokens");
    case SwarmStep::Join:
        return Tr::tr("Join the swarm");
    case SwarmStep::Ready:
        return Tr::tr("Ready in the swarm");
    }
    return {};
}

QJsonObject SwarmFormationResult::toJson() const
{
    QJsonArray f;
    for (const auto &x : failures)
        f.append(QJsonObject{{QStringLiteral("node"), x.node},
                             {QStringLiteral("step"), swarmStepId(x.step)},
                             {QStringLiteral("error"), swarmErrorId(x.error.kind)},
                             {QStringLiteral("message"), x.error.message}});
    QJsonArray n;
    for (const auto &x : nodes)
        n.append(x.toJson());
    QJsonObject ids;
    for (auto it = nodeIds.begin(); it != nodeIds.end(); ++it)
        ids.insert(it.key(), it.value());
    return QJsonObject{{QStringLiteral("ok"), ok},
                       {QStringLiteral("cancelled"), cancelled},
                       {QStringLiteral("leader"), leader},
                       {QStringLiteral("swarmId"), swarmId},
                       {QStringLiteral("joined"), QJsonArray::fromStringList(joined)},
                       {QStringLiteral("uncertain"), QJsonArray::fromStringList(uncertain)},
                       {QStringLiteral("failures"), f},
                       {QStringLiteral("nodes"), n},
                       {QStringLiteral("nodeIds"), ids},
                       {QStringLiteral("elapsedMs"), elapsedMs},
                       {QStringLiteral("summary"), summary}};
}

SwarmFormation::SwarmFormation(SwarmFormationOptions options, QObject *parent)
    : QObject(parent), m_options(std::move(options))
{
    m_pollTimer.setSingleShot(true);
    connect(&m_pollTimer, &QTimer::timeout, this, &SwarmFormation::poll);
}

SwarmFormation::~SwarmFormation()
{
    m_tokens = {};
}

QStringList SwarmFormation::validate(const SwarmFormationOptions &o)
{
    QStringList problems;
    const int n = int(o.nodes.size());
    if (n < 1)
        problems << tr("No nodes given: a swarm needs at least one node.");
    const bool join = !o.existing.isEmpty();
    if (!join && (o.managers < 1 || o.managers > n || o.managers % 2 == 0))
        problems << tr("%1 managers for %2 nodes: the number of managers must be odd (1, 3, 5, "
                       "...) and at most the number of nodes, so the managers keep a majority "
                       "(quorum) when one fails.")
                        .arg(o.managers)
                        .arg(n);
    QSet<QString> names;
    for (const auto &node : o.nodes) {
        if (node.name.trimmed().isEmpty())
            problems << tr("A node has no name.");
        else if (names.contains(node.name))
            problems << tr("The node name %1 is given twice.").arg(node.name);
        names.insert(node.name);
        QHostAddress a;
        if (!a.setAddress(node.privateAddress))
            problems << tr("Node %1: the private address '%2' is not an IP address. Swarm nodes "
                           "advertise and join on their private addresses.")
                            .arg(node.name, node.privateAddress);
        if (node.endpoint.host.isEmpty() || node.endpoint.certDir.isEmpty())
            problems
                << tr("Node %1: no Docker endpoint or certificate folder given.").arg(node.name);
    }
    for (const auto &node : o.existing) {
        if (names.contains(node.name))
            problems << tr("The node name %1 is given twice: it is in the swarm already and "
                           "cannot join it again.")
                            .arg(node.name);
        names.insert(node.name);
        if (node.endpoint.host.isEmpty() || node.endpoint.certDir.isEmpty())
            problems
                << tr("Node %1: no Docker endpoint or certificate folder given.").arg(node.name);
    }
    return problems;
}

QString SwarmFormation::addrOf(const Node &node) const
{
    QHostAddress a(node.spec.privateAddress);
    const QString host = a.protocol() == QAbstractSocket::IPv6Protocol
                             ? QLatin1Char('[') + node.spec.privateAddress + QLatin1Char(']')
                             : node.spec.privateAddress;
    return host + QLatin1Char(':') + QString::number(node.spec.swarmPort);
}

void SwarmFormation::report(Node &node, SwarmStep step, SwarmStepState state, const QString &detail)
{
    if (!m_running) // nothing is reported after finished()
        return;
    node.hasRunningStep = state == SwarmStepState::Running;
    node.runningStep = step;
    const QString safeDetail = neutralizeControls(detail, LineBreaks::Escape);
    qCInfo(lcDocker).noquote() << "swarm:" << node.spec.name << swarmStepId(step) << int(state)
                               << safeDetail;
    emit progress(node.spec.name, step, state, safeDetail);
}

void SwarmFormation::nodeFailed(Node &node, SwarmStep step, const SwarmError &error)
{
    node.failed = true;
    node.requestInFlight = false;
    m_result.failures.append({node.spec.name, step, error});
    report(node, step, SwarmStepState::Failed, error.message);
}

void SwarmFormation::start()
{
    if (m_running)
        return;
    m_result = {};
    m_clock.start();
    m_running = true;
    const QStringList problems = validate(m_options);
    if (!problems.isEmpty()) {
        QTimer::singleShot(0, this,
                           [this, problems] { finish(false, problems.join(QLatin1Char(' '))); });
        return;
    }
    m_nodes.clear();
    if (joinMode()) {
        // Slot 0 is the existing manager the search finds; every new node is a worker.
        m_options.managers = 1;
        Node manager;
        manager.manager = true;
        manager.spec = m_options.existing.first();
        m_nodes.push_back(std::move(manager));
    }
    for (int i = 0; i < m_options.nodes.size(); ++i) {
        Node node;
        node.spec = m_options.nodes.at(i);
        node.manager = !joinMode() && i < m_options.managers;
        node.client = new SwarmClient(node.spec.endpoint, node.spec.name, this);
        m_nodes.push_back(std::move(node));
    }
    m_pendingChecks = int(m_nodes.size());
    m_nextManager = 1;
    m_nextWorker = m_options.managers;
    m_activeJoins = 0;
    if (joinMode()) {
        findManager(0, std::make_shared<QStringList>());
        if (!m_running)
            return;
    }
    for (size_t i = joinMode() ? 1 : 0; i < m_nodes.size(); ++i) {
        report(m_nodes[i], SwarmStep::Check, SwarmStepState::Running);
        if (!m_running) // cancelled by a slot of progress()
            return;
        m_nodes[i].client->localState([this, i](const SwarmOutcome<SwarmLocalState> &out) {
            Node &node = m_nodes[i];
            if (!out.ok()) {
                nodeFailed(node, SwarmStep::Check, out.error);
            } else if (out.value.localNodeState != QLatin1String("inactive")) {
                SwarmError e;
                e.kind = SwarmErrorKind::AlreadyInSwarm;
                e.message = tr("%1 is already part of a swarm (its swarm state is '%2', node ID "
                               "%3). Make it leave first ('docker swarm leave --force' on it) or "
                               "use a host that is not in a swarm.")
                                .arg(node.spec.name, out.value.localNodeState,
                                     out.value.nodeId.isEmpty() ? tr("none") : out.value.nodeId);
                nodeFailed(node, SwarmStep::Check, e);
            } else {
                report(node, SwarmStep::Check, SwarmStepState::Done,
                       tr("Docker %1 answers over mutual TLS; not in a swarm yet")
                           .arg(out.value.serverVersion));
            }
            if (--m_pendingChecks == 0)
                checkDone();
        });
    }
}

// Join mode: the existing nodes in order until one answers as a manager of an active swarm.
void SwarmFormation::findManager(int index, std::shared_ptr<QStringList> answers)
{
    if (!m_running)
        return;
    Node &slot = leader();
    if (index >= m_options.existing.size()) {
        SwarmError e;
        e.kind = SwarmErrorKind::NotManager;
        e.message = tr("No node of the swarm answered as a manager, so nothing joined it: %1")
                        .arg(answers->join(QStringLiteral("; ")));
        nodeFailed(slot, SwarmStep::Check, e);
        if (--m_pendingChecks == 0)
            checkDone();
        return;
    }
    slot.spec = m_options.existing.at(index);
    if (slot.client)
        slot.client->deleteLater();
    slot.client = new SwarmClient(slot.spec.endpoint, slot.spec.name, this);
    report(slot, SwarmStep::Check, SwarmStepState::Running,
           tr("asking %1 whether it manages the swarm").arg(slot.spec.name));
    if (!m_running)
        return;
    slot.client->localState([this, index, answers](const SwarmOutcome<SwarmLocalState> &out) {
        Node &manager = leader();
        QString why;
        if (!out.ok())
            why = out.error.message;
        else if (out.value.localNodeState != QLatin1String("active"))
            why = tr("%1 is not in an active swarm (its swarm state is '%2')")
                      .arg(manager.spec.name, out.value.localNodeState);
        else if (!out.value.controlAvailable)
            why = tr("%1 is a worker, not a manager").arg(manager.spec.name);
        else if (out.value.nodeAddr.isEmpty() && out.value.managerAddr.isEmpty())
            why = tr("%1 names no swarm address in GET /info").arg(manager.spec.name);
        if (!why.isEmpty()) {
            *answers << why;
            // Not this one: a neutral end of its row, then the next node.
            report(manager, SwarmStep::Check, SwarmStepState::Done, why);
            return findManager(index + 1, answers);
        }
        // Join on the address and port it listens on (RemoteManagers), else NodeAddr:2377.
        const QString addr = out.value.managerAddr;
        const int colon = addr.lastIndexOf(QLatin1Char(':'));
        bool portOk = false;
        const quint16 port = colon > 0 ? addr.mid(colon + 1).toUShort(&portOk) : 0;
        QString host = colon > 0 && portOk ? addr.left(colon) : out.value.nodeAddr;
        if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
            host = host.mid(1, host.size() - 2);
        manager.spec.privateAddress = host;
        if (portOk && port)
            manager.spec.swarmPort = port;
        manager.joined = true;
        manager.ready = true;
        manager.nodeId = out.value.nodeId;
        m_result.leader = manager.spec.name;
        m_result.swarmId = out.value.clusterId;
        m_result.nodeIds.insert(manager.spec.name, manager.nodeId);
        report(manager, SwarmStep::Check, SwarmStepState::Done,
               tr("%1 manages the swarm (Docker %2, swarm address %3)")
                   .arg(manager.spec.name, out.value.serverVersion, addrOf(manager)));
        if (--m_pendingChecks == 0)
            checkDone();
    });
}

void SwarmFormation::checkDone()
{
    if (!m_running)
        return;
    if (joinMode()) {
        if (leader().failed)
            return finish(false, m_result.failures.first().error.message);
        bool anyLeft = false;
        for (size_t i = 1; i < m_nodes.size(); ++i)
            anyLeft = anyLeft || !m_nodes[i].failed;
        if (!anyLeft)
            return finish(false,
                          tr("No new node can join the swarm of %1.").arg(leader().spec.name));
        return readTokens();
    }
    if (leader().failed) {
        finish(false, tr("The swarm was not created: the first manager %1 cannot start it (%2).")
                          .arg(leader().spec.name, m_result.failures.first().error.message));
        return;
    }
    initLeader();
}

void SwarmFormation::initLeader()
{
    if (!m_running)
        return;
    Node &l = leader();
    report(l, SwarmStep::Init, SwarmStepState::Running,
           tr("swarm init, advertising %1").arg(addrOf(l)));
    if (!m_running)
        return;
    SwarmInitRequest req;
    req.listenAddr = addrOf(l);
    req.advertiseAddr = addrOf(l);
    req.dataPathAddr = l.spec.dataPathAddress;
    l.requestInFlight = true;
    l.client->init(req, [this](const SwarmOutcome<QString> &out) {
        Node &lead = leader();
        lead.requestInFlight = false;
        if (!out.ok()) {
            nodeFailed(lead, SwarmStep::Init, out.error);
            finish(false, tr("The swarm was not created: %1").arg(out.error.message));
            return;
        }
        lead.joined = true;
        lead.nodeId = out.value;
        m_result.leader = lead.spec.name;
        m_result.nodeIds.insert(lead.spec.name, lead.nodeId);
        report(lead, SwarmStep::Init, SwarmStepState::Done,
               tr("swarm created; %1 is its leader (node ID %2)").arg(lead.spec.name, lead.nodeId));
        readTokens();
    });
}

void SwarmFormation::readTokens()
{
    if (!m_running)
        return;
    Node &l = leader();
    report(l, SwarmStep::Tokens, SwarmStepState::Running);
    if (!m_running)
        return;
    l.client->joinTokens([this](const SwarmOutcome<SwarmJoinTokens> &out) {
        Node &lead = leader();
        if (!out.ok()) {
            nodeFailed(lead, SwarmStep::Tokens, out.error);
            finish(false, joinMode()
                              ? tr("The join token could not be read from the manager %1: %2")
                                    .arg(lead.spec.name, out.error.message)
                              : tr("The swarm was created on %1 but its join tokens could not "
                                   "be read: %2")
                                    .arg(lead.spec.name, out.error.message));
            return;
        }
        m_tokens = out.value;
        if (!out.value.swarmId.isEmpty())
            m_result.swarmId = out.value.swarmId;
        report(lead, SwarmStep::Tokens, SwarmStepState::Done,
               tr("join tokens read (they are secrets and are not shown)"));
        joinNextManager();
    });
}

void SwarmFormation::joinNextManager()
{
    if (!m_running)
        return;
    while (m_nextManager < m_options.managers && m_nodes[size_t(m_nextManager)].failed)
        ++m_nextManager;
    if (m_nextManager >= m_options.managers) {
        joinWorkers();
        return;
    }
    Node &node = m_nodes[size_t(m_nextManager++)];
    // One manager at a time: each raft membership change completes before the next starts.
    join(node, m_tokens.manager, [this] { joinNextManager(); });
}

void SwarmFormation::joinWorkers()
{
    if (!m_running)
        return;
    const int n = int(m_nodes.size());
    while (m_activeJoins < qMax(1, m_options.maxParallelJoins) && m_nextWorker < n) {
        Node &node = m_nodes[size_t(m_nextWorker++)];
        if (node.failed)
            continue;
        ++m_activeJoins;
        join(node, m_tokens.worker, [this] {
            --m_activeJoins;
            joinWorkers();
        });
    }
    if (m_activeJoins == 0 && m_nextWorker >= n)
        startWaiting();
}

void SwarmFormation::join(Node &node, const QString &token, const std::function<void()> &next)
{
    if (!m_running)
        return;
    const size_t index = size_t(&node - m_nodes.data());
    const QString role = node.manager ? tr("manager") : tr("worker");
    report(
        node, SwarmStep::Join, SwarmStepState::Running,
        tr("joining as %1 through %2, advertising %3").arg(role, addrOf(leader()), addrOf(node)));
    if (!m_running)
        return;
    SwarmJoinRequest req;
    req.listenAddr = addrOf(node);
    req.advertiseAddr = addrOf(node);
    req.dataPathAddr = node.spec.dataPathAddress;
    req.remoteAddrs = {addrOf(leader())};
    req.joinToken = token;
    node.requestInFlight = true;
    node.client->join(req, [this, index, next](const SwarmOutcome<SwarmDone> &out) {
        Node &joining = m_nodes[index];
        joining.requestInFlight = false;
        if (!out.ok()) {
            nodeFailed(joining, SwarmStep::Join, out.error);
            next();
            return;
        }
        joining.joined = true;
        learnNodeId(joining, next);
    });
}

void SwarmFormation::learnNodeId(Node &node, const std::function<void()> &next)
{
    const size_t index = size_t(&node - m_nodes.data());
    node.client->localState([this, index, next](const SwarmOutcome<SwarmLocalState> &out) {
        Node &joined = m_nodes[index];
        if (out.ok() && !out.value.nodeId.isEmpty()) {
            joined.nodeId = out.value.nodeId;
            m_result.nodeIds.insert(joined.spec.name, joined.nodeId);
            report(joined, SwarmStep::Join, SwarmStepState::Done,
                   tr("joined as %1 (joined ID %2)")
                       .arg(joined.manager ? tr("manager") : tr("worker"), joined.nodeId));
        } else {
            // Joined, but its ID is unknown: the readiness wait cannot tell it apart.
            SwarmError e = out.error;
            if (e.ok())
                e = {SwarmErrorKind::BadAnswer,
                     200,
                     tr("%1 joined but GET /info names no swarm node ID.").arg(joined.spec.name),
                     {}};
            nodeFailed(joined, SwarmStep::Join, e);
        }
        next();
    });
}

void SwarmFormation::startWaiting()
{
    if (!m_running)
        return;
    for (auto &node : m_nodes)
        if (node.joined && !node.failed && !node.ready && m_running)
            report(node, SwarmStep::Ready, SwarmStepState::Running,
                   tr("waiting until the leader lists it ready and active"));
    if (!m_running)
        return;
    m_waitClock.start();
    poll();
}

void SwarmFormation::poll()
{
    if (!m_running)
        return;
    m_polling = true;
    leader().client->nodes([this](const SwarmOutcome<QList<SwarmNode>> &out) {
        m_polling = false;
        const bool timedOut = m_waitClock.elapsed() >= m_options.readyTimeoutMs;
        QString lastError;
        if (out.ok()) {
            m_result.nodes = out.value;
            for (auto &node : m_nodes) {
                if (!node.joined || node.failed || node.ready)
                    continue;
                const auto it =
                    std::find_if(out.value.begin(), out.value.end(),
                                 [&](const SwarmNode &n) { return n.id == node.nodeId; });
                if (it == out.value.end())
                    continue;
                const bool reachable =
                    !node.manager || it->reachability == QLatin1String("reachable");
                if (it->isReadyActive() && reachable) {
                    node.ready = true;
                    report(node, SwarmStep::Ready, SwarmStepState::Done,
                           tr("%1, %2, %3%4, Docker %5")
                               .arg(it->state, it->availability, it->role,
                                    it->leader ? tr(" (leader)") : QString(), it->engineVersion));
                    if (!m_running) // cancelled by a slot of progress()
                        return;
                }
            }
        } else {
            lastError = out.error.message;
            qCInfo(lcDocker).noquote() << "swarm: GET /nodes on the leader failed:" << lastError;
        }
        bool allReady = true;
        for (const auto &node : m_nodes)
            if (node.joined && !node.failed && !node.ready)
                allReady = false;
        if (allReady) {
            const int ok = int(std::count_if(m_nodes.begin(), m_nodes.end(),
                                             [](const Node &n) { return n.ready; }));
            if (joinMode()) {
                QStringList failed;
                for (const auto &f : std::as_const(m_result.failures))
                    failed << f.node;
                if (failed.isEmpty())
                    finish(true, tr("%n new node(s) joined the swarm in %1 s (asked %2).", nullptr,
                                    ok - 1)
                                     .arg(QString::number(m_clock.elapsed() / 1000.0, 'f', 1))
                                     .arg(leader().spec.name));
                else
                    finish(false, tr("%1 of %2 new nodes joined the swarm; failed: %3.")
                                      .arg(ok - 1)
                                      .arg(m_nodes.size() - 1)
                                      .arg(failed.join(QStringLiteral(", "))));
            } else if (m_result.failures.isEmpty())
                finish(true, tr("Swarm of %1 nodes (%2 managers) formed in %3 s; %4 leads it.")
                                 .arg(ok)
                                 .arg(m_options.managers)
                                 .arg(QString::number(m_clock.elapsed() / 1000.0, 'f', 1))
                                 .arg(leader().spec.name));
            else {
                QStringList failed;
                for (const auto &f : std::as_const(m_result.failures))
                    failed << f.node;
                finish(false, tr("Swarm formed with %1 of %2 nodes; failed: %3.")
                                  .arg(ok)
                                  .arg(m_nodes.size())
                                  .arg(failed.join(QStringLiteral(", "))));
            }
            return;
        }
        if (timedOut) {
            const QString seconds = QString::number(m_options.readyTimeoutMs / 1000.0, 'f', 0);
            for (auto &node : m_nodes) {
                if (!node.joined || node.failed || node.ready)
                    continue;
                QString seen = tr("not listed");
                for (const auto &n : std::as_const(m_result.nodes))
                    if (n.id == node.nodeId)
                        seen = tr("state %1, availability %2%3")
                                   .arg(n.state, n.availability,
                                        n.reachability.isEmpty()
                                            ? QString()
                                            : tr(", manager %1").arg(n.reachability));
                SwarmError e;
                e.kind = SwarmErrorKind::JoinRefused;
                e.message =
                    tr("%1 joined but the leader did not list it ready and active within "
                       "%2 s (%3)%4. Check that the nodes reach each other on their "
                       "private addresses (2377/tcp, 7946/tcp+udp, 4789/udp).")
                        .arg(node.spec.name, seconds, seen,
                             lastError.isEmpty() ? QString() : QStringLiteral("; ") + lastError);
                nodeFailed(node, SwarmStep::Ready, e);
            }
            finish(false, tr("The swarm did not become ready within %1 s.").arg(seconds));
            return;
        }
        m_pollTimer.start(qMax(50, m_options.pollIntervalMs));
    });
}

void SwarmFormation::cancel()
{
    if (!m_running)
        return;
    m_pollTimer.stop();
    for (auto &node : m_nodes) {
        if (node.client)
            node.client->cancel();
        if (node.requestInFlight)
            m_result.uncertain << node.spec.name;
        if (node.hasRunningStep)
            report(node, node.runningStep, SwarmStepState::Cancelled, tr("cancelled"));
    }
    m_result.cancelled = true;
    const int offset = joinMode() ? 1 : 0; // the existing manager is not a new node
    finish(false, tr("Cancelled: %1 of %2 nodes had joined the swarm.")
                      .arg(std::count_if(m_nodes.begin() + offset, m_nodes.end(),
                                         [](const Node &n) { return n.joined; }))
                      .arg(m_nodes.size() - size_t(offset)));
}

void SwarmFormation::finish(bool ok, const QString &summary)
{
    if (!m_running)
        return;
    m_running = false;
    m_pollTimer.stop();
    m_tokens = {};
    for (auto &node : m_nodes) {
        if (node.client)
            node.client->cancel();
        if (node.joined && !m_result.joined.contains(node.spec.name))
            m_result.joined << node.spec.name;
    }
    m_result.ok = ok;
    m_result.summary = summary;
    m_result.elapsedMs = m_clock.elapsed();
    qCInfo(lcDocker).noquote() << "swarm formation:" << summary;
    emit finished(m_result);
}

// ---- SwarmStatus ----------------------------------------------------------------------------

QJsonObject SwarmStatusReport::toJson() const
{
    QJsonArray n;
    for (const auto &x : nodes)
        n.append(x.toJson());
    QJsonObject o{{QStringLiteral("ok"), ok},
                  {QStringLiteral("localNodeState"), local.localNodeState},
                  {QStringLiteral("clusterId"), local.clusterId},
                  {QStringLiteral("leader"), leaderHostname},
                  {QStringLiteral("leaderId"), leaderId},
                  {QStringLiteral("managers"), managers},
                  {QStringLiteral("workers"), workers},
                  {QStringLiteral("ready"), ready},
                  {QStringLiteral("nodes"), n}};
    if (!ok) {
        o.insert(QStringLiteral("error"), swarmErrorId(error.kind));
        o.insert(QStringLiteral("message"), error.message);
    }
    return o;
}

QString SwarmStatusReport::toText() const
{
    if (!ok)
        return error.message + QLatin1Char('\n');
    const QStringList head{Tr::tr("ID"),     Tr::tr("HOSTNAME"),     Tr::tr("ROLE"),
                           Tr::tr("STATUS"), Tr::tr("AVAILABILITY"), Tr::tr("MANAGER STATUS"),
                           Tr::tr("ENGINE"), Tr::tr("ADDRESS")};
    QList<QStringList> rows{head};
    for (const auto &n : nodes) {
        const QString manager =
            n.leader ? Tr::tr("Leader")
                     : (n.role == QLatin1String("manager") ? n.reachability : QString());
        rows.append({n.id.left(12), n.hostname, n.role, n.state, n.availability, manager,
                     n.engineVersion, n.addr});
    }
    QList<int> widths(head.size(), 0);
    for (const auto &r : rows)
        for (int i = 0; i < r.size(); ++i)
            widths[i] = qMax(widths[i], terminalColumns(r[i]));
    QString out = Tr::tr("Swarm %1: %2 managers, %3 workers, %4 of %5 ready; leader %6\n")
                      .arg(local.clusterId.left(12))
                      .arg(managers)
                      .arg(workers)
                      .arg(ready)
                      .arg(nodes.size())
                      .arg(leaderHostname);
    for (const auto &r : rows) {
        QString line;
        for (int i = 0; i < r.size(); ++i)
            line += padToColumns(r[i], widths[i] + 2);
        out += line.trimmed() + QLatin1Char('\n');
    }
    return neutralizeControls(out);
}

SwarmStatus::SwarmStatus(EngineEndpoint endpoint, QString nodeName, QObject *parent)
    : QObject(parent), m_client(std::move(endpoint), std::move(nodeName))
{}

void SwarmStatus::start()
{
    if (m_running)
        return;
    m_running = true;
    m_report = {};
    m_client.localState([this](const SwarmOutcome<SwarmLocalState> &out) {
        m_report.local = out.value;
        if (!out.ok()) {
            m_report.error = out.error;
            finish();
            return;
        }
        if (out.value.localNodeState != QLatin1String("active") || !out.value.controlAvailable) {
            const bool inSwarm = out.value.localNodeState != QLatin1String("inactive");
            m_report.error.kind = inSwarm ? SwarmErrorKind::NotManager : SwarmErrorKind::NotInSwarm;
            const QString who = m_client.nodeName().isEmpty() ? m_client.endpoint().displayName()
                                                              : m_client.nodeName();
            if (!inSwarm)
                m_report.error.message = tr("%1 is not part of a swarm.").arg(who);
            else if (out.value.localNodeState == QLatin1String("active"))
                m_report.error.message =
                    tr("%1 is a swarm worker; only managers know the swarm's nodes. Ask the "
                       "leader.")
                        .arg(who);
            else
                m_report.error.message =
                    tr("%1 is not yet an active swarm member (its state is '%2'); only active "
                       "managers know the swarm's nodes. Ask the leader.")
                        .arg(who, out.value.localNodeState);
            finish();
            return;
        }
        m_client.nodes([this](const SwarmOutcome<QList<SwarmNode>> &nodes) {
            if (!nodes.ok()) {
                m_report.error = nodes.error;
                finish();
                return;
            }
            m_report.nodes = nodes.value;
            for (const auto &n : nodes.value) {
                if (n.role == QLatin1String("manager"))
                    ++m_report.managers;
                else
                    ++m_report.workers;
                if (n.state == QLatin1String("ready"))
                    ++m_report.ready;
                if (n.leader) {
                    m_report.leaderHostname = n.hostname;
                    m_report.leaderId = n.id;
                }
            }
            m_report.ok = true;
            finish();
        });
    });
}

void SwarmStatus::cancel()
{
    if (!m_running)
        return;
    m_client.cancel();
    m_report.error = cancelledError();
    finish();
}

void SwarmStatus::finish()
{
    if (!m_running)
        return;
    m_running = false;
    emit finished(m_report);
}

} // namespace dockervm::docker
